import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caseFindings, findObjectByExhibit } from '../../../src/main/core/analysis';
import { createCase } from '../../../src/main/core/cases/cases';
import { recordDocument } from '../../../src/main/core/documents';
import { createObject } from '../../../src/main/core/objects';
import { createParty } from '../../../src/main/core/parties/parties';
import { addClaim, addEvent } from '../../../src/main/core/provenance';
import { CaseFileErrorCode } from '../../../src/main/core';
import { FindingsReport } from '../../../src/shared/domain/finding';
import type { ProvenanceEventFieldsInput } from '../../../src/shared/domain/provenance';
import type { IpcResult } from '../../../src/shared/ipc/define';
import { caught, newCaseFile, PASSPHRASE } from '../../helpers/case-files';
import { ipcFixture, type IpcFixture } from '../../ipc/ipc-fixture';

/* The registry end to end over a real encrypted case file: records written by the services are
 * read back into a rule context (documents linked and cited, parties from the directory, the
 * vocabulary's labels) and the findings cite them. Then the same through the IPC channel. */

async function caseWithHistory() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0044',
    title: 'Stele from Nimrud',
    openedOn: '2026-02-01',
  });
  const other = createCase(session, {
    reference: 'ITCG-2026-0045',
    title: 'Another case',
    openedOn: '2026-02-01',
  });
  const stele = createObject(session, c.id, {
    exhibitNumber: 'E-1',
    typeL1: 'archaeological',
    typeL2: 'archaeological.inscription',
    title: 'Inscribed stele',
    unesco1970: ['c'],
    dating: { earliest: -900, latest: -700 },
    countryOfOrigin: 'IQ',
  });
  const icon = createObject(session, c.id, {
    exhibitNumber: 'E-2',
    typeL1: 'religious',
    typeL2: 'religious.icon',
  });
  createObject(session, other.id, { exhibitNumber: 'E-1', typeL1: 'archaeological' });
  const gallery = createParty(session, {
    kind: 'organisation',
    name: 'Galerie Orion',
    organisationType: 'gallery',
  });

  const licence = recordDocument(session, c.id, {
    type: 'export-licence',
    number: '17/2019',
    issuerCountry: 'AE',
    objectIds: [stele.id],
    assessment: {
      status: 'forged',
      reason: 'the stamp is of a ministry that did not exist in 2019',
    },
  });
  const history: ProvenanceEventFieldsInput[] = [
    { type: 'sale', date: 'c. 1965', fromParty: { name: 'Unknown dealer' } },
    { type: 'sale', date: '1991-05-03', toParty: { partyId: gallery.id, name: '' } },
    { type: 'export', date: '2019', sources: [{ documentId: licence.id, page: '1' }] },
  ];
  const events = history.map((fields) => addEvent(session, { objectId: stele.id, fields }));
  addClaim(session, {
    objectId: icon.id,
    fields: { claimant: { name: 'Republic of Serbia' }, claimantKind: 'state', basis: 'law' },
  });
  addClaim(session, {
    objectId: icon.id,
    fields: {
      claimant: { name: 'Eparchy of Raška' },
      claimantKind: 'religious_community',
      basis: 'inventory',
    },
  });
  return { session, c, stele, icon, licence, events, gallery };
}

describe('caseFindings over a case file', () => {
  it('a forged export licence and a gap across 1970: both found, explained, with their evidence', async () => {
    const { session, c, stele, licence, events } = await caseWithHistory();
    const report = caseFindings(session, { caseId: c.id });
    expect(FindingsReport.parse(report)).toEqual(report);
    expect(report.caseId).toBe(c.id);
    expect(report.generatedAt).toMatch(/^2026-03-01T/);
    expect(report.rules.map((r) => r.id)).toContain('provenance.forged-document');

    const byRule = (id: string) => report.findings.filter((f) => f.ruleId === id);
    const [forged] = byRule('provenance.forged-document');
    expect(forged).toMatchObject({
      severity: 'high',
      objectId: stele.id,
      params: { context: 'forged', document: '17/2019' },
    });
    expect(forged!.evidence).toEqual([
      { kind: 'document', id: licence.id, label: 'Export licence / certificate 17/2019' },
      { kind: 'provenance_event', id: events[2]!.id, label: '3. Export, 2019' },
    ]);

    const [gap1970] = byRule('provenance.gap-1970');
    expect(gap1970).toMatchObject({
      severity: 'medium',
      params: { context: 'possible', from: 'c. 1965', to: '1991-05-03' },
    });
    // The gallery's name comes from the directory.
    expect(gap1970!.evidence.map((e) => e.label)).toEqual([
      '1. Sale, c. 1965 (Unknown dealer → ?)',
      '2. Sale, 1991-05-03 (? → Galerie Orion)',
    ]);
    expect(byRule('provenance.gap-1972')[0]?.severity).toBe('medium');
    expect(byRule('provenance.export-licence-transit')[0]?.params).toMatchObject({
      issuerCountry: 'AE',
      countryOfOrigin: 'IQ',
    });
    expect(byRule('provenance.first-appearance-after-1970')[0]?.params['first']).toBe('c. 1965');
    expect(byRule('provenance.competing-claims')[0]?.params).toMatchObject({ claims: 2 });
    expect(report.findings[0]!.severity).toBe('high');
  });

  it('for one object only that object; an object of another case or a bad id is refused', async () => {
    const { session, c, icon, stele } = await caseWithHistory();
    const report = caseFindings(session, { caseId: c.id, objectId: icon.id });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['provenance.competing-claims']);
    expect(findObjectByExhibit(session, c.id, ' E-1 ').id).toBe(stele.id);

    const foreign = findObjectByExhibit(
      session,
      session.db
        .prepare("SELECT id FROM case_record WHERE reference = 'ITCG-2026-0045'")
        .pluck()
        .get() as string,
      'E-1',
    );
    expect(
      await caught(() => caseFindings(session, { caseId: c.id, objectId: foreign.id })),
    ).toMatchObject({
      code: CaseFileErrorCode.NotFound,
    });
    expect(await caught(() => caseFindings(session, { caseId: 'nope' }))).toMatchObject({
      code: CaseFileErrorCode.InvalidInput,
    });
    expect(await caught(() => findObjectByExhibit(session, c.id, 'E-99'))).toMatchObject({
      code: CaseFileErrorCode.NotFound,
    });
  });

  it('reads only: the audit log does not grow', async () => {
    const { session, c } = await caseWithHistory();
    const count = () => session.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = count();
    caseFindings(session, { caseId: c.id });
    expect(count()).toBe(before);
  });
});

const fixtures: IpcFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.services.dispose();
});

function ok<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('findings:list', () => {
  it('answers through the IPC envelope and refuses a malformed request', async () => {
    const f = ipcFixture();
    fixtures.push(f);
    ok(
      await f.ipc.invoke('casefile:create', {
        path: path.join(f.dir, 'findings.custodia'),
        operatorName: 'Ana Petrović',
        passphrase: PASSPHRASE,
      }),
    );
    const c = ok(
      await f.ipc.invoke('case:create', {
        fields: { reference: 'ITCG-2026-0072', title: 'Coins', openedOn: '2026-02-01' },
      }),
    );
    const coins = ok(
      await f.ipc.invoke('object:create', {
        caseId: c.id,
        fields: {
          exhibitNumber: 'E-1',
          typeL1: 'coins',
          unesco1970: ['e'],
          dating: { earliest: 98, latest: 117 },
        },
      }),
    );
    const report = ok(await f.ipc.invoke('findings:list', { caseId: c.id }));
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'provenance.first-appearance-after-1970',
        objectId: coins.id,
        params: expect.objectContaining({ context: 'none' }),
      }),
    ]);
    const bad = await f.ipc.invokeRaw('findings:list', [{ caseId: c.id, extra: 1 }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
