import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const RENDERER_DIR = path.join(ROOT, 'out/renderer');
export const PRELOAD_BUNDLE = path.join(ROOT, 'out/preload/index.js');

/** What the renderer and preload bundles are built from. */
const SOURCES = [
  'src/renderer',
  'src/preload',
  'src/shared',
  'electron.vite.config.ts',
  'package.json',
];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p))
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function builtAt(): number {
  const outputs = [path.join(RENDERER_DIR, 'index.html'), PRELOAD_BUNDLE];
  if (!outputs.every((f) => fs.existsSync(f))) return 0;
  return Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
}

/**
 * Builds out/ with electron-vite when the renderer or preload bundle is missing or older than its
 * sources (`npm run check` builds just before, so there this does nothing).
 * CUSTODIA_E2E_NO_BUILD=1 tests whatever out/ holds.
 */
export function ensureBuilt(log: (line: string) => void = console.log): void {
  if (process.env['CUSTODIA_E2E_NO_BUILD'] === '1') return; // test whatever out/ holds
  const sources = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (builtAt() >= sources) return;
  log('e2e: out/ is missing or older than src/; running electron-vite build');
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    },
  );
}
