import { describe, expect, it } from 'vitest';
import { AccountFields } from '../../../../../shared/domain/finance';
import type { AccountView } from '../../../../../shared/domain/finance-views';
import { fieldForPath } from '../../../lib/form-errors';
import { relationshipFields, newRelationshipValues } from '../relationships/relationship-form';
import { accountFields, accountValues, ibanCountry, newAccountValues } from './account-form';

const IBAN = 'RS35260005601001611379';

describe('account form', () => {
  it('sends the IBAN in electronic form and the country it names', () => {
    const values = newAccountValues();
    values.iban = 'rs35 2600 0560 1001 6113 79';
    values.country = 'DE';
    values.holder = { partyId: null, name: ' Marko Marković ', picked: null };
    const fields = AccountFields.parse(accountFields(values));
    expect(fields).toMatchObject({
      iban: IBAN,
      country: 'RS',
      holder: { partyId: null, name: 'Marko Marković' },
      grading: null,
      openedOn: null,
    });
  });

  it('keeps the chosen country when there is no valid IBAN, and wallets only for crypto', () => {
    expect(ibanCountry('RS35260005601001611378')).toBeNull();
    const values = { ...newAccountValues(), accountNumber: '160-12345-67', country: 'ME' };
    values.address = 'left over';
    expect(accountFields(values)).toMatchObject({ country: 'ME', address: '', chain: null });
    const wallet = { ...values, kind: 'crypto' as const, chain: 'bitcoin' as const };
    expect(accountFields(wallet)).toMatchObject({ address: 'left over', chain: 'bitcoin' });
  });

  it('shows a stored account with its IBAN in groups of four and round-trips it', () => {
    const record = AccountFields.parse({
      iban: IBAN,
      country: 'RS',
      holder: { partyId: null, name: 'Marko Marković' },
      openedOn: '2019-05',
      grading: { source: 'A', information: '1' },
    });
    const view: AccountView = {
      ...record,
      caseId: '00000000-0000-4000-8000-0000000000c1',
      id: '00000000-0000-4000-8000-0000000000d1',
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      holderName: 'Marko Marković',
      institutionName: '',
      label: 'RS35 2600 0560 1001 6113 79',
      paymentCount: 0,
    };
    const values = accountValues(view);
    expect(values.iban).toBe('RS35 2600 0560 1001 6113 79');
    expect(AccountFields.parse(accountFields(values))).toEqual(record);
    expect(fieldForPath(values, ['holder', 'partyId'])).toBe('holder.partyId');
    expect(fieldForPath(values, ['iban'])).toBe('iban');
  });
});

describe('relationship form', () => {
  it('sends an account for a signatory and a share only for an ownership', () => {
    const v = newRelationshipValues();
    v.type = 'signatory';
    v.subject = { partyId: null, name: 'Marko', picked: null };
    v.object = { partyId: null, name: 'ignored', picked: null };
    v.accountId = '00000000-0000-4000-8000-0000000000d1';
    v.percentage = '50';
    expect(relationshipFields(v)).toMatchObject({
      object: { partyId: null, name: '' },
      accountId: v.accountId,
      percentage: null,
    });
    v.type = 'ownership';
    v.percentage = '33,33';
    expect(relationshipFields(v)).toMatchObject({ accountId: null, percentage: '33.33' });
  });
});
