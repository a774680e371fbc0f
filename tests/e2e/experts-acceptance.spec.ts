import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildDemoCaseFile, DEMO } from '../../scripts/demo-case-file';
import { test, expect } from './harness';
import { E2E_KDF } from './support/app-harness';
import { openCasesThroughUi, openThroughUi, pickOption, unlockThroughUi } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const TRANSIT = 'Antiquities shipment through a transit country';
const EXPERT = 'Милица Стевановић';
const HEAD = 'T-1 — Marble head of a young man';
const HELMET = 'T-3 — Illyrian-type bronze helmet';

/** Types into a searchable Select and picks the option whose label contains `search`. */
async function choose(page: Page, testId: string, search: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(search);
  await page
    .getByRole('option', { name: new RegExp(search) })
    .first()
    .click();
}

/** One opinion through the object's form: expert, date, one method, authenticity, conclusion. */
async function recordOpinion(
  page: Page,
  o: { expert: string; date: string; method: string; authenticity: string; conclusion: string },
): Promise<void> {
  await page.getByTestId('opinions-add').click();
  const modal = page.getByTestId('opinion-modal');
  await expect(page.getByTestId('opinion-form')).toBeVisible();
  await choose(page, 'opinion-form-expert', o.expert);
  await page.getByTestId('opinion-form-date').fill(o.date);
  await modal.getByText(o.method, { exact: true }).click();
  await page
    .getByTestId('opinion-form-authenticity')
    .getByText(o.authenticity, { exact: true })
    .click();
  await page.getByTestId('opinion-form-conclusion').fill(o.conclusion);
  await page.getByTestId('opinion-form-save').click();
  await expect(modal).toHaveCount(0);
}

/**
 * Issue #7's acceptance, on the demo case file, all through the UI: an expert added to the
 * directory, an opinion requested from them on two objects, the request letter generated and
 * its text checked (questions, object descriptions, expert name), then two conflicting opinions
 * recorded on one of the objects and seen side by side with the dispute in the summary.
 */
test.describe('Experts, the acceptance flow on the demo case file', () => {
  test('add an expert, request an opinion on two objects, generate the letter, record two conflicting opinions', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    const demo = await buildDemoCaseFile(app.caseFilePath('demo'), { kdfCost: E2E_KDF });
    await app.open();
    await openThroughUi(app, demo.dir);
    const [ana] = DEMO.operators;
    await unlockThroughUi(page, ana.passphrase, ana.name);

    // 1. The expert, in the directory shared by every case.
    await page.goto(`${app.url}#/case-file/experts`);
    await page.getByTestId('experts-add').click();
    await expect(page.getByTestId('expert-form')).toBeVisible();
    await page.getByTestId('expert-form-name').fill(EXPERT);
    await page.getByTestId('expert-form-title').fill('Dr');
    await page.getByTestId('expert-form-institution').fill('Народни музеј у Београду');
    await pickOption(page, 'expert-form-country', 'Serbia (RS)');
    await pickOption(page, 'expert-form-languages', 'Serbian (sr)');
    await pickOption(
      page,
      'expert-form-fields',
      'Classical archaeology (Greek, Illyrian, Thracian, Roman)',
    );
    await page.getByTestId('expert-form-name').click();
    await page.getByTestId('expert-form-save').click();
    await expect(page.getByTestId('expert-form')).toHaveCount(0);
    await page.getByTestId('experts-search').fill('stevanovic');
    await expect(page.getByTestId('expert-name')).toHaveCount(1);
    await expect(page.getByTestId('expert-name')).toContainText(EXPERT);

    // 2. The request, in the transit case, about the marble head and the helmet.
    await openCasesThroughUi(page);
    await page.getByTestId('cases-table-row').filter({ hasText: TRANSIT }).dblclick();
    await page.getByTestId('case-tab-experts').click();
    await page.getByTestId('consultations-add').click();
    await expect(page.getByTestId('consultation-form')).toBeVisible();
    await page.getByTestId('consultation-form-expert').fill('Стеван');
    await page.getByRole('option', { name: new RegExp(EXPERT) }).click();
    await pickOption(page, 'consultation-form-objects', HEAD);
    await pickOption(page, 'consultation-form-objects', HELMET);
    await page.keyboard.press('Escape');
    await page.getByTestId('consultation-form-questions-authenticity').check();
    await page.getByTestId('consultation-form-questions-origin').check();
    await page.getByTestId('consultation-form-questions-add').click();
    await page
      .getByTestId('consultation-form-questions-own')
      .fill('Do the head and the helmet show traces of the same burial soil?');
    await page.getByTestId('consultation-form-legalBasis').fill('ZKP, član 113');
    await page.getByTestId('consultation-form-reference').fill('ITCG-2026-0007/E-9');
    await page.getByTestId('consultation-form-deadline').fill('2026-04-15');
    await page.getByTestId('consultation-form-save').click();
    await expect(page.getByTestId('screen-consultation')).toBeVisible();
    await expect(page.getByTestId('consultation-object')).toHaveCount(2);
    await expect(page.getByTestId('consultation-question')).toHaveCount(3);

    // 3. The letter: its text names the expert, asks the questions, describes both objects.
    const letter = path.join(app.workDir, 'request-E-9.pdf');
    app.dialogs.answer('savePdf', letter);
    await page.getByTestId('consultation-letter-generate').click();
    await expect(page.getByTestId('consultation-letter')).toHaveCount(1);
    const text = execFileSync('pdftotext', ['-layout', letter, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(EXPERT);
    expect(flat).toContain('Is the object authentic');
    expect(flat).toContain('Where does the object come from');
    expect(flat).toContain('Do the head and the helmet show traces of the same burial soil?');
    expect(flat).toContain('Marble head of a young man');
    expect(flat).toContain('Illyrian-type bronze helmet');
    expect(flat).toContain('white marble');
    expect(flat).toMatch(/Fresh soil in the curls/);
    await page.screenshot({ path: path.join(SHOTS, 'acceptance-experts-consultation.png') });

    // 4. Two opinions on the helmet that contradict each other, both on the object's page.
    await page
      .getByTestId('consultation-object')
      .filter({ hasText: 'T-3' })
      .getByTestId('consultation-object-opinions')
      .click();
    await expect(page.getByTestId('object-tab-panel-opinions')).toBeVisible();
    await recordOpinion(page, {
      expert: 'Стевановић',
      date: '2026-03-20',
      method: 'Visual and stylistic examination',
      authenticity: 'Authentic',
      conclusion: 'An Illyrian helmet of the 5th–4th century BC; patina and wear are ancient.',
    });
    await page.mouse.move(400, 200);
    await expect(page.getByTestId('toast-success')).toHaveCount(0, { timeout: 15_000 });
    await recordOpinion(page, {
      expert: 'Tomislav',
      date: '2026-03-24',
      method: 'Metallurgical analysis',
      authenticity: 'Not authentic',
      conclusion: 'A modern cast: zinc and lead in proportions unknown in antiquity.',
    });
    const columns = page.getByTestId('opinion-column');
    await expect(columns).toHaveCount(2);
    await expect(columns.nth(0)).toContainText(EXPERT);
    await expect(columns.nth(1)).toContainText('Tomislav Vuković');
    const authenticity = page.getByTestId('opinion-summary-authenticity');
    await expect(authenticity).toHaveAttribute('data-state', 'disputed');
    const positions = authenticity.getByTestId('opinion-summary-position');
    await expect(positions).toHaveCount(2);
    await expect(positions.filter({ hasText: 'Not authentic' })).toContainText('Tomislav Vuković');
    await expect(positions.filter({ hasText: /^Authentic/ })).toContainText(EXPERT);
    await page.screenshot({ path: path.join(SHOTS, 'acceptance-experts-opinions.png') });
  });
});
