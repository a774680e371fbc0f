import { ChosenPaths } from './chosen-paths';
import path from 'node:path';
import type { EventName, EventPayload } from '../../../shared/ipc/events';
import { SettingsSchema, type Settings } from '../../../shared/ipc/schemas';
import type { KdfCost } from '../case-file/key-slots';
import { defaultRuntime, type Runtime } from '../support/clock';
import { JsonStore } from './json-store';
import { RecentCaseFiles } from './recent-case-files';
import { NO_DEVICE_VAULT, RememberedKeys, type DeviceVault } from './remembered-keys';
import { Workspace } from './workspace';

/** Native dialogs, supplied by the Electron shell (or by the test harness). */
export interface Dialogs {
  openCaseFile(): Promise<string | null>;
  newCaseFile(): Promise<string | null>;
  backupDestination(): Promise<string | null>;
  savePdf(suggestedName: string): Promise<string | null>;
  /** Photos to add to an object: one or more image files, [] when cancelled. */
  openImages(): Promise<string[]>;
  /** Documents (any file) to attach to a case, [] when cancelled. */
  openDocuments(): Promise<string[]>;
  /** A case bundle (JSON) to import. */
  openBundle(): Promise<string | null>;
  /** Where to write an exported case bundle. */
  saveBundle(suggestedName: string): Promise<string | null>;
  /** A bank statement (CSV or XLSX) to import. */
  openStatement(): Promise<string | null>;
  /** Where to write a CSV export (a statement's row errors). */
  saveCsv(suggestedName: string): Promise<string | null>;
  /** A directory of experts (JSON or CSV) to import. */
  openExperts(): Promise<string | null>;
  /** Where to write the directory of experts, as JSON or CSV. */
  saveExperts(suggestedName: string, format: 'json' | 'csv'): Promise<string | null>;
  /** A PDF to verify against the report register. */
  openPdf(): Promise<string | null>;
  /** An indicator catalogue (JSON or CSV) to import. */
  openIndicators(): Promise<string | null>;
  /** Where to write an indicator catalogue, as JSON or CSV. */
  saveIndicators(suggestedName: string, format: 'json' | 'csv'): Promise<string | null>;
}

/** Pushes an event to the renderer. */
export interface Notifier {
  send<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: 10,
  language: 'en',
  rememberRecent: true,
};

export interface AppServicesOptions {
  userDataDir: string;
  dialogs: Dialogs;
  notify: Notifier;
  appVersion: string;
  platform: string;
  runtime?: Runtime;
  /** Tests only: cheaper scrypt for the slots the UI creates. */
  kdfCost?: KdfCost;
  /** Tests only: idle lock after this many ms instead of the setting's minutes. */
  idleLockMs?: number;
  /** The OS keyring for "remember on this device" (Electron safeStorage); none by default. */
  vault?: DeviceVault;
}

export interface AppServices {
  workspace: Workspace;
  settings: {
    get(): Settings;
    set(patch: Partial<Settings>): Settings;
  };
  recent: RecentCaseFiles;
  vault: DeviceVault;
  remembered: RememberedKeys;
  dialogs: Dialogs;
  /** Files the person chose in a dialog, which the renderer may then name (chosen-paths.ts). */
  chosen: ChosenPaths;
  notify: Notifier;
  runtime: Runtime;
  /** Tests only (see AppServicesOptions). */
  kdfCost?: KdfCost;
  app: { version: string; platform: string };
  dispose(): void;
}

/** Everything the IPC handlers need, without Electron: the app builds it, so does the harness. */
export function createAppServices(opts: AppServicesOptions): AppServices {
  const runtime = opts.runtime ?? defaultRuntime;
  const settingsStore = new JsonStore(
    path.join(opts.userDataDir, 'settings.json'),
    SettingsSchema,
    DEFAULT_SETTINGS,
  );
  // Read once: every IPC request re-arms the idle timer, which must not touch the disk.
  let settings = settingsStore.read();
  const vault = opts.vault ?? NO_DEVICE_VAULT;
  const recent = new RecentCaseFiles(opts.userDataDir);
  const workspace = new Workspace({
    runtime,
    recent,
    ...(opts.kdfCost ? { kdfCost: opts.kdfCost } : {}),
    idleLockMs: () => opts.idleLockMs ?? settings.idleLockMinutes * 60_000,
    rememberRecent: () => settings.rememberRecent,
    onLocked: (reason) => opts.notify.send('casefile:locked', { reason }),
  });
  return {
    workspace,
    settings: {
      get: () => settings,
      set: (patch) => {
        const next = settingsStore.write({ ...settings, ...patch });
        settings = next;
        if (!next.rememberRecent) recent.clear();
        workspace.activity();
        return next;
      },
    },
    recent,
    vault,
    remembered: new RememberedKeys(opts.userDataDir, vault),
    dialogs: opts.dialogs,
    chosen: new ChosenPaths(),
    notify: opts.notify,
    runtime,
    ...(opts.kdfCost ? { kdfCost: opts.kdfCost } : {}),
    app: { version: opts.appVersion, platform: opts.platform },
    dispose: () => workspace.dispose(),
  };
}
