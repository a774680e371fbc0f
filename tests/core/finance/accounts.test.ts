import { describe, expect, it } from 'vitest';
import { createCase } from '../../../src/main/core/cases/cases';
import { recordDocument } from '../../../src/main/core/documents';
import {
  addAccount,
  addPayment,
  getAccount,
  listAccounts,
  updateAccount,
} from '../../../src/main/core/finance';
import type { AccountView } from '../../../src/shared/domain/finance-views';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { auditOf, citations, IBAN, moneyCase, NOWHERE } from './fixtures';

function fieldsOf(a: AccountView) {
  const {
    id: _i,
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    caseId: _k,
    holderName: _h,
    institutionName: _n,
    label: _l,
    paymentCount: _p,
    ...fields
  } = a;
  return fields;
}

const issuesOf = (e: { details?: Record<string, unknown> }) =>
  e.details?.['issues'] as Array<{ path: string[]; message: string }>;

describe('accounts', () => {
  it('keeps the IBAN in electronic form, takes the country from it, resolves names, audits and cites', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    expect(m.galleryAccount).toMatchObject({
      kind: 'bank',
      iban: IBAN.gallery,
      country: 'RS',
      currency: 'RSD',
      holderName: 'Galerija Antika d.o.o.',
      institutionName: 'Banka Intesa',
      label: 'RS35 2600 0560 1001 6113 79',
      paymentCount: 0,
      version: 1,
    });
    expect(m.shellAccount).toMatchObject({ country: 'CY', bic: 'BCYPCY2N' });
    expect(citations(session, m.galleryAccount.id)).toEqual([
      { document_id: m.statement.id, kind: 'account', page: '1' },
    ]);
    const [created] = auditOf(session, m.galleryAccount.id);
    expect(created?.action).toBe('account.create');
    expect(created?.changes['iban']).toEqual({ before: null, after: IBAN.gallery });

    const updated = updateAccount(session, {
      id: m.galleryAccount.id,
      version: 1,
      fields: { ...fieldsOf(m.galleryAccount), closedOn: '2024-06', sources: [] },
    });
    expect(updated).toMatchObject({ version: 2, closedOn: '2024-06' });
    expect(citations(session, m.galleryAccount.id)).toEqual([]);
    expect(auditOf(session, m.galleryAccount.id)[1]).toMatchObject({
      action: 'account.update',
      changes: { closedOn: { before: null, after: '2024-06' } },
    });
    const stale = await expectCaseFileError(
      () =>
        updateAccount(session, {
          id: m.galleryAccount.id,
          version: 1,
          fields: fieldsOf(m.galleryAccount),
        }),
      'EDIT_CONFLICT',
    );
    expect(stale.details).toMatchObject({ currentVersion: 2, expectedVersion: 1 });

    expect(listAccounts(session, m.caseId).map((a) => a.id)).toEqual([
      m.galleryAccount.id,
      m.collectorAccount.id,
      m.shellAccount.id,
    ]);
    addPayment(session, {
      caseId: m.caseId,
      fields: {
        date: '2024-03-12',
        amount: { amount: '117250.00', currency: 'RSD' },
        payerAccountId: m.collectorAccount.id,
        beneficiaryAccountId: m.galleryAccount.id,
      },
    });
    expect(getAccount(session, m.galleryAccount.id).paymentCount).toBe(1);
  });

  it('refuses a bad IBAN or BIC, naming the field and what is wrong', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ iban: 'DE89370400440532013001' }, 'iban', /check digits do not match/],
      [{ iban: 'DE8937040044053201300' }, 'iban', /DE has 22 characters; this one has 21/],
      [{ iban: 'QQ89370400440532013000' }, 'iban', /QQ is not a country that uses IBANs/],
      [{ iban: IBAN.other, country: 'AT' }, 'country', /account in DE, not AT/],
      [{ iban: IBAN.other, bic: 'DEUTDEF' }, 'bic', /8 or 11 characters/],
      [{ accountNumber: '' }, 'iban', /name the account/],
      [{ kind: 'crypto', address: '0x52908400098527886E0F7030069857D2E4169EE7' }, 'chain', /chain/],
      [{ kind: 'crypto', chain: 'ethereum', address: '0x1234' }, 'address', /ethereum/],
      [{ accountNumber: '1', holder: { partyId: NOWHERE, name: '' } }, 'holder.partyId', /no such/],
      [{ accountNumber: '1', openedOn: '2020-05', closedOn: '2019' }, 'closedOn', /closed before/],
    ];
    for (const [fields, path, message] of cases) {
      const e = await expectCaseFileError(
        () => addAccount(session, { caseId: m.caseId, fields }),
        'INVALID_INPUT',
      );
      expect(issuesOf(e)[0], JSON.stringify(fields)).toMatchObject({
        path: path.split('.'),
        message: expect.stringMatching(message),
      });
    }
    // A wallet with a well-formed address is fine.
    expect(
      addAccount(session, {
        caseId: m.caseId,
        fields: {
          kind: 'crypto',
          chain: 'bitcoin',
          address: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
          holder: { partyId: null, name: 'unknown' },
        },
      }),
    ).toMatchObject({ label: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', country: null });
  });

  it('refuses a second account with the same IBAN in a case, naming the first; another case may have it', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const e = await expectCaseFileError(
      () =>
        addAccount(session, {
          caseId: m.caseId,
          fields: { iban: 'RS35 2600 0560 1001 6113 79', holder: { partyId: null, name: 'X' } },
        }),
      'ALREADY_EXISTS',
    );
    expect(e.message).toContain('RS35 2600 0560 1001 6113 79');
    expect(e.message).toContain('held by Galerija Antika d.o.o.');
    expect(e.details).toMatchObject({ id: m.galleryAccount.id });
    expect(issuesOf(e)[0]?.path).toEqual(['iban']);
    // Changing another account to that IBAN is refused the same way.
    await expectCaseFileError(
      () =>
        updateAccount(session, {
          id: m.collectorAccount.id,
          version: 1,
          fields: { ...fieldsOf(m.collectorAccount), iban: IBAN.gallery, country: null },
        }),
      'ALREADY_EXISTS',
    );
    // The account itself keeps its IBAN on an edit.
    expect(
      updateAccount(session, {
        id: m.galleryAccount.id,
        version: 1,
        fields: { ...fieldsOf(m.galleryAccount), notes: 'Main account' },
      }).version,
    ).toBe(2);

    const other = createCase(session, {
      reference: 'ITCG-2026-0602',
      title: 'Other',
      openedOn: '2026-02-01',
    });
    expect(addAccount(session, { caseId: other.id, fields: { iban: IBAN.gallery } }).iban).toBe(
      IBAN.gallery,
    );
  });

  it('refuses sources that are evidence of another case, and unknown cases', async () => {
    const { session } = await newCaseFile();
    const m = moneyCase(session);
    const other = createCase(session, {
      reference: 'ITCG-2026-0603',
      title: 'Other',
      openedOn: '2026-02-01',
    });
    const foreign = recordDocument(session, other.id, { type: 'bank-record', number: 'X' });
    const e = await expectCaseFileError(
      () =>
        addAccount(session, {
          caseId: m.caseId,
          fields: { iban: IBAN.other, sources: [{ documentId: foreign.id, page: '' }] },
        }),
      'INVALID_INPUT',
    );
    expect(e.message).toMatch(/evidence of another case/);
    await expectCaseFileError(
      () => addAccount(session, { caseId: NOWHERE, fields: { iban: IBAN.other } }),
      'NOT_FOUND',
    );
  });
});
