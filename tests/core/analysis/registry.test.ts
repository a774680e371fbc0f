import { describe, expect, it } from 'vitest';
import { Finding, FINDING_SEVERITIES } from '../../../src/shared/domain/finding';
import {
  findingKey,
  RULES,
  ruleInfo,
  runRules,
  type Rule,
} from '../../../src/main/core/analysis/registry';
import { buildRuleContext } from '../../../src/main/core/analysis/context';
import { kitchenSink } from './kitchen-sink';
import { CASE, TODAY } from './fixtures';

/* The registry: one list of rules with fixed ids; findings with stable keys, evidence that exists,
 * sorted by severity then object. */

const PROVENANCE_IDS = [
  'provenance.gap',
  'provenance.gap-1970',
  'provenance.gap-1972',
  'provenance.first-appearance-after-1970',
  'provenance.findspot-undocumented',
  'provenance.holder-statement-only',
  'provenance.rapid-resale',
  'provenance.export-licence-transit',
  'provenance.eu-import-licence',
  'provenance.eu-importer-statement',
  'provenance.forged-document',
  'provenance.contradicted-event',
  'provenance.order',
  'provenance.competing-claims',
];
const FINANCE_IDS = [
  'finance.sale-parties-connected',
  'finance.circular-flow',
  'finance.structuring',
  'finance.pass-through',
  'finance.hub',
  'finance.high-risk-jurisdiction',
  'finance.beneficial-owner',
];
const OBJECT_IDS = [
  'object.conflict-country',
  'object.red-list',
  'object.similar-lot',
  'object.no-hit-only',
  'finance.cash',
  'party.prior-cases',
];
const ALL_IDS = [...PROVENANCE_IDS, ...FINANCE_IDS, ...OBJECT_IDS];

describe('the rule registry', () => {
  it('lists every provenance and money rule once, with its domain, default severity and English title', () => {
    expect(RULES.map((r) => r.id)).toEqual(ALL_IDS);
    for (const info of ruleInfo()) {
      expect(info.id.startsWith(`${info.domain}.`), info.id).toBe(true);
      expect(FINDING_SEVERITIES).toContain(info.severity);
      expect(info.title.length).toBeGreaterThan(5);
    }
  });

  it('every rule fires on the kitchen-sink case; findings are valid, cite existing records, sorted', () => {
    const ctx = kitchenSink();
    const findings = runRules(ctx);
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(ALL_IDS));
    const known = new Set([
      ...ctx.objects.map((o) => o.id),
      ...ctx.documents.map((d) => d.id),
      ...[...ctx.eventsByObject.values()].flat().map((e) => e.id),
      ...[...ctx.claimsByObject.values()].flat().map((c) => c.id),
      ...ctx.accounts.map((a) => a.id),
      ...ctx.payments.map((p) => p.id),
      ...ctx.relationships.map((r) => r.id),
      ...ctx.parties.keys(),
    ]);
    for (const f of findings) {
      expect(Finding.parse(f)).toEqual(f);
      expect(f.caseId).toBe(CASE.id);
      expect(f.evidence.length, f.ruleId).toBeGreaterThan(0);
      for (const e of f.evidence)
        expect(known.has(e.id), `${f.ruleId} cites ${e.label}`).toBe(true);
    }
    const rank = (s: string) => FINDING_SEVERITIES.indexOf(s as never);
    const objectRank = (id: string | null) =>
      id === null ? -1 : ctx.objects.findIndex((o) => o.id === id);
    for (let i = 1; i < findings.length; i++) {
      const [a, b] = [findings[i - 1]!, findings[i]!];
      expect(rank(a.severity)).toBeGreaterThanOrEqual(rank(b.severity));
      if (a.severity === b.severity) {
        expect(objectRank(a.objectId)).toBeLessThanOrEqual(objectRank(b.objectId));
      }
    }
    expect(findings[0]!.severity).toBe('high');
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });

  it('keys are stable across runs and depend on rule, object and evidence', () => {
    const ctx = kitchenSink();
    expect(runRules(ctx).map((f) => f.key)).toEqual(runRules(ctx).map((f) => f.key));
    const evidence = [{ kind: 'document' as const, id: CASE.id, label: 'x' }];
    const key = findingKey('provenance.gap', null, evidence);
    expect(key).toMatch(/^provenance\.gap:[0-9a-f]{16}$/);
    expect(findingKey('provenance.gap', null, [{ ...evidence[0]!, label: 'renamed' }])).toBe(key);
    expect(findingKey('provenance.gap', ctx.objects[0]!.id, evidence)).not.toBe(key);
    expect(findingKey('provenance.order', null, evidence)).not.toBe(key);
  });

  it('for one object: only its findings, none about the case as a whole', () => {
    const whole = kitchenSink();
    const stele = whole.objects[1]!;
    const one = runRules(
      buildRuleContext({
        caseRecord: CASE,
        today: TODAY,
        objectId: stele.id,
        objects: [...whole.objects],
        events: [...whole.eventsByObject.values()].flat(),
        claims: [...whole.claimsByObject.values()].flat(),
        documents: [...whole.documents],
        documentTypeLabels: { ...whole.documentTypeLabels },
        facts: {
          conflictCountries: [...whole.conflictCountries].map(([country, label]) => ({
            country,
            label,
          })),
          redListMatches: [...whole.redListMatchesByObject.values()].flat(),
          opinions: [...whole.opinionsByObject.values()].flat(),
          checks: [...whole.checksByObject.values()].flat(),
          caseParties: whole.caseParties,
        },
      }),
    );
    expect(one.length).toBeGreaterThan(5);
    expect(one.every((f) => f.objectId === stele.id)).toBe(true);
    expect(runRules(whole).filter((f) => f.objectId === stele.id)).toEqual(one);
    expect(runRules(whole).some((f) => f.objectId === null)).toBe(true);
  });

  it('a rule that fails is named in the error', () => {
    const broken: Rule = {
      id: 'test.broken',
      domain: 'object',
      severity: 'info',
      title: 'Broken rule',
      evaluate: () => {
        throw new Error('boom');
      },
    };
    expect(() => runRules(kitchenSink(), [broken])).toThrow(
      'analysis rule test.broken failed: boom',
    );
  });
});
