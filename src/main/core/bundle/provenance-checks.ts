import type { CaseBundle } from '../../../shared/domain/bundle';
import { eventGroup, type SourceRef } from '../../../shared/domain/provenance';
import type { Sqlite } from '../store/sqlite';
import { referenceResolver, type Issue } from './import-checks';

/**
 * The checks of a bundle's documents, document texts, provenance events and ownership claims:
 * what the document and provenance services enforce when a person records them (references,
 * evidence of the same case, one document per file content, the Art Tracks order of a chain),
 * applied to the bundle plus what the case file already holds. Vocabulary codes and identifiers
 * unique within a section are checked with the other sections (import-checks.ts).
 */
export function checkProvenance(bundle: CaseBundle, db: Sqlite, issue: Issue): void {
  const { ref } = referenceResolver(bundle, db, issue);
  const objectCase = new Map(bundle.objects.map((o) => [o.id, o.caseId]));
  const documentCase = new Map(bundle.documents.map((d) => [d.id, d.caseId]));
  const caseOfObject = (id: string) =>
    objectCase.get(id) ??
    (db.prepare('SELECT case_id FROM seized_object WHERE id = ?').pluck().get(id) as
      string | undefined);
  const caseOfDocument = (id: string) =>
    documentCase.get(id) ??
    (db.prepare('SELECT case_id FROM document WHERE id = ?').pluck().get(id) as string | undefined);

  /** An object of the record's own case (a dangling one is reported once, by `ref`). */
  const objectOfCase = (objectId: string, caseId: string, p: PropertyKey[]) => {
    ref('object', objectId, p);
    const owner = caseOfObject(objectId);
    if (owner !== undefined && owner !== caseId) issue(p, 'the object belongs to another case');
  };
  /** Cited documents: in the bundle or the case file, and evidence of the same case. */
  const sources = (section: string, i: number, caseId: string, list: readonly SourceRef[]) =>
    list.forEach((s, j) => {
      const p = [section, i, 'sources', j, 'documentId'];
      ref('document', s.documentId, p);
      const owner = caseOfDocument(s.documentId);
      if (owner !== undefined && owner !== caseId)
        issue(p, `document ${s.documentId} is evidence of another case`);
    });

  checkDocuments(bundle, db, issue, ref, objectOfCase);

  const textSeen = new Set<string>();
  const storedText = db.prepare(
    'SELECT status, pages, text FROM document_text WHERE document_id = ?',
  );
  bundle.documentTexts.forEach((t, i) => {
    if (textSeen.has(t.documentId))
      issue(['documentTexts', i, 'documentId'], `document ${t.documentId} has two texts`);
    textSeen.add(t.documentId);
    ref('document', t.documentId, ['documentTexts', i, 'documentId']);
    const stored = storedText.get(t.documentId) as
      { status: string; pages: number; text: string } | undefined;
    if (
      stored &&
      (stored.status !== t.status || stored.pages !== t.pages || stored.text !== t.text)
    ) {
      issue(
        ['documentTexts', i],
        'the case file holds a different text for this document; it is not overwritten',
      );
    }
  });

  bundle.provenanceEvents.forEach((e, i) => {
    ref('case', e.caseId, ['provenanceEvents', i, 'caseId']);
    objectOfCase(e.objectId, e.caseId, ['provenanceEvents', i, 'objectId']);
    for (const field of ['fromParty', 'toParty', 'agent'] as const)
      ref('party', e[field].partyId, ['provenanceEvents', i, field, 'partyId']);
    sources('provenanceEvents', i, e.caseId, e.sources);
  });
  checkChains(bundle, db, issue);

  bundle.ownershipClaims.forEach((c, i) => {
    ref('case', c.caseId, ['ownershipClaims', i, 'caseId']);
    objectOfCase(c.objectId, c.caseId, ['ownershipClaims', i, 'objectId']);
    ref('party', c.claimant.partyId, ['ownershipClaims', i, 'claimant', 'partyId']);
    sources('ownershipClaims', i, c.caseId, c.sources);
  });
}

type Ref = ReturnType<typeof referenceResolver>['ref'];

/** A document's case, issuer, objects and file; the same file content is one document of a case. */
function checkDocuments(
  bundle: CaseBundle,
  db: Sqlite,
  issue: Issue,
  ref: Ref,
  objectOfCase: (objectId: string, caseId: string, p: PropertyKey[]) => void,
): void {
  const bundleSha = new Map(bundle.attachments.map((a) => [a.id, a.sha256]));
  const storedSha = db
    .prepare('SELECT b.sha256 FROM attachment a JOIN blob b ON b.id = a.blob_id WHERE a.id = ?')
    .pluck();
  const storedHolder = db
    .prepare(
      `SELECT d.id FROM document d
       JOIN attachment a ON a.id = d.attachment_id JOIN blob b ON b.id = a.blob_id
       WHERE d.case_id = ? AND b.sha256 = ? AND d.id <> ? LIMIT 1`,
    )
    .pluck();
  const holders = new Map<string, string>();
  bundle.documents.forEach((d, i) => {
    ref('case', d.caseId, ['documents', i, 'caseId']);
    ref('party', d.issuer.partyId, ['documents', i, 'issuer', 'partyId']);
    d.objectIds.forEach((objectId, j) =>
      objectOfCase(objectId, d.caseId, ['documents', i, 'objectIds', j]),
    );
    if (d.attachmentId === null) return;
    const p = ['documents', i, 'attachmentId'];
    ref('attachment', d.attachmentId, p);
    const sha =
      bundleSha.get(d.attachmentId) ?? (storedSha.get(d.attachmentId) as string | undefined);
    if (sha === undefined) return;
    const key = `${d.caseId}\u0000${sha}`;
    const holder =
      holders.get(key) ?? (storedHolder.get(d.caseId, sha, d.id) as string | undefined);
    if (holder !== undefined && holder !== d.id) {
      issue(
        p,
        `the case already holds this file as document ${holder}; the same content is one document of a case`,
      );
    }
    holders.set(key, d.id);
  });
}

/**
 * Each object's chain, counting the events the case file already holds: positions run 1..n
 * without repeats or holes, an origination (creation, excavation, find…) comes first and a
 * disappearance (loss, destruction…) last, as the provenance services keep it.
 */
function checkChains(bundle: CaseBundle, db: Sqlite, issue: Issue): void {
  const byObject = new Map<string, number[]>();
  bundle.provenanceEvents.forEach((e, i) =>
    byObject.set(e.objectId, [...(byObject.get(e.objectId) ?? []), i]),
  );
  const storedEvents = db.prepare('SELECT id, position FROM provenance_event WHERE object_id = ?');
  for (const [objectId, indexes] of byObject) {
    const positions = new Map<string, number>(
      (storedEvents.all(objectId) as Array<{ id: string; position: number }>).map((r) => [
        r.id,
        r.position,
      ]),
    );
    for (const i of indexes) {
      const e = bundle.provenanceEvents[i]!;
      positions.set(e.id, e.position);
    }
    const n = positions.size;
    const uses = new Map<number, number>();
    for (const position of positions.values()) uses.set(position, (uses.get(position) ?? 0) + 1);
    for (const i of indexes) {
      const e = bundle.provenanceEvents[i]!;
      if (e.position > n || (uses.get(e.position) ?? 0) > 1) {
        issue(
          ['provenanceEvents', i, 'position'],
          `object ${objectId}'s chain would hold positions ${[...positions.values()].sort((a, b) => a - b).join(', ')}; its ${n} event(s) are numbered 1 to ${n}, each once`,
        );
      }
      const group = eventGroup(e.type);
      if (group === 'origination' && e.position !== 1)
        issue(
          ['provenanceEvents', i, 'type'],
          `${e.type.replaceAll('_', ' ')} is how the object's history begins (Art Tracks): it can only be the first event of the chain`,
        );
      if (group === 'disappearance' && e.position !== n)
        issue(
          ['provenanceEvents', i, 'type'],
          `${e.type.replaceAll('_', ' ')} ends what is known of the object (Art Tracks): it can only be the last event of the chain`,
        );
    }
  }
}
