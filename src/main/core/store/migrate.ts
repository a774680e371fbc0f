import { Kysely, Migrator, SqliteDialect, type MigrationResultSet } from 'kysely';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { bundledMigrationProvider, migrations } from './migrations';
import type { CaseFileSchema } from './schema';
import type { Sqlite } from './sqlite';

export function queryBuilder(db: Sqlite): Kysely<CaseFileSchema> {
  return new Kysely<CaseFileSchema>({ dialect: new SqliteDialect({ database: db }) });
}

function migrator(qb: Kysely<CaseFileSchema>): Migrator {
  return new Migrator({ db: qb, provider: bundledMigrationProvider });
}

/**
 * Brings the schema to `target` (default: latest). Refuses a case file that has migrations this
 * build does not know: it was written by a newer Custodia, and an older one must not touch it.
 */
export async function migrate(
  qb: Kysely<CaseFileSchema>,
  target?: string,
): Promise<{ from: string | null; to: string | null; ran: string[] }> {
  const known = new Set(Object.keys(migrations));
  const executed = await appliedMigrations(qb);
  const unknown = executed.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new CaseFileError(
      CaseFileErrorCode.NewerFormat,
      `This case file was written by a newer Custodia (schema ${unknown.at(-1)}). Update Custodia to open it.`,
    );
  }
  const m = migrator(qb);
  const result: MigrationResultSet = target ? await m.migrateTo(target) : await m.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new CaseFileError(
      CaseFileErrorCode.Damaged,
      `Upgrading the case file failed at migration ${failed}; nothing was changed.`,
      { cause: String(result.error) },
    );
  }
  const ran = (result.results ?? [])
    .filter((r) => r.status === 'Success')
    .map((r) => r.migrationName);
  return { from: executed.at(-1) ?? null, to: ran.at(-1) ?? executed.at(-1) ?? null, ran };
}

/** Names of the migrations already applied to this case file, in order. */
export async function appliedMigrations(qb: Kysely<CaseFileSchema>): Promise<string[]> {
  const tables = await qb.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const rows = await (qb as unknown as Kysely<{ kysely_migration: { name: string } }>)
    .selectFrom('kysely_migration')
    .select('name')
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name);
}
