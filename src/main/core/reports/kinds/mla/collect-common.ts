import type { AccountRecord } from '../../../../../shared/domain/finance';
import {
  missingSections,
  type RequestKind,
  type RequestRecord,
} from '../../../../../shared/domain/intl-request';
import type { PartyRecord } from '../../../../../shared/domain/party';
import type { ReportParams } from '../../../../../shared/domain/report';
import type { CaseFileSession } from '../../../case-file/session';
import { getDocument } from '../../../documents/documents';
import { ACCOUNT_SPEC } from '../../../finance/specs';
import { getParty } from '../../../parties/parties';
import { getRecord } from '../../../records/record-store';
import { CaseFileError, CaseFileErrorCode } from '../../../support/errors';
import type { ResolvedDisclosure } from '../../engine/disclosure';
import type { PhotoRequest } from '../../engine/model';
import { REQUEST_SPEC, SECTION_NAMES } from '../../request-spec';
import { collectObjectSheet, vocabLabel } from '../shared/object-data';
import type { AccountLine, AnnexDocument, AnnexObject, PersonData } from './body';

/**
 * Collect-side helpers shared by the MLA and return requests: the request itself (refused while
 * an essential section is empty), persons from the case's parties (with disclosure applied),
 * accounts, annexed documents with the SHA-256 of their files and annexed objects with their
 * Object ID sheets and photos.
 */

const KIND_WORDS: Record<RequestKind, string> = {
  mla: 'mutual legal assistance request',
  return: 'return request',
};

/** The request the report prints: of this case, of this kind, with every essential section filled. */
export function requestToPrint(
  session: CaseFileSession,
  params: ReportParams,
  kind: RequestKind,
): RequestRecord {
  const id = params.requestId;
  const request = id === null ? null : getRecord<RequestRecord>(session.db, REQUEST_SPEC, id);
  if (request === null || request.caseId !== params.caseId) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `There is no ${KIND_WORDS[kind]} ${id ?? ''} in this case.`,
      { issues: [{ path: ['requestId'], message: `not a request of this case` }] },
    );
  }
  if (request.fields.kind !== kind) {
    throw new CaseFileError(
      CaseFileErrorCode.InvalidInput,
      `“${request.title}” is a ${KIND_WORDS[request.fields.kind]}, not a ${KIND_WORDS[kind]}.`,
      { issues: [{ path: ['requestId'], message: `not a ${KIND_WORDS[kind]}` }] },
    );
  }
  const missing = missingSections(request.fields);
  if (missing.length > 0) {
    const words = missing.map((s) => SECTION_NAMES[s]);
    throw new CaseFileError(
      CaseFileErrorCode.NotAllowed,
      `The ${KIND_WORDS[kind]} “${request.title}” cannot be generated while ${
        missing.length === 1 ? 'an essential section is' : 'essential sections are'
      } empty: ${words.join('; ')}. Fill ${missing.length === 1 ? 'it' : 'them'} in first.`,
      { missing },
    );
  }
  return request;
}

/** "FAMILY, Given (patronymic)" for people; the name for organisations. */
export function partyName(p: PartyRecord): string {
  if (p.kind === 'organisation') return p.name;
  const family = p.familyName.toLocaleUpperCase();
  const name = family && p.givenNames ? `${family}, ${p.givenNames}` : family || p.givenNames;
  return p.patronymic ? `${name} (${p.patronymic})` : name;
}

const withheldPerson = (role = ''): PersonData => ({
  withheld: true,
  kind: 'person',
  name: '',
  dateOfBirth: null,
  placeOfBirth: '',
  nationalities: [],
  addresses: [],
  identityDocuments: [],
  registration: '',
  jurisdiction: null,
  organisationTypeCode: '',
  organisationTypeLabel: '',
  caseRoles: [],
  role,
  note: '',
});

/** A party of the case as a person concerned (or "withheld" when not disclosed). */
export function personData(
  session: CaseFileSession,
  caseId: string,
  partyId: string,
  disclosure: ResolvedDisclosure,
  role = '',
  note = '',
): PersonData {
  if (!disclosure.parties.has(partyId)) return withheldPerson(role);
  const db = session.db;
  const p = getParty(session, partyId);
  const roles = db
    .prepare(
      'SELECT DISTINCT role FROM case_party WHERE case_id = ? AND party_id = ? ORDER BY role',
    )
    .pluck()
    .all(caseId, partyId) as string[];
  const base: PersonData = {
    ...withheldPerson(role),
    withheld: false,
    kind: p.kind,
    name: partyName(p),
    addresses: p.addresses.map((a) => ({
      text: [a.line, [a.postalCode, a.city].filter((s) => s !== '').join(' ')]
        .filter((s) => s !== '')
        .join(', '),
      country: a.country,
    })),
    caseRoles: roles.map((code) => ({ code, label: vocabLabel(db, 'party_role', code) })),
    note,
  };
  if (p.kind === 'organisation') {
    return {
      ...base,
      registration: p.registrationNumber,
      jurisdiction: p.jurisdiction,
      organisationTypeCode: p.organisationType,
      organisationTypeLabel: vocabLabel(db, 'organisation_type', p.organisationType),
    };
  }
  return {
    ...base,
    dateOfBirth: p.dateOfBirth,
    placeOfBirth: p.placeOfBirth,
    nationalities: [...p.nationalities],
    identityDocuments: p.identityDocuments.map((d) => ({
      typeCode: d.type,
      typeLabel: vocabLabel(db, 'identity_document', d.type),
      number: d.number,
      country: d.issuingCountry,
    })),
  };
}

/** A party's name, or withheld when not disclosed. */
export function partyLine(
  session: CaseFileSession,
  partyId: string,
  disclosure: ResolvedDisclosure,
): { name: string; withheld: boolean } {
  if (!disclosure.parties.has(partyId)) return { name: '', withheld: true };
  return { name: partyName(getParty(session, partyId)), withheld: false };
}

export function accountLine(
  session: CaseFileSession,
  accountId: string,
  disclosure: ResolvedDisclosure,
): AccountLine {
  const a = getRecord<AccountRecord>(session.db, ACCOUNT_SPEC, accountId);
  if (a === null) {
    return {
      iban: '',
      accountNumber: '',
      bic: '',
      bank: '',
      holder: '',
      holderWithheld: false,
      currency: null,
    };
  }
  const holder =
    a.holder.partyId !== null
      ? partyLine(session, a.holder.partyId, disclosure)
      : { name: a.holder.name, withheld: false };
  const bank =
    a.institution.partyId !== null
      ? partyLine(session, a.institution.partyId, disclosure).name
      : a.institution.name;
  return {
    iban: a.iban,
    accountNumber: a.accountNumber,
    bic: a.bic,
    bank,
    holder: holder.name,
    holderWithheld: holder.withheld,
    currency: a.currency,
  };
}

/** Annexed documents, numbered from `first`: particulars and the SHA-256 of the stored file. */
export function annexDocuments(
  session: CaseFileSession,
  ids: readonly string[],
  disclosure: ResolvedDisclosure,
  first: number,
): AnnexDocument[] {
  return ids.map((id, i) => {
    const annex = first + i;
    if (!disclosure.documents.has(id)) {
      return {
        annex,
        withheld: true,
        title: '',
        typeCode: '',
        typeLabel: '',
        number: '',
        issuedOn: null,
        fileName: null,
        sha256: null,
      };
    }
    const d = getDocument(session, id);
    return {
      annex,
      withheld: false,
      title: d.title,
      typeCode: d.type,
      typeLabel: vocabLabel(session.db, 'document_type', d.type),
      number: d.number,
      issuedOn: d.issuedOn,
      fileName: d.file?.name ?? null,
      sha256: d.file?.sha256 ?? null,
    };
  });
}

/** Annexed objects, numbered from `first`: each with its Object ID sheet and photos. */
export function annexObjects(
  session: CaseFileSession,
  ids: readonly string[],
  disclosure: ResolvedDisclosure,
  first: number,
  maxPhotos: number,
): { objects: AnnexObject[]; photos: PhotoRequest[] } {
  const photos: PhotoRequest[] = [];
  const objects = ids.map((id, i): AnnexObject => {
    const annex = first + i;
    if (!disclosure.objects.has(id)) {
      return { annex, withheld: true, exhibitNumber: '', title: '', sheet: null };
    }
    const sheet = collectObjectSheet(session, id, {
      keyPrefix: `annex${annex}`,
      maxPhotos,
      photoPx: 1000,
    });
    photos.push(...sheet.photos);
    return {
      annex,
      withheld: false,
      exhibitNumber: sheet.data.exhibitNumber,
      title: sheet.data.displayTitle,
      sheet: sheet.data,
    };
  });
  return { objects, photos };
}
