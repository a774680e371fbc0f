import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode, verifyCaseFile, type CaseFileSession } from '../../../src/main/core';
import { caseReferencePattern, createCase, listCases } from '../../../src/main/core/cases/cases';
import { caseLinks } from '../../../src/main/core/cases/case-links';
import { listJournal } from '../../../src/main/core/cases/journal';
import { populateDemo, type DemoSummary } from '../../../src/main/core/demo';
import { getObject, listObjects, listSeizures } from '../../../src/main/core/objects';
import { getParty, listParties } from '../../../src/main/core/parties/parties';
import { partiesOfCase } from '../../../src/main/core/parties/party-roles';
import { bundleText, exportBundle } from '../../../src/main/core/bundle/export';
import { importBundle } from '../../../src/main/core/bundle/import';
import { caseFindings, PROVENANCE_RULES } from '../../../src/main/core/analysis';
import { searchAll } from '../../../src/main/core/search/search';
import { getExpert, listExperts } from '../../../src/main/core/experts/directory';
import { listConsultations } from '../../../src/main/core/experts/consultations';
import { objectOpinions } from '../../../src/main/core/experts/opinions';
import { listObservations } from '../../../src/main/core/indicators/observations';
import { riskOverview } from '../../../src/main/core/indicators/risk';
import { listSuggestions } from '../../../src/main/core/indicators/suggestions';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const REFERENCES = ['ITCG-2024-0112', 'ITCG-2025-0031', 'ITCG-2025-0044', 'ITCG-2026-0007'];

async function demo(photos = false): Promise<{ session: CaseFileSession; summary: DemoSummary }> {
  const { session } = await newCaseFile();
  const summary = await populateDemo(session, { photos });
  return { session, summary };
}

function caseId(summary: DemoSummary, reference: string): string {
  const found = summary.cases.find((c) => c.reference === reference);
  if (!found) throw new Error(`no case ${reference}`);
  return found.id;
}

function objectsOf(session: CaseFileSession, id: string) {
  return listObjects(session, { caseId: id, limit: 100 }).rows.map((o) => getObject(session, o.id));
}

const count = (session: CaseFileSession, table: string) =>
  session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function auditCount(session: CaseFileSession): number {
  return session.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
}

describe('the demo case file', () => {
  it('holds four full cases in four statuses under the unit’s reference pattern', async () => {
    const { session, summary } = await demo();
    expect(summary.cases.map((c) => [c.reference, c.status])).toEqual([
      ['ITCG-2024-0112', 'archived'],
      ['ITCG-2025-0031', 'under_investigation'],
      ['ITCG-2025-0044', 'referred'],
      ['ITCG-2026-0007', 'open'],
    ]);
    expect(caseReferencePattern(session)).toBe('ITCG-{YYYY}-{NNNN}');
    expect(summary.counts).toMatchObject({
      cases: 4,
      parties: 21,
      roles: 26,
      mergedParties: 1,
      seizures: 5,
      objects: 14,
      checks: 7,
      caseLinks: 3,
      photos: 0,
      requests: 2,
    });
    // The counts are what the case file holds, not just what the demo believes it wrote.
    const count = (table: string) =>
      session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    expect(count('case_record')).toBe(summary.counts.cases);
    expect(count('seized_object')).toBe(summary.counts.objects);
    expect(count('custody_entry')).toBe(summary.counts.custodyEntries);
    expect(count('legal_status_change')).toBe(summary.counts.legalStatusChanges);
    expect(count('journal_entry')).toBe(summary.counts.journalEntries);
    expect(count('intl_request')).toBe(summary.counts.requests);
    expect(
      listCases(session)
        .map((c) => c.reference)
        .sort(),
    ).toEqual(REFERENCES);

    // Every case has parties with roles, seizures, and objects with custody and checks.
    for (const c of summary.cases) {
      const roles = partiesOfCase(session, c.id);
      expect(roles.length, c.reference).toBeGreaterThanOrEqual(5);
      expect(roles.every((r) => r.caseParty.role.length > 0)).toBe(true);
      expect(listSeizures(session, c.id).length, c.reference).toBeGreaterThan(0);
      const objects = objectsOf(session, c.id);
      expect(objects.length, c.reference).toBeGreaterThan(0);
      expect(
        objects.some((o) => o.checks.length > 0),
        c.reference,
      ).toBe(true);
      expect(
        objects.some((o) => o.custody.entries.length >= 4),
        c.reference,
      ).toBe(true);
      expect(listJournal(session, c.id).length, c.reference).toBeGreaterThanOrEqual(2);
      expect(caseLinks(session, c.id).length, c.reference).toBeGreaterThan(0);
    }
  });

  it('tells each typology’s story: hoard and items, frozen icon, returned painting, shipment', async () => {
    const { session, summary } = await demo();
    const coins = objectsOf(session, caseId(summary, 'ITCG-2025-0031'));
    const lot = coins.find((o) => o.record.exhibitNumber === 'M-1');
    expect(lot?.lot).toMatchObject({ lotCount: 1200, describedItems: 6 });
    const items = coins.filter((o) => o.record.lotId === lot?.record.id);
    expect(items.map((o) => o.record.exhibitNumber)).toEqual([
      'M-1/1',
      'M-1/2',
      'M-1/3',
      'M-1/4',
      'M-1/5',
      'M-1/6',
    ]);
    expect(items.flatMap((o) => o.record.inscriptions.map((i) => i.text))).toContain(
      'IMP CAES TRAIANO AVG GER DAC',
    );
    expect(lot?.checks.map((c) => [c.database, c.result])).toEqual([
      ['interpol-swoa', 'no_hit'],
      ['icom-red-list', 'possible_match'],
    ]);
    const custody = lot?.custody;
    expect(custody?.entries.filter((e) => e.correctedBy !== null)).toHaveLength(1);
    expect(custody?.entries.map((e) => e.action)).toEqual([
      'collect',
      'package_seal',
      'store',
      'store',
      'check_out',
      'examine',
      'return',
      'store',
      'transfer',
    ]);
    expect(custody?.current).toMatchObject({
      lastAction: 'transfer',
      location: 'National Museum in Belgrade, store N-3',
      sealNumber: 'UKP-0451302',
    });

    // The icon, from seizure to freezing; the painting, back to its owner.
    const [icon] = objectsOf(session, caseId(summary, 'ITCG-2025-0044'));
    expect(icon?.legalStatusHistory.map((h) => h.to)).toEqual(['seized', 'frozen']);
    expect(icon?.checks.find((c) => c.result === 'hit')).toMatchObject({
      database: 'national',
      reference: 'MK-MK/KN-2023-0117',
    });
    const [painting] = objectsOf(session, caseId(summary, 'ITCG-2024-0112'));
    expect(painting?.record.legalStatus).toBe('returned');
    expect(painting?.custody.current?.lastAction).toBe('return');

    // The border seizure, with its shipment and customs declaration.
    const [seizure] = listSeizures(session, caseId(summary, 'ITCG-2026-0007'));
    expect(seizure).toMatchObject({ itemCount: 4, legalBasis: 'customs-control' });
    const shipped = objectsOf(session, caseId(summary, 'ITCG-2026-0007'));
    const shipment = session.db
      .prepare("SELECT json_extract(data, '$.shipment') FROM seizure WHERE id = ?")
      .pluck()
      .get(seizure?.id) as string;
    expect(JSON.parse(shipment)).toMatchObject({
      borderCrossingPoint: 'Batrovci — Bajakovo',
      declaration: {
        hsCode: '9705 10 00',
        declaredValue: { amount: '850.00' },
        assessedValue: { amount: '412000.00' },
      },
    });
    expect(shipped.map((o) => o.record.exhibitNumber)).toEqual(['T-1', 'T-2', 'T-3', 'T-4']);
  });

  it('sets off every provenance rule at least once, each finding citing its evidence', async () => {
    const { session, summary } = await demo();
    expect(summary.counts).toMatchObject({ documents: 20, provenanceEvents: 33, claims: 3 });
    expect(count(session, 'document')).toBe(summary.counts.documents);
    expect(count(session, 'provenance_event')).toBe(summary.counts.provenanceEvents);
    expect(count(session, 'ownership_claim')).toBe(summary.counts.claims);
    const fired = new Map<string, string[]>();
    for (const c of summary.cases) {
      const report = caseFindings(session, { caseId: c.id });
      for (const f of report.findings) {
        expect(f.evidence.length, f.ruleId).toBeGreaterThan(0);
        fired.set(f.ruleId, [...(fired.get(f.ruleId) ?? []), c.reference]);
      }
    }
    const missing = PROVENANCE_RULES.map((r) => r.id).filter((id) => !fired.has(id));
    expect(missing).toEqual([]);
    // Where each story sets them off.
    expect(fired.get('provenance.forged-document')).toContain('ITCG-2025-0044');
    expect(fired.get('provenance.export-licence-transit')).toContain('ITCG-2025-0044');
    expect(fired.get('provenance.gap-1970')).toEqual(['ITCG-2026-0007']);
    expect(fired.get('provenance.order')).toEqual(['ITCG-2024-0112']);
    expect(fired.get('provenance.eu-import-licence')).toEqual(['ITCG-2025-0031']);
    expect(fired.get('provenance.eu-importer-statement')).toEqual(['ITCG-2025-0044']);
    expect(fired.get('provenance.rapid-resale')).toContain('ITCG-2026-0007');
    expect(fired.get('provenance.competing-claims')).toEqual(['ITCG-2025-0044']);
    // The papers were read: a Latin query finds words that only the licence's Cyrillic PDF holds.
    const found = searchAll(session, { query: 'radoslava grujica', kinds: ['document'] });
    expect(found.groups[0]?.hits.map((h) => h.title)).toEqual([
      'Export licence / certificate — 633-02-118/2022 — Export licence no. 633-02-118/2022 (enclosed with lot 217)',
    ]);
  });

  it('holds a money chain that sets off the path, circular-flow and structuring findings', async () => {
    const { session, summary } = await demo();
    expect(summary.counts).toMatchObject({ accounts: 8, payments: 12, relationships: 6, rates: 3 });
    expect(count(session, 'payment')).toBe(summary.counts.payments);
    const transit = caseFindings(session, { caseId: caseId(summary, 'ITCG-2026-0007') });
    const fired = new Set(transit.findings.map((f) => f.ruleId));
    for (const rule of [
      'finance.sale-parties-connected',
      'finance.circular-flow',
      'finance.structuring',
      'finance.pass-through',
      'finance.beneficial-owner',
    ]) {
      expect(fired, rule).toContain(rule);
    }
    // The structuring rests on the three cash deposits, each cited.
    const structuring = transit.findings.find((f) => f.ruleId === 'finance.structuring');
    expect(structuring?.evidence.filter((e) => e.kind === 'payment')).toHaveLength(3);
    // A provenance sale cites the payment that paid for it.
    const cited = session.db.prepare('SELECT count(*) FROM event_payment').pluck().get();
    expect(cited).toBe(2);
  });

  it('travels whole: the demo bundle imports into an empty case file and exports the same', async () => {
    const { session, summary } = await demo();
    const ids = summary.cases.map((c) => c.id);
    const first = bundleText(exportBundle(session, ids));
    // Experts, their consultations and opinions travel with the cases.
    const parsed = JSON.parse(first) as Record<string, unknown[]>;
    expect(
      [parsed['experts'], parsed['consultations'], parsed['opinions']].map((l) => l?.length),
    ).toEqual([8, 8, 7]);
    // So do the indicators: observations, decisions, the Red List match, the shipped catalogue.
    expect(
      [
        parsed['indicatorVersions'],
        parsed['observations'],
        parsed['suggestionDecisions'],
        parsed['redListMatches'],
      ].map((l) => l?.length),
    ).toEqual([1, 5, 2, 1]);
    const target = await newCaseFile();
    await importBundle(target.session, JSON.parse(first), { baseDir: null });
    expect(bundleText(exportBundle(target.session, ids))).toBe(first);
    // The findings are the data's, not the case file's: the same after the journey.
    for (const id of ids) {
      const keys = (s: CaseFileSession) =>
        caseFindings(s, { caseId: id }).findings.map((f) => f.key);
      expect(keys(target.session)).toEqual(keys(session));
    }
    expect((await verifyCaseFile(target.session)).ok).toBe(true);
  });

  it('has experts in several countries, an overdue request and an object with conflicting opinions', async () => {
    const { session, summary } = await demo();
    expect(summary.counts).toMatchObject({ experts: 8, consultations: 8, opinions: 7 });
    expect(count(session, 'expert')).toBe(summary.counts.experts);
    expect(count(session, 'consultation')).toBe(summary.counts.consultations);
    expect(count(session, 'opinion')).toBe(summary.counts.opinions);
    const experts = listExperts(session, {});
    expect(new Set(experts.map((e) => e.country))).toEqual(
      new Set(['RS', 'MK', 'AL', 'HR', 'BA', 'IT', 'DE']),
    );
    // Found across scripts: a Latin query finds the Macedonian expert written in Cyrillic.
    expect(listExperts(session, { text: 'stojanovska' }).map((e) => e.name)).toEqual([
      'Јована Стојановска',
    ]);
    expect(listExperts(session, { field: 'numismatics' }).map((e) => e.name)).toEqual([
      'Tomislav Vuković',
      'Vesna Radić',
    ]);

    // The transit case's requests: answered, overdue (from the injected clock), drafted.
    const transit = caseId(summary, 'ITCG-2026-0007');
    const requests = listConsultations(session, transit);
    expect(requests.map((c) => [c.reference, c.expertName, c.state])).toEqual([
      ['UKP-EX-2026/021', 'Amra Hadžiselimović', 'drafted'],
      ['UKP-EX-2026/017', 'Elira Dushku', 'overdue'],
      ['UKP-EX-2026/014', 'Jonas Hartmann', 'received'],
      ['UKP-EX-2026/011', 'Luca Ferrante', 'received'],
      ['UKP-EX-2026/009', 'Bojana Lazić', 'received'],
    ]);
    // The test clock reads 2026-03-01; the deadline was 23 February.
    expect(requests[1]).toMatchObject({ overdueDays: 6, secondLanguage: 'sq' });
    const dushku = experts.find((e) => e.name === 'Elira Dushku');
    expect(dushku).toMatchObject({ openCount: 1, overdueCount: 1 });
    expect(getExpert(session, dushku?.id ?? '').consultations[0]?.state).toBe('overdue');

    // The krater: authentic by style, not authentic by thermoluminescence, side by side.
    const krater = objectOpinions(session, objectsOf(session, transit)[1]?.record.id ?? '');
    expect(krater.opinions.map((o) => [o.expertName, o.methods, o.authenticity])).toEqual([
      ['Luca Ferrante', ['visual_stylistic'], 'authentic'],
      ['Jonas Hartmann', ['thermoluminescence'], 'not_authentic'],
    ]);
    const aspect = (name: string, o = krater) => o.summary.find((a) => a.aspect === name);
    expect(aspect('authenticity')).toMatchObject({
      state: 'disputed',
      positions: [
        { value: 'authentic', opinionIds: [krater.opinions[0]?.id] },
        { value: 'not_authentic', opinionIds: [krater.opinions[1]?.id] },
      ],
    });
    expect(aspect('dating')?.state).toBe('disputed');
    // Each rests on a signed report, stored and hashed.
    for (const o of krater.opinions) {
      expect(o.report?.sha256).toMatch(/^[0-9a-f]{64}$/);
      const type = session.db
        .prepare("SELECT json_extract(data, '$.type') FROM document WHERE id = ?")
        .pluck()
        .get(o.report?.id);
      expect(type).toBe('expert-report');
    }

    // A denarius of the hoard: two numismatists who agree.
    const coins = objectsOf(session, caseId(summary, 'ITCG-2025-0031'));
    const denarius = coins.find((o) => o.record.exhibitNumber === 'M-1/2');
    const pair = objectOpinions(session, denarius?.record.id ?? '');
    expect(pair.opinions.map((o) => o.expertCountry)).toEqual(['RS', 'HR']);
    for (const name of ['authenticity', 'dating', 'origin', 'value']) {
      expect(aspect(name, pair)?.state, name).toBe('agreed');
    }
  });

  it('has indicators observed on the shipment, one confirmed since last week, and decided suggestions', async () => {
    const { session, summary } = await demo();
    const transit = caseId(summary, 'ITCG-2026-0007');
    expect(summary.counts).toMatchObject({
      observations: 5,
      observationChanges: 2,
      redListMatches: 1,
      suggestionDecisions: 2,
    });
    expect(count(session, 'indicator_observation')).toBe(summary.counts.observations);
    expect(count(session, 'red_list_match')).toBe(summary.counts.redListMatches);
    expect(count(session, 'suggestion_decision')).toBe(summary.counts.suggestionDecisions);
    const observations = listObservations(session, { caseId: transit });
    expect(observations.map((o) => [o.indicator.code, o.status]).sort()).toEqual([
      ['A1', 'suspected'],
      ['A2', 'confirmed'],
      ['A4', 'dismissed'],
      ['C3', 'confirmed'],
      ['E1', 'suspected'],
    ]);
    const confirmedWithEvidence = observations.find((o) => o.indicator.code === 'A2');
    expect(confirmedWithEvidence?.evidenceLabels.length).toBeGreaterThan(0);
    expect(observations.find((o) => o.status === 'dismissed')?.dismissReason).not.toBe('');
    const accepted = observations.find((o) => o.findingKey !== null);
    expect(accepted).toMatchObject({ subjectLabel: 'T-3 Illyrian-type bronze helmet' });

    const decided = listSuggestions(session, { caseId: transit }).filter(
      (x) => x.state !== 'pending',
    );
    expect(decided.map((x) => [x.indicatorCode, x.state]).sort()).toEqual([
      ['A1', 'accepted'],
      ['C1', 'dismissed'],
    ]);

    // The shell company was suspected ten days ago and confirmed since: the week shows it.
    const risk = riskOverview(session, { caseId: transit });
    expect(risk.score).toBe(4 + 4 + 1.5 + 1.5);
    expect(risk.scoreWeekAgo).toBe(2);
    expect(risk.changes.find((c) => c.code === 'C3')).toMatchObject({
      from: 'suspected',
      to: 'confirmed',
    });
    expect(risk.pendingSuggestions).toBeGreaterThan(0);
  });

  it('merges the Latin-script duplicate, so a Latin search finds the Cyrillic name', async () => {
    const { session, summary } = await demo();
    const people = listParties(session, { text: 'Jovanović' });
    expect(people.map((p) => p.name)).toEqual(['Јовановић, Драган']);
    const merged = session.db
      .prepare("SELECT id FROM party WHERE name = 'Jovanović, Dragan'")
      .pluck()
      .get() as string;
    expect(getParty(session, merged).mergedInto).toBe(people[0]?.id);
    const found = searchAll(session, { query: 'dragan jovanovic', kinds: ['party'] });
    expect(found.groups[0]?.hits.map((h) => h.title)).toEqual(['Јовановић, Драган']);
    const trajkovski = searchAll(session, { query: 'Gjorgji Trajkovski', kinds: ['party'] });
    expect(trajkovski.groups[0]?.hits.map((h) => h.title)).toEqual(['Трајковски, Ѓорѓи']);
    // And the other way round: a Cyrillic query finds a Latin name.
    const djukic = searchAll(session, { query: 'Ђукић', kinds: ['party'] });
    expect(djukic.groups[0]?.hits.map((h) => h.title)).toEqual(['Đukić, Ivan']);
    expect(
      partiesOfCase(session, caseId(summary, 'ITCG-2025-0031')).map((r) => r.party.name),
    ).not.toContain('Jovanović, Dragan');
  });

  it('photographs objects of every case with generated images, and verifies', async () => {
    const { session, summary } = await demo(true);
    expect(summary.counts.photos).toBe(22);
    for (const c of summary.cases) {
      const objects = listObjects(session, { caseId: c.id, limit: 100 }).rows;
      expect(
        objects.some((o) => o.photoCount > 0),
        c.reference,
      ).toBe(true);
    }
    const photos = session.db
      .prepare(
        'SELECT p.role, a.media_type AS mediaType FROM object_photo p JOIN attachment a ON a.id = p.attachment_id',
      )
      .all() as Array<{ role: string; mediaType: string }>;
    expect(photos).toHaveLength(22);
    expect(new Set(photos.map((p) => p.mediaType))).toEqual(new Set(['image/jpeg']));
    expect(new Set(photos.map((p) => p.role))).toEqual(
      new Set(['overall', 'detail', 'scale', 'marking', 'damage']),
    );
    // The audit chain and every stored file's hash hold.
    const report = await verifyCaseFile(session);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
  }, 120_000);

  it('is the same on every run under a fixed clock and ids', async () => {
    const a = await demo();
    const b = await demo();
    expect(b.summary).toEqual(a.summary);
    // Each case file gets its own random id and key, so its first entries differ; what the demo
    // wrote does not.
    const entries = (s: CaseFileSession) =>
      s.db
        .prepare(
          "SELECT at, action, entity_type, entity_id, changes FROM audit_log WHERE action NOT LIKE 'casefile.%' ORDER BY seq",
        )
        .all();
    expect(entries(b.session)).toEqual(entries(a.session));
  });

  it('refuses a case file that already holds cases, and adds nothing to it', async () => {
    const { session } = await newCaseFile();
    createCase(session, { reference: 'KU-17/26', title: 'Ikone', openedOn: '2026-01-05' });
    const before = auditCount(session);
    await expectCaseFileError(
      () => populateDemo(session, { photos: false }),
      CaseFileErrorCode.NotAllowed,
    );
    expect(auditCount(session)).toBe(before);
    expect(listCases(session)).toHaveLength(1);
  });
});
