#!/usr/bin/env node
/**
 * Builds better-sqlite3-multiple-ciphers for Electron's ABI, once, into its own folder:
 *
 *   .electron-native/better-sqlite3-multiple-ciphers-<pkg>-electron-<electron>-<platform>-<arch>/
 *     build/Release/better_sqlite3.node
 *
 * The copy in node_modules stays the Node build (tests, the custodia CLI); the Electron shell
 * loads this one through better-sqlite3's `nativeBinding` option (src/main/shell/native-binding.ts,
 * which computes the same path). Packaged apps do not use it: electron-builder rebuilds
 * node_modules for Electron itself.
 *
 * The first run downloads Electron's headers (needs internet) and compiles for ~3 minutes; later
 * runs find the .node and do nothing. Options (for tests and unusual set-ups):
 *   --out-dir <dir>   instead of <project>/.electron-native
 *   --devdir <dir>    where node-gyp caches headers, instead of ~/.electron-gyp
 *   --dist-url <url>  where the headers come from, instead of https://electronjs.org/headers
 *   --print-path      print the .node path this build would use, and exit
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const PACKAGE = 'better-sqlite3-multiple-ciphers';
export const NATIVE_DIR = '.electron-native';
export const BINDING_FILE = path.join('build', 'Release', 'better_sqlite3.node');
export const DEFAULT_DIST_URL = 'https://electronjs.org/headers';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `better-sqlite3-multiple-ciphers-12.11.1-electron-41.7.1-linux-x64`. A new package or Electron
 * version, platform or architecture gets a new folder, so a stale build is never picked up.
 * Keep in step with electronNativeBindingPath() in src/main/shell/native-binding.ts (a test
 * compares them).
 */
export function electronNativeDirName({ pkgVersion, electronVersion, platform, arch }) {
  for (const [name, value] of Object.entries({ pkgVersion, electronVersion, platform, arch })) {
    if (typeof value !== 'string' || !/^[0-9A-Za-z._+-]+$/.test(value)) {
      throw new Error(`build-electron-native: invalid ${name}: ${JSON.stringify(value)}`);
    }
  }
  return `${PACKAGE}-${pkgVersion}-electron-${electronVersion}-${platform}-${arch}`;
}

/** The folder of the Electron build and its .node file, under `outDir`. */
export function electronNativePaths({ outDir, pkgVersion, electronVersion, platform, arch }) {
  const dir = path.join(
    outDir,
    electronNativeDirName({ pkgVersion, electronVersion, platform, arch }),
  );
  return { dir, binding: path.join(dir, BINDING_FILE) };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Versions as installed in `root`/node_modules (the same files the app and the build use). */
export function installedVersions(root = PROJECT_ROOT) {
  const modules = path.join(root, 'node_modules');
  const pkgDir = path.join(modules, PACKAGE);
  const electronDir = path.join(modules, 'electron');
  const abiFile = path.join(electronDir, 'abi_version');
  return {
    pkgDir,
    pkgVersion: readJson(path.join(pkgDir, 'package.json')).version,
    electronVersion: readJson(path.join(electronDir, 'package.json')).version,
    electronAbi: fs.existsSync(abiFile) ? Number(fs.readFileSync(abiFile, 'utf8').trim()) : null,
  };
}

/**
 * The Node ABI an addon was compiled for, from its `node_register_module_v<ABI>` export
 * (present in ELF, Mach-O and PE builds alike), or null when it cannot be found.
 */
export function addonAbi(file) {
  const text = fs.readFileSync(file).toString('latin1');
  const match = /node_register_module_v(\d+)/.exec(text);
  return match ? Number(match[1]) : null;
}

/** True when `binding` exists and (as far as can be told) was built for `expectedAbi`. */
export function isBuilt(binding, expectedAbi) {
  if (!fs.existsSync(binding)) return false;
  const abi = addonAbi(binding);
  return abi === null || expectedAbi === null || abi === expectedAbi;
}

/** Copies the package without build/ (the Node build) and without any nested node_modules. */
export function copyPackageSources(from, to) {
  // node_modules/<package> may be a symlink (pnpm, npm link): copy what it points to.
  from = fs.realpathSync(from);
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const rel = path.relative(from, src);
      const top = rel.split(path.sep)[0];
      return top !== 'build' && top !== 'node_modules';
    },
  });
}

/**
 * npm passes its configuration to scripts as npm_config_* variables, and node-gyp lets those
 * override its command line: `nodedir=/usr` (set on this project's build machines) would compile
 * against Node's own headers instead of Electron's. Those keys are dropped for the child.
 */
const OVERRIDING_KEYS = new Set([
  'nodedir',
  'target',
  'runtime',
  'disturl',
  'dist-url',
  'devdir',
  'arch',
  'target-arch',
  'tarball',
  'debug',
  'release',
  'build-from-source',
]);

export function nodeGypEnv(env = process.env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^(?:npm_config_|npm_package_config_node_gyp_)(.+)$/i.exec(key);
    if (m && OVERRIDING_KEYS.has(m[1].replaceAll('_', '-').toLowerCase())) continue;
    out[key] = value;
  }
  return out;
}

const NETWORK_ERROR =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network connectivity|certificate|status code/i;

/** Runs node-gyp, streaming its output unless quiet, and resolves with its exit code and the output's tail. */
function runNodeGyp(args, { cwd, env, quiet }) {
  const nodeGyp = path.join(PROJECT_ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nodeGyp, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (chunk, sink) => {
      if (!quiet) sink.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-64 * 1024);
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), tail }));
  });
}

export class BuildError extends Error {
  name = 'BuildError';
}

/**
 * Makes sure the Electron build exists; returns its .node path and whether it was built now.
 * The package is copied to a temporary sibling, built there and renamed into place, so an
 * interrupted build never looks finished.
 */
export async function buildElectronNative({
  root = PROJECT_ROOT,
  outDir = path.join(root, NATIVE_DIR),
  devdir = path.join(os.homedir(), '.electron-gyp'),
  distUrl = DEFAULT_DIST_URL,
  platform = process.platform,
  arch = process.arch,
  log = (line) => console.log(line),
  quiet = false,
} = {}) {
  const { pkgDir, pkgVersion, electronVersion, electronAbi } = installedVersions(root);
  const { dir, binding } = electronNativePaths({
    outDir,
    pkgVersion,
    electronVersion,
    platform,
    arch,
  });
  const label = `${PACKAGE} ${pkgVersion} for Electron ${electronVersion} (${platform}-${arch})`;

  if (isBuilt(binding, electronAbi)) {
    log(`build-electron-native: ${label} is already built: ${path.relative(root, binding)}`);
    return { binding, built: false };
  }
  if (fs.existsSync(dir)) {
    log(`build-electron-native: ${path.relative(root, dir)} is incomplete or stale; rebuilding.`);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const env = nodeGypEnv();
  const run = (args, cwd) => runNodeGyp(args, { cwd, env, quiet });
  const common = [
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--dist-url=${distUrl}`,
    `--devdir=${devdir}`,
    `--arch=${arch}`,
  ];

  log(`build-electron-native: building ${label} (once; needs internet and ~3 minutes).`);
  // Headers first, on their own, so that being offline is told apart from a compiler problem.
  const headers = await run(['install', '--ensure', ...common], root);
  if (headers.code !== 0) {
    const cause = NETWORK_ERROR.exec(headers.tail)?.[0];
    throw new BuildError(
      [
        `Could not download the Electron ${electronVersion} headers from ${distUrl}` +
          (cause ? ` (${cause})` : '') +
          '.',
        'Are you offline? The first `npm start` builds the database driver for Electron once and',
        'needs internet for that; later starts do not. Connect and run `npm start` again (behind a',
        'proxy, set HTTPS_PROXY). Tests and the `custodia` CLI do not need this step.',
      ].join('\n'),
    );
  }

  fs.mkdirSync(outDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(outDir, `.${path.basename(dir)}.building-`));
  try {
    copyPackageSources(pkgDir, staging);
    const build = await run(['rebuild', '--release', ...common], staging);
    if (build.code !== 0) {
      throw new BuildError(
        [
          `node-gyp could not build ${label} (exit code ${build.code}; its output is above).`,
          'A C++ toolchain and Python 3 are needed: on Debian/Ubuntu `apt-get install g++ make',
          'python3`; on Windows the Visual Studio Build Tools with "Desktop development with C++".',
        ].join('\n'),
      );
    }
    const built = path.join(staging, BINDING_FILE);
    if (!fs.existsSync(built)) {
      throw new BuildError(`node-gyp finished but ${BINDING_FILE} is missing in ${staging}.`);
    }
    const abi = addonAbi(built);
    if (abi !== null && electronAbi !== null && abi !== electronAbi) {
      throw new BuildError(
        `The build targets Node ABI ${abi}, not Electron's ${electronAbi}: node-gyp used the wrong ` +
          'headers (is a nodedir or target set in .npmrc or the environment?).',
      );
    }
    try {
      fs.renameSync(staging, dir);
    } catch (e) {
      // Another `npm start` may have finished the same build first: that one is as good.
      if (!isBuilt(binding, electronAbi)) throw e;
      log(`build-electron-native: another run built ${path.relative(root, binding)} meanwhile.`);
      return { binding, built: false };
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  log(`build-electron-native: built ${path.relative(root, binding)}`);
  return { binding, built: true };
}

async function main() {
  const { values } = parseArgs({
    options: {
      'out-dir': { type: 'string' },
      devdir: { type: 'string' },
      'dist-url': { type: 'string' },
      'print-path': { type: 'boolean' },
    },
  });
  const outDir = values['out-dir'] ? path.resolve(values['out-dir']) : undefined;
  if (values['print-path']) {
    const v = installedVersions();
    const { binding } = electronNativePaths({
      outDir: outDir ?? path.join(PROJECT_ROOT, NATIVE_DIR),
      pkgVersion: v.pkgVersion,
      electronVersion: v.electronVersion,
      platform: process.platform,
      arch: process.arch,
    });
    console.log(binding);
    return;
  }
  await buildElectronNative({
    ...(outDir ? { outDir } : {}),
    ...(values.devdir ? { devdir: path.resolve(values.devdir) } : {}),
    ...(values['dist-url'] ? { distUrl: values['dist-url'] } : {}),
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    const plain = e instanceof BuildError || String(e?.code).startsWith('ERR_PARSE_ARGS');
    console.error(`\nbuild-electron-native: ${plain ? e.message : e.stack}`);
    process.exit(1);
  });
}
