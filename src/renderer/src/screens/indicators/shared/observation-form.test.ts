import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import { ObservationFields, type Indicator } from '../../../../../shared/domain/indicator';
import { fieldForPath } from '../../../lib/form-errors';
import {
  claimObservationIssues,
  indicatorOptions,
  newObservationValues,
  observationFields,
  optionValue,
  splitOptionValue,
} from './observation-form';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CASE = id(90);
const VERSION = id(80);

const indicator = (n: number, code: string, over: Partial<Indicator>): Indicator => ({
  id: id(n),
  versionId: VERSION,
  code,
  theme: 'object',
  text: `Indicator ${code}`,
  source: '',
  weight: 3,
  appliesTo: ['object'],
  ...over,
});

describe('observation form', () => {
  it('sends a case observation with the case as subject and the picked evidence', () => {
    const v = {
      ...newObservationValues({ subject: null, observedBy: 'Ana', today: '2026-03-02' }),
      indicatorId: id(1),
      evidence: [optionValue('document', id(5)), optionValue('provenance_event', id(6))],
    };
    const fields = observationFields(v, CASE);
    expect(fields.subject).toEqual({ kind: 'case', id: CASE });
    expect(fields.evidence).toEqual([
      { kind: 'document', id: id(5) },
      { kind: 'provenance_event', id: id(6) },
    ]);
    // What the form sends is what the core accepts.
    expect(ObservationFields.safeParse(fields).success).toBe(true);
  });

  it('starts on the record it was opened from and drops a dismiss reason unless dismissed', () => {
    const v = newObservationValues({
      subject: { kind: 'object', id: id(7) },
      observedBy: 'Ana',
      today: '2026-03-02',
    });
    expect(v.subjectKind).toBe('object');
    const fields = observationFields({ ...v, indicatorId: id(1), dismissReason: 'typed' }, CASE);
    expect(fields.subject).toEqual({ kind: 'object', id: id(7) });
    expect(fields.dismissReason).toBe('');
    const dismissed = observationFields(
      { ...v, indicatorId: id(1), status: 'dismissed', dismissReason: '' },
      CASE,
    );
    const parsed = ObservationFields.safeParse(dismissed);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['dismissReason']);
  });

  it('splits an option value at the first colon only', () => {
    expect(splitOptionValue('payment:abc:def')).toEqual({ kind: 'payment', id: 'abc:def' });
  });

  it("places main's refusals on the form's fields", () => {
    const values = newObservationValues({ subject: null, observedBy: '', today: '2026-03-02' });
    const error = claimObservationIssues({
      code: CaseFileErrorCode.InvalidInput,
      message: 'invalid',
      details: {
        issues: [
          { path: ['fields', 'subject', 'id'], message: 'not an identifier' },
          { path: ['evidence', '2', 'id'], message: 'no such record' },
          { path: ['fields', 'observedBy'], message: 'who observed it?' },
        ],
      },
    });
    const paths = (error.details?.['issues'] as { path: string[] }[]).map((i) => i.path);
    expect(paths).toEqual([['subjectId'], ['evidence'], ['observedBy']]);
    expect(paths.map((p) => fieldForPath(values, p))).toEqual([
      'subjectId',
      'evidence',
      'observedBy',
    ]);
  });

  it('offers the indicators that apply to the subject, by theme, keeping the edited one', () => {
    const list = [
      indicator(1, 'A1', {}),
      indicator(2, 'C1', { theme: 'transaction', appliesTo: ['payment', 'case'] }),
      indicator(3, 'B1', { theme: 'documents', appliesTo: ['document', 'object'] }),
    ];
    const theme = (t: string) => t.toUpperCase();
    expect(indicatorOptions(list, 'object', theme, null)).toEqual([
      { group: 'OBJECT', items: [{ value: id(1), label: 'A1 — Indicator A1' }] },
      { group: 'DOCUMENTS', items: [{ value: id(3), label: 'B1 — Indicator B1' }] },
    ]);
    expect(indicatorOptions(list, 'payment', theme, null)).toEqual([
      { group: 'TRANSACTION', items: [{ value: id(2), label: 'C1 — Indicator C1' }] },
    ]);
    const old = indicator(9, 'A1', { text: 'Old wording', versionId: id(81) });
    const groups = indicatorOptions(list, 'payment', theme, old);
    expect(groups.map((g) => g.group)).toEqual(['OBJECT', 'TRANSACTION']);
    expect(groups[0]?.items).toEqual([{ value: id(9), label: 'A1 — Old wording' }]);
  });
});
