import type { CaseBundle } from '../../../shared/domain/bundle';
import type { IndicatorSubject, ObservationEvidence } from '../../../shared/domain/indicator';
import { caseOfRecord } from '../indicators/observations';
import type { Sqlite } from '../store/sqlite';
import { referenceResolver, vocabularyResolver, type Issue } from './import-checks';
import { storedBundleVersion, storedDecision } from './indicator-sections';
import { canonicalJson } from '../support/canonical-json';

/**
 * The checks of a bundle's indicator sections, as the services enforce them, applied to the
 * bundle plus what the case file already holds:
 * - a catalogue version already in the case file under the same identifier must be the same
 *   version (same wording, same indicator identifiers), else it is a clash, never overwritten;
 *   an indicator identifier belongs to one version only; codes are unique within a version;
 * - an observation names an indicator (of the bundle's versions or the case file's) that applies
 *   to its subject's kind; its subject and evidence are records of its own case (a party must
 *   exist); its history ends with its status;
 * - a decision on a suggestion is unique per case, finding and indicator code; an accepted one
 *   names the observation it made, of the same case;
 * - a Red List match is on an object of its case and names a category of a Red List.
 */
export function checkIndicators(bundle: CaseBundle, db: Sqlite, issue: Issue): void {
  const { ref, exists } = referenceResolver(bundle, db, issue);
  const { code, parentOf } = vocabularyResolver(bundle, db, issue);

  const unique = (
    section: 'indicatorVersions' | 'observations' | 'suggestionDecisions' | 'redListMatches',
  ) => {
    const seen = new Set<string>();
    (bundle[section] as Array<{ id: string }>).forEach((r, i) => {
      if (seen.has(r.id)) issue([section, i, 'id'], `the identifier ${r.id} appears twice`);
      seen.add(r.id);
    });
  };
  unique('indicatorVersions');
  unique('observations');
  unique('suggestionDecisions');
  unique('redListMatches');

  // Versions and their indicators.
  const indicators = new Map<string, { appliesTo: readonly IndicatorSubject[] }>();
  const indicatorRow = db.prepare('SELECT version_id, data FROM indicator WHERE id = ?');
  bundle.indicatorVersions.forEach((v, i) => {
    const stored = storedBundleVersion(db, v.id);
    if (stored && canonicalJson(stored) !== canonicalJson(v)) {
      issue(
        ['indicatorVersions', i],
        'the case file holds a different catalogue version under this identifier; it is not overwritten',
      );
    }
    const codes = new Map<string, number>();
    v.indicators.forEach((ind, j) => {
      const at = ['indicatorVersions', i, 'indicators', j];
      const key = ind.code.toUpperCase();
      const first = codes.get(key);
      if (first !== undefined)
        issue(
          [...at, 'code'],
          `the code ${ind.code} is used twice (also by indicator ${first + 1})`,
        );
      else codes.set(key, j);
      if (indicators.has(ind.id)) issue([...at, 'id'], `the identifier ${ind.id} appears twice`);
      indicators.set(ind.id, { appliesTo: ind.appliesTo });
      const row = indicatorRow.get(ind.id) as { version_id: string } | undefined;
      if (!stored && row) {
        issue([...at, 'id'], 'the case file holds this indicator in another catalogue version');
      }
    });
  });
  const indicatorOf = (id: string) => {
    const found = indicators.get(id);
    if (found) return found;
    const row = indicatorRow.get(id) as { data: string } | undefined;
    return row
      ? { appliesTo: (JSON.parse(row.data) as { appliesTo: IndicatorSubject[] }).appliesTo }
      : undefined;
  };

  // Which case a record belongs to: the bundle's, else the case file's.
  const owners = new Map<string, string>();
  const own = (kind: string, list: ReadonlyArray<{ id: string; caseId: string }>) =>
    list.forEach((r) => owners.set(`${kind}/${r.id}`, r.caseId));
  own(
    'case',
    bundle.cases.map((c) => ({ id: c.id, caseId: c.id })),
  );
  own('object', bundle.objects);
  own('document', bundle.documents);
  own('payment', bundle.payments);
  own('account', bundle.accounts);
  own('relationship', bundle.relationships);
  own('provenance_event', bundle.provenanceEvents);
  own('claim', bundle.ownershipClaims);
  own('seizure', bundle.seizures);
  const objectCase = (id: string) => owners.get(`object/${id}`) ?? caseOfRecord(db, 'object', id);
  for (const p of bundle.photos) {
    const c = objectCase(p.objectId);
    if (c) owners.set(`photo/${p.id}`, c);
  }
  for (const e of bundle.custody) {
    const c = objectCase(e.objectId);
    if (c) owners.set(`custody/${e.id}`, c);
  }
  const ofCase = (
    kind: IndicatorSubject | ObservationEvidence['kind'],
    id: string,
    caseId: string,
    at: PropertyKey[],
  ) => {
    if (kind === 'party') {
      ref('party', id, at);
      return;
    }
    if (kind === 'shipment' || kind === 'listing') return;
    const owner = owners.get(`${kind}/${id}`) ?? caseOfRecord(db, kind, id);
    if (owner === undefined)
      issue(
        at,
        `refers to ${kind.replace(/_/g, ' ')} ${id}, which is neither in the bundle nor in the case file`,
      );
    else if (owner !== caseId) issue(at, `the ${kind.replace(/_/g, ' ')} belongs to another case`);
  };

  const observationCase = new Map(bundle.observations.map((o) => [o.id, o.caseId]));
  bundle.observations.forEach((o, i) => {
    const at = (...rest: PropertyKey[]) => ['observations', i, ...rest];
    ref('case', o.caseId, at('caseId'));
    const indicator = indicatorOf(o.indicatorId);
    if (!indicator) {
      issue(
        at('indicatorId'),
        `refers to indicator ${o.indicatorId}, which is neither in the bundle's catalogue versions nor in the case file`,
      );
    } else if (!indicator.appliesTo.includes(o.subject.kind)) {
      issue(at('subject', 'kind'), `the indicator is not observed on a ${o.subject.kind}`);
    }
    ofCase(o.subject.kind, o.subject.id, o.caseId, at('subject', 'id'));
    o.evidence.forEach((e, j) => ofCase(e.kind, e.id, o.caseId, at('evidence', j, 'id')));
    const last = o.history[o.history.length - 1];
    if (!last || last.status !== o.status)
      issue(at('history'), `the status history does not end with the status ${o.status}`);
  });

  const triples = new Map<string, number>();
  bundle.suggestionDecisions.forEach((d, i) => {
    const at = (...rest: PropertyKey[]) => ['suggestionDecisions', i, ...rest];
    ref('case', d.caseId, at('caseId'));
    const key = `${d.caseId}\u0000${d.findingKey}\u0000${d.indicatorCode}`;
    if (triples.has(key))
      issue(
        at('findingKey'),
        `the suggestion is decided twice (also by decision ${(triples.get(key) ?? 0) + 1})`,
      );
    triples.set(key, i);
    const stored = storedDecision(db, d.id);
    if (stored && canonicalJson(stored) !== canonicalJson(d))
      issue(
        at(),
        'the case file holds a different decision under this identifier; it is not overwritten',
      );
    const other = db
      .prepare(
        'SELECT id FROM suggestion_decision WHERE case_id = ? AND finding_key = ? AND indicator_code = ? AND id <> ?',
      )
      .pluck()
      .get(d.caseId, d.findingKey, d.indicatorCode, d.id) as string | undefined;
    if (other) issue(at('findingKey'), 'the case file already holds a decision on this suggestion');
    if (d.decision === 'accepted' && d.observationId === null)
      issue(at('observationId'), 'an accepted suggestion names the observation it made');
    if (d.observationId !== null) {
      const owner =
        observationCase.get(d.observationId) ??
        (db
          .prepare('SELECT case_id FROM indicator_observation WHERE id = ?')
          .pluck()
          .get(d.observationId) as string | undefined);
      if (owner === undefined)
        issue(
          at('observationId'),
          `refers to observation ${d.observationId}, which is neither in the bundle nor in the case file`,
        );
      else if (owner !== d.caseId)
        issue(at('observationId'), 'the observation belongs to another case');
    }
  });

  bundle.redListMatches.forEach((m, i) => {
    const at = (...rest: PropertyKey[]) => ['redListMatches', i, ...rest];
    ref('case', m.caseId, at('caseId'));
    if (exists('object', m.objectId)) ofCase('object', m.objectId, m.caseId, at('objectId'));
    else ref('object', m.objectId, at('objectId'));
    code('red_list_category', m.category, at('category'));
    const parent = parentOf('red_list_category', m.category);
    if (parent === null || (parent && parentOf('red_list_category', parent) !== null))
      issue(at('category'), `"${m.category}" is not a category of a Red List`);
  });
}
