import path from 'node:path';
import type { Page } from '@playwright/test';
import { buildDemoCaseFile, DEMO } from '../../scripts/demo-case-file';
import { test, expect } from './harness';
import { E2E_KDF } from './support/app-harness';
import { openCasesThroughUi, openThroughUi, unlockThroughUi } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const TRANSIT = 'Antiquities shipment through a transit country';
const TITLE = 'Search of the Vienna storage unit and bank records';

/** Types into a searchable Select and picks the first option whose label contains `search`. */
async function choose(page: Page, testId: string, search: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(search);
  await page
    .getByRole('option', { name: new RegExp(search) })
    .first()
    .click();
}

async function section(page: Page, id: string): Promise<void> {
  await page.getByTestId(`request-section-${id}`).click();
  await expect(page.getByTestId('request-section-body')).toHaveAttribute('data-section', id);
}

/**
 * Issue #9, the international requests on the demo transit case, through the UI: an MLA request
 * created from the case's Reports tab, its essential sections shown missing (and the PDF
 * refused), filled one by one, saved; then tracked — sent with an answer-due date, acknowledged
 * with the other side's reference — and seen so in the case's list of requests.
 */
test.describe('International requests', () => {
  test('create an MLA request, fill the essential sections, record sent and acknowledged', async ({
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
    await page.getByTestId('case-tab-reports').click();
    await expect(page.getByTestId('requests-panel')).toBeVisible();

    // 1. A new MLA request: the form opens with the essential sections marked missing.
    await page.getByTestId('requests-new-mla').click();
    await page.getByTestId('request-create-title').fill(TITLE);
    await page.getByTestId('request-create-form-save').click();
    const screen = page.getByTestId('screen-RequestScreen');
    await expect(screen).toBeVisible();
    await expect(page.getByTestId('request-title')).toHaveText(TITLE);
    await expect(screen).toHaveAttribute(
      'data-missing',
      'requestedState,to,from,subject,summary,facts,offences,measures,purpose',
    );
    for (const s of ['header', 'subject', 'summary', 'facts', 'offences', 'measures', 'purpose']) {
      await expect(page.getByTestId(`request-section-${s}`)).toHaveAttribute(
        'data-state',
        'missing',
      );
    }
    await expect(page.getByTestId('request-section-procedures')).toHaveAttribute(
      'data-state',
      'empty',
    );
    await expect(page.getByTestId('request-generate')).toBeDisabled();
    await expect(page.getByTestId('request-section-missing')).toBeVisible();
    await page.getByTestId('request-generate').hover();
    await expect(page.getByRole('tooltip')).toContainText('Addressee authority');
    await page.screenshot({ path: path.join(SHOTS, 'requests-form-missing.png') });
    await page.mouse.move(10, 10);

    // 2. Header and authorities.
    await choose(page, 'request-requestedState', 'Austria');
    await page.getByTestId('request-reference').fill('KTR-118/2026');
    await page.getByTestId('request-to-name').fill('Bundesministerium für Justiz');
    await page.getByTestId('request-from-name').fill('Tužilaštvo za organizovani kriminal');
    await page.getByTestId('request-from-person').fill('Jelena Marković');
    await expect(page.getByTestId('request-section-header')).toHaveAttribute(
      'data-state',
      'filled',
    );
    await expect(page.getByTestId('request-unsaved')).toBeVisible();
    // Leaving with unsaved changes asks first; "Cancel" keeps what was typed.
    await page.getByTestId('request-back').click();
    const ask = page.getByRole('dialog', { name: 'Discard your changes?' });
    await expect(ask).toBeVisible();
    await page.getByTestId('confirm-cancel').click();
    await expect(ask).toBeHidden();
    await expect(screen).toBeVisible();
    await expect(page.getByTestId('request-to-name')).toHaveValue('Bundesministerium für Justiz');

    // 3. Subject, summary, facts: one after the other with "next".
    await page.getByTestId('request-next').click();
    await page
      .getByTestId('request-subject')
      .fill('Criminal investigation of trafficking in cultural property (Art. 350 CC).');
    await page.getByTestId('request-next').click();
    await page
      .getByTestId('request-summary')
      .fill('Antiquities shipped through a free zone are believed stored in Vienna.');
    await page.getByTestId('request-next').click();
    await page
      .getByTestId('request-facts')
      .fill('In March 2026 a consignment of antiquities was seized at the border crossing…');

    // 4. An offence (repeatable) and a measure (repeatable, with an object picked).
    // The case's four offences come in with one click, each qualified by its vocabulary label;
    // then none is left to add. One is removed again, one is typed by hand with a type picked.
    await section(page, 'offences');
    await page.getByTestId('request-offence-add-case').click();
    await expect(page.getByTestId('request-offence-add-case')).toHaveCount(0);
    await expect(page.getByTestId('request-offence-0-qualification')).toHaveValue(
      'Illegal importation',
    );
    await expect(page.getByTestId('request-offence-3-qualification')).toHaveValue(
      'Organised crime',
    );
    for (let n = 3; n >= 0; n--) await page.getByTestId(`request-offence-${n}-remove`).click();
    await expect(page.getByTestId('request-offence-add-case')).toBeVisible();
    await page.getByTestId('request-offence-add').click();
    await page.getByTestId('request-offence-0-type').click();
    await page.getByRole('option', { name: 'Illegal exportation', exact: true }).click();
    await expect(page.getByTestId('request-offence-0-qualification')).toHaveValue(
      'Illegal exportation',
    );
    await page
      .getByTestId('request-offence-0-qualification')
      .fill('Illicit export of cultural property');
    await page.getByTestId('request-offence-0-provision').fill('Art. 350 CC');
    await page.getByTestId('request-offence-0-maxPenalty').fill('8 years');
    await page.screenshot({ path: path.join(SHOTS, 'requests-offences.png') });
    await section(page, 'measures');
    await page.getByTestId('request-measure-add').click();
    await page.getByTestId('request-measure-0-kind').click();
    await page.getByRole('option', { name: 'Search and seizure', exact: true }).click();
    await page
      .getByTestId('request-measure-0-details')
      .fill('Search of storage unit 14, Lagerhaus Simmering, and seizure of the objects listed.');
    await choose(page, 'request-measure-0-objects', 'T-1');
    await page.keyboard.press('Escape');
    await section(page, 'purpose');
    await page
      .getByTestId('request-purpose')
      .fill('Evidence for the criminal proceedings only (speciality).');

    // 5. Saved with Ctrl+S: nothing essential missing, the PDF can be generated.
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('request-unsaved')).toHaveCount(0);
    await expect(screen).toHaveAttribute('data-missing', '');
    await expect(screen).toHaveAttribute('data-version', '2');
    await expect(page.getByTestId('request-generate')).toBeEnabled();
    for (const s of ['header', 'subject', 'summary', 'facts', 'offences', 'measures', 'purpose']) {
      await expect(page.getByTestId(`request-section-${s}`)).toHaveAttribute(
        'data-state',
        'filled',
      );
    }
    await section(page, 'measures');
    await page.mouse.move(10, 10);
    await expect(page.getByTestId('toast-success')).toHaveCount(0, { timeout: 15_000 });
    await page.screenshot({ path: path.join(SHOTS, 'requests-form.png') });
    await page.getByTestId('request-generate').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Mutual legal assistance request');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // 6. Tracking: sent with an answer due (already passed: overdue), then acknowledged.
    await page.getByTestId('request-tab-tracking').click();
    await expect(page.getByTestId('request-tracking-empty')).toBeVisible();
    await page.getByTestId('request-record-step').click();
    await expect(page.getByTestId('request-step-status')).toHaveValue('Sent');
    await page.getByTestId('request-step-on').fill('2026-01-12');
    await page.getByTestId('request-step-answerDue').fill('2026-03-12');
    await page.getByTestId('request-step-form-save').click();
    await expect(page.getByTestId('request-step-modal')).toHaveCount(0);
    await expect(screen).toHaveAttribute('data-status', 'sent');
    await expect(page.getByTestId('request-tracking-due')).toHaveAttribute('data-overdue', 'true');

    await page.getByTestId('request-record-step').click();
    await page.getByTestId('request-step-status').click();
    const offered = page.getByRole('option');
    await expect(offered).toHaveText([
      'Acknowledged',
      'Executed',
      'Partly executed',
      'Refused',
      'Withdrawn',
    ]);
    await page.getByRole('option', { name: 'Acknowledged', exact: true }).click();
    await page.getByTestId('request-step-on').fill('2026-01-26');
    await page.getByTestId('request-step-reference').fill('BMJ-IV 4711/26');
    await page.getByTestId('request-step-form-save').click();
    await expect(page.getByTestId('request-step-modal')).toHaveCount(0);
    await expect(screen).toHaveAttribute('data-status', 'acknowledged');
    await expect(
      page.locator('[data-testid="request-history-item"][data-status="sent"]'),
    ).toHaveCount(1);
    await expect(
      page.locator('[data-testid="request-history-item"][data-status="acknowledged"]'),
    ).toContainText('BMJ-IV 4711/26');
    await page.mouse.move(10, 10);
    await expect(page.getByTestId('toast-success')).toHaveCount(0, { timeout: 15_000 });
    await page.screenshot({ path: path.join(SHOTS, 'requests-tracking.png') });

    // 7. The case's list: the request acknowledged, its answer due in red.
    await page.getByTestId('request-back').click();
    const row = page.getByTestId('request-row').filter({ hasText: TITLE });
    await expect(row).toHaveAttribute('data-status', 'acknowledged');
    await expect(row).toHaveAttribute('data-overdue', 'true');
    await expect(row.getByTestId('request-status')).toHaveText('Acknowledged');
    await expect(row.getByTestId('request-sent-on')).not.toHaveText('—');
    await expect(row.getByTestId('request-answer-due')).toContainText('2026');
    await expect(row).toContainText('Austria');
    await page.screenshot({ path: path.join(SHOTS, 'requests-panel.png') });

    // 8. The demo's return request: its sections and the 3-year clock from the awareness date.
    const returnRow = page.getByTestId('request-row').and(page.locator('[data-kind="return"]'));
    if ((await returnRow.count()) > 0) {
      await returnRow.first().getByTestId('request-open').click();
    } else {
      await page.getByTestId('requests-new-return').click();
      await page.getByTestId('request-create-title').fill('Return of the marble head');
      await page.getByTestId('request-create-form-save').click();
    }
    await expect(screen).toBeVisible();
    await expect(page.getByTestId('request-section-objects')).toBeVisible();
    await section(page, 'awareness');
    await page.getByTestId('request-awareOn').fill('2026-02-01');
    await expect(page.getByTestId('request-return-clock-deadline')).toContainText('2029');
    await expect(page.getByTestId('request-section-awareness')).toHaveAttribute(
      'data-state',
      'filled',
    );
    await page.screenshot({ path: path.join(SHOTS, 'requests-return.png') });

    // 9. The awareness date typed but not saved: leaving and confirming "Discard" drops it.
    await page.getByTestId('request-back').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('requests-panel')).toBeVisible();
    await page
      .getByTestId('request-row')
      .and(page.locator('[data-kind="return"]'))
      .first()
      .getByTestId('request-open')
      .click();
    await section(page, 'awareness');
    await expect(page.getByTestId('request-awareOn')).not.toHaveValue('2026-02-01');
  });
});
