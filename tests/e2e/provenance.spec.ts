import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import type { AppHarness } from './support/app-harness';
import { confirmRecoveryKey, createThroughUi, invokeOk, pickOption } from './support/flows';

/** A case, its seizure, a marble head and an export licence assessed as forged, through the core. */
async function caseWithHead(app: AppHarness) {
  const kase = await invokeOk(app, 'case:create', {
    fields: {
      reference: 'KU-2026/058',
      title: 'Mermerna glava iz Viminacijuma na aukciji',
      openedOn: '2026-02-02',
    },
  });
  const seizure = await invokeOk(app, 'seizure:create', {
    caseId: kase.id,
    fields: {
      reference: 'ZP-23/26',
      seizedAt: '2026-02-03T10:00',
      legalBasis: 'search-warrant',
      authority: 'PU Požarevac',
    },
  });
  const head = await invokeOk(app, 'object:create', {
    caseId: kase.id,
    fields: {
      exhibitNumber: 'P-7',
      typeL1: 'archaeological',
      typeL2: 'archaeological.sculpture',
      title: 'Mermerna glava žene',
      seizureId: seizure.id,
    },
  });
  const licence = await invokeOk(app, 'document:record', {
    caseId: kase.id,
    fields: {
      type: 'export-licence',
      title: 'Izvozna dozvola 44/1999',
      number: '44/1999',
      objectIds: [head.id],
      assessment: {
        status: 'forged',
        reason: 'The issuing office has no record of licence 44/1999.',
        by: 'Ana Petrović',
        on: '2026-02-10',
      },
    },
  });
  return { kase, head, licence };
}

/** Fills the event form (already open) and saves it. */
async function fillEvent(
  page: Page,
  e: {
    type: string;
    date: string;
    from?: string;
    to?: string;
    agent?: string;
    agentRole?: string;
    place?: string;
    direct: boolean;
    amount?: string;
    lot?: string;
    certainty?: string;
    source?: { name: string; page: string };
  },
) {
  await pickOption(page, 'event-form-type', e.type);
  await page.getByTestId('event-form-date').fill(e.date);
  if (e.from) await page.getByTestId('event-form-fromParty-name').fill(e.from);
  if (e.to) await page.getByTestId('event-form-toParty-name').fill(e.to);
  if (e.agent) await page.getByTestId('event-form-agent-name').fill(e.agent);
  if (e.agentRole) await pickOption(page, 'event-form-agentRole', e.agentRole);
  if (e.place) await page.getByTestId('event-form-place-address').fill(e.place);
  if (e.certainty) await pickOption(page, 'event-form-certainty', e.certainty);
  const direct = page.getByTestId('event-form-directTransfer');
  if (e.direct) await direct.check();
  else await direct.uncheck();
  if (e.amount) await page.getByTestId('event-form-price-amount').fill(e.amount);
  if (e.lot) await page.getByTestId('event-form-lotNumber').fill(e.lot);
  if (e.source) {
    await page.getByTestId('event-form-sources-add').click();
    await page.getByRole('option', { name: e.source.name }).click();
    await page.getByTestId('event-form-sources-page').fill(e.source.page);
  }
  await page.getByTestId('event-form-save').click();
  await expect(page.getByTestId('event-modal')).toHaveCount(0);
}

test.describe('Provenance, through the UI', () => {
  test('record a chain with a gap across 1970, read its dates, reorder it, see the AAM line, add a claim', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const { head } = await caseWithHead(app);
    await page.goto(`${app.url}#/case-file/objects/${head.id}/provenance`);
    await expect(page.getByTestId('object-tab-panel-provenance')).toBeVisible();
    await expect(page.getByTestId('provenance-empty')).toBeVisible();
    await expect(page.getByTestId('claims-empty')).toBeVisible();

    // 1. A chance find "oko 1965.": the preview reads it as 1960–1970 before anything is saved.
    await page.getByTestId('provenance-add').click();
    const preview = page.getByTestId('event-form-date-preview');
    await expect(preview).toHaveAttribute('data-state', 'empty');
    await page.getByTestId('event-form-date').fill('negdje šezdesetih');
    await expect(preview).toHaveAttribute('data-state', 'failed');
    await expect(preview).toContainText('Not understood');
    // Saved anyway, main refuses it on the date field and nothing is stored.
    await pickOption(page, 'event-form-type', 'Chance find');
    await page.getByTestId('event-form-save').click();
    await expect(page.getByTestId('event-form-date')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('event-modal')).toContainText('the date could not be read');
    await expect(page.getByTestId('event-form-date')).toBeFocused();
    await page.getByTestId('event-form-date').fill('oko 1965.');
    await expect(preview).toHaveAttribute('data-state', 'read');
    await expect(page.getByTestId('event-form-date-preview-botb')).toHaveAttribute(
      'data-value',
      '1960-01-01',
    );
    await expect(page.getByTestId('event-form-date-preview-eote')).toHaveAttribute(
      'data-value',
      '1970-12-31',
    );
    await expect(preview).toContainText('approximate');
    await fillEvent(page, {
      type: 'Chance find',
      date: 'oko 1965.',
      to: 'Dragan Ilić',
      place: 'Stari Kostolac',
      certainty: 'Claimed by the holder',
      direct: false,
    });
    const events = page.getByTestId('provenance-event');
    await expect(events).toHaveCount(1);
    await expect(events.first().getByTestId('event-date')).toContainText('oko 1965.');
    await expect(events.first().getByTestId('span-read')).toHaveText('1965 (±5)');

    // 2. Bought at auction "after May 2011" (added before the sale that preceded it).
    await page.getByTestId('provenance-add').click();
    await page.getByTestId('event-form-date').fill('after May 2011');
    await expect(page.getByTestId('event-form-date-preview-botb')).toHaveAttribute(
      'data-value',
      '2011-06-01',
    );
    await expect(page.getByTestId('event-form-date-preview-eote')).toHaveText('open');
    await fillEvent(page, {
      type: 'Purchase at auction',
      date: 'after May 2011',
      from: 'Galerie Antika',
      to: 'Hans Berger',
      agent: 'Auktionshaus Kunstkammer',
      agentRole: 'auction house',
      amount: '18500',
      lot: '214',
      direct: true,
    });

    // 3. Sold in 1999 on a forged export licence, with nothing linking it to the find: a gap.
    await page.getByTestId('provenance-add').click();
    await fillEvent(page, {
      type: 'Sale',
      date: '12.03.1999',
      from: 'Dragan Ilić',
      to: 'Galerie Antika',
      place: 'Beč',
      direct: false,
      source: { name: 'Izvozna dozvola 44/1999', page: 'str. 1' },
    });
    await expect(events).toHaveCount(3);
    await expect(page.getByTestId('provenance-count')).toHaveText('3 events');
    // Entered in the wrong order: the sale (1999) comes after the auction (2011) it preceded.
    await expect(events.nth(1).getByTestId('event-order-warning')).toContainText(
      'Dated after event 3',
    );
    await expect(events.nth(2).getByTestId('event-order-warning')).toContainText(
      'Dated before event 2',
    );
    await expect(events.nth(2).getByTestId('document-badge')).toHaveAttribute(
      'data-status',
      'forged',
    );

    // Reorder with the button: the sale moves up, the warnings go.
    await events.nth(2).getByTestId('event-move-up').click();
    await expect(events.getByTestId('event-type')).toHaveText([
      'Chance find',
      'Sale',
      'Purchase at auction',
    ]);
    await expect(page.getByTestId('event-order-warning')).toHaveCount(0);
    // Between the find and the sale a gap; between the sale and the auction a direct link.
    const chain = page.getByTestId('provenance-chain');
    await expect(chain.getByTestId('chain-gap')).toHaveCount(1);
    await expect(chain.getByTestId('chain-link')).toHaveCount(1);
    const connectors = chain.locator('> [data-testid^="chain-"]');
    await expect(connectors).toHaveCount(2);
    await expect(connectors.first()).toHaveAttribute('data-testid', 'chain-gap');

    // And back and forth with the keyboard, the focus staying on the moved event.
    await events.nth(1).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(events.getByTestId('event-type')).toHaveText([
      'Chance find',
      'Purchase at auction',
      'Sale',
    ]);
    await expect(events.nth(2)).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(events.getByTestId('event-type')).toHaveText([
      'Chance find',
      'Sale',
      'Purchase at auction',
    ]);

    // The AAM line: a full stop for the gap, a semicolon for the direct transfer, the auction
    // house in parentheses, the holder's own claim in words.
    const line = page.getByTestId('aam-line');
    const segments = line.getByTestId('aam-segment');
    await expect(segments.first()).toHaveAttribute('data-end', '.');
    await expect(line).toContainText('(Auktionshaus Kunstkammer');
    await expect(line).toContainText('Dragan Ilić');
    const text = (await line.getAttribute('data-text')) ?? '';
    expect(text).toMatch(/Stari Kostolac, oko 1965\. /);
    expect(text).toContain(';');
    expect(text.trim().endsWith('.')).toBe(true);
    await expect(page.getByTestId('aam-legend')).toContainText('direct transfer');

    // Edit: the stored values come back in the form.
    await events.nth(1).getByTestId('event-edit').click();
    await expect(page.getByTestId('event-form-date')).toHaveValue('12.03.1999');
    await expect(page.getByTestId('event-form-directTransfer')).not.toBeChecked();
    await expect(page.getByTestId('event-form-date-preview-label')).toHaveText('1999-03-12');
    await page.screenshot({ path: '/tmp/provenance-event-form.png' });
    await page.getByTestId('event-form-price-amount').fill('2400');
    await page.getByTestId('event-form-save').click();
    await expect(page.getByTestId('event-modal')).toHaveCount(0);
    await expect(events.nth(1).getByTestId('event-sale')).toContainText('2,400');

    // A claim of the State of origin beside the chain.
    await page.getByTestId('claims-add').click();
    await page.getByTestId('claim-form-save').click();
    await expect(page.getByTestId('claim-form-basis')).toHaveAttribute('aria-invalid', 'true');
    await page.getByTestId('claim-form-claimant-name').fill('Republika Srbija');
    await pickOption(page, 'claim-form-kind', 'State');
    await page
      .getByTestId('claim-form-basis')
      .fill('Zakon o kulturnim dobrima, čl. 8: arheološki nalazi su svojina države.');
    await page.getByTestId('claim-form-date').fill('12.02.2026');
    await page.getByTestId('claim-form-save').click();
    await expect(page.getByTestId('claim-modal')).toHaveCount(0);
    const claim = page.getByTestId('claim');
    await expect(claim).toHaveCount(1);
    await expect(claim.getByTestId('claim-claimant')).toHaveText('Republika Srbija');
    await expect(claim.getByTestId('claim-status')).toHaveText('Asserted');

    // What the analysis sees of this chain.
    await expect(page.getByTestId('provenance-findings')).toBeVisible();
    await page.screenshot({ path: '/tmp/provenance-tab.png', fullPage: true });

    // Remove the auction purchase (confirmed): two events left.
    await events.nth(2).getByTestId('event-remove').click();
    await page.getByTestId('confirm-ok').click();
    await expect(events).toHaveCount(2);

    // In Serbian Cyrillic the provenance text is written in the interface language.
    app.services.settings.set({ language: 'sr-Cyrl' });
    await page.reload();
    await expect(line).toContainText('oko 1965. Продаја, купац: Galerie Antika');
    await expect(page.getByTestId('aam-legend')).toContainText('непосредан пренос');
    await expect(events.first().getByTestId('event-type')).toHaveText('Случајан налаз');
    await page.screenshot({ path: '/tmp/provenance-sr-Cyrl.png', fullPage: true });
  });
});
