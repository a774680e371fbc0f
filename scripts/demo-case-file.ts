import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import {
  addOperator,
  bytesSource,
  createCaseFile,
  fixedClock,
  ingestAttachment,
  type Runtime,
} from '../src/main/core';
import { populateDemo, type DemoSummary } from '../src/main/core/demo';

/**
 * A realistic demo case file for screenshots and manual tries, built with the core API (no UI):
 * two operators, a few attachments (a photo, a scanned report, an expert opinion in Cyrillic, a
 * bank-statement extract) and the demo cases of src/main/core/demo (populateDemo). Fixed clock
 * and IDs, so every run gives the same content.
 */
export const DEMO = {
  operators: [
    { name: 'Ana Petrović', passphrase: 'Ohridsko jezero — Струга, 1979: čuvaj ključ!' },
    { name: 'Marko Đorđević', passphrase: 'Stobi mosaic, 4th century — drži ključ 2026' },
  ],
} as const;

export interface DemoCaseFile {
  dir: string;
  recoveryKey: string;
  attachments: { name: string; sha256: string; size: number }[];
  /** The demo cases and what was written for them. */
  demo: DemoSummary;
}

/** Fixed clock; IDs that look like random UUIDs but are the same on every run. */
export function demoRuntime(seed = 'demo'): Runtime {
  let n = 0;
  const next = () => {
    const h = createHash('sha256').update(`custodia-${seed}-${n++}`).digest('hex');
    const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return { clock: fixedClock(new Date('2026-03-02T08:30:00Z'), 60_000), ids: { next } };
}

export async function buildDemoCaseFile(
  dir: string,
  options: {
    kdfCost?: { N: number; r: number; p: number };
    /** Draw and attach object photos: screenshots want them, e2e tests rarely need the time. */
    photos?: boolean;
  } = {},
): Promise<DemoCaseFile> {
  const runtime = demoRuntime();
  const [ana, marko] = DEMO.operators;
  const { session, recoveryKey } = await createCaseFile(dir, {
    operatorName: ana.name,
    passphrase: ana.passphrase,
    runtime,
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
  });
  try {
    await addOperator(session, {
      name: marko.name,
      passphrase: marko.passphrase,
      ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
    });
    const files: [string, Uint8Array, string?][] = [
      ['ikona-sv-nikola-prednja-strana.png', iconPhoto()],
      ['zapisnik-o-privremenom-oduzimanju-2026-017.pdf', seizureReportPdf()],
      ['стручно-мишљење-музеј-охрид.txt', Buffer.from(EXPERT_OPINION, 'utf8'), 'text/plain'],
      ['izvod-racuna-RS35-2026-02.csv', Buffer.from(BANK_EXTRACT, 'utf8'), 'text/csv'],
    ];
    const attachments = [];
    for (const [name, bytes, mediaType] of files) {
      const a = await ingestAttachment(
        session,
        bytesSource(name, bytes),
        mediaType ? { mediaType } : {},
      );
      attachments.push({ name, sha256: a.sha256, size: a.size });
    }
    const demo = await populateDemo(session, { photos: options.photos ?? false });
    return { dir, recoveryKey, attachments, demo };
  } finally {
    session.lock();
  }
}

const EXPERT_OPINION = `НАРОДНИ МУЗЕЈ ОХРИД — СТРУЧНО МИШЉЕЊЕ бр. 17/2026

Предмет: икона „Св. Никола“, темпера на дрвету, 38 × 29 cm.
Датовање: крај XVII века, охридска иконописна радионица.
Стање: оштећења на доњој ивици; трагови скидања инвентарског броја на полеђини.
Закључак: предмет је културно добро од великог значаја; порекло није документовано.

Вештак: др Јована Стојановска
`;

const BANK_EXTRACT = `datum;opis;iznos;valuta;protivstrana
2026-02-03;Uplata — "antikvitet, privatna prodaja";18500.00;EUR;Kovačević d.o.o.
2026-02-04;Prenos na račun u inostranstvu;-18000.00;EUR;Hëna Trading SH.P.K.
2026-02-11;Gotovinska uplata;9900.00;EUR;—
`;

/** A small but real PNG: a gilded panel with a darker frame (icon photo stand-in), 96×128. */
function iconPhoto(): Buffer {
  const w = 96;
  const h = 128;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const frame = x < 8 || y < 8 || x >= w - 8 || y >= h - 8;
      const halo = (x - 48) ** 2 + (y - 40) ** 2 < 18 ** 2;
      const [r, g, b] = frame ? [92, 54, 28] : halo ? [222, 184, 84] : [150, 40, 36];
      const i = y * (w * 3 + 1) + 1 + x * 3;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A one-page PDF with a few lines of text (ASCII only: the standard Helvetica font). */
function seizureReportPdf(): Buffer {
  const lines = [
    'MUP - Uprava kriminalisticke policije',
    'Zapisnik o privremenom oduzimanju predmeta br. 2026-017',
    'Oduzeto: ikona "Sv. Nikola", 38 x 29 cm; 14 srebrnih novcica (Stobi?)',
    'Mesto: granicni prelaz, 2026-02-27 14:20',
  ];
  const text = lines
    .map((l, i) => `BT /F1 12 Tf 56 ${780 - i * 20} Td (${l.replace(/[()\\]/g, '\\$&')}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
