import fs from 'node:fs';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { writeFileAtomic, writeFileExclusive } from '../support/durable-fs';
import { KeyFileSchema, type KeyFile } from './key-file.schema';
import type { CaseFileLayout } from './layout';

export function readKeyFile(layout: CaseFileLayout): KeyFile {
  let text: string;
  try {
    text = fs.readFileSync(layout.keys, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CaseFileError(
        CaseFileErrorCode.NotACaseFile,
        `${layout.dir} is not a Custodia case file (no keys.json).`,
      );
    }
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damagedKeyFile('it is not valid JSON');
  }
  const parsed = KeyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const formatVersion = (json as { formatVersion?: unknown } | null)?.formatVersion;
    if (typeof formatVersion === 'number' && formatVersion > 1) {
      throw new CaseFileError(
        CaseFileErrorCode.NewerFormat,
        `This case file uses key-file format ${formatVersion}; update Custodia to open it.`,
      );
    }
    throw damagedKeyFile(`${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function damagedKeyFile(why: string): CaseFileError {
  return new CaseFileError(
    CaseFileErrorCode.Damaged,
    `The case file's key file (keys.json) is damaged: ${why}. Restore it from a backup.`,
  );
}

export function createKeyFile(layout: CaseFileLayout, keyFile: KeyFile): void {
  writeFileExclusive(layout.keys, serialise(keyFile));
}

/**
 * Read-modify-write of keys.json under an exclusive lock file, so two processes changing
 * operators at once cannot lose each other's slot.
 */
export function updateKeyFile(
  layout: CaseFileLayout,
  change: (current: KeyFile) => KeyFile,
): KeyFile {
  let lock: number;
  try {
    lock = fs.openSync(layout.keysLock, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CaseFileError(
        CaseFileErrorCode.Busy,
        "Another Custodia process is changing this case file's operators. Try again; if none is running, delete keys.lock.",
      );
    }
    throw e;
  }
  try {
    const next = KeyFileSchema.parse(change(readKeyFile(layout)));
    writeFileAtomic(layout.keys, serialise(next));
    return next;
  } finally {
    fs.closeSync(lock);
    fs.rmSync(layout.keysLock, { force: true });
  }
}

function serialise(keyFile: KeyFile): string {
  return `${JSON.stringify(keyFile, null, 2)}\n`;
}
