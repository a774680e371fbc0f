import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * electron-builder itself needs the internet (Electron downloads, native rebuilds), so it cannot
 * run here; its configuration is checked against its own schema and for the settings that matter.
 */

const ROOT = path.join(__dirname, '../..');
const require = createRequire(path.join(ROOT, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debug: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };

interface Target {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  publish: unknown;
  win: { target: Target[] };
  linux: { target: Target[]; maintainer?: string };
}

const config = yaml.load(
  fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it("matches electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds Custodia for Windows (NSIS) and Linux (AppImage, deb), publishing nowhere', () => {
    expect(config.appId).toBe('eu.custodia.app');
    expect(config.productName).toBe('Custodia');
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.publish).toBeNull();
  });

  it('ships the bundles, rebuilds native modules for Electron and unpacks them from the asar', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });
});

describe('package.json scripts', () => {
  it('builds the Electron native module before starting the app', () => {
    expect(pkg.scripts['start']).toBe(
      'node scripts/build-electron-native.mjs && electron-vite build && electron .',
    );
  });

  it('packages with electron-builder after a fresh bundle', () => {
    expect(pkg.scripts['dist']).toBe('electron-vite build && electron-builder --linux --win');
  });
});
