import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { renderPdf } from '../../src/main/core/reports/pdf';
import { test, expect } from './harness';
import type { AppHarness } from './support/app-harness';
import { confirmRecoveryKey, createThroughUi, invokeOk } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? path.join('test-results', 'e2e');

/** A case, its seizure, an Illyrian helmet, and two experts in the directory, through the core. */
async function caseWithHelmet(app: AppHarness) {
  const kase = await invokeOk(app, 'case:create', {
    fields: {
      reference: 'KU-2026/071',
      title: 'Ilirski šlem ponuđen preko oglasa',
      openedOn: '2026-03-01',
    },
  });
  const seizure = await invokeOk(app, 'seizure:create', {
    caseId: kase.id,
    fields: {
      reference: 'ZP-31/26',
      seizedAt: '2026-03-02T09:30',
      legalBasis: 'search-warrant',
      authority: 'PU Niš',
    },
  });
  const helmet = await invokeOk(app, 'object:create', {
    caseId: kase.id,
    fields: {
      exhibitNumber: 'P-3',
      typeL1: 'archaeological',
      typeL2: 'archaeological.metalwork',
      title: 'Ilirski bronzani šlem',
      seizureId: seizure.id,
    },
  });
  const ana = await invokeOk(app, 'expert:add', {
    fields: {
      name: 'Ana Petrović',
      title: 'Dr',
      institution: 'Narodni muzej Srbije',
      country: 'RS',
      languages: ['sr', 'en'],
      fields: ['classical-archaeology'],
    },
  });
  const marko = await invokeOk(app, 'expert:add', {
    fields: {
      name: 'Marko Kovač',
      title: 'Prof.',
      institution: 'Arheološki muzej u Zagrebu',
      country: 'HR',
      languages: ['hr'],
      fields: ['classical-archaeology', 'metals-analysis'],
    },
  });
  return { kase, helmet, ana, marko };
}

/** The signed report as a real PDF, written where the open-documents dialog finds it. */
async function reportPdf(app: AppHarness): Promise<{ file: string; sha256: string }> {
  const bytes = await renderPdf({
    content: [
      { text: 'NALAZ I MIŠLJENJE VEŠTAKA', fontSize: 16, bold: true },
      { text: 'Predmet P-3: bronzani šlem ilirskog tipa.', margin: [0, 8] },
      { text: 'Zaključak: predmet je autentičan, 4. vek p. n. e.' },
    ],
  });
  const file = path.join(app.workDir, 'nalaz-petrovic-2026-03.pdf');
  fs.writeFileSync(file, bytes);
  return { file, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/** Chooses the option of a searchable Select by a part of its label. */
async function chooseOption(page: Page, testId: string, search: string) {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(search);
  await page.getByRole('option', { name: new RegExp(search) }).click();
}

async function fillOpinion(
  page: Page,
  o: {
    expert: string;
    date: string;
    methods: string[];
    authenticity: string;
    earliest?: { year: string; bc: boolean };
    latest?: { year: string; bc: boolean };
    amount?: string;
    currency?: string;
    conclusion: string;
  },
) {
  const modal = page.getByTestId('opinion-modal');
  await chooseOption(page, 'opinion-form-expert', o.expert);
  await page.getByTestId('opinion-form-date').fill(o.date);
  for (const m of o.methods) await modal.getByText(m, { exact: true }).click();
  await page
    .getByTestId('opinion-form-authenticity')
    .getByText(o.authenticity, { exact: true })
    .click();
  for (const [end, value] of [
    ['earliest', o.earliest],
    ['latest', o.latest],
  ] as const) {
    if (!value) continue;
    await page.getByTestId(`opinion-form-dating-${end}`).fill(value.year);
    await page
      .getByTestId(`opinion-form-dating-${end}-era`)
      .getByText(value.bc ? 'BC' : 'AD', { exact: true })
      .click();
  }
  if (o.amount) await page.getByTestId('opinion-form-value-amount').fill(o.amount);
  if (o.currency) await chooseOption(page, 'opinion-form-value-currency', o.currency);
  await page.getByTestId('opinion-form-conclusion').fill(o.conclusion);
}

test.describe('Expert opinions, through the UI', () => {
  test('record two conflicting opinions, see them side by side and the dispute in the summary', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const { helmet } = await caseWithHelmet(app);
    const report = await reportPdf(app);

    await page.goto(`${app.url}#/case-file/objects/${helmet.id}/opinions`);
    await expect(page.getByTestId('object-tab-panel-opinions')).toBeVisible();
    await expect(page.getByTestId('opinions-empty')).toBeVisible();

    // 1. Dr Petrović: authentic, 400–300 BC, 1200 EUR, her signed report added from the form.
    await page.getByTestId('opinions-add').click();
    await expect(page.getByTestId('opinion-form')).toBeVisible();
    // Saved empty: main names what is missing on the fields, nothing is stored.
    await page.getByTestId('opinion-form-save').click();
    await expect(page.getByTestId('opinion-form-expert')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('opinion-modal')).toContainText(
      'name the method (or methods) the expert used',
    );
    await fillOpinion(page, {
      expert: 'Ana Petrović',
      date: '2026-03-10',
      methods: ['Visual and stylistic examination', 'X-ray fluorescence (XRF)'],
      authenticity: 'Authentic',
      earliest: { year: '400', bc: true },
      latest: { year: '300', bc: true },
      amount: '1200',
      currency: 'EUR',
      conclusion: 'An **authentic** Illyrian helmet of the 4th century BC.',
    });
    await expect(page.getByTestId('opinion-form-dating-preview')).toContainText('400 BC – 300 BC');
    app.dialogs.answer('openDocuments', report.file);
    await page.getByTestId('opinion-form-report-add').click();
    await expect(page.getByTestId('opinion-form-report')).toHaveValue(
      /nalaz-petrovic-2026-03 · [0-9a-f]{12}/,
    );
    await page.getByTestId('opinion-form-save').click();
    await expect(page.getByTestId('opinion-modal')).toHaveCount(0);
    await expect(page.getByTestId('opinion-column')).toHaveCount(1);
    await expect(page.getByTestId('opinion-summary-authenticity')).toHaveAttribute(
      'data-state',
      'single',
    );

    // 2. Prof. Kovač: not authentic, a modern cast of the 1990s, 150 EUR.
    await page.getByTestId('opinions-add').click();
    await fillOpinion(page, {
      expert: 'Marko Kovač',
      date: '2026-03-20',
      methods: ['Metallurgical analysis'],
      authenticity: 'Not authentic',
      earliest: { year: '1990', bc: false },
      latest: { year: '2000', bc: false },
      amount: '150',
      currency: 'EUR',
      conclusion: 'A modern cast: the alloy has zinc in proportions unknown before the 19th c.',
    });
    await page.getByTestId('opinion-form-save').click();
    await expect(page.getByTestId('opinion-modal')).toHaveCount(0);

    // Both columns, oldest first.
    const columns = page.getByTestId('opinion-column');
    await expect(columns).toHaveCount(2);
    await expect(columns.nth(0)).toContainText('Dr Ana Petrović');
    await expect(columns.nth(1)).toContainText('Prof. Marko Kovač');

    // The summary: authenticity disputed, each position naming the opinion it rests on.
    const authenticity = page.getByTestId('opinion-summary-authenticity');
    await expect(authenticity).toHaveAttribute('data-state', 'disputed');
    await expect(authenticity.getByTestId('opinion-aspect-state')).toHaveText('Disputed');
    const positions = authenticity.getByTestId('opinion-summary-position');
    await expect(positions).toHaveCount(2);
    await expect(positions.nth(0)).toContainText('Authentic');
    await expect(positions.nth(0)).toContainText('Dr Ana Petrović');
    await expect(positions.nth(1)).toContainText('Not authentic');
    await expect(positions.nth(1)).toContainText('Prof. Marko Kovač');
    await expect(page.getByTestId('opinion-summary-dating')).toHaveAttribute(
      'data-state',
      'disputed',
    );
    await expect(page.getByTestId('opinion-summary-dating')).toContainText('400 BC – 300 BC');
    await expect(page.getByTestId('opinion-summary-dating')).toContainText('AD 1990 – AD 2000');
    await expect(page.getByTestId('opinion-summary-value')).toHaveAttribute(
      'data-state',
      'disputed',
    );
    await expect(page.getByTestId('opinion-summary-value')).toContainText('€1,200.00');
    await expect(page.getByTestId('opinion-summary-origin')).toHaveAttribute('data-state', 'none');

    // Side by side: the disputed rows are marked, the agreed ones not.
    await expect(page.getByTestId('opinion-row-authenticity')).toHaveAttribute(
      'data-disputed',
      'true',
    );
    await expect(page.getByTestId('opinion-row-conclusion')).not.toHaveAttribute(
      'data-disputed',
      'true',
    );
    await expect(page.getByTestId('opinion-row-report')).toContainText('nalaz-petrovic-2026-03');
    await expect(page.getByTestId('opinion-report-hash')).toContainText(report.sha256.slice(0, 12));

    // Choosing an opinion in the summary marks it.
    const chip = positions.nth(1).getByTestId('opinion-summary-chip');
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/opinions.png`, fullPage: true });

    // An edit keeps the column and its version: Prof. Kovač's confidence lowered.
    await columns.nth(1).getByTestId('opinion-edit').click();
    await expect(page.getByTestId('opinion-form-conclusion')).toHaveValue(/A modern cast/);
    await page.getByTestId('opinion-form-confidence').getByText('Low', { exact: true }).click();
    await page.getByTestId('opinion-form-save').click();
    await expect(page.getByTestId('opinion-modal')).toHaveCount(0);
    await expect(page.getByTestId('opinion-row-confidence')).toContainText('Low');
    await expect(columns).toHaveCount(2);
  });
});
