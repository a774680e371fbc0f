import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/audit-log';
import { queryBuilder } from '../store/migrate';
import type { CaseFileSchema } from '../store/schema';
import { WAL_CHECKPOINT_BYTES, type Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import type { Runtime } from '../support/clock';
import type { CipherConfig } from './key-file.schema';
import type { CaseFileLayout } from './layout';

/**
 * An unlocked case file. It holds the data key only as long as it is open (adding an operator
 * wraps that key again); `lock()` closes the database and overwrites the key in memory.
 */
export class CaseFileSession {
  readonly qb: Kysely<CaseFileSchema>;
  #db: Sqlite | null;
  #dataKey: Buffer;
  #checkpointPending = false;

  constructor(
    readonly layout: CaseFileLayout,
    readonly caseFileId: string,
    readonly cipher: CipherConfig,
    db: Sqlite,
    dataKey: Buffer,
    readonly actor: Actor,
    readonly runtime: Runtime,
  ) {
    this.#db = db;
    this.#dataKey = dataKey;
    this.qb = queryBuilder(db);
  }

  get isOpen(): boolean {
    return this.#db !== null;
  }

  get db(): Sqlite {
    if (!this.#db) throw lockedError();
    return this.#db;
  }

  /** Lends the data key to `fn`; the caller must not keep it. */
  withDataKey<T>(fn: (key: Buffer) => T): T {
    if (!this.#db) throw lockedError();
    return fn(this.#dataKey);
  }

  /**
   * Called after every committed write: when the WAL has grown past WAL_CHECKPOINT_BYTES, fold it
   * into the database on the next turn of the event loop, so the write that grew it returns as
   * soon as its data is durable (the WAL was fsynced at commit).
   */
  afterWrite(): void {
    if (this.#checkpointPending || !this.#db || this.#db.readonly) return;
    const walBytes = fs.statSync(`${this.layout.db}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    if (walBytes < WAL_CHECKPOINT_BYTES) return;
    this.#checkpointPending = true;
    setImmediate(() => {
      this.#checkpointPending = false;
      if (!this.#db || this.#db.inTransaction) return;
      try {
        this.#db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // Maintenance only: the WAL stays valid and is checkpointed again at the next write or at lock.
      }
    });
  }

  lock(): void {
    if (!this.#db) return;
    const db = this.#db;
    this.#db = null;
    try {
      // Fold the WAL back into the database so the folder is one file at rest.
      if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
      this.#dataKey.fill(0);
    }
  }
}

function lockedError(): CaseFileError {
  return new CaseFileError(CaseFileErrorCode.Locked, 'The case file is locked. Unlock it first.');
}
