import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import type { AppHarness } from './support/app-harness';
import {
  confirmRecoveryKey,
  createCaseThroughUi,
  createThroughUi,
  openCasesThroughUi,
  pickOption,
} from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const CASE_TITLE = 'Otkup ikona preko galerije Antika';
/** The suspect's own account (the statement's), and the counterparties'. */
const OWN_IBAN = 'RS35260005601001611379';
const OWN_LABEL = 'RS35 2600 0560 1001 6113 79';
const GALLERY_IBAN = 'RS35160540000001234561';
const AUCTION_IBAN = 'RS35205900000007777750';

const HEADER = 'Datum;Iznos;Valuta;Naziv;Račun;Poziv na broj';
const STATEMENT = [
  HEADER,
  `12.03.2024;-1.234,56;RSD;Galerija Antika d.o.o.;${GALLERY_IBAN};97 12-345`,
  `13.03.2024;250.000,00;RSD;Jovan Jovanović;;97 55-100`,
  `15.03.2024;-15.000,00;RSD;Aukcijska kuća Delta;${AUCTION_IBAN};00 2024-77`,
].join('\r\n');
/** The next month's statement: one good row, and on row 3 a day that does not exist. */
const MALFORMED = [
  HEADER,
  `02.04.2024;-9.800,00;RSD;Galerija Antika d.o.o.;${GALLERY_IBAN};97 12-346`,
  `31.04.2024;-9.900,00;RSD;Galerija Antika d.o.o.;${GALLERY_IBAN};97 12-347`,
].join('\r\n');

function writeStatement(app: AppHarness, name: string, text: string): string {
  const file = path.join(app.workDir, name);
  fs.writeFileSync(file, `${text}\r\n`, 'utf8');
  return file;
}

async function openMoneyTab(page: Page) {
  await openCasesThroughUi(page);
  await page.getByTestId('cases-table-row').filter({ hasText: CASE_TITLE }).dblclick();
  await page.getByTestId('case-tab-money').click();
  await expect(page.getByTestId('case-tab-panel-money')).toBeVisible();
}

async function moneyView(page: Page, label: string) {
  await page.getByTestId('money-views').getByText(label, { exact: true }).click();
}

/** Imports → "Import statement…" → the file chosen in the dialog → the mapping step. */
async function startImport(app: AppHarness, file: string) {
  const { page } = app;
  await moneyView(page, 'Statement imports');
  await page.getByTestId('imports-start').click();
  await expect(page.getByTestId('statement-file-step')).toBeVisible();
  app.dialogs.answer('openStatement', file);
  await page.getByTestId('statement-choose').click();
  await expect(page.getByTestId('statement-file-name')).toHaveText(path.basename(file));
  await page.getByTestId('statement-next').click();
  await expect(page.getByTestId('statement-mapping-step')).toBeVisible();
}

/** With the saved mapping, into the suspect's account: the mapping screen with its preview. */
async function savedMappingPreview(page: Page) {
  await page.getByTestId('statement-choice-saved').check();
  await page.getByTestId('statement-next').click();
  await expect(page.getByTestId('statement-columns')).toBeVisible();
  await pickOption(page, 'statement-account', `${OWN_LABEL} — Marko Marković`);
  await expect(page.getByTestId('preview-counts')).toBeVisible();
}

async function importAndClose(page: Page) {
  await page.getByTestId('statement-import').click();
  await expect(page.getByTestId('statement-result')).toHaveAttribute('data-status', 'imported');
}

test.describe('Money, through the UI', () => {
  test('an account, a Serbian statement mapped and imported, totals with and without a rate, re-import and malformed rows', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await openCasesThroughUi(page);
    await createCaseThroughUi(page, { reference: 'KU-2026/077', title: CASE_TITLE });
    await page.getByTestId('case-tab-money').click();
    await expect(page.getByTestId('payments-empty')).toBeVisible();

    // The suspect's account: a mistyped IBAN is refused on its field, the right one is saved.
    await moneyView(page, 'Accounts');
    await expect(page.getByTestId('accounts-empty')).toBeVisible();
    await page.getByTestId('accounts-add').click();
    const accountModal = page.getByTestId('account-form');
    await expect(accountModal).toBeVisible();
    const iban = page.getByTestId('account-form-iban');
    await iban.fill('RS35 2600 0560 1001 6113 78');
    await page.getByTestId('account-form-holder-name').fill('Marko Marković');
    await page.getByTestId('account-form-save').click();
    await expect(iban).toHaveAttribute('aria-invalid', 'true');
    await expect(accountModal).toContainText('check digits');
    await page.screenshot({ path: `${SHOTS}/money-account-form.png` });
    await expect(accountModal).toBeVisible();
    await iban.fill(OWN_IBAN.toLowerCase());
    await expect(iban).toHaveAttribute('data-valid', 'true');
    await expect(accountModal).toContainText('Valid IBAN of an account in Serbia');
    await page.getByTestId('account-form-save').click();
    await expect(accountModal).toBeHidden();
    const accountRows = page.getByTestId('accounts-table-row');
    await expect(accountRows).toHaveCount(1);
    await expect(accountRows.first()).toContainText(OWN_LABEL);
    await expect(accountRows.first()).toContainText('Serbia');
    await page.screenshot({ path: `${SHOTS}/money-accounts.png` });

    // The statement, through the wizard with a new mapping.
    const statement = writeStatement(app, 'izvod-2024-03.csv', STATEMENT);
    await startImport(app, statement);
    await page.getByTestId('statement-choice-new').check();
    await page.getByTestId('statement-bank').fill('Banca Intesa Beograd');
    await page.getByTestId('statement-next').click();
    await expect(page.getByTestId('statement-columns')).toBeVisible();
    await expect(page.getByTestId('mapping-name')).toHaveValue('Banca Intesa Beograd');
    // The headers were recognised; each choice can still be made by hand.
    await pickOption(page, 'mapping-date', 'Datum');
    await pickOption(page, 'mapping-amount', 'Iznos');
    await pickOption(page, 'mapping-counterpartyAccount', 'Račun');
    await expect(page.getByTestId('mapping-dateFormat')).toHaveValue('DD.MM.YYYY');
    await expect(page.getByTestId('mapping-decimal')).toHaveValue('Comma ( , )');
    await expect(page.getByTestId('mapping-issues')).toHaveCount(0);
    await expect(page.getByTestId('preview-count-valid')).toHaveText('3 valid');
    await expect(page.getByTestId('preview-count-duplicates')).toHaveCount(0);
    await pickOption(page, 'statement-account', `${OWN_LABEL} — Marko Marković`);
    await expect(page.getByTestId('preview-count-duplicates')).toHaveText('0 already imported');
    const firstRow = page.getByTestId('preview-row').first();
    await expect(firstRow).toContainText('1,234.56');
    await expect(firstRow).toContainText('Galerija Antika d.o.o.');
    await page.screenshot({ path: `${SHOTS}/money-mapping.png` });
    await page.getByTestId('statement-next').click();
    await expect(page.getByTestId('statement-import-step')).toBeVisible();
    await importAndClose(page);
    await expect(page.getByTestId('result-created')).toHaveAttribute('data-value', '3');
    await expect(page.getByTestId('result-accounts')).toHaveAttribute('data-value', '2');
    await page.getByTestId('statement-close').click();
    await expect(page.getByTestId('statement-import-step')).toBeHidden();
    await expect(page.getByTestId('import-row')).toHaveCount(1);
    await expect(page.getByTestId('import-row')).toHaveAttribute('data-created', '3');

    // The payments, and their total: RSD has no rate yet, so nothing is converted.
    await moneyView(page, 'Payments');
    await expect(page.getByTestId('payments-table')).toHaveAttribute('data-total', '3');
    await expect(page.getByTestId('payment-no-rate')).toHaveCount(3);
    await expect(page.getByTestId('payments-totals-amount')).toHaveAttribute(
      'data-amount',
      /^0(\.0+)?$/,
    );
    const missing = page.getByTestId('payments-totals-missing-currency');
    await expect(missing).toHaveAttribute('data-currency', 'RSD');
    await expect(missing).toContainText('266,234.56 RSD (3 payments)');
    await expect(page.getByTestId('payment-source').first()).toHaveAttribute(
      'data-source',
      'imported',
    );
    await page.screenshot({ path: `${SHOTS}/money-payments-no-rate.png` });

    // A rate in Settings: the same total, now in EUR.
    await page.getByTestId('payments-add-rate').click();
    await expect(page.getByTestId('settings-exchange-rates')).toBeVisible();
    await expect(page.getByTestId('rates-empty')).toBeVisible();
    await page.getByTestId('rates-add').click();
    await page.getByTestId('rate-form-date').fill('2024-03-12');
    await pickOption(page, 'rate-form-currency', 'RSD');
    await page.getByTestId('rate-form-rate').fill('0,008532');
    await page.getByTestId('rate-form-source').fill('NBS, srednji kurs');
    await page.getByTestId('rate-form-save').click();
    await expect(page.getByTestId('rate-row')).toHaveCount(1);
    await expect(page.getByTestId('rate-row')).toContainText('0.008532 EUR');
    await page
      .getByTestId('settings-exchange-rates')
      .screenshot({ path: `${SHOTS}/money-rates.png` });
    await openMoneyTab(page);
    await expect(page.getByTestId('payments-totals-amount')).toHaveAttribute(
      'data-amount',
      '2271.51',
    );
    await expect(page.getByTestId('payments-totals-missing')).toHaveCount(0);
    await expect(page.getByTestId('payment-converted')).toHaveCount(3);
    await page.screenshot({ path: `${SHOTS}/money-payments.png` });

    // The same file again: every row is already there, nothing is added.
    await startImport(app, writeStatement(app, 'izvod-2024-03-kopija.csv', STATEMENT));
    await savedMappingPreview(page);
    await expect(page.getByTestId('preview-count-duplicates')).toHaveText('3 already imported');
    // An account can be made from inside the wizard; it is then the statement's account.
    await page.getByTestId('statement-new-account').click();
    await page.getByTestId('account-form-iban').fill('RS35265100000033344480');
    await page.getByTestId('account-form-holder-name').fill('Galerija Antika d.o.o.');
    await page.getByTestId('account-form-save').click();
    await expect(page.getByTestId('account-form')).toBeHidden();
    await expect(page.getByTestId('statement-account')).toHaveValue(
      'RS35 2651 0000 0033 3444 80 — Galerija Antika d.o.o.',
    );
    await expect(page.getByTestId('preview-count-duplicates')).toHaveText('0 already imported');
    await pickOption(page, 'statement-account', `${OWN_LABEL} — Marko Marković`);
    await expect(page.getByTestId('preview-count-duplicates')).toHaveText('3 already imported');
    await page.getByTestId('statement-next').click();
    await importAndClose(page);
    await expect(page.getByTestId('result-created')).toHaveAttribute('data-value', '0');
    await expect(page.getByTestId('result-duplicates')).toHaveAttribute('data-value', '3');
    await page.getByTestId('statement-close').click();

    // A malformed row: reported with its row number; nothing imported until the person accepts.
    await startImport(app, writeStatement(app, 'izvod-2024-04.csv', MALFORMED));
    await savedMappingPreview(page);
    await expect(page.getByTestId('preview-count-refused')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('preview-cell-error')).toHaveAttribute('data-row', '3');
    await page.getByTestId('statement-next').click();
    await expect(page.getByTestId('row-error')).toHaveCount(1);
    await expect(page.getByTestId('row-error')).toHaveAttribute('data-row', '3');
    await expect(page.getByTestId('row-error')).toContainText('No such day in the calendar');
    const importButton = page.getByTestId('statement-import');
    await expect(importButton).toBeDisabled();
    const errorsFile = path.join(app.workDir, 'izvod-2024-04-errors.csv');
    app.dialogs.answer('saveCsv', errorsFile);
    await page.getByTestId('row-errors-export').click();
    await expect.poll(() => fs.existsSync(errorsFile)).toBe(true);
    expect(fs.readFileSync(errorsFile, 'utf8')).toContain('31.04.2024');
    await page.screenshot({ path: `${SHOTS}/money-refused.png` });
    await page.getByTestId('statement-accept').check();
    await expect(importButton).toBeEnabled();
    await importAndClose(page);
    await expect(page.getByTestId('result-created')).toHaveAttribute('data-value', '1');
    await expect(page.getByTestId('result-refused')).toHaveAttribute('data-value', '1');
    await page.getByTestId('statement-close').click();
    await expect(page.getByTestId('import-row')).toHaveCount(3);
    await page.screenshot({ path: `${SHOTS}/money-imports.png` });

    // The April payment has no rate (the March rate is more than a week old): shown, not guessed.
    await moneyView(page, 'Payments');
    await expect(page.getByTestId('payments-table')).toHaveAttribute('data-total', '4');
    await expect(page.getByTestId('payments-totals-amount')).toHaveAttribute(
      'data-amount',
      '2271.51',
    );
    await expect(page.getByTestId('payments-totals-missing-currency')).toContainText(
      '9,800.00 RSD (1 payment)',
    );
  });
});
