import fs from 'node:fs';

/** The binding (page.exposeBinding) through which the shim's ipcRenderer.invoke reaches Node. */
export const INVOKE_BINDING = '__custodiaInvoke';
/**
 * Where the shim keeps its event dispatcher: a symbol-keyed, non-enumerable property, so that
 * nothing named appears on window besides what the preload itself exposes.
 */
export const DELIVER_SYMBOL = 'custodia.harness.deliver';

/**
 * The page-side half of the harness, as the source of an init script that runs before any of the
 * app's scripts: the BUILT preload bundle (CommonJS, `require('electron')`) wrapped in a function
 * that gets a sandbox-like `require`, `module`, `exports` and `process`, where `electron` is a
 * shim:
 *   - contextBridge.exposeInMainWorld(name, api) defines window[name] (read-only, like Electron);
 *   - ipcRenderer.invoke(channel, ...args) calls the Node binding with the channel and arguments
 *     (Node adds the calling frame's URL as event.senderFrame.url);
 *   - ipcRenderer.on/once/removeListener/removeAllListeners keep listeners here, in the page, and
 *     Node delivers pushed events with page.evaluate through the symbol-keyed dispatcher.
 * Nothing but the preload's own export is left on window: the shim lives in a closure, so the
 * page sees no `require`, `process`, `module` or `ipcRenderer`.
 */
export function preloadInitScript(preloadBundlePath: string): string {
  const bundle = fs.readFileSync(preloadBundlePath, 'utf8');
  return `(() => {
  'use strict';
  if (window.top !== window) return; // like Electron: the preload runs in the main frame only
  const BINDING = ${JSON.stringify(INVOKE_BINDING)};
  const listeners = new Map();
  const ipcRenderer = {
    invoke(channel, ...args) {
      const call = window[BINDING];
      if (typeof call !== 'function') return Promise.reject(new Error('harness: IPC binding missing'));
      return call(String(channel), args);
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, []);
      listeners.get(channel).push(listener);
      return ipcRenderer;
    },
    once(channel, listener) {
      const wrapped = (...a) => { ipcRenderer.removeListener(channel, wrapped); listener(...a); };
      return ipcRenderer.on(channel, wrapped);
    },
    removeListener(channel, listener) {
      const list = listeners.get(channel);
      if (list) {
        const i = list.indexOf(listener);
        if (i >= 0) list.splice(i, 1);
      }
      return ipcRenderer;
    },
    off(channel, listener) { return ipcRenderer.removeListener(channel, listener); },
    removeAllListeners(channel) {
      if (channel === undefined) listeners.clear(); else listeners.delete(channel);
      return ipcRenderer;
    },
    send() { throw new Error('harness: ipcRenderer.send is not supported (use invoke)'); },
    sendSync() { throw new Error('harness: ipcRenderer.sendSync is not supported (use invoke)'); },
  };
  const contextBridge = {
    exposeInMainWorld(name, api) {
      if (Object.prototype.hasOwnProperty.call(window, name)) {
        throw new Error('Cannot bind an API on top of an existing property on the window object');
      }
      Object.defineProperty(window, name, { value: api, enumerable: true, writable: false, configurable: false });
    },
  };
  Object.defineProperty(window, Symbol.for(${JSON.stringify(DELIVER_SYMBOL)}), {
    enumerable: false, writable: false, configurable: false,
    value: (channel, payload) => {
      const list = listeners.get(channel);
      if (!list) return 0;
      const event = { sender: ipcRenderer, senderId: 0, ports: [] };
      for (const listener of [...list]) listener(event, payload);
      return list.length;
    },
  });
  const electron = Object.freeze({ contextBridge, ipcRenderer });
  const module = { exports: {} };
  // A sandboxed preload can require only a few modules; the bundle is built to need 'electron' alone.
  const require = (id) => {
    if (id === 'electron') return electron;
    throw new Error('harness: a sandboxed preload cannot require ' + JSON.stringify(id));
  };
  const process = Object.freeze({
    type: 'renderer', platform: 'linux', sandboxed: true, contextIsolated: true,
    env: Object.freeze({}), versions: Object.freeze({}), argv: Object.freeze([]),
  });
  (function (require, module, exports, process, __filename, __dirname) {
${bundle}
  }).call(module.exports, require, module, module.exports, process, '/out/preload/index.js', '/out/preload');
})();
//# sourceURL=custodia-preload-harness.js
`;
}
