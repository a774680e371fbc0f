import { describe, expect, it } from 'vitest';
import type { IndicatorTheme, ObservationStatus, StatusChange } from '../domain/indicator';
import {
  computeRisk,
  daysBefore,
  RISK_FORMULA,
  type RiskObservation,
  scoreAt,
  statusAt,
} from './risk';

const NOW = new Date('2026-03-10T09:00:00Z');
let n = 0;

function obs(
  code: string,
  weight: number,
  history: Array<[ObservationStatus, string]>,
  theme: IndicatorTheme = 'object',
): RiskObservation {
  n += 1;
  const steps: StatusChange[] = history.map(([status, at]) => ({
    status,
    at,
    by: 'Ana',
    reason: status === 'dismissed' ? 'explained' : '',
  }));
  return {
    id: `o${n}`,
    status: steps[steps.length - 1]?.status ?? 'suspected',
    createdAt: history[0]?.[1] ?? '2026-01-01T00:00:00Z',
    history: steps,
    indicator: { code, text: `Indicator ${code}`, weight, theme },
  };
}

const risk = (observations: RiskObservation[], pendingSuggestions = 0) =>
  computeRisk({ caseId: 'c', objectId: null, now: NOW, observations, pendingSuggestions });

describe('risk score', () => {
  it('is Σ weight × factor: confirmed × 1, suspected × 0.5', () => {
    const r = risk([
      obs('A2', 4, [['confirmed', '2026-03-01T10:00:00Z']]),
      obs('C1', 3, [['suspected', '2026-03-01T10:00:00Z']], 'transaction'),
    ]);
    expect(r.score).toBe(4 + 1.5);
    expect(r.formula).toBe(RISK_FORMULA);
    expect(r.statusFactors).toEqual({ confirmed: 1, suspected: 0.5 });
    const object = r.themes.find((t) => t.theme === 'object');
    const money = r.themes.find((t) => t.theme === 'transaction');
    expect(object).toMatchObject({ score: 4, confirmed: 1, suspected: 0 });
    expect(money).toMatchObject({ score: 1.5, confirmed: 0, suspected: 1 });
    expect(money?.indicators[0]).toMatchObject({
      code: 'C1',
      status: 'suspected',
      contribution: 1.5,
    });
    expect(r.themes.map((t) => t.theme)).toEqual([
      'object',
      'documents',
      'transaction',
      'persons',
      'transport',
      'online',
    ]);
  });

  it('counts each indicator once, at its strongest status', () => {
    const a = obs('B3', 5, [['suspected', '2026-03-01T10:00:00Z']], 'documents');
    const b = obs('b3', 5, [['confirmed', '2026-03-02T10:00:00Z']], 'documents');
    const c = obs('B3', 5, [['suspected', '2026-03-03T10:00:00Z']], 'documents');
    const r = risk([a, b, c]);
    expect(r.score).toBe(5);
    const docs = r.themes.find((t) => t.theme === 'documents');
    expect(docs?.indicators).toHaveLength(1);
    expect(docs?.indicators[0]).toMatchObject({ status: 'confirmed', contribution: 5 });
    expect(docs?.indicators[0]?.observationIds).toEqual([a.id, b.id, c.id]);
    expect(risk([a, c]).score).toBe(2.5);
  });

  it('does not count dismissed observations', () => {
    const r = risk([
      obs('A2', 4, [
        ['suspected', '2026-02-01T10:00:00Z'],
        ['dismissed', '2026-02-02T10:00:00Z'],
      ]),
    ]);
    expect(r.score).toBe(0);
    expect(r.themes.every((t) => t.indicators.length === 0)).toBe(true);
  });

  it('recomputes last week from the history as it stood at the end of that day', () => {
    expect(daysBefore('2026-03-10', 7)).toBe('2026-03-03');
    const confirmedLate = obs('A2', 4, [
      ['suspected', '2026-03-01T10:00:00Z'],
      ['confirmed', '2026-03-05T10:00:00Z'],
    ]);
    const lastMinute = obs('A4', 5, [['confirmed', '2026-03-03T23:59:59Z']]);
    const dayAfter = obs('A6', 4, [['suspected', '2026-03-04T00:00:00Z']]);
    const dismissedLate = obs('C1', 3, [
      ['confirmed', '2026-02-20T10:00:00Z'],
      ['dismissed', '2026-03-09T10:00:00Z'],
    ]);
    const r = risk([confirmedLate, lastMinute, dayAfter, dismissedLate], 2);
    expect(r.asOf).toBe('2026-03-10');
    expect(r.weekAgo).toBe('2026-03-03');
    expect(r.score).toBe(4 + 5 + 2);
    expect(r.scoreWeekAgo).toBe(2 + 5 + 3);
    expect(r.pendingSuggestions).toBe(2);
    expect(r.changes.map((c) => [c.code, c.from, c.to])).toEqual([
      ['C1', 'confirmed', 'dismissed'],
      ['A2', 'suspected', 'confirmed'],
      ['A6', null, 'suspected'],
    ]);
    expect(statusAt(dayAfter, '2026-03-03T23:59:59.999Z')).toBeNull();
    expect(scoreAt([confirmedLate], '2026-03-05T10:00:00Z')).toBe(4);
  });
});
