import { verifyAttachments } from '../attachments/attachment-read';
import { verifyAuditChain } from '../audit/audit-verify';
import { appliedMigrations } from '../store/migrate';
import { LATEST_MIGRATION } from '../store/migrations';
import { CaseFileError } from '../support/errors';
import type { CaseFileSession } from './session';

const APPEND_ONLY_TRIGGERS = ['audit_log_no_update', 'audit_log_no_delete'];

export type CheckName = 'database' | 'foreign-keys' | 'schema' | 'audit-chain' | 'attachments';

export interface Check {
  name: CheckName;
  ok: boolean;
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  checks: Check[];
  /** The first check that failed, in words; absent when all hold. */
  firstProblem?: string;
}

/**
 * Reads every page in use (each one's AEGIS tag is checked as it is decrypted), then the
 * foreign keys, the schema version, the audit chain and every stored file's SHA-256.
 */
/** Steps reported while verifying (one per check) and backing up; the UI names each one. */
export type ProgressStep = CheckName | 'copy' | 'verify' | 'record' | 'done';
export type ProgressListener = (step: ProgressStep, done: number, total: number) => void;

const CHECK_COUNT = 5;

export async function verifyCaseFile(
  session: CaseFileSession,
  onProgress?: ProgressListener,
): Promise<VerifyReport> {
  const db = session.db;
  const checks: Check[] = [];
  const guarded = (name: CheckName, fn: () => Omit<Check, 'name'>): void => {
    onProgress?.(name, checks.length, CHECK_COUNT);
    try {
      checks.push({ name, ...fn() });
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      const detail =
        e instanceof CaseFileError
          ? e.message
          : code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
            ? `a database page failed authentication or is malformed (${code}): the file was altered or damaged`
            : `check could not run: ${(e as Error).message}`;
      checks.push({ name, ok: false, detail });
    }
  };

  guarded('database', () => {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const messages = rows.map((r) => r.integrity_check);
    const pages = (db.pragma('page_count', { simple: true }) as number) ?? 0;
    return messages.length === 1 && messages[0] === 'ok'
      ? { ok: true, detail: `${pages} pages decrypted and authenticated; SQLite integrity ok` }
      : { ok: false, detail: `SQLite integrity check failed: ${messages.slice(0, 3).join('; ')}` };
  });
  guarded('foreign-keys', () => {
    const broken = db.pragma('foreign_key_check') as { table: string }[];
    return broken.length === 0
      ? { ok: true, detail: 'all references resolve' }
      : {
          ok: false,
          detail: `${broken.length} row(s) refer to missing rows (first in table ${broken[0]?.table})`,
        };
  });
  const applied = await appliedMigrations(session.qb).catch(() => [] as string[]);
  guarded('schema', () => {
    if (applied.at(-1) !== LATEST_MIGRATION) {
      return {
        ok: false,
        detail: `schema is ${applied.at(-1) ?? 'missing'}, expected ${LATEST_MIGRATION}`,
      };
    }
    const triggers = new Set(
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[],
    );
    const missing = APPEND_ONLY_TRIGGERS.filter((t) => !triggers.has(t));
    return missing.length === 0
      ? { ok: true, detail: `schema ${LATEST_MIGRATION}; audit log append-only` }
      : {
          ok: false,
          detail: `the audit log's protection was removed (trigger ${missing.join(', ')} missing)`,
        };
  });
  guarded('audit-chain', () => {
    const r = verifyAuditChain(db, session.caseFileId);
    return r.ok
      ? { ok: true, detail: `${r.entries} entries, chain intact` }
      : { ok: false, detail: `audit entry ${r.brokenAt}: ${r.reason}` };
  });
  guarded('attachments', () => {
    const r = verifyAttachments(db);
    return r.ok
      ? { ok: true, detail: `${r.blobs} stored files (${r.bytes} bytes) match their SHA-256` }
      : { ok: false, detail: r.problem };
  });

  onProgress?.('done', CHECK_COUNT, CHECK_COUNT);
  const failed = checks.find((c) => !c.ok);
  return {
    ok: !failed,
    checks,
    ...(failed ? { firstProblem: `${failed.name}: ${failed.detail}` } : {}),
  };
}
