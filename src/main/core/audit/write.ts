import type { CaseFileSession } from '../case-file/session';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { appendAudit, type AuditEntryInput } from './audit-log';

export interface WriteTx {
  db: Sqlite;
  /** One reading of the clock for the whole transaction: all its rows share one time. */
  now: Date;
  newId(): string;
  audit(entry: AuditEntryInput): void;
}

/**
 * The one way to change a case file: `fn` runs inside BEGIN IMMEDIATE … COMMIT and must record
 * at least one audit entry, written in the same transaction, unless it changed no row at all. Anything thrown rolls back all of it.
 */
export function write<T>(session: CaseFileSession, fn: (tx: WriteTx) => T): T {
  const db = session.db;
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const run = db.transaction(() => {
    let audited = 0;
    const changesBefore = totalChanges.get() as number;
    const tx: WriteTx = {
      db,
      now: session.runtime.clock.now(),
      newId: () => session.runtime.ids.next(),
      audit: (entry) => {
        appendAudit(db, session.caseFileId, session.actor, tx.now, entry);
        audited += 1;
      },
    };
    const result = fn(tx);
    // A transaction that found nothing to change (e.g. saving a form unchanged) needs no entry.
    if (audited === 0 && totalChanges.get() !== changesBefore) {
      throw new CaseFileError(
        CaseFileErrorCode.UnauditedWrite,
        'A change was attempted without an audit entry; it was rolled back.',
      );
    }
    return result;
  });
  const result = run.immediate();
  if (!db.inTransaction) session.afterWrite();
  return result;
}
