import { z } from 'zod';
import { Id, Text } from '../../../shared/domain/common';
import type { Finding } from '../../../shared/domain/finding';
import {
  ObservationEvidence,
  ObservationFields,
  OBSERVATION_EVIDENCE_KINDS,
  type Indicator,
  type ObservationRecord,
  type ObservationView,
  type Suggestion,
  type SuggestionDecision,
} from '../../../shared/domain/indicator';
import { indicatorCodesOf } from '../../../shared/indicators/rule-indicators';
import { caseFindings } from '../analysis/findings';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { CASE_SPEC } from '../cases/cases';
import { insertRecord, newMeta, requireRecord } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { currentIndicatorByCode } from './catalogue';
import { observationView, requireEvidenceOfCase } from './observations';
import { OBSERVATION_SPEC } from './specs';

/**
 * Suggestions (issue #8 point 4): every finding of the analysis registry that maps to indicator
 * codes (shared/indicators/rule-indicators.ts) suggests each of them. Nothing is recorded
 * silently: a person accepts a suggestion (it becomes an observation citing the finding's
 * evidence, in the same transaction as the decision) or dismisses it with a reason. A decision
 * refers to `<findingKey>#<indicatorCode>`, so it finds its suggestion again as long as the
 * finding's rule, object and evidence are the same.
 */

export const SuggestionQuery = z.object({ caseId: Id, objectId: Id.optional() }).strict();

export const AcceptSuggestionInput = z
  .object({
    caseId: Id,
    key: z.string().min(1).max(300),
    status: z.enum(['suspected', 'confirmed']).optional(),
    note: Text.optional(),
    evidence: z.array(ObservationEvidence).max(100).optional(),
  })
  .strict();

export const DismissSuggestionInput = z
  .object({
    caseId: Id,
    key: z.string().min(1).max(300),
    reason: Text.pipe(z.string().trim().min(1, 'say why the suggestion is dismissed')),
  })
  .strict();

interface DecisionRow {
  id: string;
  case_id: string;
  finding_key: string;
  indicator_code: string;
  decision: 'accepted' | 'dismissed';
  data: string;
  decided_at: string;
}

interface DecisionData {
  reason: string;
  observationId: string | null;
  decidedBy: string;
}

function toDecision(row: DecisionRow): SuggestionDecision {
  const data = JSON.parse(row.data) as DecisionData;
  return {
    id: row.id,
    caseId: row.case_id,
    findingKey: row.finding_key,
    indicatorCode: row.indicator_code,
    decision: row.decision,
    reason: data.reason,
    observationId: data.observationId,
    decidedAt: row.decided_at,
    decidedBy: data.decidedBy,
  };
}

const decisionKey = (findingKey: string, code: string) => `${findingKey}#${code}`;

function decisionsOf(db: Sqlite, caseId: string): Map<string, SuggestionDecision> {
  const rows = db
    .prepare('SELECT * FROM suggestion_decision WHERE case_id = ?')
    .all(caseId) as DecisionRow[];
  return new Map(
    rows.map((r) => [decisionKey(r.finding_key, r.indicator_code), toDecision(r)] as const),
  );
}

/** The suggestions of the case (or one object of it) as the data shows them now. */
function suggestionsOf(
  session: CaseFileSession,
  caseId: string,
  objectId: string | undefined,
): Suggestion[] {
  const report = caseFindings(session, { caseId, ...(objectId ? { objectId } : {}) });
  const decisions = decisionsOf(session.db, caseId);
  const indicators = new Map<string, Indicator | null>();
  const indicatorOf = (code: string) => {
    if (!indicators.has(code)) indicators.set(code, currentIndicatorByCode(session.db, code));
    return indicators.get(code) ?? null;
  };
  return report.findings.flatMap((finding) =>
    indicatorCodesOf(finding).map((code): Suggestion => {
      const key = decisionKey(finding.key, code);
      const decision = decisions.get(key) ?? null;
      return {
        key,
        indicatorCode: code,
        indicator: indicatorOf(code),
        finding,
        state: decision?.decision ?? 'pending',
        decision,
      };
    }),
  );
}

/** Suggestions from the findings registry, pending or with the decision taken on them. */
export function listSuggestions(
  session: CaseFileSession,
  query: { caseId: string; objectId?: string | undefined },
): Suggestion[] {
  const { caseId, objectId } = parseInput(SuggestionQuery, query, 'suggestion query');
  return suggestionsOf(session, caseId, objectId);
}

/** The suggestion with this key as the data shows it now; refused when there is none. */
function requireSuggestion(session: CaseFileSession, caseId: string, key: string): Suggestion {
  const found = suggestionsOf(session, caseId, undefined).find((s) => s.key === key);
  if (!found) {
    throw new CaseFileError(
      CaseFileErrorCode.NotFound,
      'The case data no longer shows this suggestion (the records behind it changed). Nothing was saved; reload the suggestions.',
      { entity: 'suggestion', key },
    );
  }
  return found;
}

function refuseDecided(s: Suggestion): void {
  if (s.decision === null) return;
  throw new CaseFileError(
    CaseFileErrorCode.NotAllowed,
    `This suggestion was already ${s.decision.decision} by ${s.decision.decidedBy} on ${s.decision.decidedAt.slice(0, 10)}. Nothing was saved.`,
    { entity: 'suggestion', key: s.key, decision: s.decision.decision },
  );
}

const OBSERVABLE = new Set<string>(OBSERVATION_EVIDENCE_KINDS);

/** The finding's evidence that an observation can cite (a case is the subject, not evidence). */
function findingEvidence(f: Finding): ObservationEvidence[] {
  return f.evidence.flatMap((e) =>
    OBSERVABLE.has(e.kind) ? [{ kind: e.kind as ObservationEvidence['kind'], id: e.id }] : [],
  );
}

/** What the observation is about: the finding's object, a person finding's party, else the case. */
function subjectOf(f: Finding): ObservationRecord['subject'] {
  if (f.objectId !== null) return { kind: 'object', id: f.objectId };
  const party = f.evidence.find((e) => e.kind === 'party');
  if (f.domain === 'party' && party) return { kind: 'party', id: party.id };
  return { kind: 'case', id: f.caseId };
}

function insertDecision(
  tx: Parameters<Parameters<typeof write>[1]>[0],
  session: CaseFileSession,
  s: Suggestion,
  caseId: string,
  decision: 'accepted' | 'dismissed',
  reason: string,
  observationId: string | null,
): SuggestionDecision {
  const row: SuggestionDecision = {
    id: tx.newId(),
    caseId,
    findingKey: s.finding.key,
    indicatorCode: s.indicatorCode,
    decision,
    reason,
    observationId,
    decidedAt: tx.now.toISOString(),
    decidedBy: session.actor.operatorName,
  };
  const data: DecisionData = { reason, observationId, decidedBy: row.decidedBy };
  tx.db
    .prepare(
      `INSERT INTO suggestion_decision
         (id, case_id, finding_key, indicator_code, decision, data, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      row.id,
      caseId,
      row.findingKey,
      row.indicatorCode,
      decision,
      JSON.stringify(data),
      row.decidedAt,
    );
  tx.audit({
    action: decision === 'accepted' ? 'suggestion.accept' : 'suggestion.dismiss',
    entityType: 'suggestion_decision',
    entityId: row.id,
    changes: diffFields(null, {
      caseId,
      findingKey: row.findingKey,
      indicatorCode: row.indicatorCode,
      decision,
      reason,
      observationId,
    }),
  });
  return row;
}

/**
 * Records the suggestion as an observation (suspected unless said otherwise; observed by the
 * operator, today; on the finding's object, else the case) citing the finding's evidence and any
 * given, with the decision, in one audited transaction. Refused when the data no longer shows the
 * suggestion, when it was already decided, or when the current catalogue has no indicator with
 * its code.
 */
export function acceptSuggestion(
  session: CaseFileSession,
  input: {
    caseId: string;
    key: string;
    status?: 'suspected' | 'confirmed' | undefined;
    note?: string | undefined;
    evidence?: unknown[] | undefined;
  },
): ObservationView {
  const r = parseInput(AcceptSuggestionInput, input, 'acceptance');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, r.caseId);
    const s = requireSuggestion(session, r.caseId, r.key);
    refuseDecided(s);
    const indicator = s.indicator;
    if (indicator === null) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        `The current indicator catalogue has no indicator ${s.indicatorCode}: this suggestion cannot be recorded. Nothing was saved.`,
        { entity: 'suggestion', key: s.key, indicatorCode: s.indicatorCode },
      );
    }
    // The given evidence first, then the finding's; each once, at most what an observation holds.
    const seen = new Set<string>();
    const evidence = [...(r.evidence ?? []), ...findingEvidence(s.finding)]
      .filter((e) => {
        const k = `${e.kind}/${e.id}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .slice(0, 100);
    // What the person adds must be a record of this case (the finding's evidence is).
    requireEvidenceOfCase(tx.db, r.caseId, r.evidence ?? []);
    const status = r.status ?? 'suspected';
    const fields = parseInput(
      ObservationFields,
      {
        indicatorId: indicator.id,
        subject: subjectOf(s.finding),
        observedBy: session.actor.operatorName,
        observedOn: tx.now.toISOString().slice(0, 10),
        evidence,
        note: r.note ?? '',
        status,
      },
      'observation',
    );
    const record: ObservationRecord = {
      ...fields,
      caseId: r.caseId,
      findingKey: s.finding.key,
      history: [
        {
          status,
          at: tx.now.toISOString(),
          by: session.actor.operatorName,
          reason: 'accepted from suggestion',
        },
      ],
      ...newMeta(tx),
    };
    insertRecord(tx, OBSERVATION_SPEC, record);
    insertDecision(tx, session, s, r.caseId, 'accepted', '', record.id);
    return observationView(tx.db, record);
  });
}

/** Dismisses the suggestion with a reason (required), audited; returns it as dismissed. */
export function dismissSuggestion(
  session: CaseFileSession,
  input: { caseId: string; key: string; reason: string },
): Suggestion {
  const r = parseInput(DismissSuggestionInput, input, 'dismissal');
  return write(session, (tx) => {
    requireRecord(tx.db, CASE_SPEC, r.caseId);
    const s = requireSuggestion(session, r.caseId, r.key);
    refuseDecided(s);
    const decision = insertDecision(tx, session, s, r.caseId, 'dismissed', r.reason, null);
    return { ...s, state: 'dismissed', decision };
  });
}
