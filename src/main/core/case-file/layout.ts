import path from 'node:path';

/**
 * A case file is a folder (conventionally named `*.custodia`):
 *
 *   case.db        the encrypted SQLite database (AEGIS-256 pages, raw 256-bit data key)
 *   case.db-wal    its write-ahead log, encrypted the same way
 *   case.db-shm    WAL index (no page content)
 *   keys.json      key slots: the data key wrapped once per operator and once for recovery
 *   keys.lock      present only while keys.json is being rewritten
 */
export interface CaseFileLayout {
  dir: string;
  db: string;
  keys: string;
  keysLock: string;
}

export function caseFileLayout(dir: string): CaseFileLayout {
  const abs = path.resolve(dir);
  return {
    dir: abs,
    db: path.join(abs, 'case.db'),
    keys: path.join(abs, 'keys.json'),
    keysLock: path.join(abs, 'keys.lock'),
  };
}

export const SQLITE_SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;
