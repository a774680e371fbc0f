import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { registerIpc, type IpcMainLike } from '../../../src/main/ipc/register';
import {
  createAppServices,
  type AppServices,
  type Dialogs,
  type Notifier,
} from '../../../src/main/core/workspace/app-services';
import type { Runtime } from '../../../src/main/core/support/clock';
import { PRELOAD_BUNDLE, RENDERER_DIR, ROOT } from './build';
import { DELIVER_SYMBOL, INVOKE_BINDING, preloadInitScript } from './preload-shim';
import { serveStatic, type StaticServer } from './static-server';

import { TEST_KDF } from '../../helpers/kdf';
import { testVault } from '../../helpers/test-vault';

/** The tests' cheaper scrypt cost, shared with the unit tests. */
export const E2E_KDF = TEST_KDF;

export type DialogKind = keyof Dialogs;

/**
 * The native dialogs, answered from per-kind queues the test fills beforehand. An unanswered
 * dialog behaves like "Cancel" (null) and is recorded, so a test can tell it happened.
 */
export class DialogQueue implements Dialogs {
  readonly #answers = new Map<DialogKind, (string | null)[]>();
  /** Every dialog the app opened, in order, with what it got. */
  readonly shown: { kind: DialogKind; answer: string | null; unanswered: boolean }[] = [];

  /** The next `kind` dialog returns `answer` (a path, or null for Cancel). */
  answer(kind: DialogKind, answer: string | null): this {
    const list = this.#answers.get(kind) ?? [];
    list.push(answer);
    this.#answers.set(kind, list);
    return this;
  }

  pending(): number {
    let n = 0;
    for (const list of this.#answers.values()) n += list.length;
    return n;
  }

  #next(kind: DialogKind): Promise<string | null> {
    const list = this.#answers.get(kind);
    const unanswered = !list || list.length === 0;
    const answer = unanswered ? null : (list.shift() ?? null);
    this.shown.push({ kind, answer, unanswered });
    return Promise.resolve(answer);
  }

  openCaseFile(): Promise<string | null> {
    return this.#next('openCaseFile');
  }
  newCaseFile(): Promise<string | null> {
    return this.#next('newCaseFile');
  }
  backupDestination(): Promise<string | null> {
    return this.#next('backupDestination');
  }
  savePdf(_suggestedName: string): Promise<string | null> {
    return this.#next('savePdf');
  }
  /** Answered with `answer('openImages', 'a.jpg\nb.jpg')`: one path per line. */
  async openImages(): Promise<string[]> {
    const answer = await this.#next('openImages');
    return answer ? answer.split('\n') : [];
  }
  /** Answered like openImages: one path per line. */
  async openDocuments(): Promise<string[]> {
    const answer = await this.#next('openDocuments');
    return answer ? answer.split('\n') : [];
  }
  openBundle(): Promise<string | null> {
    return this.#next('openBundle');
  }
  saveBundle(_suggestedName: string): Promise<string | null> {
    return this.#next('saveBundle');
  }
  openStatement(): Promise<string | null> {
    return this.#next('openStatement');
  }
  saveCsv(_suggestedName: string): Promise<string | null> {
    return this.#next('saveCsv');
  }
  openExperts(): Promise<string | null> {
    return this.#next('openExperts');
  }
  saveExperts(_suggestedName: string, _format: 'json' | 'csv'): Promise<string | null> {
    return this.#next('saveExperts');
  }
  openPdf(): Promise<string | null> {
    return this.#next('openPdf');
  }
  openIndicators(): Promise<string | null> {
    return this.#next('openIndicators');
  }
  saveIndicators(_suggestedName: string, _format: 'json' | 'csv'): Promise<string | null> {
    return this.#next('saveIndicators');
  }
}

type Listener = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown;

/** An ipcMain with handle/removeHandler only: a Map of channel → listener. */
export class IpcMainShim implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What ipcRenderer.invoke does in Electron: calls the handler, rejects when there is none. */
  async invoke(senderUrl: string | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args);
  }
}

export interface HarnessOptions {
  /** Shorter idle lock (ms) than the setting's minutes. */
  idleLockMs?: number;
  runtime?: Runtime;
  /** Where case files go; by default a folder inside the harness's temp folder (removed on close). */
  workDir?: string;
}

/**
 * Everything one test needs around one page: the static server, a temp user-data dir and work
 * dir, the REAL AppServices and IPC handlers on a shim ipcMain, and the page wired to them.
 */
export class AppHarness {
  readonly ipcMain = new IpcMainShim();
  readonly dialogs = new DialogQueue();
  /** Events pushed to the renderer, in order. */
  readonly events: { event: string; payload: unknown }[] = [];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[] = [];
  /** console.error lines of the page (failed loads and CSP violations included). */
  readonly consoleErrors: string[] = [];
  /** console.warn lines of the page. */
  readonly consoleWarnings: string[] = [];
  /** Requests that left the app's own origin (the app makes none). */
  readonly foreignRequests: string[] = [];
  /** Handler failures the IPC layer reported as unexpected (INTERNAL). */
  readonly unexpected: string[] = [];
  /** IPC calls the page made (channel names only: payloads hold passphrases). */
  readonly calls: string[] = [];

  readonly services: AppServices;
  readonly userDataDir: string;
  /** Where tests put case files (the dialogs return paths in here). */
  readonly workDir: string;
  #unregister: () => void;
  #pushes: Promise<unknown> = Promise.resolve();
  #page: Page | null = null;
  readonly #temp: string;

  private constructor(
    readonly server: StaticServer,
    opts: HarnessOptions,
  ) {
    this.#temp = fs.mkdtempSync(path.join(os.tmpdir(), 'custodia-e2e-'));
    this.userDataDir = path.join(this.#temp, 'user-data');
    this.workDir = opts.workDir ?? path.join(this.#temp, 'cases');
    fs.mkdirSync(this.userDataDir, { recursive: true });
    fs.mkdirSync(this.workDir, { recursive: true });
    const notify: Notifier = {
      send: (event, payload) => this.#push(event, payload),
    };
    this.services = createAppServices({
      userDataDir: this.userDataDir,
      dialogs: this.dialogs,
      notify,
      appVersion: readVersion(),
      platform: 'linux',
      kdfCost: E2E_KDF,
      // A workstation with a keyring, so "remember on this device" can be exercised.
      vault: testVault(),
      ...(opts.runtime ? { runtime: opts.runtime } : {}),
      ...(opts.idleLockMs !== undefined ? { idleLockMs: opts.idleLockMs } : {}),
    });
    this.#unregister = registerIpc(this.ipcMain, this.services, {
      isTrustedSender: (url) => this.isTrustedUrl(url),
      logUnexpected: (channel, errorName) => this.unexpected.push(`${channel}: ${errorName}`),
    });
  }

  static async start(opts: HarnessOptions = {}): Promise<AppHarness> {
    const server = await serveStatic(RENDERER_DIR);
    try {
      return new AppHarness(server, opts);
    } catch (e) {
      await server.close();
      throw e;
    }
  }

  get origin(): string {
    return this.server.origin;
  }

  get url(): string {
    return `${this.server.origin}/index.html`;
  }

  get page(): Page {
    if (!this.#page) throw new Error('harness: attach() a page first');
    return this.#page;
  }

  /** Only the page this harness serves may call the handlers. */
  isTrustedUrl(url: string): boolean {
    try {
      return new URL(url).origin === this.server.origin;
    } catch {
      return false;
    }
  }

  /** A path in the work dir (that does not exist yet) for a new case file. */
  caseFilePath(name: string): string {
    return path.join(this.workDir, name.endsWith('.custodia') ? name : `${name}.custodia`);
  }

  /** Wires a fresh page: the IPC binding, the preload shim, and the checks on its traffic. */
  async attach(page: Page): Promise<void> {
    this.#page = page;
    await exposeInvoke(page, this);
    await page.addInitScript({ content: preloadInitScript(PRELOAD_BUNDLE) });
    page.on('pageerror', (e) => this.pageErrors.push(`${e.name}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
      if (m.type() === 'warning') this.consoleWarnings.push(m.text());
    });
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(`${this.origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')) {
        this.foreignRequests.push(u);
      }
    });
  }

  /** Loads the app and waits for its readiness signal. */
  async open(): Promise<void> {
    await this.page.goto(this.url);
    await this.page.getByTestId('app-ready').waitFor({ state: 'attached' });
  }

  /** Calls a handler as if from `senderUrl` (e.g. a foreign page), bypassing the page. */
  invokeAs(senderUrl: string | null, channel: string, ...args: unknown[]): Promise<unknown> {
    return this.ipcMain.invoke(senderUrl, channel, ...args);
  }

  /** Waits until every pushed event has been handed to the page. */
  async flushEvents(): Promise<void> {
    await this.#pushes;
  }

  async close(): Promise<void> {
    try {
      this.#unregister();
      this.services.dispose();
      await this.#pushes.catch(() => undefined);
    } finally {
      await this.server.close();
      fs.rmSync(this.#temp, { recursive: true, force: true });
    }
  }

  #push(event: string, payload: unknown): void {
    this.events.push({ event, payload });
    const page = this.#page;
    if (!page) return;
    // In order, like webContents.send; a page that is gone simply misses the event.
    this.#pushes = this.#pushes.then(() =>
      page
        .evaluate(
          ([symbol, e, p]) => {
            const deliver = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(symbol)];
            return typeof deliver === 'function'
              ? (deliver as (e: string, p: unknown) => number)(e, p)
              : 0;
          },
          [DELIVER_SYMBOL, event, payload] as const,
        )
        .catch(() => 0),
    );
  }
}

/**
 * The Node end of the shim's ipcRenderer.invoke. Electron hands the handler an event whose
 * senderFrame.url is the calling frame's URL; so does this, so the real sender check runs.
 */
async function exposeInvoke(page: Page, harness: AppHarness): Promise<void> {
  await page.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, args: unknown) => {
    const name = String(channel);
    harness.calls.push(name);
    const list = Array.isArray(args) ? args : [];
    try {
      return await harness.ipcMain.invoke(source.frame.url(), name, ...list);
    } catch (e) {
      // Electron's wording when a handler throws (the handlers are meant never to).
      throw new Error(`Error invoking remote method '${name}': ${String(e)}`, { cause: e });
    }
  });
}

function readVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
