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
  /** In English, for the CLI and logs of the person running verify. */
  detail: string;
  /** What happened, as a code the UI words in its own language (`verify.outcome.<name>.<outcome>`). */
  outcome: string;
  params?: Record<string, string | number>;
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
      const unreadable = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
      checks.push({
        name,
        ok: false,
        detail,
        outcome: unreadable ? 'unreadable' : 'error',
        params: { code },
      });
    }
  };

  guarded('database', (): Omit<Check, 'name'> => {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const messages = rows.map((r) => r.integrity_check);
    const pages = (db.pragma('page_count', { simple: true }) as number) ?? 0;
    return messages.length === 1 && messages[0] === 'ok'
      ? {
          ok: true,
          detail: `${pages} pages decrypted and authenticated; SQLite integrity ok`,
          outcome: 'ok',
          params: { pages },
        }
      : {
          ok: false,
          detail: `SQLite integrity check failed, the file was altered or damaged: ${messages.slice(0, 3).join('; ')}`,
          outcome: 'integrity',
        };
  });
  guarded('foreign-keys', (): Omit<Check, 'name'> => {
    const broken = db.pragma('foreign_key_check') as { table: string }[];
    return broken.length === 0
      ? { ok: true, detail: 'all references resolve', outcome: 'ok' }
      : {
          ok: false,
          detail: `${broken.length} row(s) refer to missing rows (first in table ${broken[0]?.table})`,
          outcome: 'broken',
          params: { n: broken.length, table: broken[0]?.table ?? '' },
        };
  });
  const applied = await appliedMigrations(session.qb).catch(() => [] as string[]);
  guarded('schema', (): Omit<Check, 'name'> => {
    if (applied.at(-1) !== LATEST_MIGRATION) {
      return {
        ok: false,
        detail: `schema is ${applied.at(-1) ?? 'missing'}, expected ${LATEST_MIGRATION}`,
        outcome: 'version',
        params: { actual: applied.at(-1) ?? '—', expected: LATEST_MIGRATION },
      };
    }
    const triggers = new Set(
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[],
    );
    const missing = APPEND_ONLY_TRIGGERS.filter((t) => !triggers.has(t));
    return missing.length === 0
      ? {
          ok: true,
          detail: `schema ${LATEST_MIGRATION}; audit log append-only`,
          outcome: 'ok',
          params: { schema: LATEST_MIGRATION },
        }
      : {
          ok: false,
          detail: `the audit log's protection was removed (trigger ${missing.join(', ')} missing)`,
          outcome: 'triggers',
          params: { missing: missing.join(', ') },
        };
  });
  guarded('audit-chain', (): Omit<Check, 'name'> => {
    const r = verifyAuditChain(db, session.caseFileId);
    return r.ok
      ? {
          ok: true,
          detail: `${r.entries} entries, chain intact`,
          outcome: 'ok',
          params: { n: r.entries },
        }
      : {
          ok: false,
          detail: `audit entry ${r.brokenAt}: ${r.reason}`,
          outcome: r.kind,
          params: { entry: r.brokenAt },
        };
  });
  guarded('attachments', (): Omit<Check, 'name'> => {
    const r = verifyAttachments(db);
    return r.ok
      ? {
          ok: true,
          detail: `${r.blobs} stored files (${r.bytes} bytes) match their SHA-256`,
          outcome: 'ok',
          params: { n: r.blobs, bytes: r.bytes },
        }
      : {
          ok: false,
          detail: r.problem,
          outcome: 'damaged',
          params: { sha256: r.sha256.slice(0, 12) },
        };
  });

  onProgress?.('done', CHECK_COUNT, CHECK_COUNT);
  const failed = checks.find((c) => !c.ok);
  return {
    ok: !failed,
    checks,
    ...(failed ? { firstProblem: `${failed.name}: ${failed.detail}` } : {}),
  };
}
