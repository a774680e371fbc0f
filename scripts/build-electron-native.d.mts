/** Types of build-electron-native.mjs, for the tests that import its functions. */

export declare const PACKAGE: string;
export declare const NATIVE_DIR: string;
export declare const BINDING_FILE: string;
export declare const DEFAULT_DIST_URL: string;

export interface BuildTarget {
  pkgVersion: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

export declare function electronNativeDirName(target: BuildTarget): string;
export declare function electronNativePaths(target: BuildTarget & { outDir: string }): {
  dir: string;
  binding: string;
};
export declare function installedVersions(root?: string): {
  pkgDir: string;
  pkgVersion: string;
  electronVersion: string;
  electronAbi: number | null;
};
export declare function addonAbi(file: string): number | null;
export declare function isBuilt(binding: string, expectedAbi: number | null): boolean;
export declare function copyPackageSources(from: string, to: string): void;
export declare function nodeGypEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;

export declare class BuildError extends Error {}

export declare function buildElectronNative(options?: {
  root?: string;
  outDir?: string;
  devdir?: string;
  distUrl?: string;
  platform?: string;
  arch?: string;
  log?: (line: string) => void;
  /** Do not echo node-gyp's output (it is still read for the error message). */
  quiet?: boolean;
}): Promise<{ binding: string; built: boolean }>;
