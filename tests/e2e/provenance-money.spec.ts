import type { Locator, Page } from '@playwright/test';
import { buildDemoCaseFile, DEMO } from '../../scripts/demo-case-file';
import type { PaymentView } from '../../src/shared/domain/finance-views';
import type { ProvenanceChain } from '../../src/shared/domain/provenance';
import { test, expect } from './harness';
import { E2E_KDF } from './support/app-harness';
import { invokeOk, openCasesThroughUi, openThroughUi, unlockThroughUi } from './support/flows';

const SHOTS = process.env['CUSTODIA_E2E_SHOTS'] ?? '/tmp';
const [ANA] = DEMO.operators;

/** The demo's painting case and the coin hoard case (REFERENCE: demo case file). */
const PAINTING_CASE = 'ITCG-2024-0112';
const COIN_CASE = 'ITCG-2025-0031';
const FLEA_MARKET = 'Unknown seller, Hrelić flea market';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The last id in the page's address (the case on a case page, the object on an object page). */
const idInUrl = (page: Page) => [...page.url().matchAll(UUID)].at(-1)?.[0] ?? '';

async function openObjectProvenance(page: Page, caseReference: string, exhibit: string) {
  await openCasesThroughUi(page);
  await page.getByTestId('cases-table-row').filter({ hasText: caseReference }).dblclick();
  await page.getByTestId('case-tab-objects').click();
  await page
    .getByTestId('objects-table-row')
    .filter({ has: page.getByTestId('object-row-exhibit').getByText(exhibit, { exact: true }) })
    .dblclick();
  await expect(page.getByTestId('object-exhibit')).toHaveText(exhibit);
  await page.getByTestId('object-tab-provenance').click();
  await expect(page.getByTestId('provenance-chain')).toBeVisible();
}

const eventAt = (page: Page, position: number): Locator =>
  page.locator(`[data-testid="provenance-event"][data-position="${position}"]`);

/** Types into the "Paid by" search and picks the one option that comes back. */
async function citeBySearch(page: Page, text: string, expected: string) {
  const search = page.getByTestId('event-form-payments-add');
  await search.click();
  await search.fill(text);
  const options = page.getByTestId('event-form-payments-option');
  await expect(options).toHaveCount(1);
  await expect(options).toContainText(expected);
  await options.click();
}

test.describe('Issue #6: a provenance sale cites the payments that paid for it', () => {
  test('the demo’s sales show their payments beside the chain; a payment is cited through the form and saved', async ({
    app,
  }) => {
    test.setTimeout(150_000);
    const { page } = app;
    const demo = await buildDemoCaseFile(app.caseFilePath('demo'), { kdfCost: E2E_KDF });
    await app.open();
    await openThroughUi(app, demo.dir);
    await unlockThroughUi(page, ANA.passphrase, ANA.name);

    // 1. P-1, the painting: event 6 (sold to Antikvariat Žolnir for 3,200 EUR) cites the wire.
    await openObjectProvenance(page, PAINTING_CASE, 'P-1');
    const objectId = idInUrl(page);
    const sale = eventAt(page, 6);
    await expect(sale.getByTestId('event-type')).toHaveText('Private sale');
    const salePayment = sale.getByTestId('event-payment');
    await expect(salePayment).toHaveCount(1);
    await expect(salePayment.getByTestId('payment-amount')).toContainText('3,200.00');
    await expect(salePayment).toContainText('Antikvariat Žolnir d.o.o.');
    await expect(salePayment).toContainText('Kovačević d.o.o.');
    await expect(salePayment.getByTestId('payment-method')).toHaveText('Bank transfer');
    await expect(sale.getByTestId('event-price-check')).toHaveAttribute('data-check', 'match');
    // The card links the payment to the case's Money tab.
    const caseId = (await invokeOk<ProvenanceChain>(app, 'provenance:chain', { objectId })).caseId;
    await expect(salePayment.getByTestId('payment-open-money')).toHaveAttribute(
      'href',
      new RegExp(`/case-file/cases/${caseId}/money\\?payment=`),
    );
    // Events that were not paid for (the theft) cite nothing.
    await expect(eventAt(page, 4).getByTestId('event-payments')).toHaveCount(0);
    // The money column beside the chain: one payment, for event 6.
    const money = page.getByTestId('provenance-money');
    await expect(money.getByTestId('money-step')).toHaveCount(1);
    await expect(money.getByTestId('money-step-event')).toHaveText(['event 6 (Private sale)']);

    // 2. Event 5 (the dealer's claimed purchase at the flea market, 600 EUR) cites nothing yet.
    // The unit finds the cash payment in the dealer's books, and a restorer's invoice beside it.
    const cash = await invokeOk<PaymentView>(app, 'payment:add', {
      caseId,
      fields: {
        date: '2024-05-03',
        amount: { amount: '600.00', currency: 'EUR' },
        payer: { partyId: null, name: 'Kovačević d.o.o. (cash book)' },
        beneficiary: { partyId: null, name: FLEA_MARKET },
        method: 'cash',
        reference: 'Blagajna 2024/117',
      },
    });
    await invokeOk<PaymentView>(app, 'payment:add', {
      caseId,
      fields: {
        date: '2024-05-10',
        amount: { amount: '650.00', currency: 'EUR' },
        payer: { partyId: null, name: 'Kovačević d.o.o. (cash book)' },
        beneficiary: { partyId: null, name: 'Restorer Ivić, Zagreb' },
        method: 'cash',
        purpose: 'Cleaning and relining',
      },
    });
    const flea = eventAt(page, 5);
    await expect(flea.getByTestId('event-payments')).toHaveCount(0);
    await flea.getByTestId('event-edit').click();
    const modal = page.getByTestId('event-modal');
    await expect(page.getByTestId('event-form-type')).toBeVisible();
    await expect(page.getByTestId('event-form-payments-none')).toBeVisible();

    // Searching by amount finds the restorer's 650: the form says it is not the price …
    await citeBySearch(page, '650', 'Restorer Ivić');
    await expect(page.getByTestId('event-form-payments-row')).toHaveCount(1);
    const check = page.getByTestId('event-form-price-check');
    await expect(check).toHaveAttribute('data-check', 'differs');
    await expect(check).toContainText('650.00');
    await expect(check).toContainText('600.00');
    // … so it is removed, and the cash payment found by the seller's name instead.
    await page.getByTestId('event-form-payments-remove').click();
    await expect(page.getByTestId('event-form-payments-row')).toHaveCount(0);
    await citeBySearch(page, 'hrelic', FLEA_MARKET);
    await expect(page.getByTestId('event-form-payments-row')).toHaveCount(1);
    await expect(check).toHaveAttribute('data-check', 'match');
    await page.getByTestId('event-form-payments').scrollIntoViewIfNeeded();
    await page.getByRole('dialog').screenshot({ path: `${SHOTS}/provenance-money-form.png` });
    await page.getByTestId('event-form-save').click();
    await expect(modal).toHaveCount(0);

    // Saved: the card shows it, main has it, and the money column lists both payments by date.
    const fleaPayment = flea.getByTestId('event-payment');
    await expect(fleaPayment).toHaveCount(1);
    await expect(fleaPayment).toContainText(FLEA_MARKET);
    await expect(fleaPayment.getByTestId('payment-method')).toHaveText('Cash');
    await expect(flea.getByTestId('event-price-check')).toHaveAttribute('data-check', 'match');
    const chain = await invokeOk<ProvenanceChain>(app, 'provenance:chain', { objectId });
    expect(chain.events.find((e) => e.position === 5)?.payments).toEqual([cash.id]);
    expect(chain.payments[cash.id]?.beneficiary).toBe(FLEA_MARKET);
    await expect(money.getByTestId('money-step')).toHaveCount(2);
    await expect(money.getByTestId('money-step-event')).toHaveText([
      'event 5 (Private sale)',
      'event 6 (Private sale)',
    ]);
    const fromPayment = await invokeOk<PaymentView>(app, 'payment:get', { id: cash.id });
    expect(fromPayment.events).toEqual([
      { id: chain.events[4]?.id, objectId, type: 'private_sale' },
    ]);
    await flea.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/provenance-money-painting-events.png` });
    await money.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/provenance-money-painting.png` });

    // 3. M-2, the coin sold online: the private sale cites the 220 EUR PayPal payment.
    await openObjectProvenance(page, COIN_CASE, 'M-2');
    const coinSale = page
      .getByTestId('provenance-event')
      .filter({ has: page.getByTestId('event-payments') });
    await expect(coinSale).toHaveCount(1);
    await expect(coinSale.getByTestId('event-type')).toHaveText('Private sale');
    const paypal = coinSale.getByTestId('event-payment');
    await expect(paypal.getByTestId('payment-amount')).toContainText('220.00');
    await expect(paypal).toContainText('Collector in Graz');
    await expect(paypal).toContainText('Hadžić, Nermin');
    await expect(paypal.getByTestId('payment-method')).toHaveText('E-wallet');
    await expect(coinSale.getByTestId('event-price-check')).toHaveAttribute('data-check', 'match');
    await expect(page.getByTestId('provenance-money').getByTestId('money-step')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/provenance-money-coin.png` });
  });
});
