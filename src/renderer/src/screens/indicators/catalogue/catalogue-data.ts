import { useEffect, useState } from 'react';
import type { CatalogueVersion, Indicator } from '../../../../../shared/domain/indicator';
import { api } from '../../../api';
import { useIpc } from '../../../lib/useIpc';

/** The catalogue versions (indicator:versions), newest first; null until the first answer. */
export function useCatalogueVersions(revision: number): readonly CatalogueVersion[] | null {
  const call = useIpc();
  const [versions, setVersions] = useState<readonly CatalogueVersion[] | null>(null);
  useEffect(() => {
    let live = true;
    void call(api.indicator.versions({})).then((rows) => {
      if (live && rows) setVersions(rows);
    });
    return () => {
      live = false;
    };
  }, [call, revision]);
  return versions;
}

export interface LoadedCatalogue {
  version: CatalogueVersion;
  indicators: readonly Indicator[];
}

/**
 * One version's indicators (indicator:catalogue; the current version when `versionId` is null).
 * Null while the version asked for is loading.
 */
export function useCatalogue(versionId: string | null, revision: number): LoadedCatalogue | null {
  const call = useIpc();
  const key = `${versionId ?? ''}:${revision}`;
  const [loaded, setLoaded] = useState<{ key: string; value: LoadedCatalogue } | null>(null);
  useEffect(() => {
    let live = true;
    void call(api.indicator.catalogue(versionId ? { versionId } : {})).then((value) => {
      if (live && value) setLoaded({ key, value });
    });
    return () => {
      live = false;
    };
  }, [call, versionId, key]);
  return loaded?.key === key ? loaded.value : null;
}
