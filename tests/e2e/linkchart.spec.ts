import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createParty, type CaseFileSession } from '../../src/main/core';
import { createObject } from '../../src/main/core/objects';
import { addEvent } from '../../src/main/core/provenance';
import {
  addAccountRecord,
  addPaymentRecords,
  addRelationshipRecord,
  moneyChain,
} from '../core/linkchart/fixtures';
import { test, expect } from './harness';
import { confirmRecoveryKey, createThroughUi, openCasesThroughUi } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';

/**
 * The money chain of the core tests (buyer → shell company → seller, who owns the shell and sold
 * the buyer an icon; three cash deposits just under €10,000 into the seller's account), with the
 * people and companies around it that a real case has: about thirty nodes.
 */
function realisticCase(session: CaseFileSession) {
  const m = moneyChain(session);
  const person = (givenNames: string, familyName: string) =>
    createParty(session, { kind: 'person', givenNames, familyName });
  const org = (name: string, organisationType: string) =>
    createParty(session, { kind: 'organisation', name, organisationType });
  const wife = person('Elena', 'Petrovska');
  const friend = person('Luka', 'Marić');
  const nominee = person('Sophie', 'Weber');
  const lawyer = person('Jovan', 'Stojanović');
  const courier = person('Dragan', 'Nikolić');
  const gallery = org('Galerie Lumière SA', 'gallery');
  const dealer = org('Balkan Antiques d.o.o.', 'dealer');
  const auction = org('Dorotheum-style Auktionen GmbH', 'auction-house');
  const bank = org('Alpine Privatbank AG', 'bank');

  const acct = (holder: string, iban: string, institution = '') =>
    addAccountRecord(session, m.kase.id, {
      iban,
      holder: { partyId: holder, name: '' },
      institution: { partyId: institution === 'bank' ? bank.id : null, name: institution },
      currency: 'EUR',
    });
  const wifeAcct = acct(wife.id, 'AT483200000012345864', 'bank');
  const galleryAcct = acct(gallery.id, 'FR7630006000011234567890189');
  const dealerAcct = acct(dealer.id, 'HR1210010051863000160');
  const wallet = addAccountRecord(session, m.kase.id, {
    kind: 'crypto',
    chain: 'bitcoin',
    address: 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
    holder: { partyId: m.buyer.id, name: '' },
  });
  const eur = (amount: string) => ({ amount, currency: 'EUR' });
  addPaymentRecords(session, m.kase.id, [
    {
      date: '2025-02-10',
      amount: eur('120000.00'),
      payerAccountId: galleryAcct.id,
      beneficiaryAccountId: m.buyerAcct.id,
      purpose: 'Consignment advance',
    },
    {
      date: '2025-02-24',
      amount: eur('30000.00'),
      payerAccountId: galleryAcct.id,
      beneficiaryAccountId: m.buyerAcct.id,
    },
    {
      date: '2025-04-15',
      amount: eur('18000.00'),
      payerAccountId: dealerAcct.id,
      beneficiaryAccountId: m.shellAcct.id,
      purpose: 'Consulting',
    },
    {
      date: '2025-04-20',
      amount: eur('15000.00'),
      payerAccountId: m.sellerAcct.id,
      beneficiaryAccountId: wifeAcct.id,
    },
    {
      date: '2025-05-20',
      amount: eur('7000.00'),
      payerAccountId: wifeAcct.id,
      beneficiary: { partyId: courier.id, name: '' },
      method: 'cash',
    },
    {
      date: '2025-06-11',
      amount: { amount: '0.85', currency: 'BTC' },
      payerAccountId: wallet.id,
      beneficiaryAccountId: dealerAcct.id,
      method: 'crypto',
    },
    {
      date: '2025-06-30',
      amount: eur('2500.00'),
      payer: { partyId: dealer.id, name: '' },
      beneficiary: { partyId: courier.id, name: '' },
      method: 'cash',
    },
    {
      date: '2025-07-02',
      amount: eur('4000.00'),
      payerAccountId: m.buyerAcct.id,
      beneficiary: { partyId: lawyer.id, name: '' },
      purpose: 'Legal fees',
    },
  ]);
  const rel = (type: string, subject: string, object: string | null, extra = {}) =>
    addRelationshipRecord(session, m.kase.id, {
      type: type as 'family',
      subject: { partyId: subject, name: '' },
      object: { partyId: object, name: '' },
      ...extra,
    });
  rel('family', m.seller.id, wife.id, { role: 'wife' });
  rel('associate', m.buyer.id, friend.id);
  rel('directorship', nominee.id, m.shell.id, { role: 'nominee director', startDate: '2019' });
  rel('representation', lawyer.id, m.seller.id, { role: 'lawyer' });
  rel('employment', courier.id, dealer.id);
  rel('control', m.seller.id, dealer.id);
  rel('ownership', friend.id, dealer.id, { percentage: '51' });
  addRelationshipRecord(session, m.kase.id, {
    type: 'signatory',
    subject: { partyId: wife.id, name: '' },
    accountId: m.sellerAcct.id,
  });
  const krater = createObject(session, m.kase.id, {
    exhibitNumber: 'E-2',
    typeL1: 'archaeological',
    title: 'Apulski krater',
  });
  addEvent(session, {
    objectId: krater.id,
    fields: {
      type: 'auction_purchase',
      fromParty: { partyId: dealer.id, name: '' },
      toParty: { partyId: gallery.id, name: '' },
      agent: { partyId: auction.id, name: '' },
      date: '2024-11-20',
    },
  });
  return m;
}

/** Types into a searchable Select and picks the option with this label. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(label.slice(0, 12));
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** The filters at the top of the window, the chart below them (for the screenshots). */
async function scrollToChart(page: Page): Promise<void> {
  await page
    .getByTestId('linkchart-filters')
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 899);
}

/** Where a chart element is drawn on the page (cytoscape keeps its instance on the container). */
async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.getByTestId('linkchart-canvas').evaluate((el, elementId) => {
    type Pos = { x: number; y: number };
    type Cy = {
      getElementById(id: string): {
        isNode(): boolean;
        renderedPosition(): Pos;
        renderedMidpoint(): Pos;
      };
    };
    const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const element = cy.getElementById(elementId);
    const p = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = el.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

test.describe('Link chart', () => {
  test('draws the case’s money, finds the path through the shell company, expands, exports and highlights a finding', async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const m = realisticCase(app.services.workspace.session());

    await openCasesThroughUi(page);
    await page.getByTestId('cases-table-row').filter({ hasText: 'Ikona iz Zürcha' }).dblclick();
    await page.getByTestId('case-tab-links').click();
    const panel = page.getByTestId('case-tab-panel-links');
    await expect(panel).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    const nodes = Number(await panel.getAttribute('data-nodes'));
    expect(nodes).toBeGreaterThanOrEqual(22);
    for (const attr of ['data-build-ms', 'data-layout-ms', 'data-render-ms']) {
      expect(Number(await panel.getAttribute(attr))).toBeGreaterThanOrEqual(0);
    }
    await expect(page.getByTestId('linkchart-counts')).toContainText(`${nodes} nodes`);
    await expect(page.getByTestId('linkchart-legend-object')).toBeVisible();
    await scrollToChart(page);
    await page.screenshot({ path: path.join(SHOTS, 'linkchart.png') });

    // Find path: buyer → seller, through the shell company among others.
    await page.getByTestId('linkchart-path').click();
    await choose(page, 'linkchart-path-from', 'Kovač, Petar · Person');
    await choose(page, 'linkchart-path-to', 'Jovanović, Marko · Person');
    await page.getByTestId('linkchart-path-run').click();
    const found = page.getByTestId('linkchart-paths');
    await expect(found).toBeVisible();
    expect(Number(await found.getAttribute('data-count'))).toBeGreaterThanOrEqual(3);
    const viaShell = page
      .getByTestId('linkchart-path-item')
      .filter({ hasText: 'Adriatic Art Holdings Ltd' });
    await expect(viaShell.first()).toBeVisible();
    const all = Number(await panel.getAttribute('data-highlighted'));
    expect(all).toBeGreaterThan(0);
    await viaShell.first().click();
    await expect
      .poll(async () => Number(await panel.getAttribute('data-highlighted')))
      .toBeLessThan(all);
    await scrollToChart(page);
    await page.screenshot({ path: path.join(SHOTS, 'linkchart-path.png') });
    await page.getByTestId('linkchart-paths-clear').click();
    await expect(panel).toHaveAttribute('data-highlighted', '0');

    // A payment link, clicked on the chart: its payments, first by date.
    const buyerAcct = `account:${m.buyerAcct.id}`;
    const shellAcct = `account:${m.shellAcct.id}`;
    const link = `pay|${m.kase.id}|${buyerAcct}|${shellAcct}|EUR`;
    await page.getByTestId('linkchart-canvas').focus();
    await page.keyboard.press('0');
    const at = await pointOf(page, link);
    await page.mouse.click(at.x, at.y);
    const details = page.getByTestId('linkchart-details');
    await expect(details).toHaveAttribute('data-kind', 'payment');
    await expect(page.getByTestId('linkchart-details-total')).toHaveText('65,000.50 EUR');
    await expect(page.getByTestId('linkchart-payment')).toHaveCount(2);
    await expect(page.getByTestId('linkchart-payment').first()).toContainText('INV 2025/17');

    // Expand the shell company: its account in the other case comes in, marked with that case.
    await choose(page, 'linkchart-find', 'Adriatic Art Holdings Ltd · Organisation');
    await expect(details).toHaveAttribute('data-id', `party:${m.shell.id}`);
    await page.getByTestId('linkchart-expand').click();
    await expect(panel).toHaveAttribute('data-nodes', String(nodes + 1));
    await choose(
      page,
      'linkchart-find',
      'CH93 0076 2011 6238 5295 7 · Bank account [ITCG-2026-0202]',
    );
    await expect(page.getByTestId('linkchart-details-other-case')).toHaveText(
      'From case ITCG-2026-0202',
    );

    // Filters: only payment links of at least 50,000.
    await page.getByTestId('linkchart-filter-min').fill('50000');
    await page.getByTestId('linkchart-filter-min').press('Enter');
    await expect(page).toHaveURL(/min=50000/);
    await expect
      .poll(async () => Number(await panel.getAttribute('data-nodes')), { timeout: 20_000 })
      .toBeLessThan(nodes);
    await expect(panel).toHaveAttribute('data-state', 'ready');
    // Only payment links of at least 50,000 (and the case's own parties) are left.
    await expect(page.getByTestId('linkchart-counts')).toContainText('6 payments');
    await page.getByTestId('linkchart-filters-clear').click();
    await expect(panel).toHaveAttribute('data-nodes', String(nodes));

    // Export: a PNG and an SVG of the whole chart, downloaded.
    await expect(panel).toHaveAttribute('data-state', 'ready');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('linkchart-export-png').click(),
    ]);
    expect(png.suggestedFilename()).toBe('ITCG-2026-0201-link-chart.png');
    const pngFile = path.join(SHOTS, 'linkchart-export.png');
    await png.saveAs(pngFile);
    expect(fs.readFileSync(pngFile).subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('linkchart-export-svg').click(),
    ]);
    expect(svg.suggestedFilename()).toBe('ITCG-2026-0201-link-chart.svg');
    const svgFile = path.join(SHOTS, 'linkchart-export.svg');
    await svg.saveAs(svgFile);
    const svgText = fs.readFileSync(svgFile, 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('Adriatic Art Holdings');

    // The structuring finding, from the findings list to the chart: the deposits highlighted.
    await page.getByTestId('case-tab-findings').click();
    const structuring = page.locator(
      '[data-testid="finding-card"][data-rule="finance.structuring"]',
    );
    await expect(structuring.first()).toBeVisible();
    await structuring.first().getByTestId('finding-on-chart').click();
    await expect(page).toHaveURL(/\/links\?finding=finance\.structuring/);
    await expect(panel).toHaveAttribute('data-state', 'ready');
    const banner = page.getByTestId('linkchart-finding');
    await expect(banner).toHaveAttribute('data-status', 'ready');
    await expect(page.getByTestId('linkchart-finding-title')).toContainText('Structuring');
    await expect
      .poll(async () => Number(await panel.getAttribute('data-highlighted')))
      .toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('toast-success')).toHaveCount(0, { timeout: 15_000 });
    await scrollToChart(page);
    await page.screenshot({ path: path.join(SHOTS, 'linkchart-finding.png') });
    await page.getByTestId('linkchart-finding-close').click();
    await expect(panel).toHaveAttribute('data-highlighted', '0');
  });
});
