import fs from 'node:fs';
import path from 'node:path';

/** Something to ingest, read piece by piece so that no file is ever held whole in memory. */
export interface IngestSource {
  name: string;
  /** Size announced before reading (the file may still change; the bytes read are what count). */
  size: number;
  read(into: Buffer, position: number): number;
  close(): void;
}

export function fileSource(file: string): IngestSource {
  const fd = fs.openSync(file, 'r');
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    throw new Error(`${file} is not a regular file`);
  }
  return {
    name: path.basename(file),
    size: stat.size,
    read: (into, position) => fs.readSync(fd, into, 0, into.length, position),
    close: () => fs.closeSync(fd),
  };
}

export function bytesSource(name: string, bytes: Uint8Array): IngestSource {
  return {
    name,
    size: bytes.length,
    read: (into, position) => {
      const n = Math.min(into.length, bytes.length - position);
      if (n <= 0) return 0;
      into.set(bytes.subarray(position, position + n));
      return n;
    },
    close: () => undefined,
  };
}

/** The first bytes, for recognising the media type. */
export function sniffHead(source: IngestSource, length = 4100): Buffer {
  const head = Buffer.alloc(Math.min(length, Math.max(source.size, 0)));
  const n = head.length > 0 ? source.read(head, 0) : 0;
  return head.subarray(0, n);
}
