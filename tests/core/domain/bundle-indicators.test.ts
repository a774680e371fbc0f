import { describe, expect, it } from 'vitest';
import { sequentialIds, verifyCaseFile, type CaseFileSession } from '../../../src/main/core';
import { bundleText, exportBundle } from '../../../src/main/core/bundle/export';
import { importBundle } from '../../../src/main/core/bundle/import';
import { recordDocument } from '../../../src/main/core/documents';
import {
  catalogue,
  currentIndicatorByCode,
  currentVersion,
  saveVersion,
} from '../../../src/main/core/indicators/catalogue';
import { addObservation, listObservations } from '../../../src/main/core/indicators/observations';
import { addRedListMatch, listRedListMatches } from '../../../src/main/core/indicators/red-lists';
import { riskOverview } from '../../../src/main/core/indicators/risk';
import {
  acceptSuggestion,
  dismissSuggestion,
  listSuggestions,
} from '../../../src/main/core/indicators/suggestions';
import { createCase } from '../../../src/main/core/cases/cases';
import { createObject } from '../../../src/main/core/objects';
import type { CaseBundle } from '../../../src/shared/domain/bundle';
import type { Indicator } from '../../../src/shared/domain/indicator';
import { SHIPPED_VERSION_ID } from '../../../src/shared/indicators/shipped-catalogue';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

const TABLES = [
  'indicator_version',
  'indicator',
  'indicator_observation',
  'suggestion_decision',
  'red_list_match',
  'audit_log',
] as const;

function counts(session: CaseFileSession) {
  return Object.fromEntries(
    TABLES.map((t) => [t, session.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]),
  );
}

function pathsOf(e: { details?: Record<string, unknown> }) {
  return (e.details?.['issues'] as Array<{ path: string; message: string }>) ?? [];
}

/**
 * A helmet with a Red List match (whose A1 suggestion is accepted), an observation under the
 * shipped catalogue, then a reworded catalogue (version 2) and a dismissed observation under it.
 */
function indicatorCase(session: CaseFileSession) {
  const c = createCase(session, {
    reference: 'ITCG-2026-0810',
    title: 'Helmet at the border',
    openedOn: '2026-02-01',
  });
  const helmet = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    typeL1: 'archaeological',
    title: 'Illyrian helmet',
  });
  const licence = recordDocument(session, c.id, { type: 'export-licence', number: '17/2019' });
  const code = (x: string) => currentIndicatorByCode(session.db, x) as Indicator;
  const match = addRedListMatch(session, {
    fields: {
      objectId: helmet.id,
      category: 'see-2021.antiquity',
      assessedBy: 'Dr. Vesna Ilić',
      assessedOn: '2026-02-10',
    },
  });
  const onV1 = addObservation(session, {
    caseId: c.id,
    fields: {
      indicatorId: code('A2').id,
      subject: { kind: 'object', id: helmet.id },
      observedBy: 'Insp. Marko Ilić',
      observedOn: '2026-02-11',
      evidence: [{ kind: 'document', id: licence.id }],
      status: 'confirmed',
    },
  });
  const pending = listSuggestions(session, { caseId: c.id }).filter((s) => s.state === 'pending');
  const accepted = acceptSuggestion(session, { caseId: c.id, key: pending[0]!.key });
  const dismissed = pending[1]
    ? dismissSuggestion(session, { caseId: c.id, key: pending[1].key, reason: 'Known dealer.' })
    : null;
  const v1 = catalogue(session);
  saveVersion(session, {
    baseVersionId: v1.version.id,
    name: 'Unit catalogue 2026',
    indicators: v1.indicators.map(({ id: _i, versionId: _v, ...d }) =>
      d.code === 'B1' ? { ...d, text: 'Provenance papers missing (reworded).' } : d,
    ),
  });
  const onV2 = addObservation(session, {
    caseId: c.id,
    fields: {
      indicatorId: code('B1').id,
      subject: { kind: 'document', id: licence.id },
      observedBy: 'Insp. Marko Ilić',
      observedOn: '2026-02-12',
      status: 'dismissed',
      dismissReason: 'The papers turned up.',
    },
  });
  return { caseId: c.id, helmet, licence, match, onV1, onV2, accepted, dismissed };
}

describe('case bundle: indicators', () => {
  it('round-trips observations, decisions, matches and the versions they use, byte for byte', async () => {
    const a = await newCaseFile();
    const s = indicatorCase(a.session);
    const first = bundleText(exportBundle(a.session, [s.caseId]));
    const bundle = JSON.parse(first) as CaseBundle;
    const v2 = currentVersion(a.session.db);
    expect(bundle.indicatorVersions.map((v) => v.id)).toEqual([SHIPPED_VERSION_ID, v2.id].sort());
    expect(bundle.indicatorVersions.every((v) => !('number' in v))).toBe(true);
    expect(bundle.observations.map((o) => o.id).sort()).toEqual(
      [s.onV1.id, s.onV2.id, s.accepted.id].sort(),
    );
    expect(bundle.suggestionDecisions).toHaveLength(s.dismissed ? 2 : 1);
    expect(bundle.suggestionDecisions.find((d) => d.decision === 'accepted')).toMatchObject({
      observationId: s.accepted.id,
    });
    expect(bundle.redListMatches.map((m) => m.id)).toEqual([s.match.id]);

    const b = await newCaseFile();
    b.runtime.ids = sequentialIds('bbbbbbbb');
    const report = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(report.created).toMatchObject({
      indicatorVersions: 1,
      observations: 3,
      redListMatches: 1,
      suggestionDecisions: bundle.suggestionDecisions.length,
    });
    expect(report.unchanged).toMatchObject({ indicatorVersions: 1 });
    expect(bundleText(exportBundle(b.session, [s.caseId]))).toBe(first);

    // The receiving unit's catalogue stays current (written again after the imported version).
    const now = catalogue(b.session);
    expect(now.version.number).toBe(3);
    expect(now.indicators.find((i) => i.code === 'B1')?.text).toBe(
      catalogue(a.session, SHIPPED_VERSION_ID).indicators.find((i) => i.code === 'B1')?.text,
    );
    // Observations keep their own wording and version; the same labels, risk and matches.
    const strip = (list: ReturnType<typeof listObservations>) =>
      list.map(({ versionCurrent: _c, ...o }) => o);
    expect(strip(listObservations(b.session, { caseId: s.caseId }))).toEqual(
      strip(listObservations(a.session, { caseId: s.caseId })),
    );
    const reworded = listObservations(b.session, { caseId: s.caseId }).find(
      (o) => o.id === s.onV2.id,
    );
    expect(reworded).toMatchObject({ versionNumber: 2, versionCurrent: false });
    expect(reworded?.indicator.text).toBe('Provenance papers missing (reworded).');
    expect(riskOverview(b.session, { caseId: s.caseId }).score).toBe(
      riskOverview(a.session, { caseId: s.caseId }).score,
    );
    expect(listRedListMatches(b.session, s.helmet.id)).toEqual(
      listRedListMatches(a.session, s.helmet.id),
    );
    expect(listSuggestions(b.session, { caseId: s.caseId }).map((x) => [x.key, x.state])).toEqual(
      listSuggestions(a.session, { caseId: s.caseId }).map((x) => [x.key, x.state]),
    );
    const verified = await verifyCaseFile(b.session);
    expect(verified.firstProblem).toBeUndefined();

    // A second import writes nothing.
    const before = counts(b.session);
    const again = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(again.created).toEqual({});
    expect(again.unchanged).toMatchObject({ indicatorVersions: 2, observations: 3 });
    expect(counts(b.session)).toEqual(before);
  });

  it('refuses tampered sections with their paths, and writes nothing', async () => {
    const a = await newCaseFile();
    const s = indicatorCase(a.session);
    const good = exportBundle(a.session, [s.caseId]);
    const other = createCase(a.session, {
      reference: 'ITCG-2026-0811',
      title: 'Elsewhere',
      openedOn: '2026-02-02',
    });
    const foreign = recordDocument(a.session, other.id, { type: 'invoice', number: 'F-9' });
    const b = await newCaseFile();
    b.runtime.ids = sequentialIds('bbbbbbbb');
    // The receiving case file knows the other case's document (an earlier bundle).
    await importBundle(b.session, exportBundle(a.session, [other.id]), { baseDir: null });
    const before = counts(b.session);

    const bad = structuredClone(good);
    const obs = (id: string) => bad.observations.findIndex((o) => o.id === id);
    const shipped = bad.indicatorVersions.findIndex((v) => v.id === SHIPPED_VERSION_ID);
    bad.indicatorVersions[shipped]!.indicators[0]!.text = 'Altered wording.';
    bad.observations[obs(s.onV1.id)]!.evidence = [{ kind: 'document', id: foreign.id }];
    bad.observations[obs(s.onV2.id)]!.subject = { kind: 'payment', id: NOWHERE };
    bad.observations[obs(s.accepted.id)]!.indicatorId = NOWHERE;
    const accepted = bad.suggestionDecisions.findIndex((d) => d.decision === 'accepted');
    bad.suggestionDecisions[accepted]!.observationId = null;
    bad.redListMatches[0]!.category = 'see-2021';
    const e = await expectCaseFileError(
      () => importBundle(b.session, bad, { baseDir: null }),
      'INVALID_INPUT',
    );
    const paths = pathsOf(e).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        `indicatorVersions[${shipped}]`,
        `observations[${obs(s.onV1.id)}].evidence[0].id`,
        `observations[${obs(s.onV2.id)}].subject.kind`,
        `observations[${obs(s.onV2.id)}].subject.id`,
        `observations[${obs(s.accepted.id)}].indicatorId`,
        `suggestionDecisions[${accepted}].observationId`,
        'redListMatches[0].category',
      ]),
    );
    expect(pathsOf(e).find((i) => i.path.endsWith('evidence[0].id'))?.message).toMatch(
      /another case/,
    );
    expect(counts(b.session)).toEqual(before);
  });
});
