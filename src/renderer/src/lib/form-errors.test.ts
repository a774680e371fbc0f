import { describe, expect, it } from 'vitest';
import { applyFieldErrors, fieldForPath, inputIssues } from './form-errors';

const values = {
  reference: 'UKP-2026-017',
  offences: ['nicosia-3', 'bogus'],
  place: { address: '', country: null },
  inscriptions: [{ text: 'IC XC', language: '' }],
};

function target() {
  const seen: Record<string, string>[] = [];
  return {
    seen,
    form: { getValues: () => values, setErrors: (e: Record<string, string>) => seen.push(e) },
  };
}

const invalid = (...issues: { path: string[]; message: string }[]) => ({
  code: 'INVALID_INPUT',
  message: 'Invalid case',
  details: { issues },
});

describe('fieldForPath', () => {
  it('names a plain field, a nested field and an item of a list of objects', () => {
    expect(fieldForPath(values, ['reference'])).toBe('reference');
    expect(fieldForPath(values, ['place', 'country'])).toBe('place.country');
    expect(fieldForPath(values, ['inscriptions', '0', 'text'])).toBe('inscriptions.0.text');
  });

  it('puts an item of a list of plain values on the list', () => {
    expect(fieldForPath(values, ['offences', '1'])).toBe('offences');
  });

  it('goes up to the nearest field that exists, and gives null for none', () => {
    expect(fieldForPath(values, ['place', 'lat'])).toBe('place');
    expect(fieldForPath(values, ['unknown'])).toBeNull();
    expect(fieldForPath(values, [])).toBeNull();
  });
});

describe('applyFieldErrors', () => {
  it('places each issue on its field, the first message per field winning', () => {
    const { form, seen } = target();
    const outcome = applyFieldErrors(
      form,
      invalid(
        { path: ['offences', '1'], message: 'unknown offence_type "bogus"' },
        { path: ['offences', '0'], message: 'second' },
        { path: ['reference'], message: 'does not follow UKP-{YYYY}-{NNN}' },
      ),
    );
    expect(outcome).toEqual({ claimed: true, unplaced: [] });
    expect(seen).toEqual([
      { offences: 'unknown offence_type "bogus"', reference: 'does not follow UKP-{YYYY}-{NNN}' },
    ]);
  });

  it('strips the envelope prefix and reports issues that name no field', () => {
    const { form, seen } = target();
    const outcome = applyFieldErrors(
      form,
      invalid(
        { path: ['fields', 'reference'], message: 'too long' },
        { path: ['version'], message: 'not a number' },
      ),
      { prefix: ['fields'] },
    );
    expect(seen).toEqual([{ reference: 'too long' }]);
    expect(outcome.unplaced).toEqual([{ path: ['version'], message: 'not a number' }]);
  });

  it('shows a UNIQUE clash on the field listed for its constraint', () => {
    const { form, seen } = target();
    const outcome = applyFieldErrors(
      form,
      { code: 'ALREADY_EXISTS', message: 'x', details: { constraint: 'case_record.reference' } },
      { unique: { 'case_record.reference': { field: 'reference', message: 'taken' } } },
    );
    expect(outcome.claimed).toBe(true);
    expect(seen).toEqual([{ reference: 'taken' }]);
  });

  it('leaves other errors to the caller', () => {
    const { form, seen } = target();
    expect(applyFieldErrors(form, { code: 'EDIT_CONFLICT', message: 'x' }).claimed).toBe(false);
    expect(
      applyFieldErrors(form, {
        code: 'ALREADY_EXISTS',
        message: 'x',
        details: { constraint: 'a.b' },
      }).claimed,
    ).toBe(false);
    expect(applyFieldErrors(form, { code: 'INVALID_INPUT', message: 'x' }).claimed).toBe(false);
    expect(seen).toEqual([]);
  });

  it('reads only well-formed issues', () => {
    const error = {
      code: 'INVALID_INPUT',
      message: 'x',
      details: { issues: [{ path: ['a'], message: 'ok' }, { path: 'a', message: 1 }, null] },
    };
    expect(inputIssues(error)).toEqual([{ path: ['a'], message: 'ok' }]);
  });
});
