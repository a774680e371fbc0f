import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RedList, RedListMatchRecord } from '../../../../../shared/domain/indicator';
import { api } from '../../../api';
import { useVocabulary } from '../../../hooks/useVocabulary';
import { useIpc } from '../../../lib/useIpc';

/** An object's Red List matches (redlist:matches), null until the first answer. */
export function useRedListMatches(objectId: string): {
  matches: readonly RedListMatchRecord[] | null;
  reload: () => Promise<void>;
} {
  const call = useIpc();
  const [loaded, setLoaded] = useState<{
    objectId: string;
    rows: readonly RedListMatchRecord[];
  } | null>(null);
  const reload = useCallback(async () => {
    const rows = await call(api.redlist.matches({ objectId }));
    if (rows) setLoaded({ objectId, rows });
  }, [call, objectId]);
  useEffect(() => {
    let live = true;
    void call(api.redlist.matches({ objectId })).then((rows) => {
      if (live && rows) setLoaded({ objectId, rows });
    });
    return () => {
      live = false;
    };
  }, [call, objectId]);
  return { matches: loaded?.objectId === objectId ? loaded.rows : null, reload };
}

/** The ICOM Red Lists (redlist:lists), asked once per mount; empty until the answer. */
export function useRedLists(): readonly RedList[] {
  const call = useIpc();
  const [lists, setLists] = useState<readonly RedList[]>([]);
  useEffect(() => {
    let live = true;
    void call(api.redlist.lists({})).then((rows) => {
      if (live && rows) setLists(rows);
    });
    return () => {
      live = false;
    };
  }, [call]);
  return lists;
}

export interface RedListCategories {
  /** Grouped options for a Select: one group per list, its categories as items. */
  groups: { group: string; items: { value: string; label: string }[] }[];
  /** The category's label in the interface language. */
  categoryLabel: (code: string) => string;
  /** The list a category belongs to (its level-1 vocabulary entry), with its reference data. */
  listOf: (code: string) => { code: string; label: string; info: RedList | null } | null;
}

/**
 * The `red_list_category` vocabulary (level 1 = a Red List, level 2 = its categories), with
 * the lists' reference data (year, countries) from redlist:lists. `keep` holds codes in use.
 */
export function useRedListCategories(keep: readonly string[] = []): RedListCategories {
  const vocab = useVocabulary('red_list_category', keep);
  const lists = useRedLists();
  return useMemo(() => {
    const parents = vocab.options.filter((o) => o.parent === null);
    const groups = parents
      .map((list) => ({
        group: list.label,
        items: vocab.options
          .filter((o) => o.parent === list.value)
          .map((o) => ({ value: o.value, label: o.label })),
      }))
      .filter((g) => g.items.length > 0);
    const listOf = (code: string) => {
      const parentCode = vocab.options.find((o) => o.value === code)?.parent ?? null;
      if (!parentCode) return null;
      return {
        code: parentCode,
        label: vocab.labelOf(parentCode),
        info: lists.find((l) => l.code === parentCode) ?? null,
      };
    };
    return { groups, categoryLabel: vocab.labelOf, listOf };
  }, [vocab.options, vocab.labelOf, lists]);
}
