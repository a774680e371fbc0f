import Database from 'better-sqlite3-multiple-ciphers';
import { CaseFileError, CaseFileErrorCode, toDamagedError } from '../support/errors';

export type Sqlite = Database.Database;

/** A cipher scheme of SQLite3 Multiple Ciphers; case files use AEGIS-256 (see docs/adr/0001). */
export interface CipherParams {
  name: string;
  algorithm?: string;
}

export interface SqliteSettings {
  /** Path of a better-sqlite3 build for another ABI (the Electron app keeps its own). */
  nativeBinding?: string;
  /** Page cache per connection in KiB; 64 MiB keeps encrypted scans near plaintext speed. */
  cacheSizeKiB: number;
}

let settings: SqliteSettings = { cacheSizeKiB: 64 * 1024 };

/** Called once by the Electron shell (native binding) or the bench (cache size). */
export function configureSqlite(next: Partial<SqliteSettings>): void {
  settings = { ...settings, ...next };
}

/**
 * SQLite3 Multiple Ciphers takes a raw 256-bit key as the literal `x'<64 hex digits>'`. It is
 * built in a Buffer (never a JS string, which could not be wiped) and zeroed right after use.
 */
function rawKeyLiteral(key: Buffer): Buffer {
  const hex = '0123456789abcdef';
  const out = Buffer.alloc(3 + key.length * 2);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < key.length; i++) {
    const byte = key[i] as number;
    out[2 + 2 * i] = hex.charCodeAt(byte >> 4);
    out[3 + 2 * i] = hex.charCodeAt(byte & 15);
  }
  out[out.length - 1] = 0x27;
  return out;
}

export function applyKey(db: Sqlite, key: Buffer, cipher: CipherParams): void {
  db.pragma(`cipher = '${cipher.name}'`);
  if (cipher.algorithm) db.pragma(`algorithm = '${cipher.algorithm}'`);
  const literal = rawKeyLiteral(key);
  try {
    db.key(literal);
  } finally {
    literal.fill(0);
  }
}

/**
 * Opens (or with `create`, creates) an encrypted database. A wrong key or a damaged first page
 * only shows on the first statement, so one runs at once.
 */
export function openEncrypted(
  file: string,
  key: Buffer,
  cipher: CipherParams,
  opts: { create?: boolean; readonly?: boolean } = {},
): Sqlite {
  const db = new Database(file, {
    fileMustExist: !opts.create,
    readonly: opts.readonly ?? false,
    ...(settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {}),
  });
  try {
    applyKey(db, key, cipher);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (opts.create) db.pragma(`page_size = ${PAGE_SIZE}`);
  } catch (e) {
    db.close();
    const mapped = toDamagedError(e, 'first page');
    if (mapped instanceof CaseFileError) {
      throw new CaseFileError(
        CaseFileErrorCode.Damaged,
        "The database does not open with this case file's key: it is damaged, was altered, or belongs to another case file. Restore it from a backup.",
        mapped.details,
      );
    }
    throw mapped;
  }
  try {
    configureConnection(db, opts.readonly ?? false);
  } catch (e) {
    db.close();
    throw toDamagedError(e, 'settings');
  }
  return db;
}

/**
 * 16 KiB pages: evidence files are stored as 1 MiB chunks, and SQLite writes them at ~370 MB/s
 * with 4 KiB pages but ~540 MB/s with 16 KiB; small-row workloads barely notice (docs/adr/0001).
 */
export const PAGE_SIZE = 16 * 1024;

/** Above this, a write schedules a checkpoint right after it returns (see CaseFileSession). */
export const WAL_CHECKPOINT_BYTES = 16 * 1024 * 1024;

function configureConnection(db: Sqlite, readonly: boolean): void {
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    // Checkpoints copy the WAL into the database, doubling the writes of a large ingest. They run
    // after the write has returned (CaseFileSession.afterWrite); SQLite's own automatic checkpoint
    // stays as a backstop for a WAL that grows past 256 MiB. The WAL file keeps its size between
    // checkpoints (rewriting it in place is faster than growing it again) and is truncated at lock.
    db.pragma(`wal_autocheckpoint = ${(256 * 1024 * 1024) / PAGE_SIZE}`);
  }
  // FULL: a transaction reported committed survives a power cut, not only a process crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Temporary tables and sort spills stay in memory: nothing unencrypted reaches the disk.
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = -${settings.cacheSizeKiB}`);
}

/** A plain (unencrypted) connection, for benchmarks only. */
export function openPlain(file: string): Sqlite {
  const db = new Database(
    file,
    settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {},
  );
  configureConnection(db, false);
  return db;
}
