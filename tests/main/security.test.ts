import { describe, expect, it } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isAppUrl,
  type HardenableContents,
  type HardenableSession,
} from '../../src/main/shell/security';
import { CONTENT_SECURITY_POLICY } from '../../src/main/shell/window-options';

type Listener = (...args: unknown[]) => void;

/** Records what the shell registers, so each handler can be called the way Electron would. */
function fakeContents() {
  const on = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: (event: string, listener: Listener) => {
      on.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (h: (details: { url: string }) => unknown) => {
      openHandler = h;
    },
  };
  return {
    contents: contents as unknown as HardenableContents,
    on,
    open: (url: string) => openHandler?.({ url }),
  };
}

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers['request'] = h),
    setPermissionCheckHandler: (h: Listener) => (handlers['check'] = h),
    webRequest: {
      onBeforeRequest: (h: Listener) => (handlers['before'] = h),
      onHeadersReceived: (h: Listener) => (handlers['headers'] = h),
    },
  };
  return { session: session as unknown as HardenableSession, handlers };
}

describe('web contents', () => {
  it('denies window.open, navigation, redirects and webviews', () => {
    const { contents, on, open } = fakeContents();
    hardenWebContents(contents);
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      on.get(event)?.({ preventDefault: () => (prevented = true) }, 'https://example.org/');
      expect(prevented, event).toBe(true);
    }
  });
});

describe('session', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      let granted: boolean | undefined;
      handlers['request']?.({}, permission, (g: boolean) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(handlers['check']?.({}, permission)).toBe(false);
    }
  });

  it('cancels every request that is not the app itself, and adds the CSP to responses', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      handlers['before']?.({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://interpol.example/api')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('ws://localhost:1234/')).toBe(true);
    expect(cancelled('file:///opt/custodia/out/renderer/index.html')).toBe(false);
    let headers: Record<string, string[]> | undefined;
    handlers['headers']?.(
      { responseHeaders: {} },
      (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('trusts the dev server only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/unlock', 'http://localhost:5173/')).toBe(true);
  });
});
