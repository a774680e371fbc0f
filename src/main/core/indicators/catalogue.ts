import type {
  CatalogueImportResult,
  CatalogueVersion,
  Indicator,
} from '../../../shared/domain/indicator';
import type { CaseFileSession } from '../case-file/session';

/** Versions of the indicator catalogue. (Foundation stub.) */
export function listVersions(_session: CaseFileSession): CatalogueVersion[] {
  throw new Error('listVersions: not built yet');
}
export function catalogue(
  _session: CaseFileSession,
  _versionId?: string,
): { version: CatalogueVersion; indicators: Indicator[] } {
  throw new Error('catalogue: not built yet');
}
export function saveVersion(
  _session: CaseFileSession,
  _input: { baseVersionId: string; name: string; indicators: unknown[] },
): CatalogueImportResult {
  throw new Error('saveVersion: not built yet');
}
