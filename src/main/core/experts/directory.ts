import { Id } from '../../../shared/domain/common';
import {
  ExpertFields,
  type ConsultationRecord,
  type ExpertFieldsInput,
  type ExpertRecord,
} from '../../../shared/domain/expert';
import {
  ExpertListQuery,
  type ExpertDetail,
  type ExpertView,
} from '../../../shared/domain/expert-views';
import { consultationState, isoDay, medianDays } from '../../../shared/experts/consultation-state';
import { fold } from '../../../shared/search/fold';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { UpdateInput } from '../objects/references';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { requireCode } from '../vocab/vocabulary';
import { consultationViews } from './consultations';
import { CONSULTATION_SPEC, EXPERT_SPEC } from './specs';

/**
 * The directory of experts, shared by every case of the case file (a unit consults the same
 * numismatist for many cases). An expert is one person at one institution in one country: a second
 * entry whose name, institution and country fold alike ("Петровић" = "Petrović" = "PETROVIC") is
 * refused, naming the first. Each expert is shown with the record of their consultations across
 * cases: how many, how many open or overdue today (from the injected clock), how many opinions,
 * and the median turnaround.
 */
const WHAT = 'expert';

/** Folded text with runs of spaces collapsed: what two spellings of one name have in common. */
const folded = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

/** The identity of an expert in the directory: folded name and institution, and the country. */
export function expertKey(e: {
  name: string;
  institution: string;
  country: string | null;
}): string {
  return `${folded(e.name)}\u0001${folded(e.institution)}\u0001${e.country ?? ''}`;
}

/** Every expert of the directory (active or not), by name. */
export function allExperts(db: Sqlite): ExpertRecord[] {
  return sortByName(listRecords<ExpertRecord>(db, EXPERT_SPEC, '1 = 1', []));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function sortByName<T extends { name: string; id: string }>(items: T[]): T[] {
  const keyed = items.map((item) => ({ item, key: folded(item.name) }));
  keyed.sort(
    (a, b) =>
      collator.compare(a.key, b.key) ||
      collator.compare(a.item.name, b.item.name) ||
      (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
  );
  return keyed.map((k) => k.item);
}

/** The expert already in the directory under the same identity (see {@link expertKey}). */
export function findSameExpert(
  db: Sqlite,
  fields: { name: string; institution: string; country: string | null },
  excludeId: string | null,
): ExpertRecord | null {
  const key = expertKey(fields);
  const candidates = listRecords<ExpertRecord>(db, EXPERT_SPEC, 'country IS ? AND id <> ?', [
    fields.country,
    excludeId ?? '',
  ]);
  return candidates.find((e) => expertKey(e) === key) ?? null;
}

/** "Dr Ana Petrović, National Museum of Serbia (RS)": how a refusal names an expert. */
export function describeExpert(e: {
  name: string;
  title?: string;
  institution: string;
  country: string | null;
}): string {
  const who = e.title ? `${e.title} ${e.name}` : e.name;
  const where = [e.institution, e.country ? `(${e.country})` : ''].filter(Boolean).join(' ');
  return where ? `${who}, ${where}` : who;
}

function duplicateError(other: ExpertRecord): CaseFileError {
  const message = `the directory already has ${describeExpert(other)}; open that entry instead of adding the expert again`;
  return new CaseFileError(
    CaseFileErrorCode.AlreadyExists,
    `Invalid ${WHAT} (name): ${message}. Nothing was saved.`,
    { entity: 'expert', id: other.id, issues: [{ path: ['name'], message }] },
  );
}

/**
 * Fields of an expert, parsed and checked against the `expertise_field` vocabulary; repeated
 * fields and languages are kept once. A retired field is refused as a new choice but kept when
 * the expert already had it. `path` prefixes the issue paths (a row of an imported file).
 */
export function checkExpertFields(
  db: Sqlite,
  fields: ExpertFields,
  previous: ExpertRecord | null,
  pathPrefix = '',
): ExpertFields {
  const kept = new Set(previous?.fields ?? []);
  const codes = [...new Set(fields.fields)];
  codes.forEach((code, i) =>
    requireCode(db, 'expertise_field', code, `${pathPrefix}fields.${i}`, {
      allowRetired: kept.has(code),
    }),
  );
  return { ...fields, fields: codes, languages: [...new Set(fields.languages)] };
}

// ── Views ─────────────────────────────────────────────────────────────────────────────────────

interface ConsultationDatesRow {
  expert_id: string;
  status: ConsultationRecord['status'];
  deadline: string | null;
  sent_on: string | null;
  received_on: string | null;
}

/** A consultation was sent unless it is a draft, or was withdrawn before it went out. */
function wasSent(c: { status: string; sent_on: string | null }): boolean {
  return c.status === 'sent' || c.status === 'received' || c.sent_on !== null;
}

/** The experts with their record of consultations, as of `today` (YYYY-MM-DD). */
export function expertViews(
  db: Sqlite,
  experts: readonly ExpertRecord[],
  today: string,
): ExpertView[] {
  if (experts.length === 0) return [];
  const ids = JSON.stringify(experts.map((e) => e.id));
  const consultations = db
    .prepare(
      `SELECT expert_id, status, deadline, sent_on, json_extract(data, '$.receivedOn') AS received_on
         FROM consultation WHERE expert_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids) as ConsultationDatesRow[];
  const opinions = new Map(
    (
      db
        .prepare(
          `SELECT expert_id, count(*) AS n FROM opinion
            WHERE expert_id IN (SELECT value FROM json_each(?)) GROUP BY expert_id`,
        )
        .all(ids) as Array<{ expert_id: string; n: number }>
    ).map((r) => [r.expert_id, r.n]),
  );
  const byExpert = new Map<string, ConsultationDatesRow[]>();
  for (const c of consultations) {
    const list = byExpert.get(c.expert_id) ?? [];
    list.push(c);
    byExpert.set(c.expert_id, list);
  }
  return experts.map((expert) => {
    let consultationCount = 0;
    let openCount = 0;
    let overdueCount = 0;
    let lastConsultedOn: string | null = null;
    const turnarounds: number[] = [];
    for (const c of byExpert.get(expert.id) ?? []) {
      if (wasSent(c)) consultationCount += 1;
      if (c.status === 'sent') openCount += 1;
      const derived = consultationState(
        { status: c.status, deadline: c.deadline, sentOn: c.sent_on, receivedOn: c.received_on },
        today,
      );
      if (derived.state === 'overdue') overdueCount += 1;
      if (derived.turnaroundDays !== null) turnarounds.push(derived.turnaroundDays);
      if (c.sent_on !== null && (lastConsultedOn === null || c.sent_on > lastConsultedOn)) {
        lastConsultedOn = c.sent_on;
      }
    }
    return {
      ...expert,
      consultationCount,
      openCount,
      overdueCount,
      opinionCount: opinions.get(expert.id) ?? 0,
      medianTurnaroundDays: medianDays(turnarounds),
      lastConsultedOn,
    };
  });
}

/** Today as the injected clock says (UTC calendar date). */
export function today(session: CaseFileSession): string {
  return isoDay(session.runtime.clock.now());
}

function expertView(session: CaseFileSession, db: Sqlite, id: string): ExpertView {
  return expertViews(db, [requireRecord(db, EXPERT_SPEC, id)], today(session))[0] as ExpertView;
}

// ── Services ──────────────────────────────────────────────────────────────────────────────────

/**
 * The experts matching the query, by name: by field of expertise, country, spoken language, and
 * text (every word of it, folded, found in the name, title, institution, e-mail, notes or
 * accreditation). Experts who are no longer active are listed only when asked for.
 */
export function listExperts(session: CaseFileSession, query: unknown): ExpertView[] {
  const q = parseInput(ExpertListQuery, query ?? {}, 'expert search');
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (!q.includeInactive) where.push('active = 1');
  if (q.country) {
    where.push('country = ?');
    params.push(q.country);
  }
  const words = q.text ? folded(q.text).split(' ').filter(Boolean) : [];
  const experts = listRecords<ExpertRecord>(
    session.db,
    EXPERT_SPEC,
    where.length > 0 ? where.join(' AND ') : '1 = 1',
    params,
  ).filter((e) => {
    if (q.field && !e.fields.includes(q.field)) return false;
    if (q.language && !e.languages.includes(q.language)) return false;
    if (words.length === 0) return true;
    const haystack = folded(
      [e.name, e.title, e.institution, e.email, e.notes, e.accreditation, e.courtRegistration].join(
        '\n',
      ),
    );
    return words.every((w) => haystack.includes(w));
  });
  return expertViews(session.db, sortByName(experts), today(session));
}

/** The expert with every consultation addressed to them (all cases, drafts too), newest first. */
export function getExpert(session: CaseFileSession, id: string): ExpertDetail {
  const expertId = parseInput(Id, id, 'expert id');
  const db = session.db;
  const day = today(session);
  const expert = expertViews(db, [requireRecord(db, EXPERT_SPEC, expertId)], day)[0] as ExpertView;
  const records = listRecords<ConsultationRecord>(
    db,
    CONSULTATION_SPEC,
    'expert_id = ?',
    [expertId],
    'coalesce(sent_on, substr(created_at, 1, 10)) DESC, created_at DESC, id DESC',
  );
  return { expert, consultations: consultationViews(db, records, day) };
}

export function addExpert(
  session: CaseFileSession,
  input: { fields: ExpertFieldsInput },
): ExpertView {
  const raw = parseInput(ExpertFields, (input as { fields?: unknown } | null)?.fields, WHAT);
  return write(session, (tx) => {
    const fields = checkExpertFields(tx.db, raw, null);
    const same = findSameExpert(tx.db, fields, null);
    if (same) throw duplicateError(same);
    const record: ExpertRecord = { ...fields, ...newMeta(tx) };
    insertRecord(tx, EXPERT_SPEC, record);
    return expertView(session, tx.db, record.id);
  });
}

/** Replaces an expert's fields; refused on a stale version (EDIT_CONFLICT) or a duplicate. */
export function updateExpert(
  session: CaseFileSession,
  input: { id: string; version: number; fields: ExpertFieldsInput },
): ExpertView {
  const { id, version, fields: rawFields } = parseInput(UpdateInput, input, `${WHAT} change`);
  const raw = parseInput(ExpertFields, rawFields, WHAT);
  return write(session, (tx) => {
    const current = requireRecord(tx.db, EXPERT_SPEC, id);
    const fields = checkExpertFields(tx.db, raw, current);
    // Checked after the version (inside the change): a stale edit is an edit conflict first.
    updateRecord(tx, EXPERT_SPEC, id, version, () => {
      const same = findSameExpert(tx.db, fields, id);
      if (same) throw duplicateError(same);
      return fields;
    });
    return expertView(session, tx.db, id);
  });
}
