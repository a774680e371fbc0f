import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import type { AppHarness } from './support/app-harness';
import { confirmRecoveryKey, createThroughUi } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const SHIPPED_A1 = 'Object matches a category on an ICOM Red List';
const NEW_A1 = 'Objekt odgovara kategoriji ICOM crvene liste (Common List, 2025).';

function writeFile(app: AppHarness, name: string, text: string): string {
  const file = path.join(app.workDir, name);
  fs.writeFileSync(file, text, 'utf8');
  return file;
}

async function openIndicators(page: Page) {
  await page.getByTestId('nav-indicators').click();
  await expect(page.getByTestId('screen-IndicatorsScreen')).toBeVisible();
}

async function pickVersion(page: Page, label: RegExp) {
  await page.getByTestId('indicators-version').click();
  await page.getByRole('option', { name: label }).click();
}

test.describe('The indicator catalogue, through the UI', () => {
  test('shipped catalogue, a refused CSV, an extending JSON as version 2, version 1 still viewable, export, edit, Red Lists', async ({
    app,
  }) => {
    test.setTimeout(240_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await openIndicators(page);

    // The shipped catalogue: A1 … F5 in six themes, version 1, current.
    const rows = page.getByTestId('indicators-row');
    await expect(rows).toHaveCount(38);
    await expect(rows.first()).toHaveAttribute('data-code', 'A1');
    await expect(rows.last()).toHaveAttribute('data-code', 'F5');
    await expect(page.getByTestId('indicators-theme')).toHaveCount(6);
    const info = page.getByTestId('indicators-version-info');
    await expect(info).toContainText('Version 1');
    await expect(info.getByTestId('indicators-version-current')).toBeVisible();
    await expect(rows.first()).toContainText(SHIPPED_A1);
    await expect(rows.first().locator('[data-weight]')).toHaveAttribute('data-weight', '3');

    // Filter by text, then by theme.
    await page.getByTestId('indicators-filter').fill('red list');
    await expect(rows).toHaveCount(1);
    await page.getByTestId('indicators-filter').fill('');
    await page.getByTestId('indicators-theme-filter').getByText('Online sales').click();
    await expect(rows).toHaveCount(5);
    await page.getByTestId('indicators-theme-filter').getByText('All themes').click();
    await expect(rows).toHaveCount(38);

    // A CSV with a weight of 9 on its second data row: refused, the row named, nothing changed.
    const bad = writeFile(
      app,
      'bad.csv',
      [
        'code,theme,text,source,weight,appliesTo',
        'G1,online,Seller refuses video call,Test,2,listing',
        'G2,online,Listing photos taken in a field,Test,9,listing',
        '',
      ].join('\n'),
    );
    app.dialogs.answer('openIndicators', bad);
    await page.getByTestId('indicators-file-menu').click();
    await page.getByTestId('indicators-import-extend').click();
    const modal = page.getByTestId('indicators-import-modal');
    await expect(modal.getByTestId('indicators-import-refused')).toBeVisible();
    const issue = modal.getByTestId('indicators-import-issue');
    await expect(issue).toHaveCount(1);
    await expect(issue.first()).toHaveAttribute('data-row', '3');
    await expect(issue.first()).toContainText('row 3');
    await expect(issue.first()).toContainText('weight');
    await page.screenshot({ path: `${SHOTS}/indicators-import-refused.png` });
    await page.getByTestId('indicators-import-close').click();
    await expect(rows).toHaveCount(38);
    await expect(info).toContainText('Version 1');

    // A valid JSON, extending: G1 added, A1 reworded → version 2, current.
    const good = writeFile(
      app,
      'common-list.json',
      JSON.stringify({
        format: 'custodia-indicators',
        version: 1,
        name: 'Common List (test)',
        source: 'Test',
        indicators: [
          {
            code: 'A1',
            theme: 'object',
            text: NEW_A1,
            source: 'Common List',
            weight: 3,
            appliesTo: ['object'],
          },
          {
            code: 'G1',
            theme: 'online',
            text: 'Seller refuses a video call showing the object.',
            source: 'Common List',
            weight: 2,
            appliesTo: ['listing', 'party'],
          },
        ],
      }),
    );
    app.dialogs.answer('openIndicators', good);
    await page.getByTestId('indicators-file-menu').click();
    await page.getByTestId('indicators-import-extend').click();
    const done = modal.getByTestId('indicators-import-done');
    await expect(done).toContainText('Version 2 is now the current catalogue.');
    await expect(done.getByTestId('indicators-import-added')).toHaveText('Added: 1');
    await expect(done.getByTestId('indicators-import-changed')).toHaveText('Changed: 1');
    await expect(done.getByTestId('indicators-import-unchanged')).toHaveText('Unchanged: 37');
    await page.getByTestId('indicators-import-close').click();
    await expect(rows).toHaveCount(39);
    await expect(info).toContainText('Version 2');
    await expect(info).toContainText('imported file');
    await expect(info.getByTestId('indicators-version-current')).toBeVisible();
    await expect(page.locator('[data-testid="indicators-row"][data-code="A1"]')).toContainText(
      NEW_A1,
    );

    // Version 1 is still there, read-only, with its own wording.
    await pickVersion(page, /^Version 1 ·/);
    await expect(page.getByTestId('indicators-old-version')).toBeVisible();
    await expect(rows).toHaveCount(38);
    await expect(page.locator('[data-testid="indicators-row"][data-code="A1"]')).toContainText(
      SHIPPED_A1,
    );
    await expect(page.getByTestId('indicators-edit')).toBeDisabled();
    await page.getByTestId('indicators-old-version').getByRole('button').click();
    await expect(page.getByTestId('indicators-old-version')).toBeHidden();
    await expect(rows).toHaveCount(39);

    // Export the current version as CSV.
    const csv = path.join(app.workDir, 'indicators.csv');
    app.dialogs.answer('saveIndicators', csv);
    await page.getByTestId('indicators-file-menu').click();
    await page.getByTestId('indicators-export-csv').click();
    await expect(page.getByTestId('toast-success')).toContainText(
      `39 indicators written to ${csv}`,
    );
    const text = fs.readFileSync(csv, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('code,theme,text,source,weight,appliesTo');
    expect(lines).toHaveLength(40);
    expect(text).toContain(NEW_A1);
    expect(text).toContain('listing;party');

    // Edit: a new indicator (its duplicate code refused in the dialog), saved as version 3.
    await page.getByTestId('indicators-edit').click();
    const editor = page.getByTestId('catalogue-editor-form');
    await expect(editor.getByTestId('catalogue-editor-row')).toHaveCount(39);
    await page.getByTestId('catalogue-editor-add').click();
    const form = page.getByTestId('indicator-form');
    await form.getByTestId('indicator-form-code').fill('g1');
    await form.getByTestId('indicator-form-theme').click();
    await page.getByRole('option', { name: 'Online sales' }).click();
    await form.getByTestId('indicator-form-text').fill('Listing photos show soil on the object.');
    await form.getByTestId('indicator-form-appliesTo').click();
    await page.getByRole('option', { name: 'Online listing' }).click();
    await form.getByTestId('indicator-form-source').click(); // closes the dropdown
    await page.getByTestId('indicator-form-save').click();
    await expect(form).toContainText('already in the catalogue');
    await form.getByTestId('indicator-form-code').fill('G2');
    await page.getByTestId('indicator-form-save').click();
    await expect(form).toBeHidden();
    await expect(editor.getByTestId('catalogue-editor-row')).toHaveCount(40);
    await editor.getByTestId('catalogue-editor-name').fill('Common List + G2');
    await page.getByTestId('catalogue-editor-form-save').click();
    await expect(editor).toBeHidden();
    await expect(info).toContainText('Version 3');
    await expect(info).toContainText('edited');
    await expect(rows).toHaveCount(40);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/indicators-catalogue.png` });

    // The ICOM Red Lists.
    await page.getByTestId('indicators-tab-redlists').click();
    const lists = page.getByTestId('indicators-redlist');
    await expect(lists).toHaveCount(3);
    const see = page.locator('[data-testid="indicators-redlist"][data-code="see-2021"]');
    await expect(see).toContainText('Southeast European');
    await expect(see).toContainText('8 categories');
    await expect(see).toContainText('Serbia');
    await expect(see).not.toContainText('Emergency Red List');
    await expect(
      page.locator('[data-testid="indicators-redlist"][data-code="ukraine-2022"]'),
    ).toContainText('Emergency Red List');
    await page.screenshot({ path: `${SHOTS}/indicators-redlists.png` });
  });
});
