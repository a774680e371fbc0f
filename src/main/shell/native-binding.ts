import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';
import { configureSqlite } from '../core';

/*
 * better-sqlite3-multiple-ciphers is not Node-API: the copy in node_modules is built for Node
 * (tests, the CLI), so `npm start` builds one for Electron's ABI into its own folder
 * (scripts/build-electron-native.mjs) and the shell points the database driver at it. A packaged
 * app needs none of this: electron-builder rebuilds node_modules for Electron.
 */

const PACKAGE = 'better-sqlite3-multiple-ciphers';

export interface NativeTarget {
  pkgVersion: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

/**
 * Where scripts/build-electron-native.mjs puts the Electron build (the two are compared by a
 * test): `<app>/.electron-native/<package>-<version>-electron-<version>-<platform>-<arch>/…`.
 */
export function electronNativeBindingPath(appPath: string, target: NativeTarget): string {
  const { pkgVersion, electronVersion, platform, arch } = target;
  return path.join(
    appPath,
    '.electron-native',
    `${PACKAGE}-${pkgVersion}-electron-${electronVersion}-${platform}-${arch}`,
    'build',
    'Release',
    'better_sqlite3.node',
  );
}

function installedPackageVersion(appPath: string): string {
  const file = path.join(appPath, 'node_modules', PACKAGE, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * Called once at start, before any case file is opened. Returns the binding used, or null in a
 * packaged app.
 */
export function setupNativeBinding(): string | null {
  if (app.isPackaged) return null;
  const appPath = app.getAppPath();
  const binding = electronNativeBindingPath(appPath, {
    pkgVersion: installedPackageVersion(appPath),
    electronVersion: process.versions.electron ?? 'unknown',
    platform: process.platform,
    arch: process.arch,
  });
  if (!fs.existsSync(binding)) {
    console.error(
      `Custodia: the database driver for this Electron (${binding}) is missing. ` +
        'Start the app with `npm start`, which builds it once (or run ' +
        '`node scripts/build-electron-native.mjs`).',
    );
  }
  // Set even when missing: opening a case file then fails naming this path, not an ABI mismatch.
  configureSqlite({ nativeBinding: binding });
  return binding;
}
