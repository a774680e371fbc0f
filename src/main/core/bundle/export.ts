import fs from 'node:fs';
import path from 'node:path';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleAttachment,
  type CaseBundle,
} from '../../../shared/domain/bundle';
import type { CaseRecord, JournalEntry } from '../../../shared/domain/case';
import type { ExternalCheck, ObjectRecord } from '../../../shared/domain/object';
import type { PartyRecord } from '../../../shared/domain/party';
import type { SeizureRecord } from '../../../shared/domain/seizure';
import { getAttachment, readBlobChunks } from '../attachments/attachment-read';
import { CASE_SPEC } from '../cases/cases';
import { JOURNAL_SPEC } from '../cases/journal';
import type { CaseFileSession } from '../case-file/session';
import { CHECK_SPEC, objectSpec, SEIZURE_SPEC } from '../objects/object-specs';
import { PARTY_SPEC } from '../parties/party-store';
import { getRecord, listRecords } from '../records/record-store';
import { writeFileExclusive } from '../support/durable-fs';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { collectExperts } from './expert-sections';
import { collectFinance } from './finance-sections';
import { collectIndicators } from './indicator-sections';
import { collectProvenance } from './provenance-sections';
import { collectReports } from './report-sections';
import {
  CASE_LINKS,
  CASE_PARTIES,
  CUSTODY,
  LEGAL_STATUS_CHANGES,
  PHOTOS,
  readRows,
  STATUS_CHANGES,
} from './tables';

export interface ExportOptions {
  /** 'inline': files as base64 inside the JSON; 'files': side files in `<bundle>.files/`. */
  attachments?: 'inline' | 'files';
}

const byId = <T extends { id: string }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const inList = (n: number) => `(${Array.from({ length: n }, () => '?').join(', ')})`;

/**
 * Collects the cases `caseIds` and everything recorded about them into a bundle. Deterministic:
 * the same data gives the same bundle, byte for byte (arrays sorted by id, no export time).
 * Parties come along when a case names them (roles, seizure forms, documents' issuers, provenance
 * events, claims, accounts, payments, relationships), with the parties they were merged into;
 * experts when the cases' consultations or opinions name them; the indicator catalogue versions
 * the cases' observations use; the cases' international requests and report register (with the
 * parties the requests name and the reports disclose);
 * links between cases only when both cases are in the bundle. Documents' files and imported
 * statements go with the other attachments.
 */
export function collectBundle(
  session: CaseFileSession,
  caseIds: string[],
): Omit<CaseBundle, 'attachments'> & {
  attachmentIds: string[];
} {
  const db = session.db;
  const cases = caseIds.map((id) => {
    const c = getRecord<CaseRecord>(db, CASE_SPEC, id);
    if (!c) throw new CaseFileError(CaseFileErrorCode.NotFound, `There is no case ${id}.`);
    return c;
  });
  const ids = cases.map((c) => c.id);
  const inCases = inList(ids.length);

  const seizures = listRecords<SeizureRecord>(db, SEIZURE_SPEC, `case_id IN ${inCases}`, ids, 'id');
  const objects = listRecords<ObjectRecord>(db, objectSpec(db), `case_id IN ${inCases}`, ids, 'id');
  const objectIds = objects.map((o) => o.id);
  const inObjects = inList(objectIds.length);
  const ofObjects = <T>(fn: () => T[]): T[] => (objectIds.length === 0 ? [] : fn());

  const caseParties = readRows(db, CASE_PARTIES, `case_id IN ${inCases}`, ids);
  const {
    partyIds: provenanceParties,
    attachmentIds: documentFiles,
    ...provenance
  } = collectProvenance(db, ids, objectIds);
  const {
    partyIds: financeParties,
    attachmentIds: statementFiles,
    ...finance
  } = collectFinance(db, ids);
  const { partyIds: reportParties, ...reports } = collectReports(db, ids);
  const partyIds = new Set([
    ...caseParties.map((r) => r.partyId),
    ...provenanceParties,
    ...financeParties,
    ...reportParties,
  ]);
  for (const s of seizures) {
    for (const ref of [s.holder, s.shipment?.consignor, s.shipment?.consignee]) {
      if (ref?.partyId) partyIds.add(ref.partyId);
    }
  }
  const parties: PartyRecord[] = [];
  const pending = [...partyIds];
  while (pending.length > 0) {
    const p = getRecord<PartyRecord>(db, PARTY_SPEC, pending.pop() as string);
    if (!p || parties.some((x) => x.id === p.id)) continue;
    parties.push(p);
    if (p.mergedInto && !partyIds.has(p.mergedInto)) {
      partyIds.add(p.mergedInto);
      pending.push(p.mergedInto);
    }
  }

  const externalChecks = ofObjects(() =>
    listRecords<ExternalCheck>(db, CHECK_SPEC, `object_id IN ${inObjects}`, objectIds, 'id'),
  );
  const photos = ofObjects(() => readRows(db, PHOTOS, `object_id IN ${inObjects}`, objectIds));
  const attachmentIds = new Set<string>([
    ...photos.map((p) => p.attachmentId),
    ...documentFiles,
    ...statementFiles,
  ]);
  for (const c of externalChecks)
    if (c.certificateAttachmentId) attachmentIds.add(c.certificateAttachmentId);

  const vocabulary = (
    db
      .prepare(
        'SELECT kind, code, label, parent FROM vocabulary WHERE builtin = 0 ORDER BY kind, code',
      )
      .all() as CaseBundle['vocabulary']
  ).map((v) => ({ kind: v.kind, code: v.code, label: v.label, parent: v.parent }));

  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    cases: byId(cases),
    caseStatusChanges: readRows(db, STATUS_CHANGES, `case_id IN ${inCases}`, ids),
    caseLinks: readRows(db, CASE_LINKS, `case_id IN ${inCases} AND other_case_id IN ${inCases}`, [
      ...ids,
      ...ids,
    ]),
    journal: listRecords<JournalEntry>(db, JOURNAL_SPEC, `case_id IN ${inCases}`, ids, 'id'),
    parties: byId(parties),
    caseParties,
    seizures,
    objects,
    legalStatusChanges: ofObjects(() =>
      readRows(db, LEGAL_STATUS_CHANGES, `object_id IN ${inObjects}`, objectIds),
    ),
    externalChecks,
    custody: ofObjects(() => readRows(db, CUSTODY, `object_id IN ${inObjects}`, objectIds)),
    photos,
    ...provenance,
    ...finance,
    ...collectExperts(db, ids),
    ...collectIndicators(db, ids),
    ...reports,
    vocabulary,
    attachmentIds: [...attachmentIds].sort(),
  };
}

function blobOf(session: CaseFileSession, attachmentId: string) {
  return session.db
    .prepare(
      'SELECT b.id, b.sha256, b.size, b.chunk_count FROM attachment a JOIN blob b ON b.id = a.blob_id WHERE a.id = ?',
    )
    .get(attachmentId) as { id: number; sha256: string; size: number; chunk_count: number };
}

/** Attachment entries with their content (re-verified against its SHA-256 while read). */
function attachmentEntries(
  session: CaseFileSession,
  ids: string[],
  mode: 'inline' | 'files',
  filesDir: string | null,
): BundleAttachment[] {
  return ids.map((id) => {
    const info = getAttachment(session, id);
    const entry = {
      id,
      sha256: info.sha256,
      name: info.originalName,
      mediaType: info.mediaType,
      size: info.size,
      ingestedAt: info.ingestedAt,
    };
    const chunks = [...readBlobChunks(session.db, blobOf(session, id))];
    if (mode === 'inline') return { ...entry, data: Buffer.concat(chunks).toString('base64') };
    const rel = `${path.basename(filesDir as string)}/${info.sha256}`;
    const target = path.join(filesDir as string, info.sha256);
    if (!fs.existsSync(target)) writeFileExclusive(target, Buffer.concat(chunks));
    return { ...entry, file: rel };
  });
}

/** The bundle of `caseIds` as an object (files inline). */
export function exportBundle(session: CaseFileSession, caseIds: string[]): CaseBundle {
  const { attachmentIds, ...rest } = collectBundle(session, caseIds);
  return { ...rest, attachments: attachmentEntries(session, attachmentIds, 'inline', null) };
}

/** Stable JSON text of a bundle: two-space indented, keys in schema order, final newline. */
export function bundleText(bundle: CaseBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/**
 * Writes the bundle to `file` (never over an existing file). With `attachments: 'files'` the
 * files go to `<name>.files/` beside it, named by their SHA-256.
 */
export function exportBundleToFile(
  session: CaseFileSession,
  caseIds: string[],
  file: string,
  options: ExportOptions = {},
): { file: string; cases: number; objects: number; attachments: number; bytes: number } {
  if (fs.existsSync(file)) {
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `${path.basename(file)} already exists; nothing was written. Choose another name.`,
    );
  }
  const mode = options.attachments ?? 'inline';
  const { attachmentIds, ...rest } = collectBundle(session, caseIds);
  let filesDir: string | null = null;
  if (mode === 'files' && attachmentIds.length > 0) {
    filesDir = `${file.replace(/\.json$/i, '')}.files`;
    fs.mkdirSync(filesDir, { recursive: true });
  }
  const bundle: CaseBundle = {
    ...rest,
    attachments: attachmentEntries(session, attachmentIds, mode, filesDir),
  };
  const text = bundleText(bundle);
  // 'wx': an existing file is never overwritten (the CLI and the save dialog say so).
  writeFileExclusive(file, Buffer.from(text, 'utf8'));
  return {
    file,
    cases: bundle.cases.length,
    objects: bundle.objects.length,
    attachments: bundle.attachments.length,
    bytes: Buffer.byteLength(text),
  };
}
