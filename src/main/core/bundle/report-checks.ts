import type { CaseBundle } from '../../../shared/domain/bundle';
import { REQUEST_TRANSITIONS, type RequestStatus } from '../../../shared/domain/intl-request';
import { getReport } from '../reports/engine/register';
import type { Sqlite } from '../store/sqlite';
import {
  referenceResolver,
  vocabularyResolver,
  type Issue,
  type RecordKind,
} from './import-checks';
import { reportData } from './report-sections';
import { canonicalJson } from '../support/canonical-json';

/**
 * The checks of a bundle's international requests and report register, as the services enforce
 * them, applied to the bundle plus what the case file already holds:
 * - a request names only records of its own case (objects, accounts, annexed documents; parties
 *   must exist), offence codes of the `offence_type` list, and its history is a run of allowed
 *   steps from the draft, in date order, ending with its status;
 * - a register entry's parameters are of its own case and kind, and the request, object,
 *   seizure or consultation they print, and the parties, objects and documents they disclose,
 *   resolve (records of the same case; parties exist);
 * - the register is append-only: an entry whose ID the case file holds with other content, or
 *   whose SHA-256 it holds under another ID, is a clash, never overwritten. The generation count
 *   is not compared (it counts one case file's regenerations of the same bytes).
 * Identifiers are unique within each section and SHA-256 within the register. Clashes of requests
 * with stored ones are checked with the other records (import.ts).
 */

const STATUS_WORDS: Record<RequestStatus, string> = {
  draft: 'draft',
  sent: 'sent',
  acknowledged: 'acknowledged',
  executed: 'executed',
  partly_executed: 'partly executed',
  refused: 'refused',
  withdrawn: 'withdrawn',
};

type OwnedKind = Extract<
  RecordKind,
  'object' | 'document' | 'account' | 'seizure' | 'consultation'
>;

export function checkReports(bundle: CaseBundle, db: Sqlite, issue: Issue): void {
  const { ref, exists } = referenceResolver(bundle, db, issue);
  const { code } = vocabularyResolver(bundle, db, issue);

  const unique = (section: 'intlRequests' | 'reports') => {
    const seen = new Set<string>();
    bundle[section].forEach((r, i) => {
      if (seen.has(r.id)) issue([section, i, 'id'], `the identifier ${r.id} appears twice`);
      seen.add(r.id);
    });
  };
  unique('intlRequests');
  unique('reports');

  // Which case a record belongs to: the bundle's, else the case file's.
  const caseIn = (table: string, section: ReadonlyArray<{ id: string; caseId: string }>) => {
    const inBundle = new Map(section.map((r) => [r.id, r.caseId]));
    const stored = db.prepare(`SELECT case_id FROM ${table} WHERE id = ?`).pluck();
    return (id: string) => inBundle.get(id) ?? (stored.get(id) as string | undefined);
  };
  const caseOf: Record<OwnedKind, (id: string) => string | undefined> = {
    object: caseIn('seized_object', bundle.objects),
    document: caseIn('document', bundle.documents),
    account: caseIn('account', bundle.accounts),
    seizure: caseIn('seizure', bundle.seizures),
    consultation: caseIn('consultation', bundle.consultations),
  };
  /** A reference that resolves (reported by `ref` when not) to a record of the same case. */
  const ofCase = (kind: OwnedKind, id: string, caseId: string, p: PropertyKey[]) => {
    if (!exists(kind, id)) {
      ref(kind, id, p);
      return;
    }
    if (caseOf[kind](id) !== caseId)
      issue(p, `the ${kind} ${id} belongs to another case; only records of its own case are named`);
  };
  const party = (id: string, p: PropertyKey[]) => ref('party', id, p);

  bundle.intlRequests.forEach((r, i) => {
    const at = (...rest: PropertyKey[]) => ['intlRequests', i, ...rest];
    ref('case', r.caseId, at('caseId'));
    const f = r.fields;
    const ids = (kind: OwnedKind, list: readonly string[], ...p: PropertyKey[]) =>
      list.forEach((id, j) => ofCase(kind, id, r.caseId, at('fields', ...p, j)));
    if (f.kind === 'mla') {
      f.offences.forEach((o, j) =>
        code('offence_type', o.code, at('fields', 'offences', j, 'code')),
      );
      f.persons.forEach((p, j) => party(p.partyId, at('fields', 'persons', j, 'partyId')));
      f.measures.forEach((m, j) => {
        ids('object', m.objectIds, 'measures', j, 'objectIds');
        ids('account', m.accountIds, 'measures', j, 'accountIds');
        m.partyIds.forEach((id, k) => party(id, at('fields', 'measures', j, 'partyIds', k)));
      });
      ids('document', f.annexDocumentIds, 'annexDocumentIds');
      ids('object', f.annexObjectIds, 'annexObjectIds');
    } else {
      ids('object', f.objectIds, 'objectIds');
      if (f.holderPartyId !== null) party(f.holderPartyId, at('fields', 'holderPartyId'));
      ids('document', f.annexDocumentIds, 'annexDocumentIds');
    }
    // The history: allowed steps from the draft, in date order, ending with the status.
    let status: RequestStatus = 'draft';
    let on = '';
    r.history.forEach((h, j) => {
      if (!REQUEST_TRANSITIONS[status].includes(h.status))
        issue(
          at('history', j, 'status'),
          `a request that is ${STATUS_WORDS[status]} cannot be recorded as ${STATUS_WORDS[h.status]}`,
        );
      if (h.on < on)
        issue(at('history', j, 'on'), `this step is dated before the one before it (${on})`);
      status = h.status;
      on = h.on;
    });
    if (status !== r.status)
      issue(
        at('status'),
        `the request is ${STATUS_WORDS[r.status]} but its history ends ${STATUS_WORDS[status]}`,
      );
  });

  const requestOf = (() => {
    const inBundle = new Map(bundle.intlRequests.map((r) => [r.id, r]));
    const stored = db.prepare('SELECT case_id AS caseId, kind FROM intl_request WHERE id = ?');
    return (id: string) => {
      const r = inBundle.get(id);
      if (r) return { caseId: r.caseId, kind: r.fields.kind };
      return stored.get(id) as { caseId: string; kind: string } | undefined;
    };
  })();

  const shas = new Map<string, number>();
  const bySha = db.prepare('SELECT id FROM report WHERE sha256 = ?').pluck();
  bundle.reports.forEach((r, i) => {
    const at = (...rest: PropertyKey[]) => ['reports', i, ...rest];
    ref('case', r.caseId, at('caseId'));
    const p = r.params;
    if (p.caseId !== r.caseId)
      issue(at('params', 'caseId'), `the parameters name case ${p.caseId}, the entry ${r.caseId}`);
    if (p.kind !== r.kind)
      issue(at('params', 'kind'), `the parameters are of a ${p.kind} report, the entry ${r.kind}`);
    if (p.requestId !== null) {
      const request = requestOf(p.requestId);
      if (!request)
        issue(
          at('params', 'requestId'),
          `refers to request ${p.requestId}, which is neither in the bundle nor in the case file`,
        );
      else if (request.caseId !== r.caseId)
        issue(at('params', 'requestId'), 'the request belongs to another case');
      else if ((r.kind === 'mla' || r.kind === 'return') && request.kind !== r.kind)
        issue(at('params', 'requestId'), `the request is not a ${r.kind} request`);
    }
    if (p.objectId !== null) ofCase('object', p.objectId, r.caseId, at('params', 'objectId'));
    if (p.seizureId !== null) ofCase('seizure', p.seizureId, r.caseId, at('params', 'seizureId'));
    if (p.consultationId !== null)
      ofCase('consultation', p.consultationId, r.caseId, at('params', 'consultationId'));
    const d = p.disclosure;
    d.partyIds?.forEach((id, j) => party(id, at('params', 'disclosure', 'partyIds', j)));
    d.objectIds?.forEach((id, j) =>
      ofCase('object', id, r.caseId, at('params', 'disclosure', 'objectIds', j)),
    );
    d.documentIds?.forEach((id, j) =>
      ofCase('document', id, r.caseId, at('params', 'disclosure', 'documentIds', j)),
    );

    const first = shas.get(r.sha256);
    if (first !== undefined)
      issue(at('sha256'), `the same bytes are registered twice (also as reports[${first}])`);
    else shas.set(r.sha256, i);
    const stored = getReport(db, r.id);
    if (stored) {
      if (canonicalJson(reportData(stored)) !== canonicalJson(reportData(r)))
        issue(
          at(),
          `the case file's register holds a different report ${r.id}; a register entry is never overwritten`,
        );
    } else {
      const other = bySha.get(r.sha256) as string | undefined;
      if (other)
        issue(
          at('sha256'),
          `the case file's register holds these bytes as report ${other}; a register entry is never overwritten`,
        );
    }
  });
}
