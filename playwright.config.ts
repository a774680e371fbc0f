import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/e2e/support/launch';

/**
 * End-to-end tests of the renderer in Debian's Chromium, through the real built preload and the
 * real IPC handlers (tests/e2e/harness.ts). No browser download: executablePath is the system one.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env['CI'],
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Belgrade',
    serviceWorkers: 'block',
    // `npx playwright test --trace on` records traces when needed; off by default, it is not free.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
