import fs from 'node:fs';
import type { Page } from '@playwright/test';
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

/**
 * A case made through the core: a looted-looking stater with a forged export licence from a
 * transit country and a chain that breaks across 1970, a second object with a clean sale, a
 * seizure and a custody entry, so the findings and every lane of the timeline have something.
 */
async function provenanceCase(app: AppHarness) {
  const kase = await invokeOk(app, 'case:create', {
    fields: {
      reference: 'ITCG-2026-0101',
      title: 'Makedonski stater iz Beča',
      openedOn: '2026-01-20',
    },
  });
  const seizure = await invokeOk(app, 'seizure:create', {
    caseId: kase.id,
    fields: {
      reference: 'ZP-3/26',
      seizedAt: '2026-02-10T06:30',
      legalBasis: 'search-warrant',
      legalBasisReference: 'Kpp 3/26',
      authority: 'PU Beograd',
    },
  });
  const stater = await invokeOk(app, 'object:create', {
    caseId: kase.id,
    fields: {
      exhibitNumber: 'E-1',
      title: 'Zlatni stater Filipa II',
      typeL1: 'archaeological',
      seizureId: seizure.id,
      unesco1970: ['c', 'e'],
      countryOfOrigin: 'MK',
      dating: { earliest: -340, latest: -336, text: '340–336 BC' },
    },
  });
  const icon = await invokeOk(app, 'object:create', {
    caseId: kase.id,
    fields: {
      exhibitNumber: 'E-2',
      title: 'Ikona Sv. Nikole',
      typeL1: 'archaeological',
      seizureId: seizure.id,
    },
  });
  const licence = await invokeOk(app, 'document:record', {
    caseId: kase.id,
    fields: {
      type: 'export-licence',
      title: 'Izvozna dozvola',
      number: 'BG-EX 17/2019',
      issuer: { partyId: null, name: 'Ministry of Culture, Sofia' },
      issuerCountry: 'BG',
      issuedOn: '2019-05',
      assessment: {
        status: 'forged',
        reason: 'Stamp and signature do not match the ministry’s specimens.',
        by: 'Ana Petrović',
        on: '2026-02-12',
      },
      objectIds: [stater.id],
    },
  });
  const event = (objectId: string, fields: Record<string, unknown>) =>
    invokeOk(app, 'provenance:add-event', { objectId, fields });
  await event(stater.id, {
    type: 'find',
    toParty: { partyId: null, name: 'unknown finder' },
    place: { address: 'Stobi', country: 'MK', lat: null, lon: null },
    date: 'oko 1960.',
    certainty: 'claimed',
  });
  await event(stater.id, {
    type: 'sale',
    fromParty: { partyId: null, name: 'Private collection, Vienna' },
    toParty: { partyId: null, name: 'Galerie Hermès' },
    date: 'after May 2011',
    directTransfer: false,
    sources: [{ documentId: licence.id, page: '1' }],
  });
  await event(stater.id, {
    type: 'export',
    fromParty: { partyId: null, name: 'Galerie Hermès' },
    date: '2019-06-03',
    directTransfer: true,
    sources: [{ documentId: licence.id, page: '' }],
  });
  await event(icon.id, {
    type: 'sale',
    fromParty: { partyId: null, name: 'Marko Jovanović' },
    toParty: { partyId: null, name: 'Galerie Hermès' },
    date: '1998-03-12',
  });
  await invokeOk(app, 'object:add-custody', {
    objectId: stater.id,
    fields: {
      action: 'store',
      at: '2026-02-10T11:00',
      from: 'Ana Petrović',
      to: 'Evidence room, PU Beograd',
      location: 'Beograd',
    },
  });
  return { kase, stater, icon, licence };
}

/** A filter chip's visible label (its checkbox, which carries the test id, is hidden). */
function chip(page: Page, testId: string) {
  return page.getByTestId(testId).locator('xpath=following-sibling::label');
}

async function openCaseTab(page: Page, title: string, tab: 'findings' | 'timeline') {
  await openCasesThroughUi(page);
  await page.getByTestId('cases-table-row').filter({ hasText: title }).dblclick();
  await page.getByTestId(`case-tab-${tab}`).click();
  await expect(page.getByTestId(`case-tab-panel-${tab}`)).toBeVisible();
}

test.describe('Findings and timeline', () => {
  test('the findings of a case, grouped by severity and explained, lead to their evidence', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const { kase, licence } = await provenanceCase(app);

    await openCaseTab(page, 'Makedonski stater', 'findings');
    const list = page.getByTestId('findings-list');
    await expect(list).toBeVisible();
    await expect(page.getByTestId('findings-note')).toContainText('not conclusions');

    // The forged licence and the gap across 1970: both high, both explained with their values.
    const high = page.getByTestId('findings-group-high');
    await expect(high).toBeVisible();
    const forged = high.locator('[data-rule="provenance.forged-document"]');
    await expect(forged).toHaveCount(1);
    await expect(forged.getByTestId('finding-explanation')).toContainText('BG-EX 17/2019');
    await expect(forged.getByTestId('finding-object')).toContainText('E-1');
    const gap = page.locator('[data-rule="provenance.gap-1970"]');
    await expect(gap.first()).toBeVisible();
    await expect(gap.first().getByTestId('finding-explanation')).toContainText('1970');

    // Groups come most serious first, each with its count.
    const groups = page.locator('[data-testid^="findings-group-"]');
    const order = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    const rank = ['high', 'medium', 'low', 'info'].map((s) => `findings-group-${s}`);
    expect([...order].sort((a, b) => rank.indexOf(a ?? '') - rank.indexOf(b ?? ''))).toEqual(order);

    // Filters: severity, then object.
    const total = Number(await list.getAttribute('data-count'));
    expect(total).toBeGreaterThan(1);
    await chip(page, 'findings-filter-severity-high').click();
    await expect(page.getByTestId('findings-group-medium')).toHaveCount(0);
    await page.getByTestId('findings-filters-clear').click();
    await expect(page.getByTestId('finding-card')).toHaveCount(total);

    await page.screenshot({ path: `${SHOTS}/findings.png`, fullPage: true });
    fs.accessSync(`${SHOTS}/findings.png`);

    // The evidence: the document opens in the case's Documents tab, at that document.
    await forged
      .getByTestId('finding-evidence')
      .and(page.locator('[data-kind="document"]'))
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/cases/${kase.id}/documents\\?\\w+=${licence.id}`));
    await page.goBack();
    await expect(page.getByTestId('findings-list')).toBeVisible();

    // An event's evidence opens the object's provenance.
    await gap.first().getByTestId('finding-evidence').first().click();
    await expect(page).toHaveURL(/\/case-file\/objects\/[^/]+\/provenance$/);

    // The sidebar's Provenance area shows the findings of the case last opened.
    await page.getByTestId('nav-provenance').click();
    await expect(page.getByTestId('screen-provenance')).toBeVisible();
    await expect(page.getByTestId('provenance-case-link')).toHaveText('ITCG-2026-0101');
    await expect(page.getByTestId('finding-card')).toHaveCount(total);
  });

  test('the timeline draws every kind on its lane, zooms, filters and shows an item’s details', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await provenanceCase(app);

    await openCaseTab(page, 'Makedonski stater', 'timeline');
    const chart = page.getByTestId('timeline-chart');
    await expect(chart).toBeVisible();
    for (const kind of ['provenance', 'document', 'seizure', 'custody', 'case_status']) {
      await expect(page.getByTestId(`timeline-lane-${kind}`)).toBeVisible();
    }
    await expect(page.getByTestId('timeline-threshold-unesco1970Adopted')).toBeVisible();
    await expect(page.getByTestId('timeline-threshold-unesco1970InForce')).toBeVisible();
    // "oko 1965." and "after May 2011" are ranges, the export a known day.
    await expect(
      page.locator('[data-testid="timeline-item"][data-kind="provenance"][data-uncertain="true"]'),
    ).toHaveCount(2);
    const all = await page.getByTestId('timeline-item').count();
    expect(all).toBeGreaterThanOrEqual(6);

    await page.screenshot({ path: `${SHOTS}/timeline.png`, fullPage: true });

    // Zoom in with the button and the keyboard; fit brings it back.
    await expect(chart).toHaveAttribute('data-zoom', '1.000');
    await page.getByTestId('timeline-zoom-in').click();
    await expect(chart).toHaveAttribute('data-zoom', '1.500');
    await chart.focus();
    await page.keyboard.press('+');
    await expect(chart).toHaveAttribute('data-zoom', '2.250');
    await page.keyboard.press('ArrowLeft');
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 300);
    await page.getByTestId('timeline-zoom-fit').click();
    await expect(chart).toHaveAttribute('data-zoom', '1.000');

    // Filter by object: the icon's sale and its seizure are left; lanes with nothing go.
    await pickOption(page, 'timeline-filter-object', 'E-2 — Ikona Sv. Nikole');
    await expect(page.getByTestId('timeline-count')).toHaveText(`2 of ${all} items`);
    await expect(page.locator('[data-testid="timeline-item"][data-kind="provenance"]')).toHaveCount(
      1,
    );
    await expect(page.getByTestId('timeline-lane-seizure')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('timeline-lane-document')).toHaveCount(0);
    await expect(page.getByTestId('timeline-lane-custody')).toHaveCount(0);

    // Kinds: only seizures.
    await chip(page, 'timeline-filter-kinds-seizure').click();
    await expect(page.getByTestId('timeline-count')).toHaveText(`1 of ${all} items`);
    await expect(page.getByTestId('timeline-lane-provenance')).toHaveCount(0);
    await chip(page, 'timeline-filter-kinds-seizure').click();

    // Hover shows the label and date; a click selects and shows the details.
    const sale = page.locator('[data-testid="timeline-item"][data-kind="provenance"]').first();
    await sale.hover();
    await expect(page.getByTestId('timeline-tooltip')).toContainText('Marko Jovanović');
    await sale.click();
    const details = page.getByTestId('timeline-details');
    await expect(details).toContainText('Sale');
    await expect(page.getByTestId('timeline-details-date')).toHaveText('12 Mar 1998');
    await page.screenshot({ path: `${SHOTS}/timeline-filtered.png`, fullPage: true });
    await page.getByTestId('timeline-details-open').click();
    await expect(page).toHaveURL(/\/case-file\/objects\/[^/]+\/provenance$/);
  });
});
