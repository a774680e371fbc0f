import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BundleAttachment } from '../../../shared/domain/bundle';
import { bytesSource, fileSource, type IngestSource } from '../attachments/ingest-source';

/** Checks one attachment's size and content; returns how to read it, or what is wrong. */
export function checkAttachment(
  a: BundleAttachment,
  limit: number,
  baseDir: string | null,
): string | (() => IngestSource) {
  const tooLarge = (n: number) =>
    `the file is ${(n / 1024 / 1024).toFixed(1)} MiB, above the case file's limit of ${(limit / 1024 / 1024).toFixed(0)} MiB per attachment`;
  if (a.size > limit) return tooLarge(a.size);
  if (a.data !== undefined) {
    if (a.data.length > Math.ceil(limit / 3) * 4 + 4)
      return tooLarge(Math.floor((a.data.length * 3) / 4));
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(a.data) || a.data.length % 4 !== 0)
      return 'not valid base64';
    const bytes = Buffer.from(a.data, 'base64');
    if (bytes.length !== a.size)
      return `the content is ${bytes.length} bytes, not the ${a.size} bytes declared`;
    if (createHash('sha256').update(bytes).digest('hex') !== a.sha256)
      return 'the content does not match its SHA-256';
    return () => bytesSource(a.name, bytes);
  }
  if (baseDir === null) return 'side files need the bundle to be read from a file';
  const root = fs.realpathSync(baseDir);
  const target = path.resolve(root, a.file as string);
  let real: string;
  try {
    real = fs.realpathSync(target);
  } catch {
    return `the side file ${a.file} is missing`;
  }
  if (real !== root && !real.startsWith(root + path.sep))
    return 'the side file lies outside the bundle folder';
  const stat = fs.statSync(real);
  if (!stat.isFile()) return `${a.file} is not a file`;
  if (stat.size > limit) return tooLarge(stat.size);
  if (stat.size !== a.size)
    return `the side file is ${stat.size} bytes, not the ${a.size} bytes declared`;
  const hash = createHash('sha256');
  const fd = fs.openSync(real, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (let pos = 0; ;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, pos);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      pos += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  if (hash.digest('hex') !== a.sha256) return 'the side file does not match its SHA-256';
  return () => fileSource(real);
}
