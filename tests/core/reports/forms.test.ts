import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseFile } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import type { CaseFileSession } from '../../../src/main/core/case-file/session';
import { populateDemo, type DemoSummary } from '../../../src/main/core/demo';
import { createObject } from '../../../src/main/core/objects/objects';
import { generateReport } from '../../../src/main/core/reports/engine/run';
import { CaseFileErrorCode } from '../../../src/main/core/support/errors';
import type { ReportParamsInput } from '../../../src/shared/domain/report';
import {
  expectCaseFileError,
  OPERATOR,
  PASSPHRASE,
  TEST_KDF,
  testRuntime,
} from '../../helpers/case-files';

/**
 * The forms of issue #9 rendered from the demo case file: the INTERPOL stolen cultural property
 * sheet, the chain-of-custody form and the seizure receipt, read back with pdftotext.
 */

const poppler = (tool: string, ...args: string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8' });

let session: CaseFileSession;
let summary: DemoSummary;
let dir: string;

// One demo case file (with photos) for every test here: made once, locked and removed at the end.
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custodia-forms-'));
  ({ session } = await createCaseFile(path.join(dir, 'demo.custodia'), {
    operatorName: OPERATOR,
    passphrase: PASSPHRASE,
    runtime: testRuntime(),
    kdfCost: TEST_KDF,
  }));
  summary = await populateDemo(session, { photos: true });
}, 120_000);

afterAll(() => {
  session.lock();
  fs.rmSync(dir, { recursive: true, force: true });
});

function caseId(reference: string): string {
  const found = summary.cases.find((c) => c.reference === reference);
  if (!found) throw new Error(`no case ${reference}`);
  return found.id;
}

function objectId(reference: string, exhibit: string): string {
  return session.db
    .prepare('SELECT id FROM seized_object WHERE case_id = ? AND exhibit_number = ?')
    .pluck()
    .get(caseId(reference), exhibit) as string;
}

function seizureId(reference: string): string {
  return session.db
    .prepare('SELECT id FROM seizure WHERE reference = ?')
    .pluck()
    .get(reference) as string;
}

/** Generates the report and returns its text (layout kept, so columns stay on their lines). */
async function render(name: string, params: ReportParamsInput, page = 'Page 1 of') {
  const out = path.join(dir, `${name}.pdf`);
  const result = await generateReport(session, params, out);
  expect(result.status).toBe('generated');
  if (result.status !== 'generated') throw new Error('not generated');
  // Lines joined: a value wrapped in its box still reads as one.
  const text = poppler('pdftotext', '-enc', 'UTF-8', out, '-').replace(/\s+/g, ' ');
  const fonts = poppler('pdffonts', out)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);
  expect(text).toContain(result.report.id);
  expect(text).toContain(`${page} ${result.report.pages}`);
  // FORMS_OUT=<folder>: keep the PDFs to look at (pdftoppm -r 50 -png).
  if (process.env.FORMS_OUT) fs.copyFileSync(out, path.join(process.env.FORMS_OUT, `${name}.pdf`));
  return { text, report: result.report, out };
}

/** Each needle occurs after the one before it. */
function expectInOrder(text: string, needles: string[]) {
  let from = 0;
  for (const n of needles) {
    const at = text.indexOf(n, from);
    expect(at, `${n} (after position ${from})`).toBeGreaterThanOrEqual(0);
    from = at + n.length;
  }
}

describe('INTERPOL stolen cultural property sheet', () => {
  it('prints one object: identification, seizure, theft, checks, reporting authority; no names', async () => {
    const { text, report } = await render('interpol-icon', {
      caseId: caseId('ITCG-2025-0044'),
      kind: 'interpol',
      objectId: objectId('ITCG-2025-0044', 'I-1'),
    });
    expect(report.pages).toBeGreaterThanOrEqual(1);
    expectInOrder(text, [
      'Stolen cultural property',
      'I-1 — Св. Никола (St Nicholas)',
      '1. Identification of the object',
      '2. Circumstances of the theft and of the seizure',
      'BLKA 622-118/25',
      'Kunsthaus Adler Auktionen, Maximilianstraße 18, München',
      'Theft',
      '3. Database checks',
      '4. Reporting authority',
      'UKP — Cultural Goods Unit, Belgrade',
      'Ana Petrović',
      'Requesting NCB',
    ]);
    expect(text).toContain('Hit');
    expect(text).toContain('MK-MK/KN-2023-0117');
    expect(text).toContain('Sheet 1 of 1');
    // INTERPOL's database holds no personal data: no holder, suspect, officer or witness.
    for (const name of [
      'KHK Thomas Berger',
      'Claudia Adler',
      'Трајковски',
      'Kunsthaus Adler Auktionen GmbH',
    ]) {
      expect(text).not.toContain(name);
    }
  });

  it('prints every disclosed object, one sheet each, bilingual labels when asked', async () => {
    const transit = caseId('ITCG-2026-0007');
    const count = session.db
      .prepare('SELECT count(*) FROM seized_object WHERE case_id = ?')
      .pluck()
      .get(transit) as number;
    const { text } = await render(
      'interpol-transit',
      {
        caseId: transit,
        kind: 'interpol',
        language: 'sr-Latn',
        secondLanguage: 'sr-Cyrl',
      },
      'Strana 1 od',
    );
    expect(text).toContain('Четвероеванђеље (Tetraevangelion)');
    expect(text).toContain('Granični prelaz Batrovci');
    expect(text).toContain('Ukradeno kulturno dobro');
    expect(text).toContain('Украдено културно добро');
    expect(text).toContain(`List ${count} od ${count}`);
    expect(text.split('1. Identifikacija predmeta').length - 1).toBe(count);
    expect(text).not.toContain('Krasniqi');
  });

  it('refuses an object of another case and an object the disclosure leaves out', async () => {
    const other = createCase(session, {
      reference: 'ITCG-2026-0999',
      title: 'Another case',
      openedOn: '2026-01-05',
    });
    const stranger = createObject(session, other.id, { exhibitNumber: 'X-1', typeL1: 'religious' });
    await expectCaseFileError(
      () =>
        generateReport(
          session,
          { caseId: caseId('ITCG-2025-0044'), kind: 'interpol', objectId: stranger.id },
          path.join(dir, 'never.pdf'),
        ),
      CaseFileErrorCode.InvalidInput,
    );
    const transit = caseId('ITCG-2026-0007');
    await expectCaseFileError(
      () =>
        generateReport(
          session,
          {
            caseId: transit,
            kind: 'custody',
            objectId: objectId('ITCG-2026-0007', 'T-4'),
            disclosure: { objectIds: [objectId('ITCG-2026-0007', 'T-1')] },
          },
          path.join(dir, 'never.pdf'),
        ),
      CaseFileErrorCode.InvalidInput,
    );
    expect(fs.existsSync(path.join(dir, 'never.pdf'))).toBe(false);
  });
});

describe('chain-of-custody form', () => {
  it('prints the evidence item, its seizure, the trail in order, the disposition and blank rows', async () => {
    const { text } = await render('custody-icon', {
      caseId: caseId('ITCG-2025-0044'),
      kind: 'custody',
      objectId: objectId('ITCG-2025-0044', 'I-1'),
    });
    expectInOrder(text, [
      'Chain-of-custody form',
      'I-1 — Св. Никола (St Nicholas)',
      '1. Evidence item',
      '2. Seizure',
      'BLKA 622-118/25',
      'KHK Thomas Berger',
      'Dr. Claudia Adler',
      '3. Custody trail',
      'Collected (seized)',
      'Packaged and sealed',
      'Placed in storage',
      'Transferred',
      'Placed in storage',
      'Checked out of storage',
      '4. Final disposition',
      '5. Further handovers',
      'Released by',
    ]);
    expect(text).toContain('BY-LKA 0099231');
    expect(text).toContain('UKP-0451388');
    expect(text).toContain('New seal:');
    expect(text).toContain('Seal intact');
    expect(text).toContain('Rešenje Kpp 244/25');
    // Back from the examination is not the end of the custody.
    expect(text).toContain('Not yet disposed of');
    expect(text).toContain('Form 1 of 1');
  });

  it('prints one form per object of a case, in exhibit order, in Cyrillic', async () => {
    const { text } = await render(
      'custody-transit',
      {
        caseId: caseId('ITCG-2026-0007'),
        kind: 'custody',
        language: 'sr-Cyrl',
      },
      'Страна 1 од',
    );
    expectInOrder(text, ['T-1 —', 'T-2 —', 'T-3 —', 'T-4 — Четвероеванђеље']);
    expect(text).toContain('Образац о ланцу чувања');
    expect(text).toContain('UC-BAT-7781');
  });
});

describe('seizure receipt', () => {
  it('prints the record, the holder, the objects with seals, and signature boxes', async () => {
    const { text, report } = await render('receipt-transit', {
      caseId: caseId('ITCG-2026-0007'),
      kind: 'seizure-receipt',
      seizureId: seizureId('CI-BAT 0219/2026'),
    });
    expect(report.pages).toBeLessThanOrEqual(2);
    expectInOrder(text, [
      'Seizure receipt',
      'COPY FOR THE HOLDER',
      'CI-BAT 0219/2026',
      'PP-2026-0093',
      'Granični prelaz Batrovci',
      'Holder',
      'Arben Krasniqi',
      'Objects seized',
      'T-1',
      'T-4',
      'Четвероеванђеље',
      'Items in total',
      'UC-BAT-7781',
      'Ivan Đukić',
      'Signatures',
      'Seizing officer',
      'Witness',
      'Holder (receipt of this copy',
    ]);
    expect(text).toContain('UC-BAT-7784');
  });

  it('withholds the holder the disclosure leaves out', async () => {
    const { text } = await render('receipt-withheld', {
      caseId: caseId('ITCG-2026-0007'),
      kind: 'seizure-receipt',
      seizureId: seizureId('CI-BAT 0219/2026'),
      disclosure: { partyIds: [] },
    });
    expect(text).not.toContain('Krasniqi');
    expect(text).toContain('withheld (selective disclosure)');
  });

  it('refuses without a seizure, and a seizure of another case', async () => {
    await expectCaseFileError(
      () =>
        generateReport(
          session,
          { caseId: caseId('ITCG-2026-0007'), kind: 'seizure-receipt' },
          path.join(dir, 'never.pdf'),
        ),
      CaseFileErrorCode.InvalidInput,
    );
    await expectCaseFileError(
      () =>
        generateReport(
          session,
          {
            caseId: caseId('ITCG-2026-0007'),
            kind: 'seizure-receipt',
            seizureId: seizureId('BLKA 622-118/25'),
          },
          path.join(dir, 'never.pdf'),
        ),
      CaseFileErrorCode.InvalidInput,
    );
  });
});
