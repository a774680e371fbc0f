import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import {
  bytesSource,
  createCaseFile,
  unlockCaseFile,
  type CaseFileSession,
} from '../src/main/core';
import { createCase } from '../src/main/core/cases/cases';
import { createObject, createSeizure } from '../src/main/core/objects';
import { addPhoto, printImageOf } from '../src/main/core/photos';
import { buildReport, generateReport } from '../src/main/core/reports';
import { prepareImages } from '../src/main/core/reports/engine/images';
import { layoutReport } from '../src/main/core/reports/engine/layout';
import type { ReportImage } from '../src/main/core/reports/engine/model';
import { renderPdf } from '../src/main/core/reports/pdf';
import type { ReportStep } from '../src/shared/domain/report';
import { TEST_KDF } from '../tests/helpers/kdf';
import { BENCH_PASSPHRASE } from './unlock';
import { ms } from './util';

/**
 * Issue #9: a prosecution dossier of a case with 300 objects and 600 distinct camera-size photos
 * (originals stored in the case file, previews made at ingest as in real use), targets ≤ 12 s,
 * peak memory ≤ 1 GB, file ≤ 60 MB. Compared, in the same run, with the limit: pdfmake alone
 * laying out the very same report model, its images already prepared (no collect, no image
 * preparation, no worker).
 *
 * The case file is built once and kept in bench/results/reports-cache/ (ignored by git; 600
 * camera-size photos take minutes to generate and ingest on two CPUs); the ingest time printed is
 * that of the run that built it. Each measurement runs in a fresh child process, so its peak
 * memory is the report's and not the ingest's: resident set size sampled every 50 ms from a
 * sampler thread (the render worker shares the process, so it is counted). Not maxRSS: on Linux
 * a child inherits its parent's peak across fork and exec, so it would report the ingest's.
 *
 * Size: CUSTODIA_BENCH_REPORT_OBJECTS (default 300; two photos each) and
 * CUSTODIA_BENCH_REPORT_PHOTO_PX (default 3000x2250).
 */
export interface ReportsBench {
  objects: number;
  photos: number;
  photoPx: string;
  /** Originals stored, MB (10^6 bytes). */
  originalsMB: number;
  /** Building the case file (photos generated and ingested), s; not part of the measure. */
  ingestSeconds: number;
  /** Whether the case file came from the cache (ingestSeconds is then the building run's). */
  cached: boolean;
  /** generateReport: collect → images → layout (worker) → write → register. */
  generate: {
    seconds: number;
    peakRssMB: number;
    fileMB: number;
    pages: number;
    steps: Partial<Record<ReportStep, number>>;
  };
  /** pdfmake alone: the same model, images already prepared, laid out and rendered in-thread. */
  reference: Layout;
  /**
   * pdfmake alone on a plain document of the same objects (heading, a few fields, both photos
   * at 900 px, one page each) with renderPdf directly: the limit whatever the dossier prints.
   */
  direct: Layout;
}

interface Layout {
  seconds: number;
  peakRssMB: number;
  fileMB: number;
  pages: number;
  images: number;
  imageMB: number;
}

const CACHE_VERSION = 1;
const PHOTOS_PER_OBJECT = 2;
const MB = 1e6;
/** Print size of the plain document's photos (the report kinds print at ≈ 900 px). */
const DIRECT_PX = 900;

function size(): { objects: number; width: number; height: number } {
  const objects = Number(process.env['CUSTODIA_BENCH_REPORT_OBJECTS'] ?? 300);
  const px = (process.env['CUSTODIA_BENCH_REPORT_PHOTO_PX'] ?? '3000x2250').split('x').map(Number);
  const [width, height] = px as [number, number];
  if (!Number.isInteger(objects) || objects < 1 || !(width > 0) || !(height > 0)) {
    throw new Error('CUSTODIA_BENCH_REPORT_OBJECTS / _PHOTO_PX: e.g. 300 and 3000x2250');
  }
  return { objects, width, height };
}

/** A small seeded generator, so every build makes the same photos. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A distinct camera-size JPEG: a smooth colour field with texture at a quarter of the size
 * (which survives the reduction to print size, as a real photo's detail does), an "object"
 * and its number drawn over it, upscaled to `width` × `height`.
 */
export async function benchPhoto(index: number, width: number, height: number): Promise<Buffer> {
  const r = prng(7919 * (index + 1));
  const mw = Math.max(8, Math.round(width / 4));
  const mh = Math.max(6, Math.round(height / 4));
  const gx = 6;
  const gy = 5;
  const grid = Array.from({ length: gx * gy * 3 }, () => 40 + r() * 180);
  const px = Buffer.alloc(mw * mh * 3);
  for (let y = 0; y < mh; y++) {
    const fy = (y / (mh - 1)) * (gy - 1);
    const y0 = Math.min(gy - 2, Math.floor(fy));
    const ty = fy - y0;
    for (let x = 0; x < mw; x++) {
      const fx = (x / (mw - 1)) * (gx - 1);
      const x0 = Math.min(gx - 2, Math.floor(fx));
      const tx = fx - x0;
      const noise = (r() - 0.5) * 40;
      for (let c = 0; c < 3; c++) {
        const at = (gxi: number, gyi: number) => grid[(gyi * gx + gxi) * 3 + c] as number;
        const v =
          at(x0, y0) * (1 - tx) * (1 - ty) +
          at(x0 + 1, y0) * tx * (1 - ty) +
          at(x0, y0 + 1) * (1 - tx) * ty +
          at(x0 + 1, y0 + 1) * tx * ty;
        px[(y * mw + x) * 3 + c] = Math.max(0, Math.min(255, v + noise + (r() - 0.5) * 10));
      }
    }
  }
  const hue = Math.floor(r() * 360);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <ellipse cx="${width * (0.35 + r() * 0.3)}" cy="${height * (0.4 + r() * 0.2)}"
      rx="${width * (0.15 + r() * 0.15)}" ry="${height * (0.2 + r() * 0.15)}"
      fill="hsl(${hue},45%,40%)" fill-opacity="0.8" stroke="hsl(${hue},30%,20%)" stroke-width="${width / 200}"/>
    <text x="${width * 0.05}" y="${height * 0.95}" font-family="sans-serif" font-size="${height / 12}"
      fill="#fff" fill-opacity="0.85">BENCH ${index + 1}</text>
  </svg>`;
  return sharp(px, { raw: { width: mw, height: mh, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: Buffer.from(svg) }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const TYPES = [
  ['religious', 'Icon'],
  ['archaeological', 'Amphora'],
  ['coins', 'Coin'],
  ['paintings', 'Painting'],
] as const;

/** The case: one seizure, `objects` objects with Object ID fields, two photos each. */
async function populate(
  session: CaseFileSession,
  objects: number,
  width: number,
  height: number,
): Promise<{ caseId: string; originalBytes: number }> {
  const kase = createCase(session, {
    reference: 'ITCG-2026-9300',
    title: 'Заплена у луци Бар — krijumčarenje ikona i novca (bench)',
    openedOn: '2026-01-12',
  });
  const seizure = createSeizure(session, kase.id, {
    reference: 'ZP-300/2026',
    seizedAt: '2026-01-12T06:30+01:00',
    legalBasis: 'customs-control',
    legalBasisReference: 'Carinski zakon, čl. 85',
  });
  const ids: string[] = [];
  for (let i = 0; i < objects; i++) {
    const [typeL1, noun] = TYPES[i % TYPES.length] as (typeof TYPES)[number];
    ids.push(
      createObject(session, kase.id, {
        exhibitNumber: `E-${i + 1}`,
        seizureId: seizure.id,
        typeL1,
        title: `${noun} ${i + 1} — Свети Никола / Šibenik`,
        materials: ['wood', 'gold leaf'],
        measurements: [
          { dimension: 'height', value: 20 + (i % 30), unit: 'cm' },
          { dimension: 'width', value: 15 + (i % 20), unit: 'cm' },
        ],
        dating: { earliest: 1500 + (i % 300), latest: 1550 + (i % 300), text: '' },
        subject: `Bench object ${i + 1}, distinguishing marks on the reverse`,
        distinguishingFeatures: 'Crack through the left board; inventory number in red paint',
        countryOfOrigin: 'ME',
      }).id,
    );
  }
  let originalBytes = 0;
  let next = 0;
  const total = objects * PHOTOS_PER_OBJECT;
  const t0 = process.hrtime.bigint();
  // Two at a time: one photo is generated (sharp, thread pool) while another is ingested.
  const worker = async () => {
    while (next < total) {
      const k = next++;
      const objectId = ids[Math.floor(k / PHOTOS_PER_OBJECT)] as string;
      const bytes = await benchPhoto(k, width, height);
      originalBytes += bytes.length;
      await addPhoto(session, {
        objectId,
        source: bytesSource(`IMG_${String(k + 1).padStart(4, '0')}.jpg`, bytes),
        role: k % PHOTOS_PER_OBJECT === 0 ? 'overall' : 'detail',
        caption: `Photo ${k + 1}`,
      });
      if ((k + 1) % 50 === 0) {
        process.stdout.write(
          `  reports bench: ${k + 1}/${total} photos (${(ms(t0) / 1000).toFixed(0)} s)\n`,
        );
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return { caseId: kase.id, originalBytes };
}

interface CacheInfo {
  version: number;
  caseId: string;
  objects: number;
  photos: number;
  width: number;
  height: number;
  originalBytes: number;
  ingestSeconds: number;
}

/** The case file for this size, built unless the cache holds it. */
async function caseFileFor(
  objects: number,
  width: number,
  height: number,
): Promise<{ file: string; info: CacheInfo; cached: boolean }> {
  const cacheDir = path.join(__dirname, 'results', 'reports-cache');
  const name = `reports-${objects}x${PHOTOS_PER_OBJECT}-${width}x${height}-v${CACHE_VERSION}`;
  const file = path.join(cacheDir, `${name}.custodia`);
  const infoFile = path.join(cacheDir, `${name}.json`);
  if (fs.existsSync(infoFile) && fs.existsSync(file)) {
    return { file, info: JSON.parse(fs.readFileSync(infoFile, 'utf8')) as CacheInfo, cached: true };
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  const building = path.join(cacheDir, `${name}.building.custodia`);
  fs.rmSync(building, { recursive: true, force: true });
  fs.rmSync(file, { recursive: true, force: true });
  const t0 = process.hrtime.bigint();
  const { session } = await createCaseFile(building, {
    operatorName: 'Bench Operator',
    passphrase: BENCH_PASSPHRASE,
    kdfCost: TEST_KDF,
  });
  let built: { caseId: string; originalBytes: number };
  try {
    built = await populate(session, objects, width, height);
  } finally {
    session.lock();
  }
  const info: CacheInfo = {
    version: CACHE_VERSION,
    caseId: built.caseId,
    objects,
    photos: objects * PHOTOS_PER_OBJECT,
    width,
    height,
    originalBytes: built.originalBytes,
    ingestSeconds: ms(t0) / 1000,
  };
  fs.renameSync(building, file);
  fs.writeFileSync(infoFile, `${JSON.stringify(info, null, 2)}\n`);
  return { file, info, cached: false };
}

/**
 * Peak resident set size, sampled every 50 ms from a thread of its own (so it keeps sampling
 * while the main thread is busy); the process's RSS includes the render worker's memory.
 */
class RssSampler {
  private readonly worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const tick = () => { const r = process.memoryUsage.rss(); if (r > peak) peak = r; };
     tick();
     const timer = setInterval(tick, 50);
     parentPort.on('message', (m) => {
       tick();
       if (m === 'reset') peak = 0, tick(), parentPort.postMessage(peak);
       else if (m === 'peak') parentPort.postMessage(peak);
       else clearInterval(timer), parentPort.close();
     });`,
    { eval: true },
  );
  private ask(m: string): Promise<number> {
    return new Promise((resolve) => {
      this.worker.once('message', resolve);
      this.worker.postMessage(m);
    });
  }
  reset(): Promise<number> {
    return this.ask('reset');
  }
  peak(): Promise<number> {
    return this.ask('peak');
  }
  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

type ChildResult = ReportsBench['generate'] | Layout | { reference: Layout; direct: Layout };

/** In a fresh process: the report as the app makes it. */
async function childGenerate(file: string, caseId: string, out: string): Promise<ChildResult> {
  const session = await unlockCaseFile(file, { kind: 'passphrase', passphrase: BENCH_PASSPHRASE });
  const sampler = new RssSampler();
  try {
    await sampler.reset();
    const steps: Partial<Record<ReportStep, number>> = {};
    const t0 = process.hrtime.bigint();
    const result = await generateReport(session, { caseId, kind: 'dossier' }, out, {
      onProgress: (p) => {
        steps[p.step] ??= ms(t0) / 1000;
      },
    });
    const seconds = ms(t0) / 1000;
    const peak = await sampler.peak();
    if (result.status !== 'generated') throw new Error('the dossier was not generated');
    return {
      seconds,
      peakRssMB: peak / MB,
      fileMB: fs.statSync(out).size / MB,
      pages: result.report.pages,
      steps,
    };
  } finally {
    await sampler.stop();
    session.lock();
  }
}

/**
 * In a fresh process: pdfmake alone, laying out the same model with its images prepared, then a
 * plain document of the same objects with renderPdf directly (images prepared beforehand).
 */
async function childReference(
  file: string,
  caseId: string,
): Promise<{ reference: Layout; direct: Layout }> {
  const session = await unlockCaseFile(file, { kind: 'passphrase', passphrase: BENCH_PASSPHRASE });
  const sampler = new RssSampler();
  try {
    const gc = () => (globalThis as { gc?: () => void }).gc?.();
    const imageMB = (images: ReportImage[]) =>
      images.reduce((n, i) => n + i.jpeg.byteLength, 0) / MB;
    let reference: Layout;
    {
      const { model } = await buildReport(session, { caseId, kind: 'dossier' });
      const images = Object.values(model.images);
      gc();
      await sampler.reset();
      const t0 = process.hrtime.bigint();
      const laid = await layoutReport(model);
      reference = {
        seconds: ms(t0) / 1000,
        peakRssMB: (await sampler.peak()) / MB,
        fileMB: laid.pdf.byteLength / MB,
        pages: laid.pages,
        images: images.length,
        imageMB: imageMB(images),
      };
    }
    let direct: Layout;
    {
      const rows = session.db
        .prepare(
          `SELECT o.exhibit_number AS exhibit, p.attachment_id AS attachmentId
           FROM object_photo p JOIN seized_object o ON o.id = p.object_id
           WHERE o.case_id = ? ORDER BY o.exhibit_sort, p.position`,
        )
        .all(caseId) as Array<{ exhibit: string; attachmentId: string }>;
      const prepared = await prepareImages(
        session,
        rows.map((r, i) => ({ key: `p${i}`, attachmentId: r.attachmentId, maxPx: DIRECT_PX })),
      );
      const byObject = new Map<string, string[]>();
      rows.forEach((r, i) =>
        byObject.set(r.exhibit, [...(byObject.get(r.exhibit) ?? []), `p${i}`]),
      );
      const content: unknown[] = [];
      for (const [exhibit, keys] of byObject) {
        if (content.length > 0) content.push({ text: '', pageBreak: 'before' });
        content.push(
          { text: `Exhibit ${exhibit}`, fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
          {
            table: {
              widths: [120, '*'],
              body: [
                ['Exhibit number', exhibit],
                ['Object type', 'Icon — Свети Никола'],
                ['Materials', 'wood, gold leaf'],
                ['Dating', '1500–1550'],
              ],
            },
            margin: [0, 0, 0, 8],
          },
          ...keys.map((key) => ({ image: key, fit: [480, 300], margin: [0, 0, 0, 8] })),
        );
      }
      const images = Object.values(prepared);
      const doc = {
        content,
        images: Object.fromEntries(
          Object.entries(prepared).map(([k, v]) => [
            k,
            `data:image/jpeg;base64,${Buffer.from(v.jpeg).toString('base64')}`,
          ]),
        ),
        defaultStyle: { font: 'Roboto', fontSize: 10 },
      } as unknown as Parameters<typeof renderPdf>[0];
      gc();
      await sampler.reset();
      const t0 = process.hrtime.bigint();
      const pdf = await renderPdf(doc);
      direct = {
        seconds: ms(t0) / 1000,
        peakRssMB: (await sampler.peak()) / MB,
        fileMB: pdf.byteLength / MB,
        pages: (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length,
        images: images.length,
        imageMB: imageMB(images),
      };
    }
    return { reference, direct };
  } finally {
    await sampler.stop();
    session.lock();
  }
}

function inChild(args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', ...args], {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: ChildResult | undefined;
    child.on('message', (m: { ok: true; result: ChildResult } | { ok: false; error: string }) => {
      if (m.ok) result = m.result;
      else reject(new Error(m.error));
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`bench child exited with ${code}`)),
    );
  });
}

/** Makes the print derivatives the case file lacks (photos stored before they existed). */
async function ensurePrintDerivatives(file: string): Promise<{ made: number; seconds: number }> {
  const session = await unlockCaseFile(file, { kind: 'passphrase', passphrase: BENCH_PASSPHRASE });
  try {
    const t0 = process.hrtime.bigint();
    const missing = session.db
      .prepare(
        `SELECT p.attachment_id FROM object_photo p JOIN attachment a ON a.id = p.attachment_id
         WHERE NOT EXISTS (SELECT 1 FROM image_derivative d WHERE d.blob_id = a.blob_id AND d.kind = 'print')`,
      )
      .pluck()
      .all() as string[];
    for (const id of missing) await printImageOf(session, id);
    return { made: missing.length, seconds: ms(t0) / 1000 };
  } finally {
    session.lock();
  }
}

export async function measureReports(dir: string): Promise<ReportsBench> {
  const { objects, width, height } = size();
  const log = (s: string) => process.stdout.write(`  reports bench: ${s}\n`);
  log(
    `case file with ${objects} objects, ${objects * PHOTOS_PER_OBJECT} photos ${width}×${height}`,
  );
  const { file, info, cached } = await caseFileFor(objects, width, height);
  log(
    `${cached ? 'cached' : 'built'}: ${info.photos} photos, ${(info.originalBytes / MB).toFixed(0)} MB of originals, ingest ${info.ingestSeconds.toFixed(0)} s${cached ? ' (when built)' : ''}`,
  );
  // Photos ingested now get their print derivative on ingest; a case file built before that
  // (an older cache) gets it here, once, as its first report would: not part of the figure.
  const warm = await ensurePrintDerivatives(file);
  if (warm.made > 0)
    log(
      `made ${warm.made} print derivatives missing from the cache (${warm.seconds.toFixed(1)} s, not measured)`,
    );
  const generate = (await inChild([
    'generate',
    file,
    info.caseId,
    path.join(dir, 'dossier.pdf'),
  ])) as ReportsBench['generate'];
  log(`dossier: ${generate.seconds.toFixed(2)} s, ${generate.pages} pages`);
  const { reference, direct } = (await inChild(['reference', file, info.caseId])) as {
    reference: Layout;
    direct: Layout;
  };
  log(`pdfmake alone, same model: ${reference.seconds.toFixed(2)} s, ${reference.images} images`);
  log(`pdfmake alone, plain document: ${direct.seconds.toFixed(2)} s, ${direct.images} images`);
  if (reference.images < info.photos) {
    log(
      `WARNING: the dossier printed ${reference.images} of ${info.photos} photos; the figures do not yet measure the full catalogue`,
    );
  }
  return {
    objects,
    photos: info.photos,
    photoPx: `${width}x${height}`,
    originalsMB: info.originalBytes / MB,
    ingestSeconds: info.ingestSeconds,
    cached,
    generate,
    reference,
    direct,
  };
}

if (require.main === module) {
  const [flag, mode, file, caseId, out] = process.argv.slice(2);
  if (flag === '--child') {
    const send = (m: unknown) =>
      new Promise<void>((resolve) => process.send?.(m, () => resolve()) ?? resolve());
    (mode === 'generate'
      ? childGenerate(file as string, caseId as string, out as string)
      : childReference(file as string, caseId as string)
    ).then(
      async (result) => {
        await send({ ok: true, result });
        process.exit(0);
      },
      async (e: unknown) => {
        await send({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
        process.exit(1);
      },
    );
  } else {
    // `npx tsx bench/reports.ts`: this bench alone, printed.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custodia-bench-'));
    measureReports(dir)
      .then((r) => console.log(JSON.stringify(r, null, 2)))
      .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
  }
}
