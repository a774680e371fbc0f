import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './window-options';

/**
 * Every lock between the renderer and the rest of the machine that is not a web preference.
 * Written against the few Electron methods they use, so a unit test can drive them with fakes.
 */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type HardenableSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

/** No new windows, no navigation away from the app, no webviews. */
export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Is `url` one the app itself serves? file:// of the bundled renderer, or the dev server. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith('file://')) return true;
  return !!devServerUrl && url.startsWith(devServerUrl);
}

/** No permissions (camera, notifications, geolocation…), no network, the CSP on every response. */
export function hardenSession(session: HardenableSession, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({
      cancel: !(isAppUrl(details.url, devServerUrl) || details.url.startsWith('devtools://')),
    });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
