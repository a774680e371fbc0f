import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** fsync a directory so that a rename or create inside it survives a power cut. */
export function fsyncDir(dir: string): void {
  // Windows cannot open a folder as a file; NTFS journals renames itself, so there is nothing to do.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `file` with `content` so that after a crash the file holds either the old or the new
 * content, never a mix: write a temporary sibling, fsync it, rename over, fsync the folder.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  writeNewFileSynced(tmp, content);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(path.dirname(file));
}

/** Creates `file` only if it does not exist yet (never overwrites), durably. */
export function writeFileExclusive(file: string, content: string | Uint8Array): void {
  writeNewFileSynced(file, content);
  fsyncDir(path.dirname(file));
}

/** Creates `file` (owner-only, failing if it exists) and flushes its content to disk. */
function writeNewFileSynced(file: string, content: string | Uint8Array): void {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
