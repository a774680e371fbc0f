/**
 * `npm run screenshots`: renders every main screen of the app at 1440×900 into docs/screenshots/,
 * through the same harness as the e2e tests (Debian's Chromium, the built preload, the real IPC
 * handlers) on a realistic demo case file (scripts/demo-case-file.ts).
 *
 *   welcome.png, create.png (strength meter), recovery-key.png, unlock-error.png,
 *   overview-verify.png, settings.png
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { AppHarness, E2E_KDF } from '../tests/e2e/support/app-harness';
import { ensureBuilt, ROOT } from '../tests/e2e/support/build';
import { CHROMIUM_LAUNCH } from '../tests/e2e/support/launch';
import { openThroughUi, screen, submitUnlock, unlockThroughUi } from '../tests/e2e/support/flows';
import { buildDemoCaseFile, DEMO, demoRuntime } from './demo-case-file';

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

    const problems = [...app.pageErrors, ...app.consoleErrors];
    if (problems.length > 0) throw new Error(`the page reported: ${problems.join('; ')}`);
    await context.close();
  } finally {
    await browser.close();
    await app.close();
    fs.rmSync(path.dirname(workDir), { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
