import { test, expect } from './harness';
import {
  confirmRecoveryKey,
  createThroughUi,
  openCasesThroughUi,
  pickOption,
  screen,
} from './support/flows';

test.describe('Reference lists, through the UI', () => {
  test("a unit's own offence type and reference format are offered on the case form; a retired entry is not", async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);

    await page.getByTestId('nav-settings').click();
    await expect(screen(page, 'settings')).toBeVisible();
    const lists = page.getByTestId('settings-reference-lists');
    await page.getByTestId('reflists-pattern').fill('KU-{NNN}/{YY}');
    await lists.getByRole('button', { name: 'Save format' }).click();

    await page.getByTestId('reflists-new-label').fill('Nedozvoljena trgovina detektorima metala');
    await page.getByTestId('reflists-new-code').fill('NOT A CODE');
    await expect(lists.getByText('Use lower-case letters, digits and _ . - only')).toBeVisible();
    await expect(page.getByTestId('reflists-add')).toBeDisabled();
    await page.getByTestId('reflists-new-code').fill('metal-detecting');
    await page.getByTestId('reflists-add').click();
    const table = page.getByTestId('reflists-table');
    await expect(table.getByText('Nedozvoljena trgovina detektorima metala')).toBeVisible();
    // Retire a built-in entry.
    await table
      .getByRole('row', { name: /Destruction and damage/ })
      .getByRole('button', { name: 'Retire' })
      .click();
    await expect(
      table
        .getByRole('row', { name: /Destruction and damage/ })
        .getByRole('button', { name: 'Restore' }),
    ).toBeVisible();

    await openCasesThroughUi(page);
    await page.getByTestId('cases-new').click();
    await expect(page.getByTestId('case-form-reference')).toHaveValue(
      `KU-001/${String(new Date().getUTCFullYear() % 100).padStart(2, '0')}`,
    );
    await pickOption(page, 'case-form-offences', 'Nedozvoljena trgovina detektorima metala');
    await page.getByTestId('case-form-offences').click();
    await expect(
      page.getByRole('option', { name: 'Destruction and damage', exact: true }),
    ).toHaveCount(0);
  });
});
