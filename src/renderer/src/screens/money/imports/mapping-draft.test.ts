import { describe, expect, it } from 'vitest';
import { StatementMapping } from '../../../../../shared/domain/statement';
import {
  draftMapping,
  draftOf,
  emptyDraft,
  guessDraft,
  issueField,
  usedColumns,
} from './mapping-draft';

const SERBIAN = ['Datum', 'Iznos', 'Valuta', 'Naziv', 'Račun', 'Poziv na broj'];
const ROWS = [
  [
    '12.03.2024',
    '-1.234,56',
    'RSD',
    'Galerija Antika d.o.o.',
    'RS35260005601001611379',
    '97 12-345',
  ],
  ['14.03.2024', '25.000,00', 'RSD', 'Marko Marković', '', ''],
];

describe('guessDraft', () => {
  it('maps a Serbian statement by its headers and reads its formats from the rows', () => {
    const d = guessDraft(SERBIAN, ROWS);
    expect(d).toMatchObject({
      date: 'Datum',
      amount: 'Iznos',
      amountMode: 'signed',
      currencyMode: 'column',
      currencyColumn: 'Valuta',
      counterpartyName: 'Naziv',
      counterpartyAccount: 'Račun',
      reference: 'Poziv na broj',
      purpose: null,
      dateFormat: 'DD.MM.YYYY',
      decimal: ',',
      thousands: '.',
    });
    expect(StatementMapping.safeParse(draftMapping(d)).success).toBe(true);
  });

  it('finds debit and credit columns, and guesses nothing the headers do not say', () => {
    const d = guessDraft(
      ['Value date', 'Date', 'Debit', 'Credit', 'Beneficiary'],
      [['2024-03-12', '2024-03-12', '1,234.56', '', 'X']],
    );
    expect(d.amountMode).toBe('debit-credit');
    expect(d).toMatchObject({
      valueDate: 'Value date',
      date: 'Date',
      debit: 'Debit',
      credit: 'Credit',
    });
    expect(d.currencyMode).toBe('fixed');
    expect(d.currencyCode).toBeNull();
    expect(d.counterpartyName).toBeNull();
    expect(d.dateFormat).toBe('YYYY-MM-DD');
    expect([d.decimal, d.thousands]).toEqual(['.', ',']);
  });
});

describe('draftMapping', () => {
  it('sends an incomplete mapping for main to name what is missing', () => {
    const result = StatementMapping.safeParse(draftMapping(emptyDraft()));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('columns.date');
    expect(paths).toContain('amount.column');
    expect(paths).toContain('dateFormat');
  });

  it('round-trips through a saved mapping for every amount and currency mode', () => {
    const base = guessDraft(SERBIAN, ROWS);
    const variants = [
      base,
      { ...base, negative: 'incoming' as const },
      {
        ...base,
        amountMode: 'debit-credit' as const,
        amount: null,
        debit: 'Iznos',
        credit: 'Naziv',
      },
      {
        ...base,
        amountMode: 'indicator' as const,
        indicator: 'Valuta',
        debitValues: ['Dug.'],
        creditValues: ['Pot.'],
        currencyMode: 'fixed' as const,
        currencyColumn: null,
        currencyCode: 'RSD',
      },
    ];
    for (const d of variants) {
      const saved = StatementMapping.parse(draftMapping(d));
      expect(draftMapping(draftOf(saved))).toEqual(draftMapping(d));
    }
  });

  it('lists only the columns the chosen modes use', () => {
    const d = { ...guessDraft(SERBIAN, ROWS), debit: 'Naziv', currencyMode: 'fixed' as const };
    expect(usedColumns(d)).not.toHaveProperty('debit');
    expect(usedColumns(d)).not.toHaveProperty('currencyColumn');
    expect(usedColumns(d)).toMatchObject({ date: 'Datum', amount: 'Iznos' });
  });
});

describe('issueField', () => {
  it('puts main’s mapping issues on the fields of the screen', () => {
    expect(issueField(['columns', 'date'])).toBe('date');
    expect(issueField(['columns', 'counterpartyName'])).toBe('counterpartyName');
    expect(issueField(['amount', 'column'])).toBe('amount');
    expect(issueField(['amount', 'creditValues'])).toBe('creditValues');
    expect(issueField(['currency', 'column'])).toBe('currencyColumn');
    expect(issueField(['currency', 'code'])).toBe('currencyCode');
    expect(issueField(['numberFormat', 'thousands'])).toBe('thousands');
    expect(issueField(['dateFormat'])).toBe('dateFormat');
    expect(issueField(['accountId'])).toBeNull();
  });
});
