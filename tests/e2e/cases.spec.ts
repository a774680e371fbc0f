import { test, expect } from './harness';
import {
  confirmRecoveryKey,
  createCaseThroughUi,
  createThroughUi,
  openCasesThroughUi,
  pickOption,
  screen,
} from './support/flows';

const TITLE = 'Крађа икона из манастира Дечани — „Св. Никола”';

test.describe('Cases, through the UI', () => {
  test('create a case, find it in the list, move it along the workflow, keep a journal, edit it', async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await openCasesThroughUi(page);
    await expect(page.getByTestId('cases-empty')).toBeVisible();

    // New case: every kind of field, saved with Ctrl+Enter.
    await page.getByTestId('cases-new').click();
    const form = page.getByTestId('case-form');
    await expect(form).toBeVisible();
    await expect(page.getByTestId('case-form-title')).toBeFocused();
    await page.getByTestId('case-form-reference').fill('KU-2026/017');
    await page.getByTestId('case-form-title').fill(TITLE);
    await pickOption(page, 'case-form-offences', 'Theft and other unlawful appropriation');
    await pickOption(page, 'case-form-offences', 'Illegal exportation');
    await page.keyboard.press('Escape'); // closes the dropdown only
    await expect(form).toBeVisible();
    await page.getByTestId('case-form-openedOn').fill('2026-02-10');
    await page.getByTestId('case-form-leadInvestigator').fill('Ana Petrović');
    await page.getByTestId('case-form-handling').getByText('H2', { exact: true }).click();
    await page.getByTestId('case-form-tags').fill('Dečani');
    await page.getByTestId('case-form-tags').press('Enter');
    await page
      .getByTestId('case-form-summary')
      .fill('Икона **Св. Никола** нестала је _12. јануара_.');
    await page.getByTestId('case-form-summary-mode').getByText('Preview').click();
    await expect(page.getByTestId('case-form-summary-preview').locator('strong')).toHaveText(
      'Св. Никола',
    );
    await page.getByTestId('case-form-reference').press('Control+Enter');

    // The case page.
    await expect(screen(page, 'case')).toBeVisible();
    await expect(page.getByTestId('case-title')).toHaveText(TITLE);
    await expect(page.getByTestId('case-reference')).toHaveText('KU-2026/017');
    await expect(page.getByTestId('case-handling-code')).toHaveText('H2');
    await expect(page.getByTestId('case-status').first()).toHaveAttribute('data-status', 'open');
    await expect(page.getByTestId('case-field-offences')).toContainText('Illegal exportation');
    await expect(page.getByTestId('case-field-tags')).toContainText('Dečani');
    await expect(page.getByTestId('case-summary').locator('strong')).toHaveText('Св. Никола');

    // In the list, opened with the keyboard.
    await page.getByTestId('case-back').click();
    await expect(screen(page, 'cases')).toBeVisible();
    const rows = page.getByTestId('cases-table-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(TITLE);
    await expect(rows.first()).toContainText('Ana Petrović');
    await page.getByRole('grid', { name: 'Cases' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('case-title')).toHaveText(TITLE);

    // Open → under investigation, dated and with a note.
    await page.getByTestId('workflow-move-under_investigation').click();
    await expect(
      page.getByRole('dialog', { name: 'Move the case to “Under investigation”' }),
    ).toBeVisible();
    await page.getByTestId('status-modal-on').fill('2026-02-20');
    await page.getByTestId('status-modal-note').fill('Кривична пријава KTR 117/26');
    await page.getByTestId('status-modal-save').click();
    await expect(page.getByTestId('case-status').first()).toHaveAttribute(
      'data-status',
      'under_investigation',
    );
    await expect(page.getByTestId('workflow-step-under_investigation')).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expect(page.getByTestId('case-history-entry')).toHaveCount(2);
    await expect(page.getByTestId('case-history-entry').first()).toContainText('KTR 117/26');
    await expect(page.getByTestId('workflow-move-referred')).toBeVisible();
    await expect(page.getByTestId('workflow-move-under_investigation')).toHaveCount(0);

    // Journal: a dated Markdown note.
    await page.getByTestId('case-tab-journal').click();
    await expect(page.getByTestId('journal-empty')).toBeVisible();
    await page.getByTestId('journal-add').first().click();
    await page.getByTestId('journal-modal-at').fill('2026-02-21T09:30');
    await page
      .getByTestId('journal-modal-body')
      .fill('Sastanak s tužiocem: **nalog za pretres** izdat.');
    await page.getByTestId('journal-modal-body').press('Control+Enter');
    const entry = page.getByTestId('journal-entry');
    await expect(entry).toHaveCount(1);
    await expect(entry.locator('strong')).toHaveText('nalog za pretres');
    await expect(entry).toContainText('21 Feb 2026');

    // Edit one field; the page shows the saved value.
    await page.getByTestId('case-tab-overview').click();
    await page.getByTestId('case-edit').click();
    await page.getByTestId('case-form-prosecutor').fill('Višje tožilstvo, Ljubljana');
    await page.getByTestId('case-form-save').click();
    await expect(page.getByTestId('case-form-modal')).toHaveCount(0);
    await expect(page.getByTestId('case-field-prosecutor')).toContainText(
      'Višje tožilstvo, Ljubljana',
    );
    await expect(page.getByTestId('case-title')).toHaveText(TITLE);
  });

  test('a duplicate reference is shown on the reference field, and nothing is saved', async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await openCasesThroughUi(page);
    await createCaseThroughUi(page, { reference: 'UKP-2026-017', title: 'Operacija Ikona' });
    await page.getByTestId('case-back').click();

    await page.getByTestId('cases-new').click();
    await page.getByTestId('case-form-reference').fill('ukp-2026-017');
    await page.getByTestId('case-form-title').fill('Друга операција');
    await page.getByTestId('case-form-save').click();
    const reference = page.getByTestId('case-form-reference');
    await expect(reference).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('case-form')).toContainText(
      'Another case in this case file already has this reference.',
    );
    await expect(reference).toBeFocused();
    await expect(page.getByTestId('toast-error')).toHaveCount(0);

    // An empty title: main's message on the title field.
    await reference.fill('UKP-2026-018');
    await page.getByTestId('case-form-title').fill('');
    await page.getByTestId('case-form-save').click();
    await expect(page.getByTestId('case-form-title')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('case-form')).toContainText('the case needs a title');

    // Esc with unsaved changes asks first; keeping the form keeps what was typed.
    await page.getByTestId('case-form-title').focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Discard your changes?' })).toBeVisible();
    await page.getByTestId('confirm-cancel').click();
    await expect(page.getByTestId('case-form-reference')).toHaveValue('UKP-2026-018');
    await page.getByTestId('case-form-title').press('Escape');
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('case-form-modal')).toHaveCount(0);

    await expect(page.getByTestId('cases-table-row')).toHaveCount(1);
  });

  test('an edit made elsewhere in the meantime is not overwritten: the form offers to reload', async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await openCasesThroughUi(page);
    await createCaseThroughUi(page, { reference: 'PU-17/2026', title: 'Kovanice iz Stobija' });
    const id = await screen(page, 'case').getAttribute('data-case-id');

    await page.getByTestId('case-edit').click();
    await page.getByTestId('case-form-unit').fill('Odjel za kulturna dobra');
    // Another window saves first.
    const other = (await app.invokeAs(app.url, 'case:update', {
      id,
      version: 1,
      fields: {
        reference: 'PU-17/2026',
        title: 'Kovanice iz Stobija (ostava)',
        openedOn: '2026-03-02',
      },
    })) as { ok: boolean };
    expect(other.ok).toBe(true);
    await page.getByTestId('case-form-save').click();
    await expect(page.getByTestId('edit-conflict')).toBeVisible();
    await page.getByTestId('edit-conflict-reload').click();
    await expect(page.getByTestId('edit-conflict')).toHaveCount(0);
    await expect(page.getByTestId('case-form-title')).toHaveValue('Kovanice iz Stobija (ostava)');
    await page.getByTestId('case-form-unit').fill('Odjel za kulturna dobra');
    await page.getByTestId('case-form-save').click();
    await expect(page.getByTestId('case-form-modal')).toHaveCount(0);
    await expect(page.getByTestId('case-field-unit')).toContainText('Odjel za kulturna dobra');
  });

  test('link two cases, see the link from both, refuse the same link twice, remove it', async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await openCasesThroughUi(page);
    await createCaseThroughUi(page, { reference: 'PU-1/2026', title: 'Bronzana kaciga, Minhen' });
    await page.getByTestId('case-back').click();
    await createCaseThroughUi(page, { reference: 'PU-2/2026', title: 'Vozač kamiona, Batrovci' });

    const link = async () => {
      await page.getByTestId('case-links-add').click();
      await pickOption(page, 'link-modal-case', 'PU-1/2026 — Bronzana kaciga, Minhen');
      await pickOption(page, 'link-modal-relation', 'Same suspects');
      await page.getByTestId('link-modal-save').click();
    };
    await link();
    const links = page.getByTestId('case-link');
    await expect(links).toHaveCount(1);
    await expect(links.first()).toContainText('PU-1/2026');

    // The same link again: the answer is on the relation field, nothing is added.
    await link();
    await expect(page.getByTestId('link-modal-relation')).toHaveAttribute('aria-invalid', 'true');
    await page.getByTestId('link-modal-relation').press('Escape');
    await page.getByTestId('confirm-ok').click(); // discard what was picked
    await expect(page.getByTestId('link-modal-save')).toHaveCount(0);
    await expect(links).toHaveCount(1);

    // Seen from the other case, then removed there.
    await links.first().getByRole('link').click();
    await expect(page.getByTestId('case-title')).toHaveText('Bronzana kaciga, Minhen');
    await expect(links.first()).toContainText('PU-2/2026');
    await links.first().getByTestId('case-link-remove').click();
    await page.getByTestId('confirm-ok').click();
    await expect(links).toHaveCount(0);
  });
});
