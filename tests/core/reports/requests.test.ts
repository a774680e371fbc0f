import { describe, expect, it } from 'vitest';
import type { CaseFileSession } from '../../../src/main/core';
import { CaseFileErrorCode } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import { addAccount } from '../../../src/main/core/finance';
import { createObject } from '../../../src/main/core/objects';
import { createParty } from '../../../src/main/core/parties/parties';
import { assignRole } from '../../../src/main/core/parties/party-roles';
import {
  createRequest,
  getRequest,
  listRequests,
  recordRequestStatus,
  updateRequest,
} from '../../../src/main/core/reports/requests';
import type { MlaFields, RequestFieldsInput } from '../../../src/shared/domain/intl-request';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

async function setUp() {
  const cf = await newCaseFile();
  const { session } = cf;
  const c = createCase(session, {
    reference: 'ITCG-2026-0901',
    title: 'Krater sold through Limassol',
    openedOn: '2026-01-10',
  });
  const krater = createObject(session, c.id, {
    exhibitNumber: 'K-1',
    typeL1: 'archaeological',
    typeL2: 'archaeological.pottery',
    title: 'Apulian krater',
  });
  const company = createParty(session, {
    kind: 'organisation',
    name: 'Kyrenia Heritage Holdings Ltd',
    organisationType: 'company',
  });
  assignRole(session, { caseId: c.id, partyId: company.id, role: 'consignee' });
  const account = addAccount(session, {
    caseId: c.id,
    fields: {
      iban: 'CY21002001950000357001234567',
      holder: { partyId: company.id, name: '' },
      institution: { partyId: null, name: 'Bank of Cyprus' },
    },
  });
  const other = createCase(session, {
    reference: 'ITCG-2026-0902',
    title: 'Another case',
    openedOn: '2026-01-11',
  });
  const elsewhere = createObject(session, other.id, { exhibitNumber: 'X-1', typeL1: 'coins' });
  const stranger = createParty(session, {
    kind: 'person',
    givenNames: 'Драган',
    familyName: 'Јовановић',
  });
  assignRole(session, { caseId: other.id, partyId: stranger.id, role: 'suspect' });
  return { cf, session, caseId: c.id, krater, company, account, elsewhere, stranger };
}

function mlaFields(over: Partial<MlaFields> = {}): RequestFieldsInput {
  return {
    kind: 'mla',
    requestedState: 'CY',
    to: { name: 'Ministry of Justice and Public Order, Nicosia' },
    from: { name: 'Тужилаштво за организовани криминал' },
    subject: 'Investigation KTI 41/2026',
    summary: 'Bank records of the consignee.',
    facts: 'A krater was seized at Batrovci.',
    offences: [{ qualification: 'Money laundering', code: 'money-laundering' }],
    measures: [{ kind: 'bank_records', details: 'Statements 2025–2026' }],
    purpose: 'Evidence for the criminal proceedings.',
    ...over,
  } as RequestFieldsInput;
}

function auditOf(session: CaseFileSession, entityId: string): string[] {
  return session.db
    .prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq')
    .pluck()
    .all(entityId) as string[];
}

describe('international requests', () => {
  it('creates, updates and lists a request of the case, each write audited', async () => {
    const s = await setUp();
    const created = createRequest(s.session, {
      caseId: s.caseId,
      title: 'Cyprus — bank records',
      fields: mlaFields({
        persons: [{ partyId: s.company.id, role: 'Account holder', note: '' }],
        measures: [
          {
            kind: 'bank_records',
            details: 'Statements',
            accountIds: [s.account.id],
            objectIds: [s.krater.id],
            partyIds: [s.company.id],
          },
        ],
        annexObjectIds: [s.krater.id],
      }),
    });
    expect(created).toMatchObject({ status: 'draft', version: 1, answerDue: null, history: [] });
    if (created.fields.kind !== 'mla') throw new Error('not an MLA request');
    expect(auditOf(s.session, created.id)).toEqual(['request.create']);

    const updated = updateRequest(s.session, {
      id: created.id,
      version: 1,
      title: 'Cyprus — bank records and search',
      fields: { ...created.fields, urgent: true, urgencyReason: 'Detention ends soon' },
    });
    expect(updated.version).toBe(2);
    expect(updated.fields.kind === 'mla' && updated.fields.urgent).toBe(true);
    expect(auditOf(s.session, created.id)).toEqual(['request.create', 'request.update']);
    expect(listRequests(s.session, s.caseId).map((r) => r.id)).toEqual([created.id]);
    expect(getRequest(s.session, created.id).title).toBe('Cyprus — bank records and search');

    // The kind of a request does not change.
    await expectCaseFileError(
      () =>
        updateRequest(s.session, {
          id: created.id,
          version: 2,
          title: 'x',
          fields: { kind: 'return' },
        }),
      CaseFileErrorCode.InvalidInput,
    );
  });

  it('refuses records of another case, naming the field', async () => {
    const s = await setUp();
    const attempts: Array<[RequestFieldsInput, string]> = [
      [
        mlaFields({
          measures: [
            {
              kind: 'search_seizure',
              details: 'x',
              objectIds: [s.elsewhere.id],
              accountIds: [],
              partyIds: [],
            },
          ],
        }),
        'fields.measures.0.objectIds.0',
      ],
      [
        mlaFields({ persons: [{ partyId: s.stranger.id, role: '', note: '' }] }),
        'fields.persons.0.partyId',
      ],
      [mlaFields({ annexObjectIds: [s.elsewhere.id] }), 'fields.annexObjectIds.0'],
      [
        { kind: 'return', objectIds: [s.krater.id], holderPartyId: s.stranger.id },
        'fields.holderPartyId',
      ],
    ];
    for (const [fields, path] of attempts) {
      const e = await expectCaseFileError(
        () => createRequest(s.session, { caseId: s.caseId, title: 'Request', fields }),
        CaseFileErrorCode.InvalidInput,
      );
      expect(e.message).toContain(path);
      expect(JSON.stringify(e.details)).toContain(JSON.stringify(path.split('.')));
    }
    expect(listRequests(s.session, s.caseId)).toEqual([]);
  });

  it('records the steps of a sent request, refuses the others and stale versions', async () => {
    const s = await setUp();
    const draft = createRequest(s.session, {
      caseId: s.caseId,
      title: 'Cyprus',
      fields: mlaFields(),
    });
    // A draft cannot be acknowledged or executed before it is sent.
    const refused = await expectCaseFileError(
      () =>
        recordRequestStatus(s.session, {
          id: draft.id,
          version: draft.version,
          status: 'executed',
          on: '2026-02-20',
        }),
      CaseFileErrorCode.NotAllowed,
    );
    expect(refused.message).toContain('a draft');
    expect(refused.message).toContain('executed');
    expect(refused.details).toEqual({ from: 'draft', to: 'executed' });

    const sent = recordRequestStatus(s.session, {
      id: draft.id,
      version: draft.version,
      status: 'sent',
      on: '2026-02-18',
      reference: 'MP 712/2026',
      answerDue: '2026-04-10',
    });
    expect(sent).toMatchObject({ status: 'sent', answerDue: '2026-04-10', version: 2 });
    expect(sent.history).toMatchObject([
      { status: 'sent', on: '2026-02-18', reference: 'MP 712/2026' },
    ]);

    // Stale version: nothing recorded.
    await expectCaseFileError(
      () =>
        recordRequestStatus(s.session, {
          id: draft.id,
          version: 1,
          status: 'acknowledged',
          on: '2026-02-25',
        }),
      CaseFileErrorCode.EditConflict,
    );
    await expectCaseFileError(
      () =>
        updateRequest(s.session, { id: draft.id, version: 1, title: 'x', fields: draft.fields }),
      CaseFileErrorCode.EditConflict,
    );
    // A step dated before the previous one is refused.
    await expectCaseFileError(
      () =>
        recordRequestStatus(s.session, {
          id: draft.id,
          version: 2,
          status: 'acknowledged',
          on: '2026-02-01',
        }),
      CaseFileErrorCode.InvalidInput,
    );
    const acknowledged = recordRequestStatus(s.session, {
      id: draft.id,
      version: 2,
      status: 'acknowledged',
      on: '2026-02-25',
      reference: 'MJPO 46',
    });
    const executed = recordRequestStatus(s.session, {
      id: draft.id,
      version: acknowledged.version,
      status: 'executed',
      on: '2026-03-30',
    });
    expect(executed.history.map((h) => h.status)).toEqual(['sent', 'acknowledged', 'executed']);
    expect(executed.answerDue).toBe('2026-04-10');
    // Executed is final.
    const closed = await expectCaseFileError(
      () =>
        recordRequestStatus(s.session, {
          id: draft.id,
          version: executed.version,
          status: 'withdrawn',
          on: '2026-04-01',
        }),
      CaseFileErrorCode.NotAllowed,
    );
    expect(closed.message).toContain('closed');
    expect(auditOf(s.session, draft.id)).toEqual([
      'request.create',
      'request.status',
      'request.status',
      'request.status',
    ]);
  });

  it('is not sent while an essential section is empty', async () => {
    const s = await setUp();
    const draft = createRequest(s.session, {
      caseId: s.caseId,
      title: 'Incomplete',
      fields: mlaFields({ purpose: '', offences: [] }),
    });
    const e = await expectCaseFileError(
      () =>
        recordRequestStatus(s.session, {
          id: draft.id,
          version: 1,
          status: 'sent',
          on: '2026-02-18',
        }),
      CaseFileErrorCode.NotAllowed,
    );
    expect(e.message).toContain('offences');
    expect(e.message).toContain('purpose of the request');
    expect(e.details).toEqual({ missing: ['offences', 'purpose'] });
    expect(getRequest(s.session, draft.id).status).toBe('draft');
  });
});
