import fs from 'node:fs';
import type { CaseSummary } from '../../../shared/domain/case';
import { readRecordedHead } from '../audit/audit-log';
import { listCases } from '../cases/cases';
import { appliedMigrations } from '../store/migrate';
import { readKeyFile } from './key-file';
import { listOperators } from './operators';
import type { CaseFileSession } from './session';

export interface CaseFileInfo {
  path: string;
  caseFileId: string;
  formatVersion: number;
  schema: string | null;
  cipher: string;
  createdAt: string;
  operators: string[];
  recoveryKey: boolean;
  counts: Record<string, number>;
  auditHead: { seq: number; hash: string } | null;
  bytesOnDisk: number;
  /** The cases it holds, newest first, with their record counts. */
  cases: Array<Pick<CaseSummary, 'id' | 'reference' | 'title' | 'status' | 'counts'>>;
}

export async function caseFileInfo(session: CaseFileSession): Promise<CaseFileInfo> {
  const keyFile = readKeyFile(session.layout);
  const tables = session.db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    counts[t] = session.db
      .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  }
  const bytesOnDisk = fs
    .readdirSync(session.layout.dir)
    .reduce((sum, f) => sum + fs.statSync(`${session.layout.dir}/${f}`).size, 0);
  return {
    path: session.layout.dir,
    caseFileId: session.caseFileId,
    formatVersion: keyFile.formatVersion,
    schema: (await appliedMigrations(session.qb)).at(-1) ?? null,
    cipher: `${keyFile.cipher.name} (${keyFile.cipher.algorithm})`,
    createdAt: keyFile.createdAt,
    operators: listOperators(session).map((o) => o.name),
    recoveryKey: keyFile.slots.some((s) => s.kind === 'recovery'),
    counts,
    auditHead: readRecordedHead(session.db),
    bytesOnDisk,
    cases: listCases(session).map(({ id, reference, title, status, counts }) => ({
      id,
      reference,
      title,
      status,
      counts,
    })),
  };
}
