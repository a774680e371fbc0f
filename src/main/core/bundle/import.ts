import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CaseBundle } from '../../../shared/domain/bundle';
import { attachmentLimit, storeAttachment } from '../attachments/attachment-store';
import { type IngestSource } from '../attachments/ingest-source';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import { CASE_SPEC, indexCase } from '../cases/cases';
import { indexJournal, JOURNAL_SPEC } from '../cases/journal';
import type { CaseFileSession } from '../case-file/session';
import { DOCUMENT_SPEC } from '../documents/document-specs';
import { CHECK_SPEC, objectSpec, SEIZURE_SPEC } from '../objects/object-specs';
import { indexParty, PARTY_SPEC } from '../parties/party-store';
import { RATE_SPEC } from '../finance/rates';
import { ACCOUNT_SPEC, PAYMENT_SPEC, RELATIONSHIP_SPEC } from '../finance/specs';
import { STATEMENT_IMPORT_SPEC } from '../finance/statement-mappings';
import { CLAIM_SPEC, EVENT_SPEC } from '../provenance/specs';
import {
  getRecord,
  insertRecord,
  type RecordSpec,
  type StoredRecord,
} from '../records/record-store';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { checkAttachment } from './attachment-check';
import { checkReferences, checkVocabulary, type Section } from './import-checks';
import { CONSULTATION_SPEC, EXPERT_SPEC, OPINION_SPEC } from '../experts/specs';
import { checkExperts } from './expert-checks';
import { importExperts } from './expert-sections';
import { checkFinance } from './finance-checks';
import { importFinance } from './finance-sections';
import { checkIndicators } from './indicator-checks';
import { importIndicators } from './indicator-sections';
import { OBSERVATION_SPEC, RED_LIST_MATCH_SPEC } from '../indicators/specs';
import { checkProvenance } from './provenance-checks';
import { importProvenance } from './provenance-sections';
import { REQUEST_SPEC } from '../reports/request-spec';
import { checkReports } from './report-checks';
import { importReports } from './report-sections';
import { reindexFinance, reindexObject, reindexSeizure } from './reindex';
import {
  CASE_LINKS,
  CASE_PARTIES,
  CUSTODY,
  insertRow,
  LEGAL_STATUS_CHANGES,
  PHOTOS,
  readRows,
  STATUS_CHANGES,
  type RowTable,
} from './tables';
import { canonicalJson } from '../support/canonical-json';

/** JSON.parse cannot hold much more in one string (V8's limit is about 512 MiB). */
export const MAX_BUNDLE_BYTES = 500 * 1024 * 1024;
const MAX_ISSUES = 1000;

export interface ImportIssue {
  /** Where in the bundle, e.g. `objects[3].typeL1`. */
  path: string;
  message: string;
}

export interface ImportReport {
  /** Records written, per bundle section. */
  created: Record<string, number>;
  /** Records already in the case file, identical: left as they were. */
  unchanged: Record<string, number>;
}

/** `["objects", 3, "typeL1"]` → `objects[3].typeL1`. */
export function jsonPath(parts: ReadonlyArray<PropertyKey>): string {
  return parts
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function refused(issues: ImportIssue[]): CaseFileError {
  const shown = issues.slice(0, MAX_ISSUES);
  const first = shown[0];
  return new CaseFileError(
    CaseFileErrorCode.InvalidInput,
    `The bundle was refused and nothing was imported: ${issues.length} problem${issues.length === 1 ? '' : 's'}${first ? `, the first at ${first.path || '(top)'}: ${first.message}` : ''}.`,
    {
      issues: shown.map((i) => ({ path: i.path, message: i.message })),
      total: issues.length,
    },
  );
}

/**
 * A stored record as the bundle's schema reads it (defaults of fields added since it was
 * written filled in, e.g. an event's `payments`), so that an unchanged record is not taken for
 * a clash.
 */
function inSchema(section: Section, stored: unknown): unknown {
  let schema: z.ZodType = CaseBundle.shape[section];
  if (schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : stored;
}

/** Reads, parses and imports a bundle file; side files are looked up beside it. */
export async function importBundleFile(
  session: CaseFileSession,
  file: string,
): Promise<ImportReport> {
  const stat = fs.statSync(file);
  if (stat.size > MAX_BUNDLE_BYTES) {
    throw new CaseFileError(
      CaseFileErrorCode.TooLarge,
      `The bundle is larger than ${MAX_BUNDLE_BYTES / 1024 / 1024} MiB; export it with side files (--files) instead. Nothing was imported.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw refused([{ path: '', message: `not JSON: ${(error as Error).message}` }]);
  }
  return importBundle(session, raw, { baseDir: path.dirname(path.resolve(file)) });
}

interface Prepared {
  bundle: CaseBundle;
  /** Content of each attachment to store, by attachment id (checked against its SHA-256). */
  sources: Map<string, () => IngestSource>;
}

/**
 * Imports a bundle all-or-nothing. Everything is checked first (schema, references between
 * records, vocabulary codes, files and their hashes, sizes, clashes with the case file) and every
 * problem is reported with its JSON path; only a bundle without problems is written, in one
 * transaction. Records already present and identical are skipped, so a second import of the same
 * bundle writes nothing; a record present with different content is a clash, never overwritten.
 */
export async function importBundle(
  session: CaseFileSession,
  raw: unknown,
  options: { baseDir: string | null },
): Promise<ImportReport> {
  const prepared = await prepare(session, raw, options.baseDir);
  return commit(session, prepared);
}

async function prepare(
  session: CaseFileSession,
  raw: unknown,
  baseDir: string | null,
): Promise<Prepared> {
  const parsed = CaseBundle.safeParse(raw);
  if (!parsed.success) {
    throw refused(parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })));
  }
  const bundle = parsed.data;
  const db = session.db;
  const issues: ImportIssue[] = [];
  const issue = (p: ReadonlyArray<PropertyKey>, message: string) =>
    issues.push({ path: jsonPath(p), message });

  checkReferences(bundle, db, issue);
  checkVocabulary(bundle, db, issue);
  checkProvenance(bundle, db, issue);
  checkFinance(bundle, db, issue);
  checkExperts(bundle, db, issue);
  checkIndicators(bundle, db, issue);
  checkReports(bundle, db, issue);

  // Clashes with the case file: same identifier with other content, or a taken reference.
  const clash = <R extends StoredRecord>(section: Section, spec: RecordSpec<R>) =>
    (bundle[section] as unknown as R[]).forEach((r, i) => {
      const stored = getRecord<R>(db, spec, r.id);
      if (stored && canonicalJson(inSchema(section, stored)) !== canonicalJson(r)) {
        issue(
          [section, i],
          `the case file holds a different version of this ${spec.entity} (version ${stored.version}); it is not overwritten`,
        );
      }
    });
  clash('cases', CASE_SPEC);
  clash('journal', JOURNAL_SPEC);
  clash('parties', PARTY_SPEC);
  clash('seizures', SEIZURE_SPEC);
  clash('objects', objectSpec(db));
  clash('externalChecks', CHECK_SPEC);
  clash('documents', DOCUMENT_SPEC);
  clash('provenanceEvents', EVENT_SPEC);
  clash('ownershipClaims', CLAIM_SPEC);
  clash('accounts', ACCOUNT_SPEC);
  clash('statementImports', STATEMENT_IMPORT_SPEC);
  clash('payments', PAYMENT_SPEC);
  clash('relationships', RELATIONSHIP_SPEC);
  clash('exchangeRates', RATE_SPEC);
  clash('experts', EXPERT_SPEC);
  clash('consultations', CONSULTATION_SPEC);
  clash('opinions', OPINION_SPEC);
  clash('observations', OBSERVATION_SPEC);
  clash('redListMatches', RED_LIST_MATCH_SPEC);
  clash('intlRequests', REQUEST_SPEC);
  const rowClash = <T extends { id: string }>(section: Section, spec: RowTable<T>) =>
    (bundle[section] as unknown as T[]).forEach((r, i) => {
      const [stored] = readRows(db, spec, 'id = ?', [r.id]);
      if (stored && canonicalJson(stored) !== canonicalJson(r))
        issue([section, i], `the case file holds a different ${spec.entity} with this identifier`);
    });
  rowClash('caseStatusChanges', STATUS_CHANGES);
  rowClash('caseLinks', CASE_LINKS);
  rowClash('caseParties', CASE_PARTIES);
  rowClash('legalStatusChanges', LEGAL_STATUS_CHANGES);
  rowClash('custody', CUSTODY);
  rowClash('photos', PHOTOS);
  bundle.cases.forEach((c, i) => {
    const other = db
      .prepare('SELECT id FROM case_record WHERE reference = ? AND id <> ?')
      .get(c.reference, c.id);
    if (other)
      issue(['cases', i, 'reference'], `the case file already has another case ${c.reference}`);
  });
  const exhibits = new Map<string, number>();
  bundle.objects.forEach((o, i) => {
    const key = `${o.caseId}\u0000${o.exhibitNumber.toLowerCase()}`;
    if (exhibits.has(key))
      issue(
        ['objects', i, 'exhibitNumber'],
        `exhibit number ${o.exhibitNumber} is used twice in the case`,
      );
    exhibits.set(key, i);
    const other = db
      .prepare('SELECT id FROM seized_object WHERE case_id = ? AND exhibit_number = ? AND id <> ?')
      .get(o.caseId, o.exhibitNumber, o.id);
    if (other)
      issue(
        ['objects', i, 'exhibitNumber'],
        `the case already has another object with exhibit number ${o.exhibitNumber}`,
      );
  });

  // Files: size limits first (nothing large is read), then content against its SHA-256.
  const limit = attachmentLimit(session);
  const sources = new Map<string, () => IngestSource>();
  for (const [i, a] of bundle.attachments.entries()) {
    const at = ['attachments', i];
    const stored = db
      .prepare('SELECT b.sha256 FROM attachment a JOIN blob b ON b.id = a.blob_id WHERE a.id = ?')
      .get(a.id) as { sha256: string } | undefined;
    if (stored) {
      if (stored.sha256 !== a.sha256)
        issue(
          [...at, 'sha256'],
          'the case file holds different content under this attachment identifier',
        );
      continue;
    }
    const checked = checkAttachment(a, limit, baseDir);
    if (typeof checked === 'string') {
      issue([...at, a.data !== undefined ? 'data' : 'file'], checked);
      continue;
    }
    sources.set(a.id, checked);
  }

  if (issues.length > 0) throw refused(issues);
  return { bundle, sources };
}

function commit(session: CaseFileSession, { bundle, sources }: Prepared): ImportReport {
  const created: Record<string, number> = {};
  const unchanged: Record<string, number> = {};
  const count = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  const result = write(session, (tx) => {
    // Records refer to each other in both directions (lots, merges, corrections); foreign keys
    // are checked when the transaction commits, so a dangling reference still rolls back all.
    tx.db.pragma('defer_foreign_keys = ON');
    const db = tx.db;

    for (const v of bundle.vocabulary) {
      if (db.prepare('SELECT 1 FROM vocabulary WHERE kind = ? AND code = ?').get(v.kind, v.code)) {
        count(unchanged, 'vocabulary');
        continue;
      }
      const position =
        ((db.prepare('SELECT max(position) FROM vocabulary').pluck().get() as number | null) ?? 0) +
        1;
      db.prepare(
        'INSERT INTO vocabulary (kind, code, parent, label, source, builtin, position) VALUES (?, ?, ?, ?, NULL, 0, ?)',
      ).run(v.kind, v.code, v.parent, v.label, position);
      tx.audit({
        action: 'vocabulary.import',
        entityType: 'vocabulary',
        entityId: `${v.kind}:${v.code}`,
        changes: diffFields(null, { label: v.label, parent: v.parent }),
      });
      count(created, 'vocabulary');
    }

    const records = <R extends StoredRecord>(
      section: Section,
      spec: RecordSpec<R>,
      after?: (r: R) => void,
    ) => {
      for (const r of bundle[section] as unknown as R[]) {
        if (getRecord(db, spec, r.id)) {
          count(unchanged, section);
          continue;
        }
        insertRecord(tx, spec, r, `${spec.entity}.import`);
        after?.(r);
        count(created, section);
      }
    };
    const rows = <T extends { id: string }>(section: Section, spec: RowTable<T>, list?: T[]) => {
      for (const r of list ?? (bundle[section] as unknown as T[])) {
        if (db.prepare(`SELECT 1 FROM ${spec.table} WHERE id = ?`).get(r.id)) {
          count(unchanged, section);
          continue;
        }
        insertRow(db, spec, r);
        tx.audit({
          action: `${spec.entity}.import`,
          entityType: spec.entity,
          entityId: r.id,
          changes: diffFields(null, r as unknown as Record<string, unknown>),
        });
        count(created, section);
      }
    };

    records('cases', CASE_SPEC, (c) => indexCase(tx, c));
    rows('caseStatusChanges', STATUS_CHANGES);
    rows('caseLinks', CASE_LINKS);
    records('journal', JOURNAL_SPEC, (j) => indexJournal(tx, j));
    const newParties: string[] = [];
    records('parties', PARTY_SPEC, (p) => newParties.push(p.id));
    rows('caseParties', CASE_PARTIES);
    records('seizures', SEIZURE_SPEC, (s) => reindexSeizure(tx, s));
    records('objects', objectSpec(db), (o) => reindexObject(tx, o));
    rows('legalStatusChanges', LEGAL_STATUS_CHANGES);
    for (const a of bundle.attachments) {
      const source = sources.get(a.id);
      if (!source) {
        count(unchanged, 'attachments');
        continue;
      }
      storeAttachment(tx, session, source(), {
        id: a.id,
        name: a.name,
        mediaType: a.mediaType,
        limit: Number.MAX_SAFE_INTEGER,
        ingestedAt: a.ingestedAt,
      });
      count(created, 'attachments');
    }
    records('externalChecks', CHECK_SPEC);
    rows('photos', PHOTOS);
    rows(
      'custody',
      CUSTODY,
      [...bundle.custody].sort((a, b) => a.seq - b.seq),
    );
    const counted = (outcome: 'created' | 'unchanged', section: Section) =>
      count(outcome === 'created' ? created : unchanged, section);
    importProvenance(tx, bundle, records, counted);
    importFinance(tx, bundle, records, counted);
    reindexFinance(db, bundle);
    importExperts(tx, records);
    importIndicators(tx, bundle, records, counted, session.actor.operatorName);
    importReports(tx, bundle.reports, records, counted);
    // Parties are indexed last: a kept party's entry includes the parties merged into it.
    for (const id of newParties) indexParty(tx, id);

    const total = Object.values(created).reduce((a, b) => a + b, 0);
    if (total > 0) {
      tx.audit({
        action: 'bundle.import',
        entityType: 'case_file',
        entityId: session.caseFileId,
        changes: {
          created: { before: null, after: created },
          cases: { before: null, after: bundle.cases.map((c) => c.reference) },
        },
      });
    }
    return { created, unchanged };
  });
  return result;
}
