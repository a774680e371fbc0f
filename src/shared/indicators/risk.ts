import {
  INDICATOR_THEMES,
  type IndicatorTheme,
  type ObservationStatus,
  type RiskOverview,
  type StatusChange,
} from '../domain/indicator';

/**
 * The risk score of a case or an object (issue #8 point 5), pure so that screens, reports and
 * tests compute it the same way:
 *
 *   score = Σ weight × factor, over the indicators observed (not dismissed) in the scope,
 *   factor = 1 for confirmed, 0.5 for suspected; each indicator (by code) counts once, at its
 *   strongest status, however many observations name it.
 *
 * A week ago is recomputed from each observation's status history as it stood at the end of the
 * day seven days before today (UTC), so "what changed since last week" needs no snapshot.
 */

export const STATUS_FACTORS = { confirmed: 1, suspected: 0.5 } as const;

export const RISK_FORMULA =
  'Score = Σ weight × factor over observed indicators (confirmed × 1, suspected × 0.5; each indicator once)';

/** What the score needs of an observation and of the indicator it names. */
export interface RiskObservation {
  id: string;
  status: ObservationStatus;
  createdAt: string;
  history: readonly StatusChange[];
  indicator: { code: string; text: string; weight: number; theme: IndicatorTheme };
}

export interface RiskInput {
  caseId: string;
  objectId: string | null;
  now: Date;
  observations: readonly RiskObservation[];
  pendingSuggestions: number;
}

const DAY_MS = 86_400_000;

/** "2026-03-08" → "2026-03-01". */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** The last instant of a UTC day. */
export const endOfDay = (day: string): string => `${day}T23:59:59.999Z`;

/**
 * The observation's status at `instant`: its last history entry at or before it; null when it
 * did not exist yet. An observation without history (not expected) counts from its creation.
 */
export function statusAt(o: RiskObservation, instant: string): ObservationStatus | null {
  const t = Date.parse(instant);
  if (o.history.length === 0) return Date.parse(o.createdAt) <= t ? o.status : null;
  let status: ObservationStatus | null = null;
  for (const h of o.history) if (Date.parse(h.at) <= t) status = h.status;
  return status;
}

type Counted = 'confirmed' | 'suspected';
const rank = (s: Counted) => (s === 'confirmed' ? 2 : 1);

interface Entry {
  code: string;
  text: string;
  weight: number;
  theme: IndicatorTheme;
  status: Counted;
  observationIds: string[];
}

/** Each indicator once (codes compare without regard to case), at its strongest status. */
function strongest(
  observations: readonly RiskObservation[],
  statusOf: (o: RiskObservation) => ObservationStatus | null,
): Entry[] {
  const byCode = new Map<string, Entry>();
  for (const o of observations) {
    const status = statusOf(o);
    if (status === null || status === 'dismissed') continue;
    const key = o.indicator.code.toUpperCase();
    const found = byCode.get(key);
    const contribution = o.indicator.weight * STATUS_FACTORS[status];
    if (!found) {
      byCode.set(key, { ...o.indicator, status, observationIds: [o.id] });
      continue;
    }
    found.observationIds.push(o.id);
    const current = found.weight * STATUS_FACTORS[found.status];
    // The strongest status wins; at the same status, the heavier wording (another version).
    if (
      rank(status) > rank(found.status) ||
      (rank(status) === rank(found.status) && contribution > current)
    ) {
      Object.assign(found, { ...o.indicator, status });
    }
  }
  return [...byCode.values()];
}

const scoreOf = (entries: readonly Entry[]) =>
  entries.reduce((sum, e) => sum + e.weight * STATUS_FACTORS[e.status], 0);

/** The score of the observations as they stood at `instant`. */
export function scoreAt(observations: readonly RiskObservation[], instant: string): number {
  return scoreOf(strongest(observations, (o) => statusAt(o, instant)));
}

export function computeRisk(input: RiskInput): RiskOverview {
  const asOf = input.now.toISOString().slice(0, 10);
  const weekAgo = daysBefore(asOf, 7);
  const boundary = endOfDay(weekAgo);
  const from = Date.parse(boundary);
  const to = input.now.getTime();
  const entries = strongest(input.observations, (o) => o.status);
  const themes = INDICATOR_THEMES.map((theme) => {
    const mine = entries
      .filter((e) => e.theme === theme)
      .map((e) => ({
        code: e.code,
        text: e.text,
        weight: e.weight,
        status: e.status,
        observationIds: e.observationIds,
        contribution: e.weight * STATUS_FACTORS[e.status],
      }))
      .sort((a, b) => b.contribution - a.contribution || a.code.localeCompare(b.code));
    return {
      theme,
      score: mine.reduce((sum, e) => sum + e.contribution, 0),
      confirmed: mine.filter((e) => e.status === 'confirmed').length,
      suspected: mine.filter((e) => e.status === 'suspected').length,
      indicators: mine,
    };
  });
  const changes = input.observations
    .flatMap((o) =>
      o.history.flatMap((h, i) =>
        Date.parse(h.at) > from && Date.parse(h.at) <= to
          ? [
              {
                observationId: o.id,
                code: o.indicator.code,
                from: i === 0 ? null : (o.history[i - 1]?.status ?? null),
                to: h.status,
                at: h.at,
                by: h.by,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.code.localeCompare(b.code));
  return {
    scope: { caseId: input.caseId, objectId: input.objectId },
    asOf,
    weekAgo,
    score: scoreOf(entries),
    scoreWeekAgo: scoreAt(input.observations, boundary),
    formula: RISK_FORMULA,
    statusFactors: { ...STATUS_FACTORS },
    themes,
    pendingSuggestions: input.pendingSuggestions,
    changes,
  };
}
