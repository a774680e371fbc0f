import path from 'node:path';
import { buildDemoCaseFile, DEMO } from '../../scripts/demo-case-file';
import { test, expect } from './harness';
import { E2E_KDF } from './support/app-harness';
import { openCasesThroughUi, openThroughUi, unlockThroughUi } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const TRANSIT = 'Antiquities shipment through a transit country';

/**
 * Issue #8's acceptance, on the demo case file, through the UI: the transit case's data suggests
 * indicators (structuring, prior cases…); one is accepted with extra evidence and becomes an
 * observation, one is dismissed with a reason; the risk overview's score goes up.
 */
test.describe('Indicators, the acceptance flow on the demo case file', () => {
  test('see suggestions, accept one with evidence, dismiss one with a reason, the risk changes', async ({
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
    await page.getByTestId('case-tab-indicators').click();
    await expect(page.getByTestId('case-tab-panel-indicators')).toBeVisible();

    // The risk before any decision, and the suggestions the data makes.
    const risk = page.getByTestId('risk-overview');
    await expect(risk).toHaveAttribute('data-loaded', 'true');
    const before = Number(await risk.getAttribute('data-score'));
    const pendingBefore = Number(await risk.getByTestId('risk-pending').getAttribute('data-count'));
    const cards = page.getByTestId('suggestion-card');
    await expect(cards.first()).toBeVisible();
    const structuring = page.locator(
      '[data-testid="suggestion-card"][data-rule="finance.structuring"]',
    );
    await expect(structuring).toHaveCount(1);
    await expect(structuring).toHaveAttribute('data-code', 'C1');
    await expect(structuring).toHaveAttribute('data-state', 'pending');
    await expect(structuring.getByTestId('suggestion-explanation')).toContainText('10,000');
    await expect(structuring.getByTestId('evidence-link')).toHaveCount(3);
    expect(pendingBefore).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: path.join(SHOTS, 'acceptance-indicators-before.png') });

    // Accept the structuring suggestion as confirmed, with a document of the case added.
    await structuring.getByTestId('suggestion-accept').click();
    const acceptForm = page.getByTestId('suggestion-accept-form');
    await expect(acceptForm).toBeVisible();
    await acceptForm.getByTestId('suggestion-accept-status').getByText('Confirmed').click();
    await page
      .getByTestId('suggestion-accept-note')
      .fill('Three cash deposits below 10,000 EUR in five days.');
    await page.getByTestId('suggestion-accept-evidence').click();
    const firstDocument = page.getByRole('option').first();
    const extra = ((await firstDocument.textContent()) ?? '').trim();
    await firstDocument.click();
    await page.keyboard.press('Escape'); // closes the dropdown only
    await page.getByTestId('suggestion-accept-form-save').click();
    await expect(page.getByTestId('suggestion-accept-modal')).toBeHidden();
    await expect(structuring).toHaveAttribute('data-state', 'accepted');
    await expect(structuring.getByTestId('suggestion-decision')).toContainText(ana.name);

    // It is now an observation citing the finding's payments and the added record.
    const observation = page.locator('[data-testid="observation-card"][data-code="C1"]');
    await expect(observation).toHaveCount(1);
    await expect(observation).toHaveAttribute('data-status', 'confirmed');
    await expect(observation.getByTestId('observation-evidence')).toContainText(extra.slice(0, 20));
    await expect(observation.getByTestId('evidence-link')).toHaveCount(4);

    // Dismiss a prior-cases suggestion: a reason is required.
    const prior = page
      .locator(
        '[data-testid="suggestion-card"][data-rule="party.prior-cases"][data-state="pending"]',
      )
      .first();
    const priorKey = await prior.getAttribute('data-key');
    await prior.getByTestId('suggestion-dismiss').click();
    await page.getByTestId('suggestion-dismiss-form-save').click();
    await expect(page.getByTestId('suggestion-dismiss-form')).toContainText(
      'Say why the suggestion is dismissed',
    );
    const reason = 'The earlier case was a customs error, closed without charges.';
    await page.getByTestId('suggestion-dismiss-reason').fill(reason);
    await page.getByTestId('suggestion-dismiss-form-save').click();
    await expect(page.getByTestId('suggestion-dismiss-modal')).toBeHidden();
    const dismissed = page.locator(`[data-testid="suggestion-card"][data-key="${priorKey}"]`);
    await expect(dismissed).toHaveAttribute('data-state', 'dismissed');
    await expect(dismissed.getByTestId('suggestion-reason')).toContainText(reason);

    // The risk overview: the score went up by C1's weight × the confirmed factor, shown as a rise.
    await expect
      .poll(async () => Number(await risk.getAttribute('data-score')))
      .toBeGreaterThan(before);
    await expect(risk.getByTestId('risk-delta')).toContainText('↑');
    await expect(risk.locator('[data-testid="risk-indicator"][data-code="C1"]')).toBeVisible();
    await expect(risk.getByTestId('risk-change').first()).toContainText('C1');
    await expect(risk.getByTestId('risk-pending')).toHaveAttribute(
      'data-count',
      String(pendingBefore - 2),
    );
    await page.mouse.move(0, 899);
    await risk.evaluate((e) => {
      e.scrollIntoView({ block: 'start' });
      e.ownerDocument.defaultView?.scrollBy(0, -80);
    });
    await page.screenshot({ path: path.join(SHOTS, 'acceptance-indicators-risk.png') });
    await page.getByTestId('suggestions-panel').evaluate((e) => {
      e.scrollIntoView({ block: 'start' });
      e.ownerDocument.defaultView?.scrollBy(0, -80);
    });
    await page.screenshot({ path: path.join(SHOTS, 'acceptance-indicators-after.png') });
  });
});
