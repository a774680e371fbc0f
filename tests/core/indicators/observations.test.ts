import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode, fixedClock } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import { recordDocument } from '../../../src/main/core/documents';
import { addPayment } from '../../../src/main/core/finance';
import {
  catalogue,
  currentIndicatorByCode,
  saveVersion,
} from '../../../src/main/core/indicators/catalogue';
import {
  addObservation,
  listObservations,
  updateObservation,
} from '../../../src/main/core/indicators/observations';
import { riskOverview } from '../../../src/main/core/indicators/risk';
import { listSuggestions } from '../../../src/main/core/indicators/suggestions';
import { createObject } from '../../../src/main/core/objects';
import type {
  Indicator,
  ObservationFieldsInput,
  ObservationView,
} from '../../../src/shared/domain/indicator';
import { RISK_FORMULA } from '../../../src/shared/indicators/risk';
import { expectCaseFileError, newCaseFile, OPERATOR } from '../../helpers/case-files';
import { moneyCase } from '../finance/fixtures';

async function setUp() {
  const cf = await newCaseFile();
  const { session } = cf;
  const m = moneyCase(session);
  const helmet = createObject(session, m.caseId, {
    exhibitNumber: 'E-1',
    typeL1: 'archaeological',
    title: 'Illyrian helmet',
  });
  const licence = recordDocument(session, m.caseId, {
    type: 'export-licence',
    number: '17/2019',
  });
  const wire = addPayment(session, {
    caseId: m.caseId,
    fields: {
      date: '2024-03-04',
      amount: { amount: '18000.00', currency: 'EUR' },
      payerAccountId: m.collectorAccount.id,
      beneficiaryAccountId: m.shellAccount.id,
    },
  });
  const other = createCase(session, {
    reference: 'ITCG-2026-0999',
    title: 'Another case',
    openedOn: '2026-02-02',
  });
  const foreignDoc = recordDocument(session, other.id, { type: 'invoice', number: 'F-1' });
  const code = (c: string) => currentIndicatorByCode(session.db, c) as Indicator;
  return { cf, session, m, caseId: m.caseId, helmet, licence, wire, foreignDoc, code };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

function onHelmet(s: Setup, over: Partial<ObservationFieldsInput> = {}): ObservationFieldsInput {
  return {
    indicatorId: s.code('A2').id,
    subject: { kind: 'object', id: s.helmet.id },
    observedBy: 'Insp. Marko Ilić',
    observedOn: '2026-02-28',
    evidence: [{ kind: 'document', id: s.licence.id }],
    note: 'Fresh soil in the cheek guards.',
    ...over,
  };
}

function fieldsOf(v: ObservationView): ObservationFieldsInput {
  return {
    indicatorId: v.indicatorId,
    subject: v.subject,
    observedBy: v.observedBy,
    observedOn: v.observedOn,
    evidence: v.evidence,
    note: v.note,
    status: v.status,
    dismissReason: v.dismissReason,
  };
}

async function refusedAt(fn: () => unknown, path: string[]) {
  const error = await expectCaseFileError(fn, CaseFileErrorCode.InvalidInput);
  expect((error.details as { issues: Array<{ path: string[] }> }).issues[0]?.path).toEqual(path);
  return error;
}

const setClock = (s: Setup, iso: string) => {
  s.cf.runtime.clock = fixedClock(new Date(iso));
};

describe('observations', () => {
  it('records an observation with its indicator, labels and first status, then edits it', async () => {
    const s = await setUp();
    const v = addObservation(s.session, { caseId: s.caseId, fields: onHelmet(s) });
    expect(v).toMatchObject({
      caseId: s.caseId,
      status: 'suspected',
      findingKey: null,
      versionNumber: 1,
      versionCurrent: true,
      subjectLabel: 'E-1 Illyrian helmet',
      indicator: { code: 'A2', weight: 4, theme: 'object' },
    });
    expect(v.evidenceLabels).toEqual([
      { kind: 'document', id: s.licence.id, label: expect.stringContaining('17/2019') },
    ]);
    expect(v.history).toEqual([{ status: 'suspected', at: v.createdAt, by: OPERATOR, reason: '' }]);

    const onPayment = addObservation(s.session, {
      caseId: s.caseId,
      fields: {
        indicatorId: s.code('C2').id,
        subject: { kind: 'payment', id: s.wire.id },
        observedBy: 'Insp. Marko Ilić',
        observedOn: '2026-02-28',
        evidence: [
          { kind: 'account', id: s.m.shellAccount.id },
          { kind: 'party', id: s.m.shell.id },
        ],
      },
    });
    expect(onPayment.subjectLabel).toBe(
      '2024-03-04, 18000.00 EUR, AT61 1904 3002 3457 3201 → CY17 0020 0128 0000 0012 0052 7600',
    );
    expect(onPayment.evidenceLabels.map((e) => e.label)).toEqual([
      'CY17 0020 0128 0000 0012 0052 7600',
      'Aphrodite Holdings Ltd',
    ]);

    // A note changed: no new history entry.
    const edited = updateObservation(s.session, {
      id: v.id,
      version: v.version,
      fields: { ...fieldsOf(v), note: 'Soil sampled.' },
    });
    expect(edited).toMatchObject({ version: 2, note: 'Soil sampled.' });
    expect(edited.history).toHaveLength(1);

    // A stale version is refused.
    await expectCaseFileError(
      () => updateObservation(s.session, { id: v.id, version: 1, fields: fieldsOf(v) }),
      CaseFileErrorCode.EditConflict,
    );

    expect(listObservations(s.session, { caseId: s.caseId }).map((o) => o.id)).toEqual([
      v.id,
      onPayment.id,
    ]);
    expect(
      listObservations(s.session, { caseId: s.caseId, objectId: s.helmet.id }).map((o) => o.id),
    ).toEqual([v.id]);
  });

  it('appends each change of status to the history; a dismissal needs its reason', async () => {
    const s = await setUp();
    const v = addObservation(s.session, { caseId: s.caseId, fields: onHelmet(s) });
    setClock(s, '2026-03-02T10:00:00Z');
    const confirmed = updateObservation(s.session, {
      id: v.id,
      version: v.version,
      fields: { ...fieldsOf(v), status: 'confirmed' },
    });
    await refusedAt(
      () =>
        updateObservation(s.session, {
          id: v.id,
          version: confirmed.version,
          fields: { ...fieldsOf(confirmed), status: 'dismissed', dismissReason: '  ' },
        }),
      ['dismissReason'],
    );
    setClock(s, '2026-03-03T10:00:00Z');
    const dismissed = updateObservation(s.session, {
      id: v.id,
      version: confirmed.version,
      fields: {
        ...fieldsOf(confirmed),
        status: 'dismissed',
        dismissReason: 'The soil is from the finder’s garden.',
      },
    });
    expect(dismissed.history).toEqual([
      { status: 'suspected', at: v.createdAt, by: OPERATOR, reason: '' },
      { status: 'confirmed', at: '2026-03-02T10:00:00.000Z', by: OPERATOR, reason: '' },
      {
        status: 'dismissed',
        at: '2026-03-03T10:00:00.000Z',
        by: OPERATOR,
        reason: 'The soil is from the finder’s garden.',
      },
    ]);
    const audit = s.session.db
      .prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .pluck()
      .all(v.id);
    expect(audit).toEqual(['observation.create', 'observation.update', 'observation.update']);
  });

  it('refuses, naming the field: an old version’s indicator, a subject it does not apply to, evidence of another case', async () => {
    const s = await setUp();
    const old = addObservation(s.session, { caseId: s.caseId, fields: onHelmet(s) });
    const v1 = catalogue(s.session);
    const edited = v1.indicators.map(({ id: _i, versionId: _v, ...d }) =>
      d.code === 'A2' ? { ...d, text: 'Fresh traces of soil (reworded).' } : d,
    );
    saveVersion(s.session, { baseVersionId: v1.version.id, name: 'Unit 2026', indicators: edited });

    const e = await refusedAt(
      () =>
        addObservation(s.session, {
          caseId: s.caseId,
          fields: onHelmet(s, { indicatorId: old.indicatorId }),
        }),
      ['indicatorId'],
    );
    expect(e.message).toContain('version 1');

    // The old observation keeps its wording and can still be edited under it.
    const kept = updateObservation(s.session, {
      id: old.id,
      version: old.version,
      fields: { ...fieldsOf(old), status: 'confirmed' },
    });
    expect(kept).toMatchObject({ versionNumber: 1, versionCurrent: false });
    expect(kept.indicator.text).toBe(old.indicator.text);
    const renewed = addObservation(s.session, { caseId: s.caseId, fields: onHelmet(s) });
    expect(renewed).toMatchObject({ versionNumber: 2, versionCurrent: true });
    expect(renewed.indicator.text).toBe('Fresh traces of soil (reworded).');

    await refusedAt(
      () =>
        addObservation(s.session, {
          caseId: s.caseId,
          fields: onHelmet(s, { indicatorId: s.code('C1').id }),
        }),
      ['subject', 'kind'],
    );
    await refusedAt(
      () =>
        addObservation(s.session, {
          caseId: s.caseId,
          fields: onHelmet(s, { evidence: [{ kind: 'document', id: s.foreignDoc.id }] }),
        }),
      ['evidence', '0', 'id'],
    );
    await refusedAt(
      () =>
        addObservation(s.session, {
          caseId: s.caseId,
          fields: onHelmet(s, {
            indicatorId: s.code('D5').id,
            subject: { kind: 'case', id: s.foreignDoc.caseId },
          }),
        }),
      ['subject', 'id'],
    );
    // Nothing refused was stored.
    expect(listObservations(s.session, { caseId: s.caseId })).toHaveLength(2);
  });
});

describe('risk overview', () => {
  it('rises when an observation is confirmed, and a week later shows it as last week’s score', async () => {
    const s = await setUp();
    const before = riskOverview(s.session, { caseId: s.caseId });
    expect(before).toMatchObject({ score: 0, scoreWeekAgo: 0, formula: RISK_FORMULA });
    expect(before.pendingSuggestions).toBe(
      listSuggestions(s.session, { caseId: s.caseId }).filter((x) => x.state === 'pending').length,
    );

    const v = addObservation(s.session, { caseId: s.caseId, fields: onHelmet(s) });
    addObservation(s.session, {
      caseId: s.caseId,
      fields: {
        indicatorId: s.code('D5').id,
        subject: { kind: 'case', id: s.caseId },
        observedBy: 'Insp. Marko Ilić',
        observedOn: '2026-02-28',
      },
    });
    expect(riskOverview(s.session, { caseId: s.caseId }).score).toBe(2 + 2.5);

    setClock(s, '2026-03-02T10:00:00Z');
    updateObservation(s.session, {
      id: v.id,
      version: v.version,
      fields: { ...fieldsOf(v), status: 'confirmed' },
    });
    const now = riskOverview(s.session, { caseId: s.caseId });
    expect(now).toMatchObject({ asOf: '2026-03-02', weekAgo: '2026-02-23', score: 4 + 2.5 });
    expect(now.scoreWeekAgo).toBe(0);
    expect(now.changes.map((c) => [c.code, c.from, c.to])).toEqual([
      ['A2', 'suspected', 'confirmed'],
      ['D5', null, 'suspected'],
      ['A2', null, 'suspected'],
    ]);
    const object = riskOverview(s.session, { caseId: s.caseId, objectId: s.helmet.id });
    expect(object.score).toBe(4);
    expect(object.scope).toEqual({ caseId: s.caseId, objectId: s.helmet.id });
    expect(object.themes.find((t) => t.theme === 'object')?.indicators[0]).toMatchObject({
      code: 'A2',
      status: 'confirmed',
      observationIds: [v.id],
    });

    // Six days later the week began before the confirmation: still suspected then.
    setClock(s, '2026-03-08T09:00:00Z');
    expect(riskOverview(s.session, { caseId: s.caseId }).scoreWeekAgo).toBe(2 + 2.5);
    // A week after it, last week's score already has it confirmed and nothing changed since.
    setClock(s, '2026-03-09T09:00:00Z');
    const later = riskOverview(s.session, { caseId: s.caseId });
    expect(later).toMatchObject({ score: 6.5, scoreWeekAgo: 6.5, changes: [] });
  });
});
