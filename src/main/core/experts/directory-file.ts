import path from 'node:path';
import type { ExpertRecord } from '../../../shared/domain/expert';
import type { ExpertImportResult } from '../../../shared/domain/expert-views';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { insertRecord, newMeta } from '../records/record-store';
import { describeExpert, expertKey, findSameExpert } from './directory';
import { readDirectoryFile } from './directory-file-read';
import { EXPERT_SPEC } from './specs';

export { exportExperts } from './directory-file-write';

/**
 * Import and export of the directory of experts, so that units can exchange it (the format:
 * directory-file-format.ts; reading and checking a file: directory-file-read.ts; writing one:
 * directory-file-write.ts). This module adds a file's experts.
 *
 * A directory file is untrusted input: capped in size and rows, and checked in full before
 * anything is written. Any invalid row refuses the whole file, every problem named with its row
 * (a JSON entry counts from 1; a CSV row as a spreadsheet numbers it, the header being row 1).
 * An expert already in the directory (same folded name, institution and country), or listed
 * twice in the file, is skipped and reported; the rest are added in one transaction. Each added
 * expert gets its own audit entry with all its fields (`expert.import`, so its history shows where
 * it came from), and one more entry ties the file's SHA-256 to the counts and the ids added.
 */

/** Adds the experts of a directory file (JSON or CSV) that are not in the directory yet. */
export async function importExperts(
  session: CaseFileSession,
  file: string,
): Promise<ExpertImportResult> {
  const { sha256, format, rows } = readDirectoryFile(session, file);
  return write(session, (tx) => {
    const skipped: ExpertImportResult['skipped'] = [];
    const seen = new Map<string, number>();
    const added: string[] = [];
    for (const { row, fields } of rows) {
      const key = expertKey(fields);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        skipped.push({ row, name: fields.name, reason: `the same expert as row ${earlier}` });
        continue;
      }
      seen.set(key, row);
      const existing = findSameExpert(tx.db, fields, null);
      if (existing) {
        skipped.push({
          row,
          name: fields.name,
          reason: `already in the directory as ${describeExpert(existing)}`,
        });
        continue;
      }
      const record: ExpertRecord = { ...fields, ...newMeta(tx) };
      insertRecord(tx, EXPERT_SPEC, record, 'expert.import');
      added.push(record.id);
    }
    tx.audit({
      action: 'expert.import',
      entityType: 'case_file',
      entityId: session.caseFileId,
      changes: {
        file: { before: null, after: path.basename(file) },
        sha256: { before: null, after: sha256 },
        format: { before: null, after: format },
        rows: { before: null, after: rows.length },
        added: { before: null, after: added.length },
        skipped: { before: null, after: skipped.length },
        expertIds: { before: null, after: added },
      },
    });
    return { added: added.length, skipped, sha256 };
  });
}
