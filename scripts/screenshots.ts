/**
 * `npm run screenshots`: renders every main screen of the app at 1440×900 into docs/screenshots/,
 * through the same harness as the e2e tests (Debian's Chromium, the built preload, the real IPC
 * handlers) on a realistic demo case file (scripts/demo-case-file.ts).
 *
 *   welcome.png, create.png (strength meter), recovery-key.png, unlock-error.png,
 *   overview-verify.png, settings.png, cases.png, case-new.png, case.png, case-sr-Cyrl.png,
 *   cases-sr-Cyrl.png, search.png, parties.png, party.png, seizure-shipment.png, objects.png,
 *   object-form.png, custody.png, photo-viewer.png, photo-compare.png, object-sr-Cyrl.png,
 *   custody-sr-Cyrl.png, provenance.png, provenance-event.png, documents.png, document-detail.png,
 *   findings.png, timeline.png, money.png, statement-mapping.png, linkchart.png,
 *   findings-money.png, experts.png, consultation.png, opinions.png, indicators-catalogue.png,
 *   indicators-redlists.png, indicators-risk.png, indicators-suggestions.png, indicators-object.png
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { AppHarness, E2E_KDF } from '../tests/e2e/support/app-harness';
import { ensureBuilt, ROOT } from '../tests/e2e/support/build';
import { CHROMIUM_LAUNCH } from '../tests/e2e/support/launch';
import {
  openThroughUi,
  pickOption,
  screen,
  submitUnlock,
  unlockThroughUi,
} from '../tests/e2e/support/flows';
import { buildDemoCaseFile, DEMO, demoRuntime } from './demo-case-file';
import { shootExperts } from './screenshots-experts';
import { shootIndicators } from './screenshots-indicators';

const OUT = path.join(ROOT, 'docs/screenshots');
const VIEWPORT = { width: 1440, height: 900 };
const [ANA, MARKO] = DEMO.operators;

async function shoot(page: Page, name: string): Promise<void> {
  // Let transitions and fonts settle: wait for every running animation to finish.
  await page.evaluate(async () => {
    const doc = (globalThis as unknown as { document: DocumentLike }).document;
    await doc.fonts.ready;
    await Promise.all(doc.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  console.log(`  ${path.relative(ROOT, file)}`);
}

interface DocumentLike {
  fonts: { ready: Promise<unknown> };
  getAnimations(): { finished: Promise<unknown> }[];
}

async function main(): Promise<void> {
  ensureBuilt();
  fs.mkdirSync(OUT, { recursive: true });
  // A fixed, plausible folder for the case files, so the paths on screen read well and every
  // run renders the same pictures (but for the recovery key, which is random by design).
  const workDir = path.join(os.tmpdir(), 'custodia-screenshots', 'Predmeti');
  fs.rmSync(path.dirname(workDir), { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  const app = await AppHarness.start({ workDir, runtime: demoRuntime('app') });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      locale: 'en-GB',
      timezoneId: 'Europe/Belgrade',
      colorScheme: 'light',
    });
    const page = await context.newPage();
    await app.attach(page);
    const demo = await buildDemoCaseFile(app.caseFilePath('UKP-2026-017 Operacija Ikona'), {
      kdfCost: E2E_KDF,
      photos: true,
    });

    // 1. Welcome, with the demo case file among the recent ones.
    app.services.recent.remember(demo.dir, new Date('2026-03-02T09:15:00Z'));
    await app.open();
    await expect(screen(page, 'welcome')).toBeVisible();
    await shoot(page, 'welcome');

    // 2. Create: operator and passphrase, with the live strength meter.
    const created = app.caseFilePath('jedinica-2026');
    app.dialogs.answer('newCaseFile', created);
    await page.getByTestId('welcome-new').click();
    await expect(screen(page, 'create')).toBeVisible();
    await page.getByTestId('create-operator').fill(ANA.name);
    await page.getByTestId('create-passphrase').fill(ANA.passphrase);
    await page.getByTestId('create-passphrase-repeat').fill(ANA.passphrase);
    await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-ok', 'true');
    await page.getByTestId('create-operator').focus();
    await shoot(page, 'create');

    // 3. The recovery key, shown once.
    await page.getByTestId('create-submit').click();
    await expect(screen(page, 'recovery-key')).toBeVisible();
    await shoot(page, 'recovery-key');
    await page.getByTestId('recovery-confirm').check();
    await page.getByTestId('recovery-continue').click();
    await expect(screen(page, 'overview')).toBeVisible();
    await page.getByTestId('lock-button').click();
    await expect(screen(page, 'unlock')).toBeVisible();

    // 4. Unlock the demo case file with a wrong passphrase: the error in place.
    await page.goto(app.url);
    await page.getByTestId('app-ready').waitFor({ state: 'attached' });
    await openThroughUi(app, demo.dir);
    await submitUnlock(page, 'Stobi mosaic, 4th century — drži ključ 2025', MARKO.name);
    await expect(page.getByTestId('unlock-error')).toBeVisible();
    await shoot(page, 'unlock-error');

    // 5. Overview after a verify run.
    await unlockThroughUi(page, MARKO.passphrase, MARKO.name);
    await page.getByTestId('overview-verify').click();
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-ok', 'true', {
      timeout: 30_000,
    });
    await page.mouse.move(0, VIEWPORT.height - 1);
    await shoot(page, 'overview-verify');

    // 6. Settings: operators, passphrase, preferences.
    await page.getByTestId('nav-settings').click();
    await expect(screen(page, 'settings')).toBeVisible();
    await expect(page.getByTestId('operator-row')).toHaveCount(2);
    await page.mouse.move(0, VIEWPORT.height - 1);
    await shoot(page, 'settings');

    // 7. Cases: the list, the form for a new one, a case page (English, then Serbian Cyrillic).
    const invoke = async (channel: string, input: unknown) => {
      const result = (await app.invokeAs(app.url, channel, input)) as {
        ok: boolean;
        value?: { id: string; version: number };
        error?: unknown;
      };
      if (!result.ok || !result.value)
        throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    await addExtraCases(invoke);
    const cases = demo.demo.cases;
    const featured = cases.find((c) => c.reference === 'ITCG-2025-0044') ?? cases[0];
    if (!featured) throw new Error('the demo case file has no cases');
    await page.getByTestId('nav-cases').click();
    await expect(screen(page, 'cases')).toBeVisible();
    await expect(page.getByTestId('cases-table-row')).toHaveCount(
      cases.length + EXTRA_CASES.length,
    );
    await page.getByTestId('cases-table-row').nth(1).click();
    await page.mouse.move(0, VIEWPORT.height - 1);
    await shoot(page, 'cases');

    await page.keyboard.press('Control+Shift+N');
    await expect(page.getByTestId('case-form-reference')).toHaveValue(/^ITCG-2026-\d{4}$/);
    await page
      .getByTestId('case-form-title')
      .fill('Ikonostas iz crkve Sv. Đorđa — ponuda na internetu');
    await page.getByTestId('case-form-offences').click();
    await page.getByRole('option', { name: 'Placing on the market', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('case-form-leadInvestigator').fill('Marko Đorđević');
    await page.getByTestId('case-form-title').focus();
    await shoot(page, 'case-new');
    await page.getByTestId('case-form-cancel').click();
    await page.getByTestId('confirm-ok').click();
    await expect(page.getByTestId('case-form')).toHaveCount(0);

    await page.goto(`${app.url}#/case-file/cases/${featured.id}`);
    await expect(page.getByTestId('case-history-entry').first()).toBeVisible();
    await page.mouse.move(0, VIEWPORT.height - 1);
    await shoot(page, 'case');

    app.services.settings.set({ language: 'sr-Cyrl' });
    await page.reload();
    await expect(page.getByTestId('case-history-entry').first()).toBeVisible();
    await page.mouse.move(0, VIEWPORT.height - 1);
    await shoot(page, 'case-sr-Cyrl');
    await page.getByTestId('case-back').click();
    await expect(page.getByTestId('cases-table-row')).toHaveCount(
      cases.length + EXTRA_CASES.length,
    );
    await page.mouse.move(0, VIEWPORT.height - 1);
    await shoot(page, 'cases-sr-Cyrl');

    app.services.settings.set({ language: 'en' });
    await shootPartiesAndSearch(app, page);
    await shootObjects(app, page);
    await shootProvenance(app, page);
    await shootDocuments(app, page);
    await shootFindingsAndTimeline(app, page);
    await shootMoney(app, page);
    await shootExperts(app, page, shoot);
    await shootIndicators(app, page, shoot);

    const problems = [...app.pageErrors, ...app.consoleErrors];
    if (problems.length > 0) throw new Error(`the page reported: ${problems.join('; ')}`);
    await context.close();
  } finally {
    await browser.close();
    await app.close();
    fs.rmSync(path.dirname(workDir), { recursive: true, force: true });
  }
}

type Invoke = (channel: string, input: unknown) => Promise<{ id: string; version: number }>;

interface ExtraCase {
  fields: Record<string, unknown>;
  /** Status moves after creation: [to, on, note]. */
  moves?: [string, string, string][];
}

/** A few more cases beside the demo's four, so the list looks like a unit's year of work. */
const EXTRA_CASES: ExtraCase[] = [
  {
    fields: {
      reference: 'ITCG-2026-0003',
      title: 'Икона Богородице Одигитрије — фалсификована извозна дозвола',
      offences: ['nicosia-9', 'fraud-forgery'],
      leadInvestigator: 'Марко Ђорђевић',
      openedOn: '2026-01-19',
      handlingCode: 'H3',
      classification: 'confidential',
    },
  },
  {
    fields: {
      reference: 'ITCG-2025-0060',
      title: 'Sekuestrim i mozaikut nga Butrinti në Durrës',
      offences: ['nicosia-4', 'nicosia-6'],
      leadInvestigator: 'Arben Krasniqi',
      openedOn: '2025-11-18',
      handlingCode: 'H0',
    },
    moves: [['under_investigation', '2025-11-24', '']],
  },
  {
    fields: {
      reference: 'ITCG-2025-0052',
      title: 'Fragmenti fresaka iz Dečana ponuđeni na internetu',
      offences: ['nicosia-10', 'nicosia-8'],
      leadInvestigator: 'Ana Petrović',
      openedOn: '2025-10-02',
    },
    moves: [
      ['under_investigation', '2025-10-06', ''],
      ['closed', '2026-01-30', 'Fragmenti vraćeni manastiru.'],
    ],
  },
  {
    fields: {
      reference: 'ITCG-2025-0019',
      title: 'Pranje novca preko galerije u Sarajevu',
      offences: ['money-laundering', 'organised-crime'],
      leadInvestigator: 'Emina Hodžić',
      openedOn: '2025-06-30',
      handlingCode: 'H2',
      classification: 'confidential',
    },
    moves: [
      ['under_investigation', '2025-07-14', ''],
      ['referred', '2025-12-12', ''],
    ],
  },
  {
    fields: {
      reference: 'ITCG-2024-0087',
      title: 'Rimski novčići u pošiljci kurirske službe',
      offences: ['nicosia-6'],
      leadInvestigator: 'Ivan Horvat',
      openedOn: '2024-10-07',
    },
    moves: [
      ['closed', '2025-03-28', ''],
      ['archived', '2026-02-10', ''],
    ],
  },
];

async function addExtraCases(invoke: Invoke): Promise<void> {
  for (const extra of EXTRA_CASES) {
    let record = await invoke('case:create', { fields: extra.fields });
    for (const [to, on, note] of extra.moves ?? []) {
      record = await invoke('case:change-status', {
        id: record.id,
        version: record.version,
        to,
        on,
        note,
      });
    }
  }
}

/** search.png, parties.png, party.png, seizure-shipment.png: on the demo's parties and seizures. */
async function shootPartiesAndSearch(app: AppHarness, page: Page): Promise<void> {
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await app.invokeAs(app.url, channel, input)) as { ok: boolean; value?: T };
    if (!r.ok || r.value === undefined) throw new Error(`${channel} failed`);
    return r.value;
  };

  // The global search, typed in Cyrillic over Latin data, then all its results.
  await page.goto(`${app.url}#/case-file/overview`);
  await page.reload();
  await expect(screen(page, 'overview')).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.getByTestId('global-search').pressSequentially('батровци');
  await expect(page.getByTestId('global-search-hit').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', 'батровци');
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'search');

  // The directory, then the party that appears in the most cases.
  await page.getByTestId('nav-parties').click();
  await expect(page.getByTestId('parties-table-row').first()).toBeVisible();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'parties');
  const [busiest] = await value<{ id: string }[]>('party:list', {
    sort: 'otherCases',
    direction: 'desc',
  });
  if (!busiest) throw new Error('the demo case file has no parties');
  await page.goto(`${app.url}#/case-file/parties/${busiest.id}`);
  await expect(page.getByTestId('party-roles-case').first()).toBeVisible();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'party');

  // A seizure stopped at the border, with its shipment and customs declaration.
  const cases = await value<{ id: string }[]>('case:list', {});
  for (const c of cases) {
    for (const s of await value<{ id: string }[]>('seizure:list', { caseId: c.id })) {
      const view = await value<{ record: { shipment: unknown } }>('seizure:get', { id: s.id });
      if (!view.record.shipment) continue;
      await page.goto(`${app.url}#/case-file/cases/${c.id}/seizures/${s.id}`);
      await expect(page.getByTestId('seizure-shipment')).toBeVisible();
      // The customs declaration and its value gap, the point of the picture, in view.
      await page
        .getByTestId('seizure-declaration')
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.mouse.move(0, VIEWPORT.height - 1);
      await shoot(page, 'seizure-shipment');
      return;
    }
  }
  throw new Error('the demo case file has no seizure with a shipment');
}

/**
 * objects.png, object-form.png (every Object ID field, a tall window), custody.png,
 * photo-viewer.png, photo-compare.png, object-sr-Cyrl.png, custody-sr-Cyrl.png: on the demo's
 * coin hoard, a lot with its items, photos, checks and a custody log with a correction.
 */
async function shootObjects(app: AppHarness, page: Page): Promise<void> {
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await app.invokeAs(app.url, channel, input)) as { ok: boolean; value?: T };
    if (!r.ok || r.value === undefined) throw new Error(`${channel} failed`);
    return r.value;
  };
  interface Row {
    id: string;
    caseId: string;
    exhibitNumber: string;
    lotCount: number | null;
    photoCount: number;
  }
  let lot: Row | undefined;
  let items: Row[] = [];
  for (const c of await value<{ id: string }[]>('case:list', {})) {
    const { rows } = await value<{ rows: Row[] }>('object:list', { caseId: c.id, limit: 500 });
    lot = rows.find((r) => r.lotCount !== null && r.photoCount > 0);
    items = rows.filter((r) => lot && r.exhibitNumber.startsWith(`${lot.exhibitNumber}/`));
    if (lot && items.length > 1) break;
  }
  const [first, second] = items;
  if (!lot || !first || !second) throw new Error('the demo case file has no photographed lot');
  const tall = async (fn: () => Promise<void>) => {
    const height = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } })
          .document.documentElement.scrollHeight,
    );
    await page.setViewportSize({
      width: VIEWPORT.width,
      height: Math.max(VIEWPORT.height, height),
    });
    try {
      await fn();
    } finally {
      await page.setViewportSize(VIEWPORT);
    }
  };
  const settled = async () => {
    await page.mouse.move(0, VIEWPORT.height - 1);
    await expect(page.locator('[data-state="loading"]')).toHaveCount(0);
  };

  // The case's objects, with their cover photos.
  await page.goto(`${app.url}#/case-file/cases/${lot.caseId}/objects`);
  await page.reload(); // a fresh window: the header's search box empty again
  await expect(page.getByTestId('objects-table-row').first()).toBeVisible();
  await page.getByTestId('objects-table-row').nth(1).click();
  await settled();
  await shoot(page, 'objects');

  // The description form with every Object ID category, in a window tall enough for all.
  await page.goto(`${app.url}#/case-file/objects/${lot.id}?edit=1`);
  await expect(page.getByTestId('object-form')).toBeVisible();
  await page.getByTestId('object-form-exhibitNumber').focus();
  await settled();
  await tall(() => shoot(page, 'object-form'));

  // The chain of custody, with a corrected entry and where the lot is now.
  await page.goto(`${app.url}#/case-file/objects/${lot.id}/custody`);
  await expect(page.getByTestId('custody-entry').first()).toBeVisible();
  await settled();
  await tall(() => shoot(page, 'custody'));

  // The viewer on a coin: zoomed in on the preview, the camera's details beside it.
  await page.goto(`${app.url}#/case-file/objects/${first.id}/photos`);
  await page.getByTestId('photo-card-open').first().click();
  await expect(page.getByTestId('photo-viewer-stage')).toHaveAttribute('data-state', 'loaded');
  await page.getByTestId('photo-viewer-zoom-in').click();
  await expect(page.getByTestId('photo-viewer-scale')).toHaveText('150 %');
  await settled();
  await shoot(page, 'photo-viewer');

  // Two coins of the hoard side by side, zooming together.
  await page.getByTestId('photo-viewer-compare').click();
  await page.getByTestId('photo-compare-right-object').click();
  await page.getByRole('option', { name: new RegExp(`^${second.exhibitNumber} `) }).click();
  await expect(page.getByTestId('photo-compare-right-stage')).toHaveAttribute(
    'data-state',
    'loaded',
  );
  await page.getByTestId('photo-viewer-zoom-in').click();
  await expect(page.getByTestId('photo-viewer-scale')).toHaveText('150 %');
  await settled();
  await shoot(page, 'photo-compare');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // The same lot in Serbian Cyrillic: its description, then its custody.
  app.services.settings.set({ language: 'sr-Cyrl' });
  await page.goto(`${app.url}#/case-file/objects/${lot.id}`);
  await page.reload();
  await expect(page.getByTestId('object-read-view')).toBeVisible();
  await settled();
  await tall(() => shoot(page, 'object-sr-Cyrl'));
  await page.getByTestId('object-tab-custody').click();
  await expect(page.getByTestId('custody-entry').first()).toBeVisible();
  await settled();
  await shoot(page, 'custody-sr-Cyrl');
  app.services.settings.set({ language: 'en' });
}

/**
 * documents.png, document-detail.png: the Documents tab of the case with the most documents, then
 * one document beside it (a forged one when there is one), its hash verified again.
 */
async function shootDocuments(app: AppHarness, page: Page): Promise<void> {
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await app.invokeAs(app.url, channel, input)) as { ok: boolean; value?: T };
    if (!r.ok || r.value === undefined) throw new Error(`${channel} failed`);
    return r.value;
  };
  interface Doc {
    id: string;
    caseId: string;
    assessment: { status: string };
    file: unknown;
  }
  let docs: Doc[] = [];
  for (const c of await value<{ id: string }[]>('case:list', {})) {
    const list = await value<Doc[]>('document:list', { caseId: c.id });
    if (list.length > docs.length) docs = list;
  }
  const [first] = docs;
  if (!first) throw new Error('the demo case file has no documents');
  const shown =
    docs.find((d) => d.assessment.status === 'forged' && d.file) ??
    docs.find((d) => d.file) ??
    first;

  await page.goto(`${app.url}#/case-file/cases/${first.caseId}/documents`);
  await page.reload();
  await expect(page.getByTestId('documents-table-row').first()).toBeVisible();
  await page.getByTestId('documents-table-row').first().click();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'documents');

  await page.goto(`${app.url}#/case-file/cases/${first.caseId}/documents?document=${shown.id}`);
  await expect(page.getByTestId('document-detail-body')).toBeVisible();
  if (shown.file) {
    await page.getByTestId('document-detail-verify').click();
    await expect(page.getByTestId('document-detail-verification')).toBeVisible();
  }
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'document-detail');
}

/**
 * findings.png, timeline.png: the Findings tab of the case with the most findings (the demo's
 * provenance chains trigger every rule), then its timeline with an uncertain item selected.
 */
async function shootFindingsAndTimeline(app: AppHarness, page: Page): Promise<void> {
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await app.invokeAs(app.url, channel, input)) as { ok: boolean; value?: T };
    if (!r.ok || r.value === undefined) throw new Error(`${channel} failed`);
    return r.value;
  };
  let best: { caseId: string; count: number } | null = null;
  for (const c of await value<{ id: string }[]>('case:list', {})) {
    const report = await value<{ findings: unknown[] }>('findings:list', { caseId: c.id });
    if (!best || report.findings.length > best.count) {
      best = { caseId: c.id, count: report.findings.length };
    }
  }
  if (!best || best.count === 0) throw new Error('the demo case file has no findings');

  await page.goto(`${app.url}#/case-file/cases/${best.caseId}/findings`);
  await expect(page.getByTestId('finding-card').first()).toBeVisible();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'findings');

  await page.goto(`${app.url}#/case-file/cases/${best.caseId}/timeline`);
  await expect(page.getByTestId('timeline-item').first()).toBeVisible();
  const uncertain = page.locator('[data-testid="timeline-item"][data-uncertain="true"]');
  if ((await uncertain.count()) > 0) await uncertain.first().click();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'timeline');
}

/**
 * provenance.png, provenance-event.png: the Provenance tab of the demo object with the longest
 * chain (its links and gaps, the provenance text, the claims and findings beside it), then its
 * first dated event in the form, the date read live under the field.
 */
async function shootProvenance(app: AppHarness, page: Page): Promise<void> {
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await app.invokeAs(app.url, channel, input)) as { ok: boolean; value?: T };
    if (!r.ok || r.value === undefined) throw new Error(`${channel} failed`);
    return r.value;
  };
  interface Chain {
    objectId: string;
    events: { id: string; date: string }[];
    claims: unknown[];
  }
  let best: Chain | null = null;
  for (const c of await value<{ id: string }[]>('case:list', {})) {
    const { rows } = await value<{ rows: { id: string }[] }>('object:list', {
      caseId: c.id,
      limit: 500,
    });
    for (const row of rows) {
      const chain = await value<Chain>('provenance:chain', { objectId: row.id });
      const score = (x: Chain) => x.events.length * 10 + x.claims.length;
      if (!best || score(chain) > score(best)) best = chain;
    }
  }
  if (!best || best.events.length === 0) throw new Error('the demo case file has no provenance');

  await page.goto(`${app.url}#/case-file/objects/${best.objectId}/provenance`);
  await page.reload();
  await expect(page.getByTestId('provenance-event').first()).toBeVisible();
  await expect(page.getByTestId('findings-loading')).toHaveCount(0);
  await page.mouse.move(0, VIEWPORT.height - 1);
  const height = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } })
        .document.documentElement.scrollHeight,
  );
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
  try {
    await shoot(page, 'provenance');
  } finally {
    await page.setViewportSize(VIEWPORT);
  }

  const dated = Math.max(
    0,
    best.events.findIndex((e) => e.date.trim() !== ''),
  );
  await page.getByTestId('provenance-event').nth(dated).getByTestId('event-edit').click();
  await expect(page.getByTestId('event-form-date-preview')).toBeVisible();
  await page.getByTestId('event-form-date').focus();
  await shoot(page, 'provenance-event');
  await page.getByTestId('event-form-save').press('Escape');
  await expect(page.getByTestId('event-modal')).toHaveCount(0);
}

/**
 * money.png, statement-mapping.png, linkchart.png, findings-money.png: the transit case's
 * payments with their total, the statement import's mapping screen on a Serbian-format statement
 * with one bad row, its link chart, and the case's money findings.
 */
async function shootMoney(app: AppHarness, page: Page): Promise<void> {
  const cases = (await app.invokeAs(app.url, 'case:list', {})) as {
    ok: boolean;
    value?: { id: string; reference: string }[];
  };
  const transit = cases.value?.find((c) => c.reference === 'ITCG-2026-0007');
  if (!transit) throw new Error('the demo case file has no transit case');

  await page.goto(`${app.url}#/case-file/cases/${transit.id}/money`);
  await expect(page.getByTestId('case-tab-panel-money')).toBeVisible();
  await expect(page.getByTestId('payments-table-row').first()).toBeVisible();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'money');

  const statement = path.join(app.workDir, 'izvod-Kovacevic-2026-02.csv');
  fs.writeFileSync(
    statement,
    [
      'Datum;Iznos;Valuta;Naziv;Račun;Poziv na broj',
      '03.02.2026;-18.500,00;EUR;Kyrenia Heritage Holdings Ltd;CY21002001950000357001234567;CFZ-2025-118',
      '12.02.2026;11.000,00;EUR;Stjepan Kovačević;HR6724020061100483901;Zajam 01/26',
      '14.02.2026;-2.450,00;EUR;HEP d.d.;HR1723600001101234565;Račun 2026-02',
      '30.02.2026;-900,00;EUR;Auto Centar Zagreb;;Servis',
    ].join('\r\n') + '\r\n',
    'utf8',
  );
  await page.getByTestId('money-views').getByText('Statement imports', { exact: true }).click();
  await page.getByTestId('imports-start').click();
  app.dialogs.answer('openStatement', statement);
  await page.getByTestId('statement-choose').click();
  await page.getByTestId('statement-next').click();
  await page.getByTestId('statement-choice-new').check();
  await page.getByTestId('statement-bank').fill('Zagrebačka banka');
  await page.getByTestId('statement-next').click();
  await expect(page.getByTestId('statement-columns')).toBeVisible();
  await pickOption(page, 'mapping-date', 'Datum');
  await pickOption(page, 'mapping-amount', 'Iznos');
  await pickOption(page, 'mapping-counterpartyAccount', 'Račun');
  await pickOption(page, 'mapping-dateFormat', 'DD.MM.YYYY');
  await pickOption(page, 'statement-account', 'HR76 2360 0001 1023 4560 8 — Kovačević d.o.o.');
  await expect(
    page.getByTestId('preview-counts').or(page.getByTestId('mapping-issues')),
  ).toBeVisible();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'statement-mapping');
  await page.keyboard.press('Escape');

  await page.goto(`${app.url}#/case-file/cases/${transit.id}/links`);
  const panel = page.getByTestId('case-tab-panel-links');
  await expect(panel).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await page
    .getByTestId('linkchart-filters')
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'linkchart');

  await page.goto(`${app.url}#/case-file/cases/${transit.id}/findings`);
  await expect(page.getByTestId('finding-card').first()).toBeVisible();
  const finance = page.locator('[data-rule^="finance."]').first();
  await finance.scrollIntoViewIfNeeded();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await shoot(page, 'findings-money');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
