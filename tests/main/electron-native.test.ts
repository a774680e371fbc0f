import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BINDING_FILE,
  BuildError,
  addonAbi,
  buildElectronNative,
  copyPackageSources,
  electronNativeDirName,
  electronNativePaths,
  installedVersions,
  isBuilt,
  nodeGypEnv,
} from '../../scripts/build-electron-native.mjs';
import { tempDir } from '../helpers/case-files';

const app = vi.hoisted(() => ({ isPackaged: false, getAppPath: (): string => '' }));
const configureSqlite = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ app }));
vi.mock('../../src/main/core', () => ({ configureSqlite }));

const { electronNativeBindingPath, setupNativeBinding } =
  await import('../../src/main/shell/native-binding');

const ROOT = path.join(__dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/build-electron-native.mjs');
/** A host that never resolves (RFC 2606): "offline" on every machine, at once. */
const OFFLINE_URL = 'https://headers.invalid/electron';
const target = {
  pkgVersion: '12.11.1',
  electronVersion: '41.7.1',
  platform: 'linux',
  arch: 'x64',
};

/** A stand-in for a built addon: only its `node_register_module_v<ABI>` export is read. */
function fakeAddon(file: string, abi: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(`\x7fELF\0\0node_register_module_v${abi}\0\0`, 'latin1'));
}

afterEach(() => {
  app.isPackaged = false;
  configureSqlite.mockReset();
  Reflect.deleteProperty(process.versions, 'electron');
});

describe('path of the Electron build', () => {
  it('names package, Electron version, platform and architecture', () => {
    expect(electronNativeDirName(target)).toBe(
      'better-sqlite3-multiple-ciphers-12.11.1-electron-41.7.1-linux-x64',
    );
    expect(electronNativePaths({ ...target, outDir: '/p/.electron-native' }).binding).toBe(
      path.join(
        '/p/.electron-native/better-sqlite3-multiple-ciphers-12.11.1-electron-41.7.1-linux-x64',
        'build/Release/better_sqlite3.node',
      ),
    );
    expect(() => electronNativeDirName({ ...target, electronVersion: '../x' })).toThrow();
  });

  it('is the same in the build script and in the Electron shell', () => {
    for (const t of [target, { ...target, platform: 'win32', electronVersion: '42.0.0-beta.3' }]) {
      expect(electronNativeBindingPath('/app', t)).toBe(
        electronNativePaths({ ...t, outDir: path.join('/app', '.electron-native') }).binding,
      );
    }
  });

  it('--print-path uses the installed package and Electron versions', () => {
    const out = spawnSync(process.execPath, [SCRIPT, '--print-path'], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    const v = installedVersions(ROOT);
    expect(v.electronAbi).toBe(145);
    expect(out.stdout.trim()).toBe(
      electronNativeBindingPath(ROOT, {
        pkgVersion: v.pkgVersion,
        electronVersion: v.electronVersion,
        platform: process.platform,
        arch: process.arch,
      }),
    );
  });
});

describe('setupNativeBinding', () => {
  it('points the database driver at the Electron build when not packaged', () => {
    app.getAppPath = () => ROOT;
    // What Electron's main process reports; plain Node has no such entry.
    Object.defineProperty(process.versions, 'electron', { value: '41.7.1', configurable: true });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const binding = setupNativeBinding();
    const v = installedVersions(ROOT);
    expect(binding).toBe(
      electronNativePaths({
        outDir: path.join(ROOT, '.electron-native'),
        pkgVersion: v.pkgVersion,
        electronVersion: '41.7.1',
        platform: process.platform,
        arch: process.arch,
      }).binding,
    );
    expect(configureSqlite).toHaveBeenCalledWith({ nativeBinding: binding });
    // No build in this checkout: the shell says how to make one instead of failing obscurely.
    if (!fs.existsSync(binding as string)) {
      expect(error).toHaveBeenCalledWith(expect.stringContaining('npm start'));
    }
    error.mockRestore();
  });

  it('leaves a packaged app on its rebuilt node_modules', () => {
    app.isPackaged = true;
    expect(setupNativeBinding()).toBeNull();
    expect(configureSqlite).not.toHaveBeenCalled();
  });
});

describe('build-electron-native', () => {
  it('reads the ABI an addon was built for', () => {
    const nodeBuild = path.join(ROOT, 'node_modules/better-sqlite3-multiple-ciphers', BINDING_FILE);
    expect(addonAbi(nodeBuild)).toBe(Number(process.versions.modules));
    expect(isBuilt(nodeBuild, 145)).toBe(false);
    expect(isBuilt(path.join(tempDir(), 'none.node'), 145)).toBe(false);
  });

  it('copies the package sources without the Node build, also through a symlink', () => {
    const dir = tempDir();
    const pkg = path.join(dir, 'pkg');
    for (const file of [
      'binding.gyp',
      'src/x.cpp',
      'deps/sqlite3/sqlite3.c',
      'build/Release/a.node',
    ]) {
      fs.mkdirSync(path.dirname(path.join(pkg, file)), { recursive: true });
      fs.writeFileSync(path.join(pkg, file), file);
    }
    fs.mkdirSync(path.join(pkg, 'node_modules/dep'), { recursive: true });
    fs.symlinkSync(pkg, path.join(dir, 'link'), 'dir');
    copyPackageSources(path.join(dir, 'link'), path.join(dir, 'copy'));
    const copied = fs.readdirSync(path.join(dir, 'copy'), { recursive: true }).map(String).sort();
    expect(copied).toEqual(
      ['binding.gyp', 'deps', 'deps/sqlite3', 'deps/sqlite3/sqlite3.c', 'src', 'src/x.cpp'].map(
        (p) => path.normalize(p),
      ),
    );
  });

  it('keeps npm settings that would redirect node-gyp away from the child', () => {
    const env = nodeGypEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_dist_url: 'https://nodejs.org/dist',
      npm_package_config_node_gyp_runtime: 'node',
      npm_config_python: '/usr/bin/python3',
      npm_config_msvs_version: '2022',
    });
    expect(env).toEqual({
      PATH: '/bin',
      npm_config_python: '/usr/bin/python3',
      npm_config_msvs_version: '2022',
    });
  });

  it('skips the work when the Electron build is already there', async () => {
    const outDir = tempDir();
    const v = installedVersions(ROOT);
    const { binding } = electronNativePaths({
      outDir,
      pkgVersion: v.pkgVersion,
      electronVersion: v.electronVersion,
      platform: process.platform,
      arch: process.arch,
    });
    fakeAddon(binding, 145);
    const lines: string[] = [];
    // Unreachable headers: any attempt to build would fail, so success means it was skipped.
    const result = await buildElectronNative({
      outDir,
      devdir: tempDir(),
      distUrl: OFFLINE_URL,
      log: (l) => lines.push(l),
    });
    expect(result).toEqual({ binding, built: false });
    expect(lines.join('\n')).toMatch(/already built/);
  });

  it('rebuilds a build for another ABI, and says clearly when the headers cannot be had', async () => {
    const outDir = tempDir();
    const v = installedVersions(ROOT);
    const { dir, binding } = electronNativePaths({
      outDir,
      pkgVersion: v.pkgVersion,
      electronVersion: v.electronVersion,
      platform: process.platform,
      arch: process.arch,
    });
    fakeAddon(binding, 115);
    await expect(
      buildElectronNative({
        outDir,
        devdir: tempDir(),
        distUrl: OFFLINE_URL,
        log: () => {},
        quiet: true,
      }),
    ).rejects.toThrow(BuildError);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('fails at once with a clear message when offline, leaving nothing behind', () => {
    const outDir = path.join(tempDir(), 'native');
    const run = spawnSync(
      process.execPath,
      [SCRIPT, '--out-dir', outDir, '--devdir', tempDir(), '--dist-url', OFFLINE_URL],
      // As under `npm start` on this project's machines: npm's nodedir must not leak into node-gyp.
      { encoding: 'utf8', env: { ...process.env, npm_config_nodedir: '/usr' }, timeout: 50_000 },
    );
    expect(run.status).toBe(1);
    const version = installedVersions(ROOT).electronVersion;
    expect(run.stderr).toContain(
      `Could not download the Electron ${version} headers from ${OFFLINE_URL}`,
    );
    expect(run.stderr).toMatch(/Are you offline\?.*needs internet/s);
    expect(run.stderr).toContain('Tests and the `custodia` CLI do not need this step.');
    expect(fs.existsSync(outDir)).toBe(false);
  });
});
