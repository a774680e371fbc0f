import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  CatalogueFile,
  type CatalogueImportResult,
  type CatalogueVersion,
  type Indicator,
  IndicatorDefinition,
} from '../../../shared/domain/indicator';
import { write, type WriteTx } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';

/**
 * Versions of the indicator catalogue (issue #8, REFERENCE.md §2.1). A version and its
 * indicators are never changed or deleted once written: an edit or an import writes a new
 * version (number + 1), which becomes the current one, and observations keep pointing at the
 * indicator row of the version they were made under, so they keep their original wording.
 */

interface VersionRow {
  id: string;
  number: number;
  data: string;
  created_at: string;
  count: number;
  latest: number;
}

interface VersionData {
  name: string;
  source: string;
  origin: CatalogueVersion['origin'];
  fileSha256: string | null;
  mode: CatalogueVersion['mode'];
  createdBy: string;
}

const VERSION_SELECT = `
  SELECT v.id, v.number, v.data, v.created_at,
         (SELECT count(*) FROM indicator i WHERE i.version_id = v.id) AS count,
         (SELECT max(number) FROM indicator_version) AS latest
  FROM indicator_version v`;

function toVersion(row: VersionRow): CatalogueVersion {
  const d = JSON.parse(row.data) as Partial<VersionData>;
  return {
    id: row.id,
    number: row.number,
    name: d.name ?? '',
    source: d.source ?? '',
    origin: d.origin ?? 'edit',
    fileSha256: d.fileSha256 ?? null,
    mode: d.mode ?? 'replace',
    indicatorCount: row.count,
    createdAt: row.created_at,
    createdBy: d.createdBy ?? '',
    current: row.number === row.latest,
  };
}

interface IndicatorRow {
  id: string;
  version_id: string;
  data: string;
}

function toIndicator(row: IndicatorRow): Indicator {
  return {
    ...IndicatorDefinition.parse(JSON.parse(row.data)),
    id: row.id,
    versionId: row.version_id,
  };
}

/** Every version, newest first. */
export function allVersions(db: Sqlite): CatalogueVersion[] {
  return (db.prepare(`${VERSION_SELECT} ORDER BY v.number DESC`).all() as VersionRow[]).map(
    toVersion,
  );
}

export function versionById(db: Sqlite, id: string): CatalogueVersion | null {
  const row = db.prepare(`${VERSION_SELECT} WHERE v.id = ?`).get(id) as VersionRow | undefined;
  return row ? toVersion(row) : null;
}

/** The version new observations and suggestions use: the highest number. */
export function currentVersion(db: Sqlite): CatalogueVersion {
  const row = db.prepare(`${VERSION_SELECT} ORDER BY v.number DESC LIMIT 1`).get() as
    VersionRow | undefined;
  if (!row) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      'The case file has no indicator catalogue.',
    );
  }
  return toVersion(row);
}

/** A version's indicators in their order. */
export function indicatorsOf(db: Sqlite, versionId: string): Indicator[] {
  return (
    db
      .prepare('SELECT id, version_id, data FROM indicator WHERE version_id = ? ORDER BY position')
      .all(versionId) as IndicatorRow[]
  ).map(toIndicator);
}

/** An indicator of any version (the wording an observation was made under). */
export function indicatorById(db: Sqlite, id: string): Indicator | null {
  const row = db.prepare('SELECT id, version_id, data FROM indicator WHERE id = ?').get(id) as
    IndicatorRow | undefined;
  return row ? toIndicator(row) : null;
}

/** The current version's indicator with this code (codes compare without regard to case). */
export function currentIndicatorByCode(db: Sqlite, code: string): Indicator | null {
  const row = db
    .prepare(
      `SELECT id, version_id, data FROM indicator
       WHERE version_id = (SELECT id FROM indicator_version ORDER BY number DESC LIMIT 1)
         AND upper(code) = upper(?)`,
    )
    .get(code) as IndicatorRow | undefined;
  return row ? toIndicator(row) : null;
}

/** Versions of the indicator catalogue, newest first. */
export function listVersions(session: CaseFileSession): CatalogueVersion[] {
  return allVersions(session.db);
}

/** A version (the current one when none is named) with its indicators in order. */
export function catalogue(
  session: CaseFileSession,
  versionId?: string,
): { version: CatalogueVersion; indicators: Indicator[] } {
  const db = session.db;
  let version: CatalogueVersion;
  if (versionId === undefined || versionId === null) {
    version = currentVersion(db);
  } else {
    const id = parseInput(Id, versionId, 'catalogue version id');
    const found = versionById(db, id);
    if (!found) {
      throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no catalogue version ${id}.`, {
        entity: 'indicator_version',
        id,
      });
    }
    version = found;
  }
  return { version, indicators: indicatorsOf(db, version.id) };
}

/** What a new version changes against the one it follows, by code. */
export interface VersionDiff {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
}

const codeKey = (code: string) => code.toUpperCase();

function definitionOf(ind: IndicatorDefinition | Indicator): string {
  const { code, theme, text, source, weight, appliesTo } = ind;
  return JSON.stringify({ code, theme, text, source, weight, appliesTo });
}

export function diffVersions(
  base: readonly (IndicatorDefinition | Indicator)[],
  next: readonly IndicatorDefinition[],
): VersionDiff {
  const before = new Map(base.map((i) => [codeKey(i.code), definitionOf(i)]));
  const nextKeys = new Set(next.map((i) => codeKey(i.code)));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const ind of next) {
    const old = before.get(codeKey(ind.code));
    if (old === undefined) added += 1;
    else if (old === definitionOf(ind)) unchanged += 1;
    else changed += 1;
  }
  const removed = [...before.keys()].filter((k) => !nextKeys.has(k)).length;
  return { added, changed, unchanged, removed };
}

export interface NewVersion {
  name: string;
  source: string;
  origin: 'file' | 'edit';
  mode: 'replace' | 'extend';
  fileSha256: string | null;
  /** Already checked with the CatalogueFile rules. */
  indicators: IndicatorDefinition[];
  /** Extra audit fields (e.g. the file's name). */
  audit?: Record<string, unknown>;
  action?: string;
}

/**
 * Writes a new version after the current one (inside the caller's transaction), with its
 * indicators in the given order, and audits it with what changed against the current version.
 */
export function writeVersion(
  tx: WriteTx,
  createdBy: string,
  input: NewVersion,
): CatalogueImportResult {
  const base = currentVersion(tx.db);
  const diff = diffVersions(indicatorsOf(tx.db, base.id), input.indicators);
  const id = tx.newId();
  const number = base.number + 1;
  const data: VersionData = {
    name: input.name,
    source: input.source,
    origin: input.origin,
    fileSha256: input.fileSha256,
    mode: input.mode,
    createdBy,
  };
  tx.db
    .prepare('INSERT INTO indicator_version (id, number, data, created_at) VALUES (?, ?, ?, ?)')
    .run(id, number, JSON.stringify(data), tx.now.toISOString());
  const insert = tx.db.prepare(
    'INSERT INTO indicator (id, version_id, code, position, data) VALUES (?, ?, ?, ?, ?)',
  );
  input.indicators.forEach((ind, i) => {
    const def: IndicatorDefinition = {
      code: ind.code,
      theme: ind.theme,
      text: ind.text,
      source: ind.source,
      weight: ind.weight,
      appliesTo: ind.appliesTo,
    };
    insert.run(tx.newId(), id, def.code, i + 1, JSON.stringify(def));
  });
  const after = (v: unknown) => ({ before: null, after: v });
  tx.audit({
    action: input.action ?? 'indicator.version',
    entityType: 'indicator_version',
    entityId: id,
    changes: {
      number: after(number),
      name: after(input.name),
      origin: after(input.origin),
      mode: after(input.mode),
      baseVersion: after(base.number),
      indicators: after(input.indicators.length),
      added: after(diff.added),
      changed: after(diff.changed),
      unchanged: after(diff.unchanged),
      removed: after(diff.removed),
      ...(input.fileSha256 ? { sha256: after(input.fileSha256) } : {}),
      ...Object.fromEntries(Object.entries(input.audit ?? {}).map(([k, v]) => [k, after(v)])),
    },
  });
  const version = versionById(tx.db, id) as CatalogueVersion;
  return { version, added: diff.added, changed: diff.changed, unchanged: diff.unchanged };
}

/**
 * Codes used twice. The CatalogueFile rule sees them only once every entry is valid; a refused
 * file names them together with the other problems.
 */
export function duplicateCodes(
  value: unknown,
  known: ReadonlyArray<{ path: PropertyKey[] }>,
): Array<{ path: PropertyKey[]; message: string }> {
  const list = (value as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(list)) return [];
  const reported = new Set(known.map((i) => i.path.map(String).join('.')));
  const seen = new Map<string, number>();
  const out: Array<{ path: PropertyKey[]; message: string }> = [];
  list.forEach((entry, i) => {
    const code = (entry as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || code.trim() === '') return;
    const key = code.trim().toUpperCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
    } else if (!reported.has(`indicators.${i}.code`)) {
      out.push({
        path: ['indicators', i, 'code'],
        message: `the code ${code.trim()} is used twice (also by indicator ${first + 1})`,
      });
    }
  });
  return out;
}

const SaveInput = z
  .object({
    baseVersionId: Id,
    name: z.unknown(),
    indicators: z.array(z.unknown()),
  })
  .strict();

/**
 * Saves an edited catalogue as a new version. The whole list is checked with the rules of a
 * catalogue file (problems named `indicators.<i>.<field>`); `baseVersionId` must be the current
 * version, else someone made a newer one meanwhile (EDIT_CONFLICT).
 */
export function saveVersion(
  session: CaseFileSession,
  input: { baseVersionId: string; name: string; indicators: unknown[] },
): CatalogueImportResult {
  const { baseVersionId, name, indicators } = parseInput(SaveInput, input, 'catalogue');
  return write(session, (tx) => {
    const current = currentVersion(tx.db);
    if (current.id !== baseVersionId) {
      const base = versionById(tx.db, baseVersionId);
      throw new CaseFileError(
        CaseFileErrorCode.EditConflict,
        base
          ? `Catalogue version ${current.number} was made after the version ${base.number} you edited. Nothing was saved; reload the catalogue and make your change again.`
          : `There is no catalogue version ${baseVersionId}. Nothing was saved; reload the catalogue.`,
        { entity: 'indicator_version', id: baseVersionId, currentVersion: current.number },
      );
    }
    const candidate = {
      format: 'custodia-indicators',
      version: 1,
      name,
      source: current.source,
      indicators,
    };
    const parsed = CatalogueFile.safeParse(candidate);
    if (!parsed.success) {
      const issues = [
        ...parsed.error.issues,
        ...duplicateCodes(candidate, parsed.error.issues),
      ].map((i) => ({ path: i.path.map(String), message: i.message }));
      const first = issues[0];
      throw new CaseFileError(
        CaseFileErrorCode.InvalidInput,
        `Invalid catalogue${first && first.path.length > 0 ? ` (${first.path.join('.')})` : ''}: ${first?.message ?? 'invalid value'}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
        { issues },
      );
    }
    const file = parsed.data;
    return writeVersion(tx, session.actor.operatorName, {
      name: file.name,
      source: file.source,
      origin: 'edit',
      mode: 'replace',
      fileSha256: null,
      indicators: file.indicators,
    });
  });
}
