import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { createCaseFile } from '../../../src/main/core';
import { E2E_KDF, type AppHarness } from './app-harness';

/** Latin, Cyrillic and diacritics: NFC handling end to end, as in the unit tests. */
export const ANA = {
  name: 'Ana Petrović',
  passphrase: 'Ohridsko jezero — Струга, 1979: čuvaj ključ!',
} as const;
export const NEW_PASSPHRASE = 'Butrint mosaic floor, 4th c. — ëç ruaj çelësin 77';
export const WRONG_PASSPHRASE = 'Ohridsko jezero — Струга, 1979: čuvaj ključ?';

/** 8 groups of 5 characters (Crockford-like alphabet), as the README describes it. */
export const RECOVERY_KEY_SHAPE = /^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$/;

export function screen(page: Page, name: string) {
  return page.getByTestId(`screen-${name}`);
}

/** Welcome → "New case file…" (the dialog answers `file`) → create form → recovery key step. */
export async function createThroughUi(
  app: AppHarness,
  options: { file?: string; operator?: string; passphrase?: string } = {},
): Promise<{ dir: string; recoveryKey: string }> {
  const { page } = app;
  const dir = app.caseFilePath(options.file ?? 'unit-2026');
  const operator = options.operator ?? ANA.name;
  const passphrase = options.passphrase ?? ANA.passphrase;
  app.dialogs.answer('newCaseFile', dir);
  await page.getByTestId('welcome-new').click();
  await expect(screen(page, 'create')).toBeVisible();
  await page.getByTestId('create-operator').fill(operator);
  await page.getByTestId('create-passphrase').fill(passphrase);
  await page.getByTestId('create-passphrase-repeat').fill(passphrase);
  await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('create-submit').click();
  await expect(screen(page, 'recovery-key')).toBeVisible();
  const recoveryKey = await readRecoveryKey(page);
  return { dir, recoveryKey };
}

/** The key as shown: the groups' text, joined with dashes. */
export async function readRecoveryKey(page: Page): Promise<string> {
  const shown = page.getByTestId('recovery-key');
  await expect(shown).toBeVisible();
  const label = (await shown.getAttribute('aria-label')) ?? '';
  const groups = (await shown.innerText()).match(/[0-9A-Z]{5}/g) ?? [];
  expect(groups.join('-'), 'the groups on screen spell the key').toBe(label);
  return label;
}

/** "I have written it down" → Continue → the Overview. */
export async function confirmRecoveryKey(page: Page): Promise<void> {
  await page.getByTestId('recovery-confirm').check();
  await page.getByTestId('recovery-continue').click();
  await expect(screen(page, 'overview')).toBeVisible();
}

export async function lockThroughUi(page: Page): Promise<void> {
  await page.getByTestId('lock-button').click();
  await expect(screen(page, 'unlock')).toBeVisible();
}

/** Fills the unlock form and submits; the caller waits for what should follow. */
export async function submitUnlock(
  page: Page,
  passphrase: string,
  operator?: string,
): Promise<void> {
  await expect(screen(page, 'unlock')).toBeVisible();
  if (operator !== undefined) await page.getByTestId('unlock-operator').fill(operator);
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-submit').click();
}

export async function unlockThroughUi(
  page: Page,
  passphrase: string,
  operator?: string,
): Promise<void> {
  await submitUnlock(page, passphrase, operator);
  await expect(screen(page, 'overview')).toBeVisible();
}

/** Welcome → "Open case file…" (the dialog answers `dir`) → the unlock screen. */
export async function openThroughUi(app: AppHarness, dir: string): Promise<void> {
  app.dialogs.answer('openCaseFile', dir);
  await app.page.getByTestId('welcome-open').click();
  await expect(screen(app.page, 'unlock')).toBeVisible();
}

/** A case file made with the core API (not the UI), locked, in the harness's work dir. */
export async function caseFileOnDisk(
  app: AppHarness,
  file = 'prepared',
  operator: { name: string; passphrase: string } = ANA,
): Promise<string> {
  const dir = app.caseFilePath(file);
  const { session } = await createCaseFile(dir, {
    operatorName: operator.name,
    passphrase: operator.passphrase,
    kdfCost: E2E_KDF,
  });
  session.lock();
  return dir;
}

/** Every file under `dir` (database, WAL, SHM, keys.json…) with its bytes. */
export function snapshotFolder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

export function expectSameFolder(before: Map<string, Buffer>, after: Map<string, Buffer>): void {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) {
    expect(after.get(name)?.equals(bytes), `${name} changed`).toBe(true);
  }
}

/** Sidebar → Cases: the list of the case file's cases. */
export async function openCasesThroughUi(page: Page): Promise<void> {
  await page.getByTestId('nav-cases').click();
  await expect(screen(page, 'cases')).toBeVisible();
}

/** Picks the option labelled `label` in the Select or MultiSelect whose input is `testId`. */
export async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** Cases → "New case" → reference, title, opened on → save: the new case's page. */
export async function createCaseThroughUi(
  page: Page,
  fields: { reference: string; title: string; openedOn?: string },
): Promise<void> {
  await page.getByTestId('cases-new').click();
  await expect(page.getByTestId('case-form')).toBeVisible();
  await page.getByTestId('case-form-reference').fill(fields.reference);
  await page.getByTestId('case-form-title').fill(fields.title);
  if (fields.openedOn) await page.getByTestId('case-form-openedOn').fill(fields.openedOn);
  await page.getByTestId('case-form-save').click();
  await expect(page.getByTestId('case-title')).toHaveText(fields.title);
}

/** Calls a channel as the app's window would and returns its value; any error fails the test. */
export async function invokeOk<T = { id: string; version: number }>(
  app: AppHarness,
  channel: string,
  input: unknown,
): Promise<T> {
  const result = (await app.invokeAs(app.url, channel, input)) as {
    ok: boolean;
    value?: T;
    error?: unknown;
  };
  if (!result.ok || result.value === undefined) {
    throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

/** Types `text` into the PartyPicker `testId` and picks the party offered as `name`. */
export async function pickParty(page: Page, testId: string, text: string, name: string) {
  await page.getByTestId(testId).fill(text);
  await page.getByRole('option', { name, exact: true }).click();
  await expect(page.getByTestId(testId)).toHaveValue(name);
}
