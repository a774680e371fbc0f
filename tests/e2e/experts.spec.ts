import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildDemoCaseFile, DEMO } from '../../scripts/demo-case-file';
import { test, expect } from './harness';
import { E2E_KDF, type AppHarness } from './support/app-harness';
import {
  confirmRecoveryKey,
  createThroughUi,
  invokeOk,
  openThroughUi,
  pickOption,
  unlockThroughUi,
} from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const JELENA = 'Јелена Марић';

/** Sidebar → Experts: the directory. */
async function openDirectory(page: Page) {
  await page.getByTestId('nav-experts').click();
  await expect(page.getByTestId('screen-ExpertsScreen')).toBeVisible();
}

/** The options of an open MultiSelect, picked one after the other (the dropdown stays open). */
async function pickMany(page: Page, testId: string, labels: string[]) {
  await page.getByTestId(testId).click();
  for (const label of labels) await page.getByRole('option', { name: label, exact: true }).click();
}

function writeFile(app: AppHarness, name: string, text: string): string {
  const file = path.join(app.workDir, name);
  fs.writeFileSync(file, text, 'utf8');
  return file;
}

/** A case with two objects, and a consultation of `expertId` sent long ago and never answered. */
async function overdueConsultation(app: AppHarness, expertId: string) {
  const kase = await invokeOk(app, 'case:create', {
    fields: { reference: 'KU-2026/014', title: 'Ostava novca iz Kostolca', openedOn: '2026-01-10' },
  });
  const seizure = await invokeOk(app, 'seizure:create', {
    caseId: kase.id,
    fields: {
      reference: 'ZP-14/26',
      seizedAt: '2026-01-11T09:00',
      legalBasis: 'search-warrant',
      authority: 'PU Požarevac',
    },
  });
  const objectIds: string[] = [];
  for (const [exhibitNumber, title] of [
    ['K-1', 'Denar Trajana'],
    ['K-2', 'Antoninijan Proba'],
  ]) {
    const object = await invokeOk(app, 'object:create', {
      caseId: kase.id,
      fields: { exhibitNumber, title, typeL1: 'archaeological', seizureId: seizure.id },
    });
    objectIds.push(object.id);
  }
  return invokeOk(app, 'consultation:add', {
    caseId: kase.id,
    fields: {
      expertId,
      objectIds,
      questions: [{ kind: 'authenticity' }, { kind: 'dating' }],
      status: 'sent',
      sentOn: '2026-01-12',
      deadline: '2026-01-26',
      reference: '03-211/26',
    },
  });
}

test.describe('The directory of experts, through the UI', () => {
  test('add an expert in Cyrillic, find them in Latin, filter, see the detail, import and export the directory', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    // Another expert, already in the directory.
    const arben = await invokeOk(app, 'expert:add', {
      fields: {
        name: 'Arben Krasniqi',
        title: 'Prof.',
        institution: 'Instituti Arkeologjik i Kosovës',
        country: 'XK',
        languages: ['sq', 'en'],
        fields: ['prehistoric-archaeology', 'ceramics'],
      },
    });

    await openDirectory(page);
    const rows = page.getByTestId('experts-table-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Kosovo*');

    // "Add expert": no field of expertise is refused by main on that field.
    await page.getByTestId('experts-add').click();
    const form = page.getByTestId('expert-form');
    await expect(form).toBeVisible();
    await page.getByTestId('expert-form-name').fill(JELENA);
    await page.getByTestId('expert-form-title').fill('Dr');
    await page.getByTestId('expert-form-institution').fill('Народни музеј Србије');
    await pickOption(page, 'expert-form-country', 'Serbia (RS)');
    await pickMany(page, 'expert-form-languages', ['Serbian (sr)', 'German (de)']);
    await page.getByTestId('expert-form-courtRegistration').fill('Виши суд у Београду, 17-245');
    await page.getByTestId('expert-form-email').fill('j.maric@example.rs');
    await page.getByTestId('expert-form-availability').fill('Radnim danima, odgovor za 2 nedelje.');
    await page.getByTestId('expert-form-save').click();
    await expect(form).toContainText('name at least one field of expertise');
    await pickMany(page, 'expert-form-fields', ['Numismatics', 'Epigraphy']);
    await page.getByTestId('expert-form-name').click();
    await page.getByTestId('expert-form-save').click();
    await expect(form).toBeHidden();

    // The new expert is listed and shown beside the list.
    await expect(rows).toHaveCount(2);
    const detail = page.getByTestId('expert-detail');
    await expect(page.getByTestId('expert-detail-name')).toHaveText(JELENA);
    await expect(detail).toContainText('Виши суд у Београду, 17-245');
    await expect(detail).toContainText('Serbian, German');
    await expect(page.getByTestId('expert-detail-fields')).toContainText('Numismatics');
    await expect(page.getByTestId('expert-history-empty')).toBeVisible();
    // Edit: a phone number added, the detail shows it.
    await page.getByTestId('expert-detail-edit').click();
    await expect(form).toBeVisible();
    await expect(page.getByTestId('expert-form-name')).toHaveValue(JELENA);
    await page.getByTestId('expert-form-phone').fill('+381 11 3306 000');
    await page.getByTestId('expert-form-save').click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('expert-detail-contacts')).toContainText('+381 11 3306 000');
    await page.getByTestId('expert-detail-close').click();
    await expect(detail).toHaveCount(0);

    // Found by typing Latin without diacritics; `/` goes to the search.
    const grid = page.getByRole('grid', { name: 'Directory of experts' });
    await grid.focus();
    await page.keyboard.press('/');
    await expect(page.getByTestId('experts-search')).toBeFocused();
    await page.keyboard.type('maric');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(JELENA);
    await expect(page).toHaveURL(/[?&]q=maric/);
    await page.getByTestId('experts-filters-clear').click();
    await expect(rows).toHaveCount(2);

    // By field of expertise, and by language; the filters are in the address.
    await pickOption(page, 'experts-filter-field', 'Prehistoric archaeology');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Arben Krasniqi');
    await expect(page).toHaveURL(/[?&]field=prehistoric-archaeology/);
    await page.getByTestId('experts-filters-clear').click();
    await pickOption(page, 'experts-filter-language', 'German (de)');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(JELENA);
    await expect(page).toHaveURL(/[?&]lang=de/);
    await page.getByTestId('experts-filters-clear').click();
    await expect(rows).toHaveCount(2);

    // A consultation sent to Arben and never answered: overdue, in red, in the list and the detail.
    const consultation = await overdueConsultation(app, arben.id);
    await page.reload();
    await expect(rows).toHaveCount(2);
    const arbenRow = rows.filter({ hasText: 'Arben Krasniqi' });
    await expect(arbenRow.getByTestId('expert-overdue')).toHaveText('1 overdue');
    await arbenRow.click();
    await expect(page.getByTestId('expert-detail-name')).toHaveText('Arben Krasniqi');
    const history = page.getByTestId('expert-history-row');
    await expect(history).toHaveCount(1);
    await expect(history.first()).toHaveAttribute('data-state', 'overdue');
    await expect(history.first()).toContainText('KU-2026/014');
    await expect(history.first()).toContainText('K-1 Denar Trajana');
    await page.screenshot({ path: `${SHOTS}/experts-detail.png` });
    // Enter on a row shows it too.
    await grid.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('expert-detail-name')).toHaveText('Arben Krasniqi');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('expert-detail-name')).toHaveText(JELENA);
    // Back to Arben, and a click on his consultation opens it in its case.
    await arbenRow.click();
    await history.first().click();
    await expect(page).toHaveURL(new RegExp(`/experts/${consultation.id}$`));
    await page.goBack();
    await expect(page.getByTestId('expert-detail-name')).toHaveText('Arben Krasniqi');

    // Import: a directory another unit shared; Jelena, in Latin, is already here.
    const directory = writeFile(
      app,
      'imenik-vestaka.json',
      JSON.stringify({
        format: 'custodia-experts',
        version: 1,
        experts: [
          {
            name: 'Ana Kovačević',
            institution: 'Hrvatski restauratorski zavod',
            country: 'HR',
            languages: ['hr', 'en'],
            fields: ['icons-church-art', 'conservation'],
          },
          {
            name: 'Jelena Marić',
            institution: 'Narodni muzej Srbije',
            country: 'RS',
            fields: ['numismatics'],
          },
        ],
      }),
    );
    app.dialogs.answer('openExperts', directory);
    await page.getByTestId('experts-file-menu').click();
    await page.getByTestId('experts-import').click();
    const result = page.getByTestId('experts-import-modal');
    await expect(result.getByTestId('experts-import-added')).toHaveText('1 expert added.');
    const skipped = result.getByTestId('experts-import-skipped-row');
    await expect(skipped).toHaveCount(1);
    await expect(skipped.first()).toContainText('Jelena Marić');
    await expect(skipped.first()).toContainText('already in the directory');
    await page.getByTestId('experts-import-close').click();
    await expect(rows).toHaveCount(3);

    // A file with a field of expertise the case file does not know: refused, by row.
    const bad = writeFile(
      app,
      'neispravan.json',
      JSON.stringify([
        { name: 'Marko Horvat', country: 'HR', fields: ['paintings'] },
        { name: 'Petra Novak', country: 'SI', fields: ['alchemy'] },
      ]),
    );
    app.dialogs.answer('openExperts', bad);
    await page.getByTestId('experts-file-menu').click();
    await page.getByTestId('experts-import').click();
    await expect(result.getByTestId('experts-import-refused')).toBeVisible();
    const issue = result.getByTestId('experts-import-issue');
    await expect(issue).toHaveCount(1);
    await expect(issue.first()).toHaveAttribute('data-row', '2');
    await expect(issue.first()).toContainText('alchemy');
    await page.getByTestId('experts-import-close').click();
    await expect(rows).toHaveCount(3);

    // Export as CSV: every expert, Cyrillic intact.
    const csv = path.join(app.workDir, 'experts.csv');
    app.dialogs.answer('saveExperts', csv);
    await page.getByTestId('experts-file-menu').click();
    await page.getByTestId('experts-export-csv').click();
    await expect(page.getByTestId('toast-success')).toContainText(`3 experts written to ${csv}`);
    const text = fs.readFileSync(csv, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['name', 'title', 'institution', 'country']);
    expect(lines).toHaveLength(4);
    expect(text).toContain(`${JELENA},Dr,Народни музеј Србије,RS`);
    expect(text).toContain('Ana Kovačević');
    expect(text).toContain('prehistoric-archaeology;ceramics');

    await page.getByTestId('expert-detail-close').click();
    await page.screenshot({ path: `${SHOTS}/experts-directory.png` });
  });

  test('the demo case file: experts in several countries, an overdue request, a filtered list', async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    const demo = await buildDemoCaseFile(app.caseFilePath('demo'), { kdfCost: E2E_KDF });
    await app.open();
    await openThroughUi(app, demo.dir);
    const [ana] = DEMO.operators;
    await unlockThroughUi(page, ana.passphrase, ana.name);
    await openDirectory(page);
    const rows = page.getByTestId('experts-table-row');
    await expect(rows.first()).toBeVisible();
    const countries = new Set(await page.getByTestId('expert-country').allTextContents());
    expect(countries.size).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId('expert-overdue').first()).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/experts-demo.png` });

    // Numismatists only, then one of them with their history.
    await pickOption(page, 'experts-filter-field', 'Numismatics');
    await expect(page).toHaveURL(/[?&]field=numismatics/);
    const numismatists = await rows.count();
    expect(numismatists).toBeGreaterThanOrEqual(1);
    await rows.first().click();
    await expect(page.getByTestId('expert-detail-fields')).toContainText('Numismatics');
    await expect(page.getByTestId('expert-history-row').first()).toBeVisible();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/experts-demo-detail.png` });
  });
});
