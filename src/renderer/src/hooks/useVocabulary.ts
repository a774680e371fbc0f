import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumKey, vocabKey } from '../../../shared/domain/vocab-keys';
import type { VocabularyKind } from '../../../shared/domain/vocabularies';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import { api } from '../api';
import { useIpc } from '../lib/useIpc';
import { useSession } from './useSession';

type Item = ChannelOutput<'vocab:list'>[number];

export interface VocabularyOption {
  value: string;
  label: string;
  parent: string | null;
  retired: boolean;
}

/**
 * Each list is asked for once per case file (vocabularies change rarely, and only through
 * vocab:add / vocab:set-retired, after which `forgetVocabulary` drops the cached copy).
 */
const cache = new Map<string, Promise<Item[] | undefined>>();

export function forgetVocabulary(kind?: VocabularyKind): void {
  for (const key of [...cache.keys()]) if (!kind || key.endsWith(`:${kind}`)) cache.delete(key);
}

/**
 * A vocabulary as options for Select / MultiSelect, labelled in the interface language (the
 * unit's own entries keep their stored label). Retired entries are left out unless `keep` holds
 * them (the record being edited still uses them).
 */
export function useVocabulary(
  kind: VocabularyKind,
  keep: readonly string[] = [],
): {
  options: VocabularyOption[];
  loading: boolean;
  labelOf: (code: string) => string;
} {
  const { t } = useTranslation();
  const call = useIpc();
  const { summary } = useSession();
  const key = `${summary?.caseFileId ?? ''}:${kind}`;
  const [loaded, setLoaded] = useState<{ key: string; items: Item[] } | null>(null);

  useEffect(() => {
    let live = true;
    let pending = cache.get(key);
    if (!pending) {
      pending = call(api.vocab.list({ kind }));
      cache.set(key, pending);
      const asked = pending;
      void asked.then((items) => {
        if (!items && cache.get(key) === asked) cache.delete(key);
      });
    }
    void pending.then((items) => {
      if (live && items) setLoaded({ key, items });
    });
    return () => {
      live = false;
    };
  }, [call, key, kind]);

  const items = loaded?.key === key ? loaded.items : null;
  const labelOf = useCallback(
    (code: string) => {
      const stored = items?.find((i) => i.code === code)?.label ?? code;
      return t(vocabKey(kind, code), { defaultValue: stored });
    },
    [items, kind, t],
  );
  const kept = keep.join('\n');
  const options = useMemo(() => {
    const keepSet = new Set(kept.split('\n'));
    return (items ?? [])
      .filter((i) => !i.retired || keepSet.has(i.code))
      .map((i) => ({
        value: i.code,
        label: t(vocabKey(kind, i.code), { defaultValue: i.label }),
        parent: i.parent,
        retired: i.retired,
      }));
  }, [items, kept, kind, t]);

  return { options, loading: items === null, labelOf };
}

/** "under_investigation" → "under investigation": the last resort when a label is missing. */
function readable(value: string): string {
  return value.replaceAll('_', ' ');
}

/** Labels of fixed enumerations (`vocab.enum.<name>.<value>`), e.g. case statuses, H codes. */
export function useEnumLabel(): (enumName: string, value: string, fallback?: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (enumName: string, value: string, fallback?: string) =>
      t(enumKey(enumName, value), { defaultValue: fallback ?? readable(value) }),
    [t],
  );
}
