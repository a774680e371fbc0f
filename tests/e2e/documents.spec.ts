import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { renderPdf } from '../../src/main/core/reports/pdf';
import { test, expect } from './harness';
import type { AppHarness } from './support/app-harness';
import {
  confirmRecoveryKey,
  createThroughUi,
  invokeOk,
  openCasesThroughUi,
  pickOption,
} from './support/flows';

const CASE_TITLE = 'Ikona Sv. Nikole sa lažnom izvoznom dozvolom';

/** A case, a seizure and the icon it concerns, made through the core. */
async function caseWithIcon(app: AppHarness) {
  const kase = await invokeOk(app, 'case:create', {
    fields: { reference: 'KU-2026/051', title: CASE_TITLE, openedOn: '2026-01-20' },
  });
  const seizure = await invokeOk(app, 'seizure:create', {
    caseId: kase.id,
    fields: {
      reference: 'ZP-21/26',
      seizedAt: '2026-01-21T11:00',
      legalBasis: 'customs-control',
      authority: 'Uprava carina, GP Batrovci',
    },
  });
  const icon = await invokeOk(app, 'object:create', {
    caseId: kase.id,
    fields: {
      exhibitNumber: 'B-1',
      typeL1: 'religious',
      typeL2: 'religious.icon',
      title: 'Ikona Sv. Nikole',
      seizureId: seizure.id,
    },
  });
  return { kase, icon };
}

/** An export licence as a real PDF with a text layer, written where the dialog finds it. */
async function licencePdf(app: AppHarness): Promise<{ file: string; sha256: string }> {
  const bytes = await renderPdf({
    content: [
      { text: 'EXPORT LICENCE No. 117/2019', fontSize: 16, bold: true },
      { text: 'Ministry of Culture — cultural property export certificate', margin: [0, 8] },
      { text: 'Object: icon, St Nicholas, tempera on wood, 19th century.' },
      { text: 'Issued on 12 May 2019.' },
    ],
  });
  const file = path.join(app.workDir, 'izvozna-dozvola-117-2019.pdf');
  fs.writeFileSync(file, bytes);
  return { file, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

async function openDocumentsTab(page: Page) {
  await openCasesThroughUi(page);
  await page.getByTestId('cases-table-row').filter({ hasText: CASE_TITLE }).dblclick();
  await page.getByTestId('case-tab-documents').click();
  await expect(page.getByTestId('case-tab-panel-documents')).toBeVisible();
}

test.describe('Documents, through the UI', () => {
  test('add a forged export licence, see it flagged, verify its file, record one without a file', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await caseWithIcon(app);
    const licence = await licencePdf(app);
    await openDocumentsTab(page);
    await expect(page.getByTestId('documents-empty')).toBeVisible();

    // Add: the file is picked first, then described.
    app.dialogs.answer('openDocuments', licence.file);
    await page.getByTestId('documents-add').click();
    const modal = page.getByTestId('document-form');
    await expect(modal).toBeVisible();
    await expect(page.getByTestId('document-form-files')).toContainText(
      'izvozna-dozvola-117-2019.pdf',
    );
    await pickOption(page, 'document-form-type', 'Export licence / certificate');
    await page.getByTestId('document-form-title').fill('Izvozna dozvola za ikonu Sv. Nikole');
    await page.getByTestId('document-form-number').fill('117/2019');
    await page.getByTestId('document-form-issuer-name').fill('Ministarstvo kulture');
    await page.getByTestId('document-form-issuerCountry').fill('Bulgaria');
    await page.getByRole('option', { name: 'Bulgaria (BG)', exact: true }).click();
    await page.getByTestId('document-form-issuedOn').fill('2019-05-12');
    await pickOption(page, 'document-form-objectIds', 'B-1 — Ikona Sv. Nikole');
    await page.keyboard.press('Escape');
    // Forged, but no reason given yet: refused on the reason field, and nothing is stored.
    await page.getByTestId('document-form-assessment').getByText('Forged').click();
    await page.getByTestId('document-form-grading-source').getByText('C', { exact: true }).click();
    await page
      .getByTestId('document-form-grading-information')
      .getByText('4', { exact: true })
      .click();
    await expect(page.getByTestId('document-form-source-help')).toContainText('Mostly unreliable');
    await page.getByTestId('document-form-save').click();
    const reason = page.getByTestId('document-form-assessment-reason');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(modal).toContainText('say why the document is doubtful or forged');
    await reason.fill(
      'The ministry answered that licence 117/2019 was issued for a different object; the stamp is a copy.',
    );
    await page.getByTestId('document-form-assessment-by').fill('Ana Petrović');
    await page.getByTestId('document-form-save').click();
    await expect(modal).toHaveCount(0);

    // The new document opens beside the list: forged, graded, with its full SHA-256.
    const detail = page.getByTestId('document-detail-body');
    await expect(detail).toBeVisible();
    await expect(page.getByTestId('document-detail-title')).toHaveText(
      'Izvozna dozvola za ikonu Sv. Nikole',
    );
    await expect(
      page.getByTestId('document-detail-assessment').getByTestId('document-assessment'),
    ).toHaveAttribute('data-status', 'forged');
    await expect(page.getByTestId('document-detail-reason')).toContainText('stamp is a copy');
    await expect(page.getByTestId('document-detail-sha256')).toHaveText(licence.sha256);
    await expect(page.getByTestId('document-detail-objects')).toHaveText('B-1');
    await expect(page.getByTestId('document-detail-size')).toContainText(
      `(${fs.statSync(licence.file).size.toLocaleString('en')})`,
    );
    // Its text was read for search, and is shown.
    await expect(page.getByTestId('document-detail-text-status')).toContainText(
      'Text extracted, 1 page',
    );
    await expect(page.getByTestId('document-detail-text')).toContainText('EXPORT LICENCE');

    // Verify again: the stored file still matches the hash taken on ingest.
    await page.getByTestId('document-detail-verify').click();
    const verification = page.getByTestId('document-detail-verification');
    await expect(verification).toHaveAttribute('data-ok', 'true');
    await expect(verification).toContainText('Unaltered');

    // Edit: main checks the same rule, and its answer lands on the field.
    await page.getByTestId('document-detail-edit').click();
    await expect(modal).toBeVisible();
    await expect(reason).toHaveValue(/stamp is a copy/);
    await reason.fill('');
    await page.getByTestId('document-form-save').click();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await page.getByTestId('document-form-cancel').click();
    await page.getByTestId('confirm-ok').click();
    await expect(modal).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);

    // The row: type, number, issuer, the forged badge, the grade, the file, the hash's start.
    const rows = page.getByTestId('documents-table-row');
    await expect(rows).toHaveCount(1);
    const row = rows.first();
    await expect(row).toContainText('Export licence / certificate');
    await expect(row).toContainText('№ 117/2019');
    await expect(row).toContainText('Ministarstvo kulture');
    await expect(row.getByTestId('document-assessment')).toHaveAttribute('data-status', 'forged');
    await expect(row.getByTestId('document-assessment')).toHaveText('Forged');
    await expect(row.getByTestId('document-grade')).toHaveText('C4');
    await expect(row.getByTestId('document-objects')).toHaveText('B-1');
    await expect(row.getByTestId('document-file')).toHaveText('izvozna-dozvola-117-2019.pdf');
    await expect(row.getByTestId('document-sha-short')).toHaveText(licence.sha256.slice(0, 12));

    // Record without file: the holder's statement, known of but not in hand; then attach it.
    await page.getByTestId('documents-record').click();
    await expect(page.getByTestId('document-form-no-file')).toBeVisible();
    await pickOption(page, 'document-form-type', "Holder's or seller's own statement");
    await page.getByTestId('document-form-title').fill('Izjava držaoca o porodičnoj zbirci');
    await page.getByTestId('document-form-save').click();
    await expect(modal).toHaveCount(0);
    await expect(page.getByTestId('document-detail-attach')).toBeVisible();
    const statement = path.join(app.workDir, 'izjava-drzaoca.txt');
    fs.writeFileSync(statement, 'Ikona je u porodici od 1965. godine.\n');
    app.dialogs.answer('openDocuments', statement);
    await page.getByTestId('document-detail-attach').click();
    await expect(page.getByTestId('document-detail-sha256')).toHaveText(
      crypto.createHash('sha256').update(fs.readFileSync(statement)).digest('hex'),
    );
    await page.keyboard.press('Escape');
    await expect(rows).toHaveCount(2);

    // Filters: by assessment, and the quick filter on a hash's start.
    await page
      .getByTestId('documents-filter-assessment')
      .getByText('Forged', { exact: true })
      .click();
    await expect(rows).toHaveCount(1);
    await expect(page.getByTestId('documents-count')).toHaveText('1 of 2 shown');
    await page.getByTestId('documents-filters-clear').click();
    await expect(rows).toHaveCount(2);
    await page.getByTestId('documents-filter-text').fill(licence.sha256.slice(0, 8));
    await expect(rows).toHaveCount(1);
    await page.getByTestId('documents-filter-text').fill('porodičnoj');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Izjava držaoca');
    await page.getByTestId('documents-filter-text').fill('');

    // Keyboard: select the first row and open it with Enter.
    await page.getByTestId('documents-table').getByRole('grid').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('document-detail-body')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('document-detail-body')).toHaveCount(0);
  });
});
