import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { createCaseFile, fileSource, ingestAttachment, setAttachmentLimit } from '../src/main/core';
import { BENCH_PASSPHRASE } from './unlock';
import { median, ms } from './util';

const SIZE = 128 * 1024 * 1024;

/**
 * The physical limit: read the file, hash it with SHA-256 and write it once to a plain file on
 * the same disk, fsync included (ingest commits with fsync too). Ingest: the same file into the
 * encrypted case file. Both in MB/s (10^6 bytes), medians of three runs.
 */
export async function measureIngest(
  dir: string,
): Promise<{ physicalMBps: number; ingestMBps: number; checkpointMs: number; sizeMiB: number }> {
  const src = path.join(dir, 'evidence.bin');
  const fd = fs.openSync(src, 'w');
  const block = randomBytes(8 * 1024 * 1024);
  for (let written = 0; written < SIZE; written += block.length)
    fs.writeSync(
      fd,
      block.map((b, i) => b ^ (written + i)),
    );
  fs.fsyncSync(fd);
  fs.closeSync(fd);

  const physical: number[] = [];
  const ingest: number[] = [];
  const checkpoint: number[] = [];
  const { session } = await createCaseFile(path.join(dir, 'ingest.custodia'), {
    operatorName: 'Bench',
    passphrase: BENCH_PASSPHRASE,
  });
  setAttachmentLimit(session, 512 * 1024 * 1024);
  // Each run stores distinct content, so deduplication cannot short-cut it. The copies are made
  // and flushed before any timing, so their write-back does not compete with the runs.
  const variants = [0, 1, 2].map((run) => {
    const variant = path.join(dir, `variant-${run}.bin`);
    fs.copyFileSync(src, variant);
    const vfd = fs.openSync(variant, 'r+');
    fs.writeSync(vfd, Buffer.from(`variant ${run}`), 0, undefined, 0);
    fs.fsyncSync(vfd);
    fs.closeSync(vfd);
    return variant;
  });
  for (let run = 0; run < 3; run++) {
    const out = path.join(dir, `copy-${run}.bin`);
    let t = process.hrtime.bigint();
    const inFd = fs.openSync(src, 'r');
    const outFd = fs.openSync(out, 'w');
    const buf = Buffer.allocUnsafe(1024 * 1024);
    const hash = createHash('sha256');
    for (let pos = 0, n; (n = fs.readSync(inFd, buf, 0, buf.length, pos)) > 0; pos += n) {
      hash.update(buf.subarray(0, n));
      fs.writeSync(outFd, buf, 0, n);
    }
    hash.digest();
    fs.fsyncSync(outFd);
    fs.closeSync(outFd);
    fs.closeSync(inFd);
    physical.push(SIZE / 1e6 / (ms(t) / 1000));
    fs.rmSync(out);

    const variant = variants[run] as string;
    t = process.hrtime.bigint();
    await ingestAttachment(session, fileSource(variant), { mediaType: 'application/octet-stream' });
    ingest.push(SIZE / 1e6 / (ms(t) / 1000));
    // The checkpoint the ingest scheduled runs on the next turn of the event loop: timed apart.
    t = process.hrtime.bigint();
    await new Promise((resolve) => setImmediate(resolve));
    checkpoint.push(ms(t));
    fs.rmSync(variant);
  }
  session.lock();
  return {
    physicalMBps: median(physical),
    ingestMBps: median(ingest),
    checkpointMs: median(checkpoint),
    sizeMiB: SIZE / 1024 / 1024,
  };
}
