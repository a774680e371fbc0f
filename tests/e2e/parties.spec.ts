import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './harness';
import {
  confirmRecoveryKey,
  createCaseThroughUi,
  createThroughUi,
  invokeOk,
  openCasesThroughUi,
  pickOption,
  pickParty,
  screen,
} from './support/flows';

test.describe('Parties and seizures, through the UI', () => {
  test('add parties with roles to a case, find them in the directory, edit one', async ({
    app,
  }) => {
    test.slow(); // a long flow on a shared machine
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    // A party already known from an earlier case.
    const earlier = await invokeOk(app, 'case:create', {
      fields: {
        reference: 'KU-2025/090',
        title: 'Novčići iz Viminacijuma',
        openedOn: '2025-09-01',
      },
    });
    const nikola = await invokeOk(app, 'party:create', {
      fields: { kind: 'person', givenNames: 'Nikola', familyName: 'Petrović', flags: ['pep'] },
    });
    await invokeOk(app, 'party:assign-role', {
      caseId: earlier.id,
      partyId: nikola.id,
      role: 'buyer',
    });

    await openCasesThroughUi(page);
    await createCaseThroughUi(page, { reference: 'KU-2026/031', title: 'Ikone iz Peći' });
    await page.getByTestId('case-tab-parties').click();
    await expect(page.getByTestId('case-parties-empty')).toBeVisible();

    // An existing party, found by a Cyrillic query over Latin data.
    await page.getByTestId('case-parties-add').first().click();
    await pickParty(page, 'add-role-party', 'Никола', 'Petrović, Nikola');
    await pickOption(page, 'add-role-role', 'Suspect');
    await page.getByTestId('add-role-note').fill('Ponudio ikonu preko Viber-a');
    await page.getByTestId('add-role-save').click();
    const parties = page.getByTestId('case-party');
    await expect(parties).toHaveCount(1);
    await expect(page.getByTestId('add-role-modal')).toHaveCount(0);
    await expect(parties.first()).toContainText('Petrović, Nikola');
    await expect(parties.first().getByTestId('case-party-role')).toHaveText('Suspect');
    await expect(parties.first().getByTestId('case-party-other-cases')).toContainText(
      'KU-2025/090',
    );

    // A new organisation, created inline.
    await page.getByTestId('case-parties-add').click();
    await page.getByTestId('add-role-mode').getByText('New party').click();
    await page.getByTestId('add-role-kind').getByText('Organisation').click();
    await page.getByTestId('add-role-name').fill('Galerija Antika d.o.o.');
    await pickOption(page, 'add-role-organisationType', 'Gallery');
    await pickOption(page, 'add-role-role', 'Dealer');
    await page.getByTestId('add-role-save').click();
    await expect(parties).toHaveCount(2);
    await expect(page.getByTestId('case-parties')).toContainText('Galerija Antika d.o.o.');
    await expect(page.getByTestId('add-role-modal')).toHaveCount(0);

    // The same role twice is refused on the role field.
    await page.getByTestId('case-parties-add').click();
    await pickParty(page, 'add-role-party', 'galerija', 'Galerija Antika d.o.o.');
    await pickOption(page, 'add-role-role', 'Dealer');
    await page.getByTestId('add-role-save').click();
    await expect(page.getByTestId('add-role-role')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('add-role-form')).toContainText(
      'This party already has this role in this case.',
    );
    await page.getByTestId('add-role-note').press('Escape');
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('add-role-modal')).toHaveCount(0);

    // The directory: both, and a Cyrillic filter.
    await page.getByTestId('nav-parties').click();
    await expect(screen(page, 'parties')).toBeVisible();
    await expect(page.getByTestId('parties-table-row')).toHaveCount(2);
    await page.getByTestId('parties-search').fill('Галерија');
    await expect(page.getByTestId('parties-table-row')).toHaveCount(1);
    await expect(page.getByTestId('parties-table-row')).toContainText('Galerija Antika d.o.o.');
    await page.getByTestId('parties-search').fill('');
    await expect(page.getByTestId('parties-table-row')).toHaveCount(2);
    await page.getByTestId('parties-table-row').filter({ hasText: 'Petrović' }).dblclick();

    // The party page: roles in both cases; main's field error lands on the document row.
    await expect(screen(page, 'party')).toBeVisible();
    await expect(page.getByTestId('party-name')).toHaveText('Nikola Petrović');
    await expect(page.getByTestId('party-case-count')).toHaveText('Appears in 2 cases');
    await expect(page.getByTestId('party-roles-case')).toHaveCount(2);
    await expect(page.getByTestId('party-flag-pep')).toBeVisible();
    await page.getByTestId('party-edit').click();
    await page.getByTestId('party-form-documents-add').click();
    await page.getByTestId('party-form-placeOfBirth').fill('Peć');
    await page.getByTestId('party-form-save').click();
    const number = page.getByTestId('party-form-identityDocuments.0.number');
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('party-form')).toContainText('the document number is missing');
    await expect(number).toBeFocused();
    await number.fill('012345678');
    await page.getByTestId('party-form-save').click();
    await expect(page.getByTestId('party-form-modal')).toHaveCount(0);
    await expect(page.getByTestId('party-field-identityDocuments')).toContainText('012345678');
    await expect(page.getByTestId('party-field-placeOfBirth')).toContainText('Peć');

    // Back in the case: removing a role asks first.
    await page
      .getByTestId('party-roles-case')
      .filter({ hasText: 'KU-2026/031' })
      .getByRole('link')
      .click();
    await expect(page.getByTestId('case-tab-panel-parties')).toBeVisible();
    await parties.filter({ hasText: 'Galerija' }).getByTestId('case-party-role-remove').click();
    await page.getByTestId('confirm-ok').click();
    await expect(parties).toHaveCount(1);
  });

  test('record a seizure with its shipment and customs declaration', async ({ app }) => {
    test.slow(); // a long form on a shared machine
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await invokeOk(app, 'party:create', {
      fields: { kind: 'organisation', name: 'Antiquarius GmbH', organisationType: 'dealer' },
    });
    await openCasesThroughUi(page);
    await createCaseThroughUi(page, { reference: 'KU-2026/044', title: 'Pošiljka kovanica' });
    await page.getByTestId('case-tab-seizures').click();
    await expect(page.getByTestId('seizures-empty')).toBeVisible();
    await page.getByTestId('seizures-add').first().click();

    await page.getByTestId('seizure-form-reference').fill('ZP-44/2026');
    await page.getByTestId('seizure-form-seizedAt').fill('2026-03-02T14:30');
    await page.getByTestId('seizure-form-place.address').fill('Granični prelaz Batrovci');
    await pickOption(page, 'seizure-form-legalBasis', 'Customs control');
    await page.getByTestId('seizure-form-authority').fill('Uprava carina');
    await page.getByTestId('seizure-form-officers').fill('Marko Đorđević');
    await page.getByTestId('seizure-form-officers').press('Enter');
    await page.getByTestId('seizure-form-sealNumbers').fill('PL-0042');
    await page.getByTestId('seizure-form-sealNumbers').press('Enter');

    await page.getByTestId('seizure-form-hasShipment').check();
    await page.getByTestId('seizure-form-shipment.consignor-name').fill('Dragan Jovanović');
    await pickParty(page, 'seizure-form-shipment.consignee-party', 'antiq', 'Antiquarius GmbH');
    await page.getByTestId('seizure-form-shipment.carrier').fill('DHL Express');
    await page.getByTestId('seizure-form-legs-add').click();
    await page.getByTestId('seizure-form-shipment.routeLegs.0.from').fill('Beograd');
    await page.getByTestId('seizure-form-shipment.routeLegs.0.to').fill('München');
    await page.getByTestId('seizure-form-documents-add').click();
    await pickOption(page, 'seizure-form-shipment.transportDocuments.0.kind', 'Air waybill (AWB)');
    await page
      .getByTestId('seizure-form-shipment.transportDocuments.0.number')
      .fill('176-12345675');
    await page.getByTestId('seizure-form-hasDeclaration').check();
    await page.getByTestId('seizure-form-shipment.declaration.hsCode').fill('97A6');
    await page
      .getByTestId('seizure-form-shipment.declaration.declaredDescription')
      .fill('Suveniri, dekorativni predmeti');
    await page.getByTestId('seizure-form-shipment.declaration.declaredValue.amount').fill('150');
    await page.getByTestId('seizure-form-shipment.declaration.assessedValue.amount').fill('45000');
    await expect(page.getByTestId('value-gap')).toHaveAttribute('data-under', 'true');

    // Main refuses the HS code: the message is on that field.
    await page.getByTestId('seizure-form-save').click();
    const hs = page.getByTestId('seizure-form-shipment.declaration.hsCode');
    await expect(hs).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('seizure-form')).toContainText('not an HS/CN code');
    await hs.fill('9706 00 00');
    await page.getByTestId('seizure-form-save').click();

    // The seizure page.
    await expect(screen(page, 'seizure')).toBeVisible();
    await expect(page.getByTestId('seizure-reference')).toHaveText('ZP-44/2026');
    await expect(page.getByTestId('seizure-field-legalBasis')).toContainText('Customs control');
    await expect(page.getByTestId('seizure-field-sealNumbers')).toContainText('PL-0042');
    const shipment = page.getByTestId('seizure-shipment');
    await expect(shipment).toContainText('Dragan Jovanović');
    await expect(shipment.getByRole('link', { name: 'Antiquarius GmbH' })).toBeVisible();
    await expect(page.getByTestId('seizure-route')).toContainText('München');
    await expect(shipment).toContainText('176-12345675');
    await expect(page.getByTestId('seizure-declaration')).toContainText('9706 00 00');
    await expect(page.getByTestId('value-gap')).toHaveAttribute('data-under', 'true');
    await expect(page.getByTestId('value-gap')).toContainText('300');

    // In the case's list of seizures.
    await page.getByTestId('seizure-back').click();
    await expect(page.getByTestId('seizure-row')).toHaveCount(1);
    await expect(page.getByTestId('seizure-row')).toContainText('Granični prelaz Batrovci');
  });

  test('merge a duplicate party, add its names as aliases, then undo the merge', async ({
    app,
  }) => {
    test.slow(); // a long flow on a shared machine
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    const icon = await invokeOk(app, 'case:create', {
      fields: { reference: 'KU-2026/060', title: 'Ikona iz Prizrena', openedOn: '2026-02-01' },
    });
    const coins = await invokeOk(app, 'case:create', {
      fields: { reference: 'KU-2026/061', title: 'Novčići iz Stobija', openedOn: '2026-02-02' },
    });
    const kept = await invokeOk(app, 'party:create', {
      fields: { kind: 'person', givenNames: 'Dragan', familyName: 'Jovanović' },
    });
    const duplicate = await invokeOk(app, 'party:create', {
      fields: { kind: 'person', givenNames: 'Драган', familyName: 'Јовановић' },
    });
    await invokeOk(app, 'party:assign-role', { caseId: icon.id, partyId: kept.id, role: 'dealer' });
    await invokeOk(app, 'party:assign-role', {
      caseId: icon.id,
      partyId: duplicate.id,
      role: 'dealer',
    });
    await invokeOk(app, 'party:assign-role', {
      caseId: coins.id,
      partyId: duplicate.id,
      role: 'buyer',
    });

    await page.goto(`${app.url}#/case-file/parties/${kept.id}`);
    await expect(page.getByTestId('party-case-count')).toHaveText('Appears in 1 case');
    await page.getByTestId('party-merge').click();
    await pickParty(page, 'merge-duplicate', 'jovanov', 'Јовановић, Драган');
    const preview = page.getByTestId('merge-preview');
    await expect(preview).toContainText('1 role moves to this party');
    await expect(preview).toContainText('KU-2026/061');
    await expect(preview).toContainText('1 role this party already has in the same case (removed)');
    await page.getByTestId('merge-confirm').click();
    await expect(page.getByTestId('merge-aliases')).toContainText('Драган Јовановић');
    await page.getByTestId('merge-aliases-add').click();
    await expect(page.getByTestId('merge-modal')).toHaveCount(0);
    await expect(page.getByTestId('party-case-count')).toHaveText('Appears in 2 cases');
    await expect(page.getByTestId('party-field-aliases')).toContainText('Јовановић, Драган');
    await expect(page.getByTestId('party-merged-from')).toContainText('Јовановић, Драган');

    // The merged record says where it lives on, and the merge can be undone from there.
    await page.getByTestId('party-merged-from').getByRole('link').click();
    await expect(page.getByTestId('party-merged-into')).toContainText('Jovanović, Dragan');
    await expect(page.getByTestId('party-edit')).toHaveCount(0);
    await page.getByTestId('party-unmerge').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('party-merged-into')).toHaveCount(0);
    await expect(page.getByTestId('party-case-count')).toHaveText('Appears in 2 cases');
  });

  test('export a case bundle and import it again; a damaged bundle lists its problems', async ({
    app,
  }) => {
    test.slow(); // a long flow on a shared machine
    const { page } = app;
    await app.open();
    await createThroughUi(app);
    await confirmRecoveryKey(page);
    await openCasesThroughUi(page);
    await createCaseThroughUi(page, { reference: 'KU-2026/070', title: 'Mozaik iz Butrinta' });

    // Export from the case page: the case is chosen, files inline.
    const file = path.join(app.workDir, 'KU-2026-070.json');
    app.dialogs.answer('saveBundle', file);
    await page.getByTestId('bundle-export').click();
    await expect(page.getByTestId('bundle-export-cases')).toBeVisible();
    await page.getByTestId('bundle-export-save').click();
    await expect(page.getByTestId('bundle-export-done')).toContainText('Cases: 1');
    await expect(page.getByTestId('bundle-export-file')).toHaveText(file);
    await page.getByTestId('bundle-export-close').click();

    // Importing it into the same case file changes nothing.
    await page.getByTestId('case-back').click();
    app.dialogs.answer('openBundle', file);
    await page.getByTestId('bundle-import').click();
    await expect(page.getByTestId('bundle-import-unchanged')).toContainText('Cases');
    await expect(page.getByTestId('bundle-import-created')).toContainText('Nothing');
    await page.getByTestId('bundle-import-close').click();

    // A damaged copy: every problem with its place in the file.
    const bundle = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      cases: Array<Record<string, unknown>>;
    };
    const damaged = path.join(app.workDir, 'damaged.json');
    const first = bundle.cases[0] ?? {};
    delete first['title'];
    first['openedOn'] = '2026-13-01';
    fs.writeFileSync(damaged, JSON.stringify(bundle));
    app.dialogs.answer('openBundle', damaged);
    await page.getByTestId('bundle-import').click();
    await expect(page.getByTestId('bundle-import-refused')).toContainText('2 problems were found');
    const issues = page.getByTestId('bundle-import-issue');
    await expect(issues).toHaveCount(2);
    await expect(page.getByTestId('bundle-import-issues')).toContainText('cases[0].title');
    await expect(page.getByTestId('bundle-import-issues')).toContainText('cases[0].openedOn');
    await page.getByTestId('bundle-import-close').click();
    await expect(page.getByTestId('cases-table-row')).toHaveCount(1);
  });
});
