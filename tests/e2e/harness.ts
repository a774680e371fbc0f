import { test as base, expect } from '@playwright/test';
import { AppHarness } from './support/app-harness';

export { expect };

export interface HarnessFixtures {
  /** Idle lock after this many ms (shortened for the auto-lock test); undefined = the setting. */
  idleLockMs: number | undefined;
  /** The app loaded in a fresh page, on the real preload and IPC handlers. */
  app: AppHarness;
}

/**
 * Every test gets its own browser context (Playwright's `page`), static server, temp user-data
 * and work folders, AppServices and handlers; all removed afterwards. After the test body the
 * fixture checks what must hold on every screen: no uncaught page error, no console error (a
 * failed load, a CSP violation), no request outside the app's origin, no handler failure the IPC
 * layer had to hide as INTERNAL.
 */
export const test = base.extend<HarnessFixtures>({
  idleLockMs: [undefined, { option: true }],
  app: async ({ page, idleLockMs }, use, testInfo) => {
    const app = await AppHarness.start(idleLockMs === undefined ? {} : { idleLockMs });
    try {
      await app.attach(page);
      await use(app);
      if (app.consoleWarnings.length > 0) {
        await testInfo.attach('console warnings', { body: app.consoleWarnings.join('\n') });
      }
      expect(app.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(app.consoleErrors, 'console errors in the page').toEqual([]);
      expect(app.foreignRequests, 'requests outside the app origin').toEqual([]);
      expect(app.unexpected, 'handlers that failed unexpectedly').toEqual([]);
    } finally {
      await page.close().catch(() => undefined);
      await app.close();
    }
  },
});
