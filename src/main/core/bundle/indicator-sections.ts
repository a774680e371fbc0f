import type { BundleCatalogueVersion, CaseBundle } from '../../../shared/domain/bundle';
import {
  IndicatorDefinition,
  ObservationRecord,
  RedListMatchRecord,
  type SuggestionDecision,
} from '../../../shared/domain/indicator';
import { diffFields } from '../audit/audit-log';
import type { WriteTx } from '../audit/write';
import { currentVersion, indicatorsOf, writeVersion } from '../indicators/catalogue';
import { OBSERVATION_SPEC, RED_LIST_MATCH_SPEC } from '../indicators/specs';
import { listRecords } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import type { Section } from './import-checks';
import { inSchemaOrder, type RecordsWriter } from './provenance-sections';

/**
 * Trafficking indicators in a bundle (issue #8 point 6): the cases' observations, decisions on
 * suggestions and Red List matches, and the catalogue versions the observations name.
 *
 * Which versions travel: only those whose indicators the observations name, each whole (a
 * version is immutable, and an observation must keep the wording it was made under). The
 * catalogue is the unit's reference data, shared by every case of the case file, so the other
 * versions are not the cases' business; a unit exchanges its catalogue as a catalogue file. The
 * shipped version has the same identifiers in every case file and is recognised as such.
 *
 * Numbers count the versions of one case file, so they are not carried: a version new to the
 * receiving case file is written after its last one. So that an import never changes which
 * catalogue new observations use, the catalogue that was current is then written again as the
 * newest version (same indicators, audited as `indicator.version.restore`).
 */
export interface IndicatorSections {
  indicatorVersions: BundleCatalogueVersion[];
  observations: ObservationRecord[];
  suggestionDecisions: SuggestionDecision[];
  redListMatches: RedListMatchRecord[];
}

const inList = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

interface VersionRow {
  id: string;
  data: string;
  created_at: string;
}

/** A stored version in its bundle form; null when there is none. */
export function storedBundleVersion(db: Sqlite, id: string): BundleCatalogueVersion | null {
  const row = db
    .prepare('SELECT id, data, created_at FROM indicator_version WHERE id = ?')
    .get(id) as VersionRow | undefined;
  if (!row) return null;
  const d = JSON.parse(row.data) as Partial<BundleCatalogueVersion>;
  return {
    id: row.id,
    name: d.name ?? '',
    source: d.source ?? '',
    origin: d.origin ?? 'edit',
    fileSha256: d.fileSha256 ?? null,
    mode: d.mode ?? 'replace',
    createdAt: row.created_at,
    createdBy: d.createdBy ?? '',
    indicators: indicatorsOf(db, row.id).map(
      ({ id, code, theme, text, source, weight, appliesTo }) => ({
        code,
        theme,
        text,
        source,
        weight,
        appliesTo,
        id,
      }),
    ),
  };
}

interface DecisionRow {
  id: string;
  case_id: string;
  finding_key: string;
  indicator_code: string;
  decision: 'accepted' | 'dismissed';
  data: string;
  decided_at: string;
}

export function toBundleDecision(row: DecisionRow): SuggestionDecision {
  const d = JSON.parse(row.data) as {
    reason?: string;
    observationId?: string | null;
    decidedBy?: string;
  };
  return {
    id: row.id,
    caseId: row.case_id,
    findingKey: row.finding_key,
    indicatorCode: row.indicator_code,
    decision: row.decision,
    reason: d.reason ?? '',
    observationId: d.observationId ?? null,
    decidedAt: row.decided_at,
    decidedBy: d.decidedBy ?? '',
  };
}

export function storedDecision(db: Sqlite, id: string): SuggestionDecision | null {
  const row = db.prepare('SELECT * FROM suggestion_decision WHERE id = ?').get(id) as
    DecisionRow | undefined;
  return row ? toBundleDecision(row) : null;
}

export function collectIndicators(db: Sqlite, caseIds: string[]): IndicatorSections {
  const inCases = inList(caseIds.length);
  const observations = inSchemaOrder(
    ObservationRecord,
    listRecords<ObservationRecord>(db, OBSERVATION_SPEC, `case_id IN ${inCases}`, caseIds, 'id'),
  );
  const versionIds = db
    .prepare(
      `SELECT DISTINCT i.version_id FROM indicator i
       WHERE i.id IN (SELECT indicator_id FROM indicator_observation WHERE case_id IN ${inCases})
       ORDER BY i.version_id`,
    )
    .pluck()
    .all(...caseIds) as string[];
  const indicatorVersions = versionIds.flatMap((id) => {
    const v = storedBundleVersion(db, id);
    return v ? [v] : [];
  });
  const suggestionDecisions = (
    db
      .prepare(`SELECT * FROM suggestion_decision WHERE case_id IN ${inCases} ORDER BY id`)
      .all(...caseIds) as DecisionRow[]
  ).map(toBundleDecision);
  const redListMatches = inSchemaOrder(
    RedListMatchRecord,
    listRecords<RedListMatchRecord>(
      db,
      RED_LIST_MATCH_SPEC,
      `case_id IN ${inCases}`,
      caseIds,
      'id',
    ),
  );
  return { indicatorVersions, observations, suggestionDecisions, redListMatches };
}

/**
 * Writes the sections inside the import's transaction, after the records they refer to:
 * versions new to the case file (then the current catalogue again, see above), observations,
 * decisions, Red List matches.
 */
export function importIndicators(
  tx: WriteTx,
  bundle: CaseBundle,
  records: RecordsWriter,
  count: (outcome: 'created' | 'unchanged', section: Section) => void,
  operatorName: string,
): void {
  const db = tx.db;
  const before = currentVersion(db);
  let added = 0;
  const versions = [...bundle.indicatorVersions].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  for (const v of versions) {
    if (db.prepare('SELECT 1 FROM indicator_version WHERE id = ?').get(v.id)) {
      count('unchanged', 'indicatorVersions');
      continue;
    }
    const number =
      ((db.prepare('SELECT max(number) FROM indicator_version').pluck().get() as number | null) ??
        0) + 1;
    const data = {
      name: v.name,
      source: v.source,
      origin: v.origin,
      fileSha256: v.fileSha256,
      mode: v.mode,
      createdBy: v.createdBy,
    };
    db.prepare(
      'INSERT INTO indicator_version (id, number, data, created_at) VALUES (?, ?, ?, ?)',
    ).run(v.id, number, JSON.stringify(data), v.createdAt);
    const insert = db.prepare(
      'INSERT INTO indicator (id, version_id, code, position, data) VALUES (?, ?, ?, ?, ?)',
    );
    v.indicators.forEach(({ id, ...def }, i) =>
      insert.run(id, v.id, def.code, i + 1, JSON.stringify(IndicatorDefinition.parse(def))),
    );
    tx.audit({
      action: 'indicator_version.import',
      entityType: 'indicator_version',
      entityId: v.id,
      changes: diffFields(null, { ...data, number, indicators: v.indicators.length }),
    });
    added += 1;
    count('created', 'indicatorVersions');
  }
  if (added > 0) {
    writeVersion(tx, operatorName, {
      name: before.name,
      source: before.source,
      origin: 'edit',
      mode: 'replace',
      fileSha256: null,
      indicators: indicatorsOf(db, before.id).map(
        ({ code, theme, text, source, weight, appliesTo }) => ({
          code,
          theme,
          text,
          source,
          weight,
          appliesTo,
        }),
      ),
      action: 'indicator.version.restore',
      audit: { restores: before.number, reason: 'kept current after a bundle import' },
    });
  }

  records<ObservationRecord>('observations', OBSERVATION_SPEC);

  for (const d of bundle.suggestionDecisions) {
    if (db.prepare('SELECT 1 FROM suggestion_decision WHERE id = ?').get(d.id)) {
      count('unchanged', 'suggestionDecisions');
      continue;
    }
    db.prepare(
      `INSERT INTO suggestion_decision
         (id, case_id, finding_key, indicator_code, decision, data, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      d.id,
      d.caseId,
      d.findingKey,
      d.indicatorCode,
      d.decision,
      JSON.stringify({ reason: d.reason, observationId: d.observationId, decidedBy: d.decidedBy }),
      d.decidedAt,
    );
    tx.audit({
      action: 'suggestion_decision.import',
      entityType: 'suggestion_decision',
      entityId: d.id,
      changes: diffFields(null, { ...d }),
    });
    count('created', 'suggestionDecisions');
  }

  records<RedListMatchRecord>('redListMatches', RED_LIST_MATCH_SPEC);
}
