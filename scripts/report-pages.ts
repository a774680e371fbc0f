/**
 * `npm run screenshots` (second part): renders the demo's reports to PDF and pages of them to PNG
 * (pdftoppm) into docs/screenshots/, so the README shows what a prosecutor receives:
 *   report-dossier-cover.png, report-dossier-object.png (an Object ID sheet with photos),
 *   report-dossier-provenance.png, report-mla.png (first page of the MLA request),
 *   report-interpol.png, report-custody.png.
 * Built on the demo case file (fixed clock and ids), in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unlockCaseFile } from '../src/main/core';
import { generateReport } from '../src/main/core/reports';
import type { ReportParamsInput } from '../src/shared/domain/report';
import { TEST_KDF } from '../tests/helpers/kdf';
import { buildDemoCaseFile, DEMO, demoRuntime } from './demo-case-file';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshots');

/** The 1-based number of the first page whose text matches `pattern` (after page `from`). */
function pageWith(pdf: string, pattern: RegExp, from = 1): number {
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
  );
  for (let p = from; p <= pages; p++) {
    const text = execFileSync(
      'pdftotext',
      ['-f', String(p), '-l', String(p), '-enc', 'UTF-8', pdf, '-'],
      {
        encoding: 'utf8',
      },
    );
    if (pattern.test(text)) return p;
  }
  throw new Error(`no page of ${path.basename(pdf)} matches ${pattern}`);
}

function png(pdf: string, page: number, name: string): void {
  const prefix = path.join(os.tmpdir(), `custodia-page-${process.pid}`);
  execFileSync('pdftoppm', [
    '-r',
    '80',
    '-png',
    '-singlefile',
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
    prefix,
  ]);
  fs.copyFileSync(`${prefix}.png`, path.join(OUT, `${name}.png`));
  console.log(`  docs/screenshots/${name}.png (page ${page} of ${path.basename(pdf)})`);
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'custodia-report-pages-'));
  try {
    const dir = path.join(work, 'demo.custodia');
    await buildDemoCaseFile(dir, { photos: true, kdfCost: TEST_KDF });
    const [ana] = DEMO.operators;
    const session = await unlockCaseFile(
      dir,
      { kind: 'passphrase', passphrase: ana.passphrase, operatorName: ana.name },
      demoRuntime('reports'),
    );
    try {
      const transit = session.db
        .prepare("SELECT id FROM case_record WHERE reference = 'ITCG-2026-0007'")
        .pluck()
        .get() as string;
      const make = async (name: string, params: Omit<ReportParamsInput, 'caseId'>) => {
        const file = path.join(work, `${name}.pdf`);
        const r = await generateReport(session, { caseId: transit, ...params }, file);
        if (r.status !== 'generated') throw new Error(`${name}: ${r.status}`);
        return file;
      };
      const dossier = await make('dossier', { kind: 'dossier' });
      png(dossier, 1, 'report-dossier-cover');
      png(dossier, pageWith(dossier, /Object ID|Exhibit number/i, 3), 'report-dossier-object');
      png(dossier, pageWith(dossier, /^Provenance/m, 3), 'report-dossier-provenance');
      const mlaId = session.db
        .prepare(
          "SELECT id FROM intl_request WHERE case_id = ? AND kind = 'mla' ORDER BY created_at",
        )
        .pluck()
        .get(transit) as string | undefined;
      if (mlaId) {
        const mla = await make('mla', { kind: 'mla', requestId: mlaId, secondLanguage: 'sr-Latn' });
        png(mla, 1, 'report-mla');
      } else console.log('  (the demo has no MLA request: report-mla.png not made)');
      png(await make('interpol', { kind: 'interpol' }), 1, 'report-interpol');
      png(await make('custody', { kind: 'custody' }), 1, 'report-custody');
    } finally {
      session.lock();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
