import type { ExpertImportResult } from '../../../shared/domain/expert-views';
import type { CaseFileSession } from '../case-file/session';

/** Import and export of the directory of experts (JSON, CSV). (Foundation stub.) */
export async function importExperts(
  _session: CaseFileSession,
  _file: string,
): Promise<ExpertImportResult> {
  throw new Error('importExperts: not built yet');
}
export async function exportExperts(
  _session: CaseFileSession,
  _file: string,
  _format: 'json' | 'csv',
): Promise<{ path: string; count: number; sha256: string }> {
  throw new Error('exportExperts: not built yet');
}
