import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium (never a downloaded one), with the flags of the architecture's harness section. */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: process.env['CUSTODIA_E2E_CHROMIUM'] ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
