import { describe, expect, it } from 'vitest';
import {
  addRate,
  addRelationship,
  getRelationship,
  listRates,
  listRelationships,
  removeRate,
  updateRate,
  updateRelationship,
} from '../../../src/main/core/finance';
import type { RelationshipFieldsInput } from '../../../src/shared/domain/finance';
import type { RelationshipView } from '../../../src/shared/domain/finance-views';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { auditOf, citations, moneyCase, NOWHERE } from './fixtures';

const issuesOf = (e: { details?: Record<string, unknown> }) =>
  e.details?.['issues'] as Array<{ path: string[]; message: string }>;

function fieldsOf(r: RelationshipView): RelationshipFieldsInput {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    caseId: _k,
    subjectName: _s,
    objectName: _o,
    accountLabel: _a,
    ended: _e,
    ...fields
  } = r;
  return fields;
}

describe('relationships', () => {
  it('records ownership, signatory and family links with evidence; an end date ends a link, nothing deletes it', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const owns = addRelationship(session, {
      caseId: m.caseId,
      fields: {
        type: 'ownership',
        subject: { partyId: m.collector.id, name: '' },
        object: { partyId: m.shell.id, name: '' },
        percentage: '75',
        role: 'nominee shareholder',
        startDate: '2019-05',
        sources: [{ documentId: m.statement.id, page: '2' }],
        grading: { source: 'B', information: '2' },
      },
    });
    expect(owns).toMatchObject({
      subjectName: 'Müller, Hans',
      objectName: 'Aphrodite Holdings Ltd',
      percentage: '75',
      ended: false,
      accountLabel: null,
    });
    expect(citations(session, owns.id)).toEqual([
      { document_id: m.statement.id, kind: 'relationship', page: '2' },
    ]);
    const signs = addRelationship(session, {
      caseId: m.caseId,
      fields: {
        type: 'signatory',
        subject: { partyId: null, name: 'Dragan Ilić' },
        accountId: m.shellAccount.id,
      },
    });
    expect(signs.accountLabel).toBe('CY17 0020 0128 0000 0012 0052 7600');

    const ended = updateRelationship(session, {
      id: owns.id,
      version: 1,
      fields: { ...fieldsOf(owns), endDate: '2024-04-30' },
    });
    expect(ended).toMatchObject({ version: 2, ended: true, endDate: '2024-04-30' });
    expect(auditOf(session, owns.id).map((a) => a.action)).toEqual([
      'relationship.create',
      'relationship.update',
    ]);
    await expectCaseFileError(
      () => updateRelationship(session, { id: owns.id, version: 1, fields: fieldsOf(owns) }),
      'EDIT_CONFLICT',
    );
    expect(getRelationship(session, owns.id).ended).toBe(true);
    expect(listRelationships(session, { caseId: m.caseId }).map((r) => r.id)).toEqual([
      owns.id,
      signs.id,
    ]);
    expect(
      listRelationships(session, { caseId: m.caseId, partyId: m.shell.id }).map((r) => r.id),
    ).toEqual([owns.id]);
  });

  it('refuses links without their other side, to themselves, with a misplaced share or dates in the wrong order', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const subject = { partyId: m.collector.id, name: '' };
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ type: 'family' }, 'object', /other side/],
      [{ type: 'signatory' }, 'object', /other side/],
      [{ type: 'family', object: subject }, 'object', /not to itself/],
      [
        { type: 'family', object: { name: 'Eva' }, percentage: '10' },
        'percentage',
        /only an ownership/,
      ],
      [
        { type: 'ownership', object: { name: 'X' }, percentage: '120' },
        'percentage',
        /at most 100/,
      ],
      [
        { type: 'directorship', object: { name: 'X' }, startDate: '2021', endDate: '2020-12' },
        'endDate',
        /ends before it begins/,
      ],
      [{ type: 'signatory', accountId: NOWHERE }, 'accountId', /no account/],
      [{ type: 'associate', object: { partyId: NOWHERE, name: '' } }, 'object.partyId', /no such/],
    ];
    for (const [change, path, message] of cases) {
      const e = await expectCaseFileError(
        () =>
          addRelationship(session, {
            caseId: m.caseId,
            fields: { subject, ...change } as RelationshipFieldsInput,
          }),
        'INVALID_INPUT',
      );
      expect(issuesOf(e)[0], JSON.stringify(change)).toMatchObject({
        path: path.split('.'),
        message: expect.stringMatching(message),
      });
    }
    expect(session.db.prepare('SELECT count(*) FROM relationship').pluck().get()).toBe(0);
  });
});

describe('exchange rates', () => {
  it('keeps one rate per currency, base and day for the whole case file; corrects and removes with an audit trail', async () => {
    const { session } = await newCaseFile();
    const rsd = addRate(session, {
      fields: { date: '2024-03-12', currency: 'RSD', rate: '0.008532', source: 'NBS middle rate' },
    });
    expect(rsd).toMatchObject({ base: 'EUR', version: 1 });
    addRate(session, { fields: { date: '2024-03-11', currency: 'RSD', rate: '0.008530' } });
    addRate(session, { fields: { date: '2024-03-12', currency: 'USD', rate: '0.92' } });
    addRate(session, {
      fields: { date: '2024-03-12', currency: 'EUR', base: 'RSD', rate: '117.2' },
    });

    const e = await expectCaseFileError(
      () => addRate(session, { fields: { date: '2024-03-12', currency: 'RSD', rate: '0.0086' } }),
      'ALREADY_EXISTS',
    );
    expect(e.message).toContain('1 RSD in EUR on 2024-03-12 (0.008532)');
    expect(issuesOf(e)[0]?.path).toEqual(['date']);
    for (const [fields, path] of [
      [{ date: '2024-03-12', currency: 'EUR', rate: '1' }, 'currency'],
      [{ date: '2024-03-12', currency: 'GBP', rate: '0' }, 'rate'],
      [{ date: '12.03.2024', currency: 'GBP', rate: '1.1' }, 'date'],
    ] as const) {
      const bad = await expectCaseFileError(() => addRate(session, { fields }), 'INVALID_INPUT');
      expect(issuesOf(bad)[0]?.path).toEqual([path]);
    }

    expect(listRates(session).map((r) => `${r.currency}>${r.base} ${r.date}`)).toEqual([
      'EUR>RSD 2024-03-12',
      'RSD>EUR 2024-03-12',
      'RSD>EUR 2024-03-11',
      'USD>EUR 2024-03-12',
    ]);
    expect(listRates(session, { currency: 'RSD', dateTo: '2024-03-11' })).toHaveLength(1);

    const corrected = updateRate(session, {
      id: rsd.id,
      version: 1,
      fields: { date: '2024-03-12', currency: 'RSD', rate: '0.008533', source: 'NBS' },
    });
    expect(corrected).toMatchObject({ version: 2, rate: '0.008533' });
    await expectCaseFileError(
      () => removeRate(session, { id: rsd.id, version: 1 }),
      'EDIT_CONFLICT',
    );
    removeRate(session, { id: rsd.id, version: 2 });
    expect(listRates(session, { currency: 'RSD' }).map((r) => r.date)).toEqual(['2024-03-11']);
    const trail = auditOf(session, rsd.id);
    expect(trail.map((a) => a.action)).toEqual([
      'exchange_rate.create',
      'exchange_rate.update',
      'exchange_rate.remove',
    ]);
    expect(trail[2]?.changes['rate']).toEqual({ before: '0.008533', after: null });
  });
});
