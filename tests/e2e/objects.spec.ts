import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { demoPhoto, type DemoPhotoKind, type PhotoRole } from '../../src/main/core/images';
import { test, expect } from './harness';
import type { AppHarness } from './support/app-harness';
import {
  confirmRecoveryKey,
  createThroughUi,
  invokeOk,
  openCasesThroughUi,
  pickOption,
  screen,
} from './support/flows';

/** A case and a seizure made through the core (their own screens are tested elsewhere). */
async function caseWithSeizure(app: AppHarness) {
  const kase = await invokeOk(app, 'case:create', {
    fields: {
      reference: 'KU-2026/044',
      title: 'Ostava rimskog novca sa Viminacijuma',
      openedOn: '2026-01-10',
    },
  });
  const seizure = await invokeOk(app, 'seizure:create', {
    caseId: kase.id,
    fields: {
      reference: 'ZP-17/26',
      seizedAt: '2026-01-12T09:30',
      legalBasis: 'search-warrant',
      legalBasisReference: 'Kpp 12/26',
      authority: 'PU Požarevac',
    },
  });
  return { kase, seizure };
}

/** Generated JPEGs (EXIF with time and GPS) written where the "open images" dialog finds them. */
async function photoFiles(
  app: AppHarness,
  kind: DemoPhotoKind,
  roles: PhotoRole[],
): Promise<string[]> {
  const files: string[] = [];
  for (const [i, role] of roles.entries()) {
    const file = path.join(app.workDir, `${kind}-${i + 1}.jpg`);
    const bytes = await demoPhoto(kind, {
      seed: 7,
      role,
      takenAt: `2026-01-12T1${i}:15:00+01:00`,
      gps: { lat: 44.7369, lon: 21.1873 },
    });
    fs.writeFileSync(file, bytes);
    files.push(file);
  }
  return files;
}

async function openCaseObjects(page: Page, title: string) {
  await openCasesThroughUi(page);
  await page.getByTestId('cases-table-row').filter({ hasText: title }).dblclick();
  await page.getByTestId('case-tab-objects').click();
  await expect(page.getByTestId('case-tab-panel-objects')).toBeVisible();
}

async function newObject(
  page: Page,
  fields: { exhibit: string; typeL1: string; typeL2?: string; title: string; lot?: number },
) {
  await page.getByTestId('objects-new').click();
  await expect(page.getByTestId('object-new-form')).toBeVisible();
  await page.getByTestId('object-new-exhibitNumber').fill(fields.exhibit);
  await page.getByTestId('object-new-title').fill(fields.title);
  await pickOption(page, 'object-new-typeL1', fields.typeL1);
  if (fields.typeL2) await pickOption(page, 'object-new-typeL2', fields.typeL2);
  if (fields.lot) {
    await page.getByTestId('object-new-isLot').check();
    await page.getByTestId('object-new-lotCount').fill(String(fields.lot));
  }
  await page.getByTestId('object-new-save').click();
  await expect(page.getByTestId('object-form')).toBeVisible();
  await expect(page.getByTestId('object-exhibit')).toHaveText(fields.exhibit);
}

test.describe('Objects, through the UI', () => {
  test('record a seizure’s objects, describe one to Object ID, split its lot, move its legal status, check it', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const { kase } = await caseWithSeizure(app);
    await openCaseObjects(page, 'Ostava rimskog novca');
    await expect(page.getByTestId('objects-empty')).toBeVisible();

    // Three objects of the seizure: the seizure chosen in the filter is the new object's.
    await pickOption(page, 'objects-filter-seizure', 'ZP-17/26');
    await expect(page.getByTestId('objects-new')).toHaveText('New object in this seizure');
    await newObject(page, {
      exhibit: 'P-1',
      typeL1: 'Coins and medals',
      typeL2: 'Coin hoard',
      title: 'Ostava denara',
      lot: 1200,
    });
    await expect(page.getByTestId('object-seizure')).toHaveText('Seizure ZP-17/26');
    await expect(page.getByTestId('object-lot-badge')).toHaveText('Lot of 1,200 items');

    // The full description, with a date range main refuses (earliest after latest) first.
    await page.getByTestId('object-form-measurement-add').click();
    await pickOption(page, 'object-form-measurement-0-dimension', 'Diameter');
    await page.getByTestId('object-form-measurement-0-value').fill('19');
    await pickOption(page, 'object-form-measurement-0-unit', 'mm');
    await page.getByTestId('object-form-materials').fill('srebro');
    await page.getByTestId('object-form-materials').press('Enter');
    await page.getByTestId('object-form-inscription-add').click();
    await page.getByTestId('object-form-inscription-0-text').fill('IMP CAES TRAIANO AVG GER DAC');
    await page.getByTestId('object-form-inscription-0-position').fill('avers, uz obod');
    await page.getByTestId('object-form-inscription-0-script').fill('Latin');
    await page.getByTestId('object-form-dating-earliest').fill('117');
    await page.getByTestId('object-form-dating-latest').fill('98');
    await page.getByTestId('object-form-dating-text').fill('Trajan');
    await page.getByTestId('object-form-unesco-e').check();
    await page.getByTestId('object-form-eu-A').check();
    await pickOption(page, 'object-form-countryOfOrigin', 'Serbia (RS)');
    await page.getByTestId('object-form-valuation-amount').fill('18 000,00');
    await pickOption(page, 'object-form-valuation-currency', 'EUR — Euro');
    await pickOption(page, 'object-form-valuation-basis', 'Expert estimate');
    await page.getByTestId('object-form-distinguishingFeatures').press('Control+Enter');
    const latest = page.getByTestId('object-form-dating-latest');
    await expect(latest).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('object-form-dating')).toContainText(
      'the earliest year is after the latest',
    );
    await expect(latest).toBeFocused();
    await page.getByTestId('object-form-dating-earliest').fill('98');
    await latest.fill('117');
    await page.getByTestId('object-form-dating-text').press('Control+Enter');

    const read = page.getByTestId('object-read-view');
    await expect(read).toBeVisible();
    await expect(page.getByTestId('object-field-measurements')).toContainText('Diameter 19 mm');
    await expect(page.getByTestId('object-field-inscriptions')).toContainText(
      'IMP CAES TRAIANO AVG GER DAC',
    );
    await expect(page.getByTestId('object-field-dating')).toHaveText('Trajan · AD 98 – AD 117');
    await expect(page.getByTestId('object-field-valuation')).toContainText('€18,000.00');
    await expect(page.getByTestId('object-field-unesco1970')).toContainText('(e) Antiquities');

    // Someone else saves in between: the form says so, and Reload shows their version.
    const current = await invokeOk<{ record: { id: string; version: number } & object }>(
      app,
      'object:get',
      { id: await objectIdOnPage(page) },
    );
    await page.getByTestId('object-edit').click();
    await page.getByTestId('object-form-maker').fill('Kovnica u Rimu');
    await invokeOk(app, 'object:update', {
      id: current.record.id,
      version: current.record.version,
      fields: { ...stripMeta(current.record), subject: 'Car Trajan, poprsje' },
    });
    await page.getByTestId('object-form-save').click();
    await expect(page.getByTestId('edit-conflict')).toBeVisible();
    await page.getByTestId('edit-conflict-reload').click();
    await expect(page.getByTestId('edit-conflict')).toHaveCount(0);
    await expect(page.getByTestId('object-form-subject')).toHaveValue('Car Trajan, poprsje');
    await page.getByTestId('object-form-maker').fill('Kovnica u Rimu');
    await page.getByTestId('object-form-save').click();
    await expect(read).toContainText('Kovnica u Rimu');
    await expect(read).toContainText('Car Trajan, poprsje');

    // Items described out of the lot, numbered after it.
    await page.getByTestId('object-tab-lot').click();
    await expect(page.getByTestId('lot-described')).toHaveText(
      '0 of 1,200 described one by one; 1,200 left',
    );
    await page.getByTestId('lot-split').click();
    await page.getByTestId('lot-split-count').fill('2');
    await page.getByTestId('lot-split-save').click();
    await expect(page.getByTestId('lot-item')).toHaveCount(2);
    await expect(page.getByTestId('lot-items')).toContainText('P-1/1');
    await expect(page.getByTestId('lot-items')).toContainText('P-1/2');
    await expect(page.getByTestId('lot-described')).toHaveText(
      '2 of 1,200 described one by one; 1,198 left',
    );

    // Legal status: only the moves allowed from "seized" are offered.
    await page.getByTestId('object-tab-legal').click();
    await page.getByTestId('legal-change').click();
    await page.getByTestId('legal-modal-to').click();
    await expect(page.getByRole('option')).toHaveText([
      'Frozen',
      'Confiscated',
      'Returned to the owner or holder',
      'Restituted to the State of origin',
      'Released from seizure',
    ]);
    await page.getByRole('option', { name: 'Frozen', exact: true }).click();
    await page.getByTestId('legal-modal-on').fill('2026-01-20');
    await page.getByTestId('legal-modal-reference').fill('Kpp 12/26-3');
    await page.getByTestId('legal-modal-save').click();
    await expect(page.getByTestId('legal-history-entry')).toHaveCount(2);
    await expect(page.getByTestId('legal-history-entry').first()).toContainText('Kpp 12/26-3');
    await expect(page.getByTestId('object-legal-status').first()).toHaveAttribute(
      'data-status',
      'frozen',
    );

    // A database check without a hit, and the reminder that comes with it.
    await page.getByTestId('object-tab-checks').click();
    await expect(page.getByTestId('checks-empty')).toBeVisible();
    await expect(page.getByTestId('checks-no-hit-notice')).toHaveCount(0);
    await page.getByTestId('checks-add').click();
    await expect(page.getByTestId('checks-no-hit-notice')).toBeVisible();
    await pickOption(page, 'check-form-database', 'INTERPOL Stolen Works of Art');
    await page.getByTestId('check-form-checkedBy').fill('Ana Petrović');
    await page.getByTestId('check-form-query').fill('denarius Traianus hoard');
    await page.getByTestId('check-form-reference').fill('SWOA-2026-00117');
    await page.getByTestId('check-form-save').click();
    await expect(page.getByTestId('check-modal')).toHaveCount(0);
    await expect(page.getByTestId('check-row')).toHaveCount(1);
    await expect(page.getByTestId('check-result')).toHaveText('No hit');
    await expect(page.getByTestId('checks-no-hit-notice')).toContainText(
      'never proves a licit origin',
    );

    // Two more objects; the list pages through main and opens with the keyboard.
    await page.getByTestId('object-case-link').click();
    await expect(page.getByTestId('case-tab-panel-objects')).toBeVisible();
    await newObject(page, {
      exhibit: 'P-2',
      typeL1: 'Religious object',
      typeL2: 'Icon',
      title: 'Ikona Sv. Nikole',
    });
    await page.getByTestId('object-case-link').click();
    await newObject(page, {
      exhibit: 'P-10',
      typeL1: 'Archaeological object',
      typeL2: 'Sculpture, statue',
      title: 'Mermerna glava',
    });
    await page.getByTestId('object-case-link').click();
    const rows = page.getByTestId('objects-table-row');
    await expect(rows).toHaveCount(5);
    await expect(page.getByTestId('objects-count')).toHaveText('5 objects');
    await expect(rows.getByTestId('object-row-exhibit')).toHaveText([
      'P-1',
      'P-1/1',
      'P-1/2',
      'P-2',
      'P-10',
    ]);
    await pickOption(page, 'objects-filter-type', 'Religious object');
    await expect(rows).toHaveCount(1);
    await page.getByTestId('objects-filters-clear').click();
    await expect(rows).toHaveCount(5);
    await page.getByRole('grid', { name: 'Objects' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('object-exhibit')).toHaveText('P-1/1');

    // The sidebar's Objects area starts with the case last opened.
    await page.getByTestId('nav-objects').click();
    await expect(screen(page, 'objects')).toBeVisible();
    await expect(page.getByTestId('objects-case-link')).toHaveText('KU-2026/044');
    await expect(rows).toHaveCount(5);
    expect(kase.id).toBeTruthy();
  });

  test('keep the chain of custody: entries by action, a refused entry, a correction', async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const { kase, seizure } = await caseWithSeizure(app);
    const object = await invokeOk(app, 'object:create', {
      caseId: kase.id,
      fields: {
        exhibitNumber: 'P-2',
        typeL1: 'religious',
        typeL2: 'religious.icon',
        seizureId: seizure.id,
      },
    });
    await openCaseObjects(page, 'Ostava rimskog novca');
    await page.getByTestId('objects-table-row').first().dblclick();
    await page.getByTestId('object-tab-custody').click();
    await expect(page.getByTestId('custody-empty')).toBeVisible();
    await expect(page.getByTestId('custody-current-none')).toBeVisible();

    const entry = async (
      fields: Partial<Record<'at' | 'to' | 'location' | 'purpose' | 'newSealNumber', string>>,
      action?: string,
      seal?: string,
    ) => {
      if (action) await pickOption(page, 'custody-form-action', action);
      for (const [name, value] of Object.entries(fields)) {
        await page.getByTestId(`custody-form-${name}`).fill(value);
      }
      if (seal) await page.getByTestId('custody-form-sealCheck').getByText(seal).click();
      await page.getByTestId('custody-form-save').click();
    };

    await page.getByTestId('custody-add').click();
    await entry(
      { at: '2026-01-12T10:00', to: 'Insp. Ana Petrović', location: 'Požarevac, Kralja Milana 4' },
      'Collected (seized)',
    );
    await page.getByTestId('custody-add').click();
    await entry({ at: '2026-01-12T11:30', newSealNumber: 'PU-PO 004512' }, 'Packaged and sealed');
    // A transfer without its recipient is refused by main, on the field.
    await page.getByTestId('custody-add').click();
    await pickOption(page, 'custody-form-action', 'Transferred');
    await page.getByTestId('custody-form-at').fill('2026-01-13T08:00');
    await page.getByTestId('custody-form-from').fill('');
    await page.getByTestId('custody-form-save').click();
    const to = page.getByTestId('custody-form-to');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('custody-modal')).toContainText(
      'a transfer needs the person or place it goes to',
    );
    await entry(
      {
        to: 'Narodni muzej Srbije, konzervatorska radionica',
        location: 'Beograd, Trg Republike 1a',
        purpose: 'Vještačenje autentičnosti',
      },
      undefined,
      'Seal intact',
    );
    const entries = page.getByTestId('custody-entry');
    await expect(entries).toHaveCount(3);
    await expect(page.getByTestId('custody-current-custodian')).toHaveText(
      'Narodni muzej Srbije, konzervatorska radionica',
    );
    await expect(page.getByTestId('custody-current-seal')).toHaveText('PU-PO 004512');

    // Entry 2 had the wrong seal number: a correction, the old entry struck through.
    await entries.nth(1).getByTestId('custody-correct').click();
    await expect(page.getByTestId('custody-correct-notice')).toContainText('Entry #2 stays');
    await expect(page.getByTestId('custody-form-newSealNumber')).toHaveValue('PU-PO 004512');
    await page.getByTestId('custody-form-newSealNumber').fill('PU-PO 004521');
    await page.getByTestId('custody-form-save').click();
    await expect(entries).toHaveCount(4);
    const corrected = page.locator('[data-testid="custody-entry"][data-corrected]');
    await expect(corrected).toHaveCount(1);
    await expect(corrected.getByTestId('custody-corrected-by')).toHaveText('Corrected by entry #4');
    await expect(corrected.getByTestId('custody-correct')).toHaveCount(0);
    await expect(page.getByTestId('custody-corrects')).toHaveText('Corrects entry #2');
    await expect(page.getByTestId('custody-current-seal')).toHaveText('PU-PO 004521');
    const view = await invokeOk<{ custody: { entries: unknown[] } }>(app, 'object:get', {
      id: object.id,
    });
    expect(view.custody.entries).toHaveLength(4);
  });

  test('add photos with progress, caption and reorder them, zoom in the viewer, compare two', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const { kase, seizure } = await caseWithSeizure(app);
    const coin = await invokeOk(app, 'object:create', {
      caseId: kase.id,
      fields: {
        exhibitNumber: 'P-1/1',
        typeL1: 'coins',
        typeL2: 'coins.coin',
        title: 'Denar Trajana',
        seizureId: seizure.id,
      },
    });
    const other = await invokeOk(app, 'object:create', {
      caseId: kase.id,
      fields: {
        exhibitNumber: 'P-1/2',
        typeL1: 'coins',
        typeL2: 'coins.coin',
        title: 'Denar Hadrijana',
      },
    });
    const [otherPhoto] = await photoFiles(app, 'coin', ['overall']);
    // Main adds only files picked in its dialog: picked as the window would, then added.
    app.dialogs.answer('openImages', otherPhoto ?? '');
    await invokeOk(app, 'dialog:open-images', {});
    await invokeOk(app, 'photo:add', { objectId: other.id, path: otherPhoto, role: 'overall' });
    const files = await photoFiles(app, 'coin', ['overall', 'detail', 'scale']);
    const notAnImage = path.join(app.workDir, 'zapisnik.txt');
    fs.writeFileSync(notAnImage, 'Zapisnik o oduzimanju predmeta\n');

    await openCaseObjects(page, 'Ostava rimskog novca');
    await page.getByTestId('objects-table-row').filter({ hasText: 'P-1/1' }).dblclick();
    await page.getByTestId('object-tab-photos').click();
    await expect(page.getByTestId('photos-empty')).toBeVisible();

    // The dialog answers three photos and a text file: the photos are added, the file refused.
    app.dialogs.answer('openImages', [...files, notAnImage].join('\n'));
    await page.getByTestId('photos-add').click();
    const cards = page.getByTestId('photo-card');
    await expect(cards).toHaveCount(3);
    await expect(page.getByTestId('photos-failed')).toContainText('zapisnik.txt');
    await expect(page.getByTestId('object-tab-photos')).toContainText('3');
    await expect(cards.first().getByTestId('photo-card-role')).toHaveText('Overall view');
    await expect(cards.first().getByTestId('photo-card-gps')).toHaveText('44.73690, 21.18730');
    await expect(cards.first().getByTestId('photo-card-taken')).toContainText('12 Jan 2026');

    // A cancelled dialog adds nothing.
    await page.getByTestId('photos-add').click();
    await expect(cards).toHaveCount(3);

    // Caption and role of the third; then it moves to the front and becomes the cover.
    await cards.nth(2).getByTestId('photo-card-edit').click();
    await pickOption(page, 'photo-edit-role', 'With scale');
    await page.getByTestId('photo-edit-caption').fill('Avers s mjerilom');
    await page.getByTestId('photo-edit-save').click();
    await expect(cards.nth(2).getByTestId('photo-card-caption')).toHaveText('Avers s mjerilom');
    await cards.nth(2).getByTestId('photo-card-earlier').click();
    await expect(cards.nth(1).getByTestId('photo-card-caption')).toHaveText('Avers s mjerilom');
    await cards.nth(1).getByTestId('photo-card-earlier').click();
    await expect(cards.first().getByTestId('photo-card-caption')).toHaveText('Avers s mjerilom');
    await expect(cards.first().getByTestId('photo-card-earlier')).toBeDisabled();

    // The viewer: zoom with the buttons and the keyboard, step through, load the original.
    await cards.first().getByTestId('photo-card-open').click();
    const viewer = page.getByTestId('photo-viewer');
    await expect(viewer).toBeVisible();
    await expect(page.getByTestId('photo-viewer-stage')).toHaveAttribute('data-state', 'loaded');
    await expect(page.getByTestId('photo-viewer-caption')).toHaveText('Avers s mjerilom');
    await expect(page.getByTestId('photo-exif-gps')).toHaveText('44.73690, 21.18730');
    await expect(page.getByTestId('photo-viewer-scale')).toHaveText('100 %');
    await page.getByTestId('photo-viewer-zoom-in').click();
    await expect(page.getByTestId('photo-viewer-scale')).toHaveText('150 %');
    await page.keyboard.press('+');
    await expect(page.getByTestId('photo-viewer-scale')).toHaveText('200 %');
    await page.keyboard.press('0');
    await expect(page.getByTestId('photo-viewer-scale')).toHaveText('100 %');
    await page.keyboard.press('ArrowRight');
    await expect(viewer).toHaveAttribute('data-index', '1');
    await expect(page.getByTestId('photo-viewer-position')).toHaveText('Photo 2 of 3');
    await page.getByTestId('photo-viewer-original').click();
    await expect(page.getByTestId('photo-viewer-stage')).toHaveAttribute('data-shown', 'original');

    // Side by side with the other coin, zooming together.
    await page.getByTestId('photo-viewer-compare').click();
    const compare = page.getByTestId('photo-compare');
    await expect(compare).toBeVisible();
    await pickOption(page, 'photo-compare-right-object', 'P-1/2 — Denar Hadrijana');
    await expect(page.getByTestId('photo-compare-left-stage')).toHaveAttribute(
      'data-state',
      'loaded',
    );
    await expect(page.getByTestId('photo-compare-right-stage')).toHaveAttribute(
      'data-state',
      'loaded',
    );
    await page.getByTestId('photo-viewer-zoom-in').click();
    await expect(page.getByTestId('photo-viewer-scale')).toHaveText('150 %');
    await expect.poll(() => stageScale(page, 'photo-compare-right-stage')).toBeCloseTo(1.5, 1);
    await page.keyboard.press('Escape');
    await expect(compare).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(viewer).toHaveCount(0);

    // Removed from the object, the file kept as evidence: the dialog says so.
    await cards.nth(2).getByTestId('photo-card-remove').click();
    await expect(page.getByTestId('confirm-modal')).toContainText('stays in the case file');
    await page.getByTestId('confirm-ok').click();
    await expect(cards).toHaveCount(2);
    const photos = await invokeOk<unknown[]>(app, 'photo:list', { objectId: coin.id });
    expect(photos).toHaveLength(2);

    // After all of it, the case file verifies: audit chain, attachment hashes, database.
    const report = await invokeOk<{ ok: boolean; firstProblem?: string }>(
      app,
      'casefile:verify',
      {},
    );
    expect(report.firstProblem).toBeUndefined();
    expect(report.ok).toBe(true);
  });
});

/** The zoom a stage shows, read from its transformed content. */
async function stageScale(page: Page, testId: string): Promise<number> {
  const transform = await page
    .getByTestId(testId)
    .locator('.react-transform-component')
    .evaluate(
      (content) => (content as unknown as { style: { transform: string } }).style.transform,
    );
  const match = /scale\(([\d.]+)\)/.exec(transform);
  return match ? Number(match[1]) : 1;
}

async function objectIdOnPage(page: Page): Promise<string> {
  return (await screen(page, 'object').getAttribute('data-object-id')) ?? '';
}

function stripMeta(record: object): object {
  const {
    id: _id,
    version: _version,
    createdAt: _c,
    updatedAt: _u,
    caseId: _case,
    legalStatus: _status,
    ...fields
  } = record as Record<string, unknown>;
  return fields;
}
