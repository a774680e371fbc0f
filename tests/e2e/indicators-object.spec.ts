import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import type { AppHarness } from './support/app-harness';
import { ANA, confirmRecoveryKey, createThroughUi, invokeOk } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? path.join('test-results', 'e2e');

/** A case, its seizure and a hoard of Roman coins, through the core. */
async function caseWithCoins(app: AppHarness) {
  const kase = await invokeOk(app, 'case:create', {
    fields: {
      reference: 'KU-2026/088',
      title: 'Rimski novac na graničnom prelazu Batrovci',
      openedOn: '2026-03-01',
    },
  });
  const seizure = await invokeOk(app, 'seizure:create', {
    caseId: kase.id,
    fields: {
      reference: 'ZP-44/26',
      seizedAt: '2026-03-02T07:15',
      legalBasis: 'search-warrant',
      authority: 'Granična policija Batrovci',
    },
  });
  const coins = await invokeOk(app, 'object:create', {
    caseId: kase.id,
    fields: {
      exhibitNumber: 'P-7',
      typeL1: 'coins',
      typeL2: 'coins.hoard',
      title: 'Ostava rimskog bronzanog novca (212 kom.)',
      seizureId: seizure.id,
    },
  });
  return { kase, coins };
}

/** Chooses the option of a searchable Select by a part of its label. */
async function chooseOption(page: Page, testId: string, search: string, option: RegExp) {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(search);
  await page.getByRole('option', { name: option }).click();
}

/** The object's risk score once the card has its answer for the current state. */
async function riskScore(page: Page): Promise<number> {
  const card = page.getByTestId('object-tab-panel-indicators').getByTestId('risk-overview');
  await expect(card).toHaveAttribute('data-loaded', 'true');
  return Number(await card.getAttribute('data-score'));
}

test.describe("An object's indicators, through the UI", () => {
  test('add a Red List match, record an observation, see the risk change', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const { kase, coins } = await caseWithCoins(app);

    await page.goto(`${app.url}#/case-file/objects/${coins.id}/indicators`);
    const panel = page.getByTestId('object-tab-panel-indicators');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('object-observations-empty')).toBeVisible();
    await expect(page.getByTestId('redlist-matches-empty')).toBeVisible();
    await expect(page.getByTestId('object-suggestions-empty')).toBeVisible();
    expect(await riskScore(page)).toBe(0);

    // 1. A Red List match: the category grouped by list, the list's year and countries shown,
    //    the operator and today proposed; saved empty, main names the missing category.
    await page.getByTestId('redlist-match-add').click();
    await expect(page.getByTestId('redlist-match-form')).toBeVisible();
    await expect(page.getByTestId('redlist-match-form-assessedBy')).toHaveValue(ANA.name);
    await expect(page.getByTestId('redlist-match-form-assessedOn')).toHaveValue(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    await page.getByTestId('redlist-match-form-save').click();
    await expect(page.getByTestId('redlist-match-form-category')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await chooseOption(page, 'redlist-match-form-category', 'Coins', /^Coins and medals$/);
    await expect(page.getByTestId('redlist-match-form-list-info')).toContainText('Issued 2021');
    await expect(page.getByTestId('redlist-match-form-list-info')).toContainText('Serbia');
    await page
      .getByTestId('redlist-match-form-confidence')
      .getByText('High', { exact: true })
      .click();
    await page
      .getByTestId('redlist-match-form-note')
      .fill('Late Roman bronze coins (AE3/AE4), uncleaned, with soil in the corrosion.');
    await page.getByTestId('redlist-match-form-save').click();
    await expect(page.getByTestId('redlist-match-modal')).toHaveCount(0);
    const match = page.getByTestId('redlist-match-row');
    await expect(match).toHaveCount(1);
    await expect(match).toHaveAttribute('data-category', 'see-2021.coins');
    await expect(match).toContainText('Coins and medals');
    await expect(match).toContainText('Southeast European');
    await expect(match).toContainText(ANA.name);

    // The match makes the data suggest A1; nothing is recorded until a person decides it there.
    const suggestion = page.getByTestId('object-suggestion');
    await expect(suggestion).toHaveCount(1);
    await expect(suggestion).toHaveAttribute('data-code', 'A1');
    await expect(page.getByTestId('object-suggestions-decide')).toHaveAttribute(
      'href',
      `#/case-file/cases/${kase.id}/indicators`,
    );
    expect(await riskScore(page)).toBe(0);

    // 2. An observation on the object: fresh excavation traces, confirmed.
    await page.getByTestId('object-observation-add').click();
    await expect(page.getByTestId('observation-form')).toBeVisible();
    await chooseOption(page, 'observation-form-indicator', 'A2', /^A2 — Fresh excavation/);
    await page
      .getByTestId('observation-form-note')
      .fill('Soil and root marks in the corrosion of most coins; no conservation.');
    await page
      .getByTestId('observation-form-status')
      .getByText('Confirmed', { exact: true })
      .click();
    await page.getByTestId('observation-form-save').click();
    await expect(page.getByTestId('observation-modal')).toHaveCount(0);
    const observation = page.getByTestId('object-observation-row');
    await expect(observation).toHaveCount(1);
    await expect(observation).toHaveAttribute('data-code', 'A2');
    await expect(observation).toHaveAttribute('data-status', 'confirmed');
    await expect(observation).toContainText(ANA.name);

    // 3. The object's risk went up, the indicator named among what adds to it.
    await expect
      .poll(() => riskScore(page), { message: 'the risk score after the observation' })
      .toBeGreaterThan(0);
    await expect(panel.getByTestId('risk-indicator').filter({ hasText: 'A2' })).toHaveCount(1);

    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.screenshot({ path: path.join(SHOTS, 'indicators-object-tab.png') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // 4. The case dashboard shows the case's risk, linked to the case's Indicators tab.
    await page.goto(`${app.url}#/case-file/cases/${kase.id}`);
    const dashboard = page.getByTestId('case-overview-risk');
    await expect(dashboard.getByTestId('risk-overview')).toHaveAttribute('data-loaded', 'true');
    const caseRisk = await invokeOk<{ score: number }>(app, 'risk:overview', { caseId: kase.id });
    expect(caseRisk.score).toBeGreaterThan(0);
    await expect(dashboard.getByTestId('risk-overview')).toHaveAttribute(
      'data-score',
      String(Math.round(caseRisk.score * 10) / 10),
    );
    await page.getByTestId('case-overview-risk-open').click();
    await expect(page).toHaveURL(new RegExp(`/case-file/cases/${kase.id}/indicators$`));
    await page.goto(`${app.url}#/case-file/cases/${kase.id}`);
    await expect(dashboard.getByTestId('risk-overview')).toHaveAttribute('data-loaded', 'true');
    await page.screenshot({ path: path.join(SHOTS, 'indicators-case-overview.png') });
  });
});
