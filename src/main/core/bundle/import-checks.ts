import type { CaseBundle } from '../../../shared/domain/bundle';
import type { VocabularyKind } from '../../../shared/domain/vocabularies';
import type { Sqlite } from '../store/sqlite';

/** The checks of a bundle against itself and the case file that need no file reading. */
export type Section = Exclude<keyof CaseBundle, 'format' | 'version'>;
export type Issue = (path: ReadonlyArray<PropertyKey>, message: string) => void;

const TABLES = {
  case: 'case_record',
  party: 'party',
  seizure: 'seizure',
  object: 'seized_object',
  attachment: 'attachment',
  custody: 'custody_entry',
  document: 'document',
  account: 'account',
  payment: 'payment',
  statementImport: 'statement_import',
  expert: 'expert',
  consultation: 'consultation',
} as const;
export type RecordKind = keyof typeof TABLES;

/**
 * References: to a record of the bundle or one already in the case file. `exists` answers,
 * `ref` reports a dangling reference at the path of the field that holds it.
 */
export function referenceResolver(bundle: CaseBundle, db: Sqlite, issue: Issue) {
  const ids = (section: Section) =>
    new Set((bundle[section] as Array<{ id: string }>).map((r) => r.id));
  const known: Record<RecordKind, Set<string>> = {
    case: ids('cases'),
    party: ids('parties'),
    seizure: ids('seizures'),
    object: ids('objects'),
    attachment: ids('attachments'),
    custody: ids('custody'),
    document: ids('documents'),
    account: ids('accounts'),
    payment: ids('payments'),
    statementImport: ids('statementImports'),
    expert: ids('experts'),
    consultation: ids('consultations'),
  };
  const exists = (kind: RecordKind, id: string) =>
    known[kind].has(id) ||
    db.prepare(`SELECT 1 FROM ${TABLES[kind]} WHERE id = ?`).get(id) !== undefined;
  const ref = (kind: RecordKind, id: string | null | undefined, p: PropertyKey[]) => {
    if (id && !exists(kind, id))
      issue(
        p,
        `refers to ${kind.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)} ${id}, which is neither in the bundle nor in the case file`,
      );
  };
  return { exists, ref };
}

/** Identifiers unique within the bundle; every reference resolves in the bundle or the case file. */
export function checkReferences(bundle: CaseBundle, db: Sqlite, issue: Issue): void {
  // Identifiers: unique within the bundle.
  const sections: Section[] = [
    'cases',
    'caseStatusChanges',
    'caseLinks',
    'journal',
    'parties',
    'caseParties',
    'seizures',
    'objects',
    'legalStatusChanges',
    'externalChecks',
    'custody',
    'photos',
    'attachments',
    'documents',
    'provenanceEvents',
    'ownershipClaims',
    'accounts',
    'statementImports',
    'payments',
    'relationships',
    'exchangeRates',
    'experts',
    'consultations',
    'opinions',
  ];
  for (const section of sections) {
    const seen = new Set<string>();
    (bundle[section] as Array<{ id: string }>).forEach((r, i) => {
      if (seen.has(r.id)) issue([section, i, 'id'], `the identifier ${r.id} appears twice`);
      seen.add(r.id);
    });
  }

  const { ref } = referenceResolver(bundle, db, issue);
  const caseOfSeizure = new Map(bundle.seizures.map((s) => [s.id, s.caseId]));

  bundle.caseStatusChanges.forEach((r, i) =>
    ref('case', r.caseId, ['caseStatusChanges', i, 'caseId']),
  );
  bundle.caseLinks.forEach((r, i) => {
    ref('case', r.caseId, ['caseLinks', i, 'caseId']);
    ref('case', r.otherCaseId, ['caseLinks', i, 'otherCaseId']);
  });
  bundle.journal.forEach((r, i) => ref('case', r.caseId, ['journal', i, 'caseId']));
  bundle.parties.forEach((r, i) => ref('party', r.mergedInto, ['parties', i, 'mergedInto']));
  bundle.caseParties.forEach((r, i) => {
    ref('case', r.caseId, ['caseParties', i, 'caseId']);
    ref('party', r.partyId, ['caseParties', i, 'partyId']);
  });
  bundle.seizures.forEach((s, i) => {
    ref('case', s.caseId, ['seizures', i, 'caseId']);
    ref('party', s.holder.partyId, ['seizures', i, 'holder', 'partyId']);
    ref('party', s.shipment?.consignor.partyId, [
      'seizures',
      i,
      'shipment',
      'consignor',
      'partyId',
    ]);
    ref('party', s.shipment?.consignee.partyId, [
      'seizures',
      i,
      'shipment',
      'consignee',
      'partyId',
    ]);
  });
  bundle.objects.forEach((o, i) => {
    ref('case', o.caseId, ['objects', i, 'caseId']);
    ref('seizure', o.seizureId, ['objects', i, 'seizureId']);
    if (
      o.seizureId &&
      caseOfSeizure.has(o.seizureId) &&
      caseOfSeizure.get(o.seizureId) !== o.caseId
    ) {
      issue(['objects', i, 'seizureId'], 'the seizure belongs to another case');
    }
    ref('object', o.lotId, ['objects', i, 'lotId']);
    if (o.lotId === o.id) issue(['objects', i, 'lotId'], 'an object cannot be its own lot');
    o.relatedObjects.forEach((r, j) =>
      ref('object', r.objectId, ['objects', i, 'relatedObjects', j, 'objectId']),
    );
  });
  bundle.legalStatusChanges.forEach((r, i) =>
    ref('object', r.objectId, ['legalStatusChanges', i, 'objectId']),
  );
  bundle.externalChecks.forEach((r, i) => {
    ref('object', r.objectId, ['externalChecks', i, 'objectId']);
    ref('attachment', r.certificateAttachmentId, ['externalChecks', i, 'certificateAttachmentId']);
  });
  bundle.custody.forEach((r, i) => {
    ref('object', r.objectId, ['custody', i, 'objectId']);
    ref('custody', r.correctsEntryId, ['custody', i, 'correctsEntryId']);
  });
  bundle.photos.forEach((r, i) => {
    ref('object', r.objectId, ['photos', i, 'objectId']);
    ref('attachment', r.attachmentId, ['photos', i, 'attachmentId']);
  });
}

/**
 * Vocabulary codes: in the case file's lists or the bundle's own entries. `code` reports an
 * unknown code at its path; `parentOf` gives an entry's parent (undefined when unknown).
 */
export function vocabularyResolver(bundle: CaseBundle, db: Sqlite, issue: Issue) {
  const bundleVocab = new Map<string, string | null>(
    bundle.vocabulary.map((v) => [`${v.kind}:${v.code}`, v.parent]),
  );
  const vocabRow = db.prepare('SELECT parent FROM vocabulary WHERE kind = ? AND code = ?');
  const parentOf = (kind: VocabularyKind, value: string): string | null | undefined =>
    bundleVocab.has(`${kind}:${value}`)
      ? bundleVocab.get(`${kind}:${value}`)
      : (vocabRow.get(kind, value) as { parent: string | null } | undefined)?.parent;
  const code = (kind: VocabularyKind, value: string | null | undefined, p: PropertyKey[]) => {
    if (!value) return;
    if (!bundleVocab.has(`${kind}:${value}`) && vocabRow.get(kind, value) === undefined) {
      issue(
        p,
        `"${value}" is not in the ${kind.replaceAll('_', ' ')} list (add it to the bundle's vocabulary)`,
      );
    }
  };
  return { code, parentOf };
}

/** Every vocabulary code is in the case file's lists or the bundle's own entries. */
export function checkVocabulary(bundle: CaseBundle, db: Sqlite, issue: Issue): void {
  const vocabRow = db.prepare('SELECT parent FROM vocabulary WHERE kind = ? AND code = ?');
  const { code, parentOf } = vocabularyResolver(bundle, db, issue);
  bundle.vocabulary.forEach((v, i) => {
    const existing = vocabRow.get(v.kind, v.code) as { parent: string | null } | undefined;
    if (existing && existing.parent !== v.parent)
      issue(['vocabulary', i, 'parent'], `the case file files ${v.code} under another parent`);
  });
  bundle.cases.forEach((c, i) => {
    c.offences.forEach((o, j) => code('offence_type', o, ['cases', i, 'offences', j]));
    code('classification', c.classification, ['cases', i, 'classification']);
  });
  bundle.parties.forEach((p, i) => {
    if (p.kind === 'organisation')
      code('organisation_type', p.organisationType, ['parties', i, 'organisationType']);
    else
      p.identityDocuments.forEach((d, j) =>
        code('identity_document', d.type, ['parties', i, 'identityDocuments', j, 'type']),
      );
  });
  bundle.caseParties.forEach((r, i) => code('party_role', r.role, ['caseParties', i, 'role']));
  bundle.seizures.forEach((s, i) =>
    code('legal_basis', s.legalBasis, ['seizures', i, 'legalBasis']),
  );
  bundle.objects.forEach((o, i) => {
    code('object_type', o.typeL1, ['objects', i, 'typeL1']);
    code('object_type', o.typeL2, ['objects', i, 'typeL2']);
    if (o.typeL2) {
      const parent = parentOf('object_type', o.typeL2);
      if (parent !== undefined && parent !== o.typeL1)
        issue(['objects', i, 'typeL2'], `${o.typeL2} is not a kind of ${o.typeL1}`);
    }
    code('reg116_category', o.reg116Category, ['objects', i, 'reg116Category']);
  });
  bundle.externalChecks.forEach((c, i) =>
    code('check_database', c.database, ['externalChecks', i, 'database']),
  );
  bundle.documents.forEach((d, i) => code('document_type', d.type, ['documents', i, 'type']));
}
