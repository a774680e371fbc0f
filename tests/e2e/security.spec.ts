import { channelNames, splitChannel } from '../../src/shared/ipc/contract';
import { test, expect } from './harness';

/** What the page can reach of the rest of the app: window.custodia, and nothing else. */
test.describe('trust boundary of the renderer', () => {
  test('window.custodia is frozen and exposes only the contract; no Node or Electron in the page', async ({
    app,
  }) => {
    const response = await app.page.goto(app.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await app.page.waitForFunction(() => 'custodia' in globalThis);

    const seen = await app.page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const api = g['custodia'] as Record<string, unknown>;
      const keys: string[] = [];
      const walk = (o: unknown, at: string, depth: number): void => {
        if (depth > 3 || o === null || (typeof o !== 'object' && typeof o !== 'function')) return;
        for (const k of Reflect.ownKeys(o as object)) {
          keys.push(`${at}.${String(k)}`);
          walk((o as Record<string | symbol, unknown>)[k], `${at}.${String(k)}`, depth + 1);
        }
      };
      walk(api, 'custodia', 0);
      const groups = Object.entries(api).filter(([, v]) => typeof v === 'object');
      let reassigned: string;
      try {
        g['custodia'] = {};
        reassigned = g['custodia'] === api ? 'ignored' : 'replaced';
      } catch {
        reassigned = 'threw';
      }
      let added: string;
      try {
        (api as Record<string, unknown>)['extra'] = 1;
        added = 'extra' in api ? 'added' : 'ignored';
      } catch {
        added = 'threw';
      }
      // The CSP forbids inline script: an injected <script> must not run.
      const doc = g['document'] as {
        createElement(tag: 'script'): { textContent: string };
        head: { append(node: unknown): void };
      };
      const marker = doc.createElement('script');
      marker.textContent = 'globalThis.__inlineRan = true';
      doc.head.append(marker);
      const inlineRan = g['__inlineRan'] === true;
      return {
        frozen: Object.isFrozen(api),
        groupsFrozen: groups.every(([, v]) => Object.isFrozen(v)),
        groupNames: groups.map(([k]) => k).sort(),
        keys,
        reassigned,
        added,
        inlineRan,
        typeofRequire: typeof g['require'],
        typeofProcess: typeof g['process'],
        typeofModule: typeof g['module'],
        typeofExports: typeof g['exports'],
        typeofBuffer: typeof g['Buffer'],
        typeofElectron: typeof g['electron'],
        typeofIpcRenderer: typeof g['ipcRenderer'],
      };
    });

    expect(seen.frozen).toBe(true);
    expect(seen.groupsFrozen).toBe(true);
    // One group per domain of the contract, and nothing else.
    const domains = [...new Set(channelNames.map((c) => splitChannel(c).domain))].sort();
    expect(seen.groupNames).toEqual(domains);
    expect(seen.keys.filter((k) => /ipc|electron|invoke|send|require/i.test(k))).toEqual([]);
    expect(seen.reassigned).not.toBe('replaced');
    expect(seen.added).not.toBe('added');
    expect(seen.inlineRan, 'inline script ran despite the CSP').toBe(false);
    // eval from page code (a task of its own, not this DevTools evaluation) is refused by the CSP.
    const evalOutcome = await app.page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              (0, eval)('1');
              resolve('allowed');
            } catch (e) {
              resolve(String(e));
            }
          }, 0),
        ),
    );
    expect(evalOutcome).toContain('EvalError');
    // Those two violations were this test's own doing; anything else still fails it.
    const own = (line: string) => line.includes('Content Security Policy');
    expect(app.consoleErrors.filter(own).length).toBeGreaterThanOrEqual(2);
    app.consoleErrors.splice(
      0,
      app.consoleErrors.length,
      ...app.consoleErrors.filter((l) => !own(l)),
    );
    expect(seen).toMatchObject({
      typeofRequire: 'undefined',
      typeofProcess: 'undefined',
      typeofModule: 'undefined',
      typeofExports: 'undefined',
      typeofBuffer: 'undefined',
      typeofElectron: 'undefined',
      typeofIpcRenderer: 'undefined',
    });
  });

  test('malformed payloads are refused with INVALID_INPUT and change nothing', async ({ app }) => {
    await app.page.goto(app.url);
    await app.page.waitForFunction(() => 'custodia' in globalThis);
    const results = await app.page.evaluate(async () => {
      type Method = (input?: unknown) => Promise<unknown>;
      const api = (globalThis as unknown as { custodia: Record<string, Record<string, Method>> })
        .custodia;
      const call = (group: string, method: string, input?: unknown) => api[group]![method]!(input);
      return {
        wrongType: await call('casefile', 'unlock', { path: 42, passphrase: 'x' }),
        extraKey: await call('casefile', 'create', {
          path: '/tmp/x.custodia',
          operatorName: 'Ana',
          passphrase: 'long enough passphrase here',
          admin: true,
        }),
        missing: await call('casefile', 'recover', { path: '/tmp/x.custodia' }),
        notAnObject: await call('settings', 'set', 'idleLockMinutes=0'),
        outOfRange: await call('settings', 'set', { idleLockMinutes: 0 }),
        noInput: await call('app', 'info'),
        inputWhereNoneTaken: await call('casefile', 'lock', { force: true }),
        hugePath: await call('casefile', 'unlock', { path: 'a'.repeat(5000), passphrase: 'x' }),
      };
    });
    for (const [name, result] of Object.entries(results)) {
      expect(result, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const message = (result as { error: { message: string } }).error.message;
      expect(message, `${name}: no stack trace in the message`).not.toMatch(/\n\s+at /);
    }
    // The settings were not touched by the refused calls.
    const settings = await app.page.evaluate(() =>
      (
        globalThis as unknown as {
          custodia: { settings: { get(i: object): Promise<unknown> } };
        }
      ).custodia.settings.get({}),
    );
    expect(settings).toMatchObject({ ok: true, value: { idleLockMinutes: 10 } });
  });

  test('a sender that is not the app window is refused with FORBIDDEN', async ({ app }) => {
    // Straight to the handlers, as a foreign frame or no frame at all would reach them.
    for (const sender of ['https://evil.example/index.html', 'file:///tmp/x.html', '', null]) {
      expect(await app.invokeAs(sender, 'app:info', {}), String(sender)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await app.invokeAs(`${app.origin}/index.html`, 'app:info', {})).toMatchObject({
      ok: true,
    });

    // Through a real page of another origin (localhost instead of 127.0.0.1) that got the preload.
    const foreign = app.url.replace('127.0.0.1', 'localhost');
    await app.page.goto(foreign);
    await app.page.waitForFunction(() => 'custodia' in globalThis);
    const result = await app.page.evaluate(() =>
      (
        globalThis as unknown as { custodia: { app: { info(i: object): Promise<unknown> } } }
      ).custodia.app.info({}),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // That page was ours to open; it is not a request the app made.
    app.foreignRequests.splice(0);
    app.pageErrors.splice(0);
    app.consoleErrors.splice(0);
  });
});
