import type { RequestRecord } from '../../../shared/domain/intl-request';
import { partyNamesOf } from '../provenance/chain';
import { indexForSearch, searchText, type IndexEntry } from '../search/search-index';
import type { Sqlite } from '../store/sqlite';

/**
 * International requests in the global search. Title: the kind, the requested State and
 * authority, our reference ("MLA request · DE, Staatsanwaltschaft München I · KT-12/2026"); body:
 * the request's title, the other side's references (from the recorded steps, the IMI number),
 * subject, summary and facts, the persons named (parties, with their role and what is said of
 * them), the measures and the other texts that identify it.
 */

/** In the core's language, like every text the core writes; the results show it as it is. */
const KIND_LABELS: Record<RequestRecord['fields']['kind'], string> = {
  mla: 'MLA request',
  return: 'Return request',
};

/** The ids of the parties a request names. */
export function requestPartyIds(r: Pick<RequestRecord, 'fields'>): string[] {
  const f = r.fields;
  if (f.kind === 'mla') {
    return [...f.persons.map((p) => p.partyId), ...f.measures.flatMap((m) => m.partyIds)];
  }
  return f.holderPartyId === null ? [] : [f.holderPartyId];
}

export function requestSearchEntry(
  r: Pick<RequestRecord, 'id' | 'caseId' | 'title' | 'fields' | 'history'>,
  partyName: (id: string) => string | undefined,
): IndexEntry {
  const f = r.fields;
  const addressee = [f.requestedState ?? f.to.country, f.to.name]
    .filter((s): s is string => s !== null && s.trim() !== '')
    .join(', ');
  const title = [KIND_LABELS[f.kind], addressee, f.reference].filter((s) => s !== '').join(' · ');
  const named = requestPartyIds(r).flatMap((id) => partyName(id) ?? []);
  const history = r.history.flatMap((h) => [h.reference, h.note]);
  const common = [r.title, history, f.to.person, f.from.name, f.from.person, named];
  const body =
    f.kind === 'mla'
      ? searchText(
          ...common,
          f.conductingAuthority,
          f.subject,
          f.summary,
          f.facts,
          f.offences.flatMap((o) => [o.qualification, o.provision]),
          f.persons.flatMap((p) => [p.role, p.note]),
          f.measures.map((m) => m.details),
          f.purpose,
        )
      : searchText(
          ...common,
          f.imiReference,
          f.holder,
          f.location,
          f.culturalStatus,
          f.removalCircumstances,
          f.provisionBreached,
        );
  return { kind: 'request', entityId: r.id, caseId: r.caseId, title, body };
}

/** Indexes a request as it is now (replacing its entry); inside the writing transaction. */
export function indexRequest(db: Sqlite, r: RequestRecord): void {
  const names = partyNamesOf(db, requestPartyIds(r));
  indexForSearch(
    db,
    requestSearchEntry(r, (id) => names[id]),
  );
}
