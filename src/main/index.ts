import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, powerMonitor, safeStorage, session } from 'electron';
import type { TFunction } from 'i18next';
import { createAppServices, type AppServices } from './core/workspace/app-services';
import { registerIpc } from './ipc/register';
import { electronDialogs } from './shell/dialogs';
import { shellTranslator } from './shell/i18n';
import { buildMenu } from './shell/menu';
import { setupNativeBinding } from './shell/native-binding';
import { safeStorageVault } from './shell/safe-storage-vault';
import { hardenSession, hardenWebContents, isAppUrl } from './shell/security';
import { mainWindowOptions } from './shell/window-options';

/*
 * The thin Electron shell: lifecycle, one window, native dialogs and menu, and the locks on
 * everything a renderer could use to leave the app. All case-file logic lives in ./core (no
 * Electron there); the renderer reaches it only through the validated handlers of ./ipc.
 */

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

setupNativeBinding();

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;
let t: TFunction = shellTranslator('en');

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')));
  hardenWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
    services?.workspace.lock('user');
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
  return win;
}

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

void app.whenReady().then(() => {
  hardenSession(session.defaultSession, devServerUrl);
  services = createAppServices({
    userDataDir: app.getPath('userData'),
    dialogs: electronDialogs(
      () => mainWindow,
      () => t,
    ),
    notify: { send: (event, payload) => mainWindow?.webContents.send(event, payload) },
    appVersion: app.getVersion(),
    platform: process.platform,
    vault: safeStorageVault(safeStorage, process.platform),
  });
  t = shellTranslator(services.settings.get().language);
  registerIpc(ipcMain, services, {
    isTrustedSender: (url) => isAppUrl(url, devServerUrl),
    logUnexpected: (channel, errorName) => console.error(`ipc ${channel}: unexpected ${errorName}`),
  });
  Menu.setApplicationMenu(
    buildMenu(
      t,
      (command) => mainWindow?.webContents.send('menu:command', { command }),
      process.platform === 'darwin',
    ),
  );
  // The evidence is locked whenever the person is away from the machine.
  powerMonitor.on('suspend', () => services?.workspace.lock('suspend'));
  powerMonitor.on('lock-screen', () => services?.workspace.lock('screen-lock'));

  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('before-quit', () => services?.dispose());

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
