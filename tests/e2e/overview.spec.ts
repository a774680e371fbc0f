import { test, expect } from './harness';
import { buildDemoCaseFile, DEMO } from '../../scripts/demo-case-file';
import { E2E_KDF } from './support/app-harness';
import { openThroughUi, screen, unlockThroughUi } from './support/flows';

const [ANA, MARKO] = DEMO.operators;

test.describe('Overview and Settings of an unlocked case file', () => {
  test('Verify on the Overview runs every check, and every check holds', async ({ app }) => {
    const { page } = app;
    const demo = await buildDemoCaseFile(app.caseFilePath('demo'), { kdfCost: E2E_KDF });
    await app.open();
    await openThroughUi(app, demo.dir);
    // Two operators: the name says who is unlocking.
    await unlockThroughUi(page, MARKO.passphrase, MARKO.name);
    await expect(page.getByTestId('header-operator')).toContainText(MARKO.name);

    await page.getByTestId('overview-verify').click();
    const result = page.getByTestId('verify-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result).toHaveAttribute('data-ok', 'true');
    const checks = result.locator('[data-testid^="verify-check-"]');
    expect(await checks.count()).toBeGreaterThanOrEqual(3);
    for (const check of await checks.all()) {
      await expect(check).toHaveAttribute('data-ok', 'true');
    }
    await expect(result.locator('[data-first-problem]')).toHaveCount(0);
    // The same report as the core gives, check by check.
    const names = await checks.evaluateAll((els) =>
      els.map((e) => (e as unknown as { dataset: { testid: string } }).dataset.testid),
    );
    const report = await app.invokeAs(`${app.origin}/index.html`, 'casefile:verify', {});
    expect(report).toMatchObject({ ok: true, value: { ok: true } });
    const expected = (report as { value: { checks: { name: string }[] } }).value.checks.map(
      (c) => `verify-check-${c.name}`,
    );
    expect(names).toEqual(expected);
    // Progress events reached the window while it ran.
    expect(app.events.some((e) => e.event === 'task:progress')).toBe(true);
  });

  test('the outcome of each check is worded in the interface language (Serbian Cyrillic)', async ({
    app,
  }) => {
    const { page } = app;
    const demo = await buildDemoCaseFile(app.caseFilePath('demo-sr'), { kdfCost: E2E_KDF });
    app.services.settings.set({ language: 'sr-Cyrl' });
    await app.open();
    await openThroughUi(app, demo.dir);
    await unlockThroughUi(page, ANA.passphrase, ANA.name);
    await page.getByTestId('overview-verify').click();
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-ok', 'true', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('verify-detail-audit-chain')).toContainText('ланац је неоштећен');
    await expect(page.getByTestId('verify-detail-attachments')).toContainText('SHA-256');
    await expect(page.getByTestId('verify-detail-database')).not.toContainText('pages decrypted');
  });

  test('Settings lists both operators of the case file', async ({ app }) => {
    const { page } = app;
    const demo = await buildDemoCaseFile(app.caseFilePath('demo'), { kdfCost: E2E_KDF });
    await app.open();
    await openThroughUi(app, demo.dir);
    await unlockThroughUi(page, ANA.passphrase, ANA.name);
    await page.getByTestId('nav-settings').click();
    await expect(screen(page, 'settings')).toBeVisible();
    const rows = page.getByTestId('operator-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: ANA.name })).toHaveCount(1);
    await expect(rows.filter({ hasText: MARKO.name })).toHaveCount(1);
  });
});
