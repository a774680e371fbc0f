import type { CatalogueImportResult } from '../../../shared/domain/indicator';
import type { CaseFileSession } from '../case-file/session';

/** Catalogue files (JSON, CSV) in and out. (Foundation stub.) */
export async function importCatalogue(
  _session: CaseFileSession,
  _file: string,
  _mode: 'replace' | 'extend',
): Promise<CatalogueImportResult> {
  throw new Error('importCatalogue: not built yet');
}
export async function exportCatalogue(
  _session: CaseFileSession,
  _file: string,
  _format: 'json' | 'csv',
  _versionId?: string,
): Promise<{ path: string; count: number; sha256: string }> {
  throw new Error('exportCatalogue: not built yet');
}
