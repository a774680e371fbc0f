import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildDemoCaseFile, DEMO } from '../../scripts/demo-case-file';
import { test, expect } from './harness';
import { E2E_KDF } from './support/app-harness';
import { openCasesThroughUi, openThroughUi, pickOption, unlockThroughUi } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const TRANSIT = 'Antiquities shipment through a transit country';
/** Hëna Trading's account in the demo, and its label in the account pickers. */
const HENA_LABEL = 'AL47 2121 1009 0000 0002 3569 8741 — Hëna Trading SH.P.K.';

/** Types into a searchable Select and picks the option with this label. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(label.slice(0, 12));
  await page.getByRole('option', { name: label, exact: true }).click();
}

/**
 * Issue #6's acceptance, on the demo case file, all through the UI: a bank statement of the shell
 * company mapped and imported, the link chart drawn, the path from the krater's buyer to its
 * seller found through the shell company, and the structuring finding highlighted on the chart.
 */
test.describe('Money, the acceptance flow on the demo case file', () => {
  test('map and import a statement, see the chart, find the buyer–seller path through the shell company, highlight structuring', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    const demo = await buildDemoCaseFile(app.caseFilePath('demo'), { kdfCost: E2E_KDF });
    await app.open();
    await openThroughUi(app, demo.dir);
    const [ana] = DEMO.operators;
    await unlockThroughUi(page, ana.passphrase, ana.name);
    await openCasesThroughUi(page);
    await page.getByTestId('cases-table-row').filter({ hasText: TRANSIT }).dblclick();
    await page.getByTestId('case-tab-money').click();
    await expect(page.getByTestId('case-tab-panel-money')).toBeVisible();
    const table = page.getByTestId('payments-table');
    await expect(table).toHaveAttribute('data-total', /\d+/);
    const before = Number(await table.getAttribute('data-total'));

    // The shell company's statement, as its Albanian bank exports it (Latin-1 names kept).
    const file = path.join(app.workDir, 'hena-trading-2026-01.csv');
    fs.writeFileSync(
      file,
      [
        'Datum;Iznos;Valuta;Naziv;Račun;Poziv na broj',
        '15.01.2026;-2.000,00;EUR;Dardania Freight SH.P.K.;;Transport TR 0457812',
        '20.01.2026;3.500,00;EUR;Kovačević d.o.o.;HR7623600001102345608;Avans',
      ].join('\r\n') + '\r\n',
      'utf8',
    );
    await page.getByTestId('money-views').getByText('Statement imports', { exact: true }).click();
    await page.getByTestId('imports-start').click();
    app.dialogs.answer('openStatement', file);
    await page.getByTestId('statement-choose').click();
    await expect(page.getByTestId('statement-file-name')).toHaveText(path.basename(file));
    await page.getByTestId('statement-next').click();
    await page.getByTestId('statement-choice-new').check();
    await page.getByTestId('statement-bank').fill('Banka OTP Albania');
    await page.getByTestId('statement-next').click();
    await expect(page.getByTestId('statement-columns')).toBeVisible();
    await pickOption(page, 'mapping-date', 'Datum');
    await pickOption(page, 'mapping-amount', 'Iznos');
    await pickOption(page, 'mapping-counterpartyAccount', 'Račun');
    await pickOption(page, 'statement-account', HENA_LABEL);
    await expect(page.getByTestId('preview-count-valid')).toHaveText('2 valid');
    await expect(page.getByTestId('preview-count-duplicates')).toHaveText('0 already imported');
    await page.screenshot({ path: path.join(SHOTS, 'acceptance-money-mapping.png') });
    await page.getByTestId('statement-next').click();
    await page.getByTestId('statement-import').click();
    await expect(page.getByTestId('statement-result')).toHaveAttribute('data-status', 'imported');
    await expect(page.getByTestId('result-created')).toHaveAttribute('data-value', '2');
    await page.getByTestId('statement-close').click();
    await page.getByTestId('money-views').getByText('Payments', { exact: true }).click();
    await expect(table).toHaveAttribute('data-total', String(before + 2));

    // The chart: the case's money drawn; the krater's buyer and seller linked through Hëna.
    await page.getByTestId('case-tab-links').click();
    const panel = page.getByTestId('case-tab-panel-links');
    await expect(panel).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    expect(Number(await panel.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(10);
    await page.getByTestId('linkchart-path').click();
    await choose(page, 'linkchart-path-from', 'Kyrenia Heritage Holdings Ltd · Organisation');
    await choose(
      page,
      'linkchart-path-to',
      'Cedar Free Zone Trading SAL (Offshore) · Organisation',
    );
    await page.getByTestId('linkchart-path-run').click();
    const found = page.getByTestId('linkchart-paths');
    await expect(found).toBeVisible();
    expect(Number(await found.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    await expect(
      page.getByTestId('linkchart-path-item').filter({ hasText: 'Hëna Trading SH.P.K.' }).first(),
    ).toBeVisible();
    expect(Number(await panel.getAttribute('data-highlighted'))).toBeGreaterThan(0);
    await page.mouse.move(0, 899);
    await page.screenshot({ path: path.join(SHOTS, 'acceptance-money-path.png') });
    await page.getByTestId('linkchart-paths-clear').click();

    // The structuring finding, explained, then highlighted on the chart: the three deposits.
    await page.getByTestId('case-tab-findings').click();
    const structuring = page.locator(
      '[data-testid="finding-card"][data-rule="finance.structuring"]',
    );
    await expect(structuring).toHaveCount(1);
    await expect(structuring.getByTestId('finding-explanation')).toContainText('10,000');
    await structuring.getByTestId('finding-on-chart').click();
    await expect(page).toHaveURL(/\/links\?finding=finance\.structuring/);
    await expect(panel).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('linkchart-finding')).toHaveAttribute('data-status', 'ready');
    await expect
      .poll(async () => Number(await panel.getAttribute('data-highlighted')))
      .toBeGreaterThanOrEqual(3);
    await page.mouse.move(0, 899);
    await page.screenshot({ path: path.join(SHOTS, 'acceptance-money-structuring.png') });
  });
});
