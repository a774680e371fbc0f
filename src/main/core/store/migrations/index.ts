import type { Migration, MigrationProvider } from 'kysely';
import * as m0010 from './0010-case-file-core';
import * as m0020 from './0020-audit-log';
import * as m0030 from './0030-attachments';
import * as m0040 from './0040-cases-objects';
import * as m0050 from './0050-provenance';
import * as m0060 from './0060-finance';
import * as m0070 from './0070-experts';
import * as m0080 from './0080-indicators';
import * as m0090 from './0090-reports';
import * as m0100 from './0100-print-derivative';
import * as m0110 from './0110-search-kinds';

/**
 * Every migration, imported statically so that the bundled main process carries them (a folder
 * reader would find nothing inside the bundle). Names are numbered in steps of 10; a migration
 * is never edited after it ships: add a new one.
 */
export const migrations: Record<string, Migration> = {
  '0010-case-file-core': m0010,
  '0020-audit-log': m0020,
  '0030-attachments': m0030,
  '0040-cases-objects': m0040,
  '0050-provenance': m0050,
  '0060-finance': m0060,
  '0070-experts': m0070,
  '0080-indicators': m0080,
  '0090-reports': m0090,
  '0100-print-derivative': m0100,
  '0110-search-kinds': m0110,
};

export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1) as string;

export const bundledMigrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
