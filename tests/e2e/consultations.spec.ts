import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { demoPhoto } from '../../src/main/core/images';
import { addPhoto, photoFileSource } from '../../src/main/core/photos/photos';
import { test, expect } from './harness';
import type { AppHarness } from './support/app-harness';
import {
  confirmRecoveryKey,
  createThroughUi,
  invokeOk,
  openCasesThroughUi,
  pickOption,
} from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const CASE_TITLE = 'Ilirska kaciga i srebrni novac iz Ulpijane';
const EXPERT = 'Ardian Gjoni';
const HELMET = 'H-1 — Illyrian type bronze helmet';
const COIN = 'C-7 — Silver drachm of Dyrrhachium';

/** A case with two objects (the helmet with a photo) and an expert in the directory. */
async function caseWithObjectsAndExpert(app: AppHarness) {
  const kase = await invokeOk(app, 'case:create', {
    fields: { reference: 'KU-2026/112', title: CASE_TITLE, openedOn: '2025-05-10' },
  });
  const seizure = await invokeOk(app, 'seizure:create', {
    caseId: kase.id,
    fields: {
      reference: 'ZP-40/25',
      seizedAt: '2025-05-12T10:00',
      legalBasis: 'customs-control',
      authority: 'Uprava carina, GP Preševo',
    },
  });
  const helmet = await invokeOk(app, 'object:create', {
    caseId: kase.id,
    fields: {
      exhibitNumber: 'H-1',
      typeL1: 'archaeological',
      title: 'Illyrian type bronze helmet',
      seizureId: seizure.id,
    },
  });
  await invokeOk(app, 'object:create', {
    caseId: kase.id,
    fields: {
      exhibitNumber: 'C-7',
      typeL1: 'coins',
      title: 'Silver drachm of Dyrrhachium',
      seizureId: seizure.id,
    },
  });
  // A photo, so the consultation screen shows the helmet's thumbnail (photo:add needs a path the
  // "open images" dialog granted; the core is called directly for this setup step).
  const file = path.join(app.workDir, 'helmet.jpg');
  fs.writeFileSync(file, await demoPhoto('helmet', { seed: 3, role: 'overall' }));
  await addPhoto(app.services.workspace.session(), {
    objectId: helmet.id,
    source: photoFileSource(file),
  });
  await invokeOk(app, 'expert:add', {
    fields: {
      name: EXPERT,
      title: 'Dr',
      institution: 'Instituti i Arkeologjisë, Tiranë',
      country: 'AL',
      languages: ['sq', 'it'],
      fields: ['classical-archaeology', 'numismatics'],
      email: 'a.gjoni@example.org',
    },
  });
}

test.describe('Consultations of experts, through the UI', () => {
  test('a request about two objects: refused until complete, created, sent, overdue, its letter generated and registered', async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await caseWithObjectsAndExpert(app);

    await openCasesThroughUi(page);
    await page.getByTestId('cases-table-row').filter({ hasText: CASE_TITLE }).dblclick();
    await page.getByTestId('case-tab-experts').click();
    await expect(page.getByTestId('consultations-empty')).toBeVisible();

    // An empty request is refused, main's reasons on their fields.
    await page.getByTestId('consultations-add').click();
    const form = page.getByTestId('consultation-form');
    await expect(form).toBeVisible();
    await page.getByTestId('consultation-form-save').click();
    await expect(form).toContainText('ask at least one question');
    await expect(form).toContainText('choose at least one object to ask about');

    // The expert, found by a field of expertise; they do not speak English, the letter's
    // language, so their own language is proposed as the second one.
    await page.getByTestId('consultation-form-expert').fill('numism');
    await page.getByRole('option', { name: new RegExp(EXPERT) }).click();
    await expect(page.getByTestId('consultation-form-secondLanguage')).toHaveValue('Shqip');
    await pickOption(page, 'consultation-form-objects', HELMET);
    await pickOption(page, 'consultation-form-objects', COIN);
    await page.keyboard.press('Escape');
    await page.getByTestId('consultation-form-questions-authenticity').check();
    await page.getByTestId('consultation-form-questions-dating').check();
    await expect(form).not.toContainText('ask at least one question');
    await page
      .getByTestId('consultation-form-questions-dating-text')
      .fill('When were the helmet and the drachm made? Please give the century.');
    await page.getByTestId('consultation-form-questions-add').click();
    await page
      .getByTestId('consultation-form-questions-own')
      .fill('Could the two objects come from the same find?');
    await page
      .getByTestId('consultation-form-legalBasis')
      .fill('Art. 113 of the Criminal Procedure Code');
    await page.getByTestId('consultation-form-reference').fill('KU-2026/112-E1');
    await page.getByTestId('consultation-form-deadline').fill('2025-06-30');
    await page.screenshot({ path: `${SHOTS}/consultation-form.png` });
    await page.getByTestId('consultation-form-save').click();

    // Saved as a draft: its screen, with the questions numbered as in the letter.
    const screen = page.getByTestId('screen-consultation');
    await expect(screen).toBeVisible();
    await expect(page.getByTestId('consultation-reference')).toHaveText('KU-2026/112-E1');
    await expect(page.getByTestId('consultation-state')).toHaveAttribute('data-state', 'drafted');
    await expect(page.getByTestId('consultation-object')).toHaveCount(2);
    await expect(page.getByTestId('consultation-question')).toHaveCount(3);
    await expect(page.getByTestId('consultation-question').first()).toContainText(
      'Is the object authentic',
    );
    await expect(page.getByTestId('consultation-languages')).toHaveText('English + Shqip');

    // Sent on 1 June 2025 with a deadline of 30 June: long past, so it is overdue.
    await page.getByTestId('consultation-send').click();
    await page.getByTestId('consultation-status-date').fill('2025-06-01');
    await page.getByTestId('consultation-status-form-save').click();
    const state = page.getByTestId('consultation-state');
    await expect(state).toHaveAttribute('data-state', 'overdue');
    await expect(state).toHaveText(/^\d+ days overdue$/);
    await expect(page.getByTestId('consultation-overdue')).toContainText('no answer');
    await expect(page.getByTestId('consultation-receive')).toBeVisible();

    // The request letter, written where the save dialog says, registered with its SHA-256.
    const letter = path.join(app.workDir, 'request-KU-2026-112-E1.pdf');
    app.dialogs.answer('savePdf', letter);
    await expect(page.getByTestId('consultation-letters-none')).toBeVisible();
    await page.getByTestId('consultation-letter-generate').click();
    await expect(page.getByTestId('consultation-letter')).toHaveCount(1);
    await expect(page.getByTestId('consultation-letter-sha256')).toHaveText(/^[0-9a-f]{64}$/);
    expect(fs.existsSync(letter)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', letter, '-'], { encoding: 'utf8' });
    expect(text).toContain(EXPERT);
    expect(text).toContain('Illyrian type bronze helmet');
    expect(text).toContain('Could the two objects come from the same find?');
    await expect(page.getByTestId('consultation-object').first().locator('img')).toBeVisible();
    await page.getByTestId('consultation-back').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/consultation-screen.png` });
    await page.getByTestId('consultation-opinions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/consultation-screen-letters.png` });

    // In the case's list, the row is overdue too; it leads back to the consultation.
    await page.getByTestId('consultation-back').click();
    const row = page.getByTestId('consultation-row');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-state', 'overdue');
    await expect(row.getByTestId('consultation-row-state')).toHaveText(/^\d+ days overdue$/);
    await page.screenshot({ path: `${SHOTS}/consultations-tab.png` });
    await row.getByTestId('consultation-row-link').click();
    await expect(screen).toBeVisible();

    // The answer arrives; its opinion on the helmet is recorded from here, the expert and this
    // consultation already filled in, and is listed as answering it.
    await page.getByTestId('consultation-receive').click();
    await page.getByTestId('consultation-status-date').fill('2025-07-20');
    await page.getByTestId('consultation-status-form-save').click();
    await expect(state).toHaveAttribute('data-state', 'received');
    await expect(page.getByTestId('consultation-edit')).toHaveCount(0);
    // (The toasts sit over the foot of the page: let them go.)
    await page.mouse.move(400, 200);
    await expect(page.getByTestId('toast-success')).toHaveCount(0, { timeout: 15_000 });
    await page.getByTestId('consultation-record-opinion').click();
    await page.getByTestId('consultation-record-opinion-object').filter({ hasText: 'H-1' }).click();
    const opinionModal = page.getByTestId('opinion-modal');
    await expect(page.getByTestId('opinion-form')).toBeVisible();
    await opinionModal.getByText('Visual and stylistic examination', { exact: true }).click();
    await page
      .getByTestId('opinion-form-conclusion')
      .fill('An Illyrian type helmet of the 5th century BC, authentic.');
    await page.getByTestId('opinion-form-save').click();
    await expect(page.getByTestId('opinion-form')).toBeHidden();
    const opinion = page.getByTestId('consultation-opinion');
    await expect(opinion).toHaveCount(1);
    await expect(opinion).toContainText('H-1');
    await expect(opinion).toContainText('An Illyrian type helmet');

    // Back in the case's list: the row names the expert and the objects, and counts the opinion.
    await page.getByTestId('consultation-back').click();
    await expect(row).toHaveAttribute('data-state', 'received');
    await expect(row).toContainText(EXPERT);
    await expect(row.getByTestId('consultation-row-object')).toHaveText(['H-1', 'C-7']);
    await expect(row.getByTestId('consultation-row-opinions')).toHaveText('1');
  });
});
