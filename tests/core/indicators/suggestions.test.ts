import { describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core/case-file/session';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  acceptSuggestion,
  dismissSuggestion,
  listSuggestions,
} from '../../../src/main/core/indicators/suggestions';
import { OBSERVATION_SPEC } from '../../../src/main/core/indicators/specs';
import { createObject } from '../../../src/main/core/objects';
import { createParty } from '../../../src/main/core/parties/parties';
import { assignRole } from '../../../src/main/core/parties/party-roles';
import { requireRecord } from '../../../src/main/core/records/record-store';
import { CaseFileErrorCode } from '../../../src/shared/case-file/errors';
import { Suggestion } from '../../../src/shared/domain/indicator';
import { expectCaseFileError, newCaseFile, OPERATOR } from '../../helpers/case-files';
import { storePayment } from '../analysis/finance/fixtures';

/* Suggestions over a real encrypted case file: findings of the registry mapped to indicators of
 * the current catalogue, accepted (an observation citing the finding's evidence, with the
 * decision, in one audited transaction) or dismissed with a reason; refusals write nothing. */

async function suggestionCase() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0080',
    title: 'Palmyra',
    openedOn: '2026-01-10',
  });
  const earlier = createCase(session, {
    reference: 'ITCG-2024-0003',
    title: 'Earlier',
    openedOn: '2024-01-10',
  });
  const relief = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    typeL1: 'archaeological',
    title: 'Funerary relief',
    countryOfOrigin: 'SY',
    countryOfOriginCertainty: 'certain',
  });
  const payment = storePayment(session, c.id, {
    date: '2026-01-20',
    amount: { amount: '12000', currency: 'EUR' },
    method: 'cash',
    payer: { partyId: null, name: 'Marko Petrović' },
    beneficiary: { partyId: null, name: 'Galerie Orion' },
  });
  const courier = createParty(session, { kind: 'person', givenNames: 'Ivo', familyName: 'Kurir' });
  assignRole(session, { caseId: c.id, partyId: courier.id, role: 'witness' });
  assignRole(session, { caseId: earlier.id, partyId: courier.id, role: 'courier' });
  return { session, c, relief, payment, courier };
}

const auditCount = (session: CaseFileSession) =>
  session.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
const rowsOf = (session: CaseFileSession, table: string) =>
  session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function pick(list: Suggestion[], ruleId: string): Suggestion {
  const s = list.find((x) => x.finding.ruleId === ruleId);
  if (!s) throw new Error(`no suggestion of ${ruleId}: ${list.map((x) => x.key).join(', ')}`);
  return s;
}

describe('suggestions', () => {
  it('lists the findings’ indicators as pending, with the current catalogue’s indicator', async () => {
    const { session, c, relief, courier } = await suggestionCase();
    const list = listSuggestions(session, { caseId: c.id });
    for (const s of list) expect(Suggestion.parse(s)).toEqual(s);
    const conflict = pick(list, 'object.conflict-country');
    expect(conflict).toMatchObject({ indicatorCode: 'A6', state: 'pending', decision: null });
    expect(conflict.key).toBe(`${conflict.finding.key}#A6`);
    expect(conflict.indicator).toMatchObject({ code: 'A6', theme: 'object' });
    expect(conflict.finding.objectId).toBe(relief.id);
    expect(pick(list, 'finance.cash')).toMatchObject({ indicatorCode: 'C1' });
    expect(pick(list, 'finance.cash').finding.severity).toBe('high');
    const prior = pick(list, 'party.prior-cases');
    expect(prior.indicatorCode).toBe('D2');
    expect(prior.finding.params['cases']).toBe('ITCG-2024-0003 (courier)');
    expect(prior.finding.evidence[0]).toMatchObject({ kind: 'party', id: courier.id });
    // For the object: its suggestions only.
    const forObject = listSuggestions(session, { caseId: c.id, objectId: relief.id });
    expect(forObject.length).toBeGreaterThan(0);
    expect(forObject.every((s) => s.finding.objectId === relief.id)).toBe(true);
  });

  it('accepting makes an observation citing the finding’s evidence and the given, once', async () => {
    const { session, c, relief, payment } = await suggestionCase();
    const s = pick(listSuggestions(session, { caseId: c.id }), 'object.conflict-country');
    const before = auditCount(session);
    const view = acceptSuggestion(session, {
      caseId: c.id,
      key: s.key,
      note: 'Relief of Palmyra type',
      evidence: [{ kind: 'payment', id: payment.id }],
    });
    expect(view).toMatchObject({
      caseId: c.id,
      status: 'suspected',
      subject: { kind: 'object', id: relief.id },
      observedBy: OPERATOR,
      observedOn: '2026-03-01',
      note: 'Relief of Palmyra type',
      findingKey: s.finding.key,
      indicator: { code: 'A6' },
      versionNumber: 1,
      versionCurrent: true,
    });
    expect(view.evidence).toEqual([
      { kind: 'payment', id: payment.id },
      { kind: 'object', id: relief.id },
    ]);
    expect(view.history).toEqual([
      { status: 'suspected', at: view.createdAt, by: OPERATOR, reason: 'accepted from suggestion' },
    ]);
    const stored = requireRecord(session.db, OBSERVATION_SPEC, view.id);
    expect(stored.findingKey).toBe(s.finding.key);
    const actions = session.db
      .prepare('SELECT action FROM audit_log WHERE seq > ? ORDER BY seq')
      .pluck()
      .all(before);
    expect(actions).toEqual(['observation.create', 'suggestion.accept']);

    const after = pick(listSuggestions(session, { caseId: c.id }), 'object.conflict-country');
    expect(after).toMatchObject({
      state: 'accepted',
      decision: { decision: 'accepted', observationId: view.id, decidedBy: OPERATOR },
    });

    const audit = auditCount(session);
    await expectCaseFileError(
      () => acceptSuggestion(session, { caseId: c.id, key: s.key }),
      CaseFileErrorCode.NotAllowed,
    );
    await expectCaseFileError(
      () => dismissSuggestion(session, { caseId: c.id, key: s.key, reason: 'late' }),
      CaseFileErrorCode.NotAllowed,
    );
    expect(auditCount(session)).toBe(audit);
    expect(rowsOf(session, 'indicator_observation')).toBe(1);
  });

  it('confirmed on request; an unknown key or bad evidence is refused and writes nothing', async () => {
    const { session, c } = await suggestionCase();
    const s = pick(listSuggestions(session, { caseId: c.id }), 'finance.cash');
    const audit = auditCount(session);
    await expectCaseFileError(
      () => acceptSuggestion(session, { caseId: c.id, key: `${s.finding.key}#Z9` }),
      CaseFileErrorCode.NotFound,
    );
    await expectCaseFileError(
      () =>
        acceptSuggestion(session, {
          caseId: c.id,
          key: s.key,
          evidence: [{ kind: 'spaceship', id: c.id }],
        }),
      CaseFileErrorCode.InvalidInput,
    );
    await expectCaseFileError(
      () =>
        acceptSuggestion(session, {
          caseId: c.id,
          key: s.key,
          evidence: [{ kind: 'payment', id: '00000000-0000-4000-8000-00000000ffff' }],
        }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(auditCount(session)).toBe(audit);
    expect(rowsOf(session, 'suggestion_decision')).toBe(0);
    const view = acceptSuggestion(session, { caseId: c.id, key: s.key, status: 'confirmed' });
    expect(view.status).toBe('confirmed');
    expect(view.subject).toEqual({ kind: 'case', id: c.id });
    expect(view.evidence.map((e) => e.kind)).toEqual(['payment']);
  });

  it('dismissing needs a reason; with one the suggestion is dismissed, audited', async () => {
    const { session, c, courier } = await suggestionCase();
    const s = pick(listSuggestions(session, { caseId: c.id }), 'party.prior-cases');
    const audit = auditCount(session);
    for (const reason of ['', '   ']) {
      await expectCaseFileError(
        () => dismissSuggestion(session, { caseId: c.id, key: s.key, reason }),
        CaseFileErrorCode.InvalidInput,
      );
    }
    expect(auditCount(session)).toBe(audit);
    expect(rowsOf(session, 'suggestion_decision')).toBe(0);

    const dismissed = dismissSuggestion(session, {
      caseId: c.id,
      key: s.key,
      reason: 'Acquitted in that case',
    });
    expect(dismissed).toMatchObject({
      key: s.key,
      state: 'dismissed',
      decision: { decision: 'dismissed', reason: 'Acquitted in that case', observationId: null },
    });
    const last = session.db
      .prepare('SELECT action, entity_type FROM audit_log ORDER BY seq DESC LIMIT 1')
      .get();
    expect(last).toEqual({ action: 'suggestion.dismiss', entity_type: 'suggestion_decision' });
    expect(pick(listSuggestions(session, { caseId: c.id }), 'party.prior-cases').state).toBe(
      'dismissed',
    );
    expect(rowsOf(session, 'indicator_observation')).toBe(0);
    // Accepting the other finding on the party would make it the observation's subject.
    expect(courier.id).toBeTruthy();
  });
});
