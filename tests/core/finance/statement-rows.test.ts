import { describe, expect, it } from 'vitest';
import type { RawRow } from '../../../src/main/core/finance/statement-read';
import {
  fingerprint,
  readRow,
  readRows,
  resolveColumns,
  StatementCancelled,
  type StatementTransaction,
} from '../../../src/main/core/finance/statement-rows';
import { StatementMapping, type StatementMappingInput } from '../../../src/shared/domain/statement';
import { GALLERY_IBAN } from './statement-fixtures';

const ACCOUNT = '00000000-0000-4000-8000-000000000001';

function mapping(overrides: Partial<StatementMappingInput>): StatementMapping {
  return StatementMapping.parse({
    columns: {
      date: 'Date',
      counterpartyName: 'Name',
      counterpartyAccount: 'Account',
      reference: 'Ref',
    },
    amount: { mode: 'signed', column: 'Amount' },
    currency: { mode: 'fixed', code: 'EUR' },
    dateFormat: 'DD.MM.YYYY',
    numberFormat: { decimal: ',', thousands: '.' },
    ...overrides,
  });
}

function read(m: StatementMapping, headers: string[], cells: RawRow['cells'], row = 2) {
  const { columns, issues } = resolveColumns(headers, m);
  expect(issues).toEqual([]);
  return readRow({ row, cells }, columns, m);
}

describe('resolveColumns', () => {
  it('finds headers ignoring case and spaces, and names missing or doubled ones', () => {
    const m = mapping({});
    expect(resolveColumns(['DATE', ' Name ', 'Account', 'Ref', 'Amount'], m).issues).toEqual([]);
    const { issues } = resolveColumns(['Date', 'Name', 'Name', 'Ref'], m);
    expect(issues).toEqual([
      {
        path: ['columns', 'counterpartyName'],
        message: 'the file has 2 columns named "Name"; rename one in the file',
      },
      { path: ['columns', 'counterpartyAccount'], message: 'the file has no column "Account"' },
      { path: ['amount', 'column'], message: 'the file has no column "Amount"' },
    ]);
  });
});

describe('readRow', () => {
  const H = ['Date', 'Name', 'Account', 'Ref', 'Amount'];

  it('reads a signed amount seen from the account: negative is money out', () => {
    const out = read(mapping({}), H, [
      '12.03.2024',
      ' Galerija  Antika ',
      GALLERY_IBAN.replace(/(.{4})/g, '$1 '),
      '97 1',
      '-1.234,50',
    ]);
    expect(out).toMatchObject({
      ok: true,
      tx: {
        date: '2024-03-12',
        direction: 'out',
        amount: '1234.50',
        currency: 'EUR',
        counterpartyName: 'Galerija Antika',
        counterpartyAccount: GALLERY_IBAN,
        counterpartyIban: GALLERY_IBAN,
        method: 'wire',
      },
    });
    const inverted = read(
      mapping({ amount: { mode: 'signed', column: 'Amount', negative: 'incoming' } }),
      H,
      ['12.03.2024', 'X', '', '', '-5,00'],
    );
    expect(inverted).toMatchObject({ ok: true, tx: { direction: 'in', amount: '5.00' } });
  });

  it('reads debit and credit columns (0,00 in the other column, a minus in debit)', () => {
    const m = mapping({ amount: { mode: 'debit-credit', debit: 'Dugovna', credit: 'Potražna' } });
    const h = ['Date', 'Name', 'Account', 'Ref', 'Dugovna', 'Potražna'];
    expect(read(m, h, ['12.03.2024', 'A', '', '', '1.000,00', '0,00'])).toMatchObject({
      ok: true,
      tx: { direction: 'out', amount: '1000.00' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '-1.000,00', ''])).toMatchObject({
      ok: true,
      tx: { direction: 'out', amount: '1000.00' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '', '250,10'])).toMatchObject({
      ok: true,
      tx: { direction: 'in', amount: '250.10' },
    });
    const both = read(m, h, ['12.03.2024', 'A', '', '', '1,00', '2,00'], 7);
    expect(both).toMatchObject({
      ok: false,
      errors: [{ row: 7, column: 'Dugovna', problem: 'amount-both' }],
    });
    const none = read(m, h, ['12.03.2024', 'A', '', '', '', '0,00'], 8);
    expect(none).toMatchObject({ ok: false, errors: [{ row: 8, problem: 'amount-missing' }] });
  });

  it('reads an amount with a debit/credit indicator, values configurable', () => {
    const m = mapping({
      amount: {
        mode: 'indicator',
        column: 'Amount',
        indicator: 'D/P',
        debitValues: ['Dug.', 'D'],
        creditValues: ['Pot.', 'C'],
      },
    });
    const h = ['Date', 'Name', 'Account', 'Ref', 'Amount', 'D/P'];
    expect(read(m, h, ['12.03.2024', 'A', '', '', '10,00', 'dug.'])).toMatchObject({
      ok: true,
      tx: { direction: 'out' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '10,00', ' Pot. '])).toMatchObject({
      ok: true,
      tx: { direction: 'in' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '10,00', 'X'])).toMatchObject({
      ok: false,
      errors: [{ column: 'D/P', problem: 'indicator-unknown', value: 'X' }],
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '-10,00', 'D'])).toMatchObject({
      ok: false,
      errors: [{ problem: 'indicator-signed' }],
    });
    expect(() =>
      mapping({
        amount: {
          mode: 'indicator',
          column: 'A',
          indicator: 'B',
          debitValues: ['D'],
          creditValues: ['d'],
        },
      }),
    ).toThrow(/both debit and credit/);
  });

  it('reports every cell at fault with its row, column, problem and value', () => {
    const m = mapping({
      currency: { mode: 'column', column: 'Cur' },
      columns: { date: 'Date', counterpartyName: 'Name', valueDate: 'Value' },
    });
    const out = read(
      m,
      ['Date', 'Value', 'Name', 'Amount', 'Cur'],
      ['31.02.2024', '2024-03-01', 'x'.repeat(501), '12,34,5', 'Dinari'],
      9,
    );
    expect(out.ok).toBe(false);
    expect(
      !out.ok &&
        out.errors.map((e) => [
          e.row,
          e.column,
          e.field,
          e.problem,
          e.value.length > 50 ? 'long' : e.value,
        ]),
    ).toEqual([
      [9, 'Date', 'date', 'no-such-day', '31.02.2024'],
      [9, 'Value', 'valueDate', 'date-format', '2024-03-01'],
      [9, 'Amount', 'amount', 'separators', '12,34,5'],
      [9, 'Cur', 'currency', 'currency-unknown', 'Dinari'],
      [9, 'Name', 'counterpartyName', 'too-long', 'long'],
    ]);
  });

  it('accepts local currency names and ISO numeric codes, refuses zero amounts and rows without a counterparty', () => {
    const m = mapping({ currency: { mode: 'column', column: 'Cur' } });
    const h = ['Date', 'Name', 'Account', 'Ref', 'Amount', 'Cur'];
    expect(read(m, h, ['12.03.2024', 'A', '', '', '1,00', 'din.'])).toMatchObject({
      ok: true,
      tx: { currency: 'RSD' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '1,00', 'KM'])).toMatchObject({
      ok: true,
      tx: { currency: 'BAM' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '1,00', '807'])).toMatchObject({
      ok: true,
      tx: { currency: 'MKD' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '1,00', 'eur'])).toMatchObject({
      ok: true,
      tx: { currency: 'EUR' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '0,00', 'EUR'])).toMatchObject({
      ok: false,
      errors: [{ problem: 'amount-zero' }],
    });
    expect(read(m, h, ['12.03.2024', '', '', '', '1,00', 'EUR'])).toMatchObject({
      ok: false,
      errors: [{ problem: 'counterparty-missing' }],
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '1,00', ''])).toMatchObject({
      ok: false,
      errors: [{ problem: 'empty', field: 'currency' }],
    });
  });

  it('takes typed spreadsheet cells as they are, and a time of day into `at`', () => {
    const m = mapping({});
    expect(
      read(m, H, [{ date: '2024-03-12', time: '14:35' }, 'A', '', '', { number: '-99.5' }]),
    ).toMatchObject({
      ok: true,
      tx: { date: '2024-03-12', at: '2024-03-12T14:35', amount: '99.5', direction: 'out' },
    });
    expect(
      read(m, H, [{ number: '45363' }, 'A', '', '', { date: '2024-03-12', time: null }]),
    ).toMatchObject({
      ok: false,
      errors: [
        { problem: 'cell-type', field: 'date' },
        { problem: 'cell-type', field: 'amount' },
      ],
    });
    expect(read(m, H, ['12.03.2024', 'A', '', '', { number: '0.1234567' }])).toMatchObject({
      ok: false,
      errors: [{ problem: 'too-many-decimals' }],
    });
  });

  it('maps a method column through its values, else the fallback', () => {
    const m = mapping({
      method: {
        mode: 'column',
        column: 'Type',
        values: [
          { text: 'Gotovina', method: 'cash' },
          { text: 'Kartica', method: 'card' },
        ],
        otherwise: 'wire',
      },
    });
    const h = [...H, 'Type'];
    expect(read(m, h, ['12.03.2024', 'A', '', '', '1,00', 'GOTOVINA'])).toMatchObject({
      ok: true,
      tx: { method: 'cash' },
    });
    expect(read(m, h, ['12.03.2024', 'A', '', '', '1,00', 'Nalog'])).toMatchObject({
      ok: true,
      tx: { method: 'wire' },
    });
  });
});

describe('fingerprints', () => {
  const tx: StatementTransaction = {
    row: 4,
    date: '2024-03-12',
    at: null,
    valueDate: null,
    direction: 'out',
    amount: '1234.50',
    currency: 'RSD',
    counterpartyName: 'Galerija Antika',
    counterpartyAccount: GALLERY_IBAN,
    counterpartyIban: GALLERY_IBAN,
    reference: '97 1',
    purpose: 'Ikona',
    transactionId: '',
    method: 'wire',
  };

  it('do not depend on how the same values were written, the purpose, or the row', () => {
    const a = fingerprint(ACCOUNT, tx, 1);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(
      fingerprint(
        ACCOUNT,
        { ...tx, amount: '1234.5', counterpartyName: 'GALERIJA  antika', purpose: 'x', row: 99 },
        1,
      ),
    ).toBe(a);
    expect(fingerprint(ACCOUNT, { ...tx, direction: 'in' }, 1)).not.toBe(a);
    expect(fingerprint(ACCOUNT, { ...tx, date: '2024-03-13' }, 1)).not.toBe(a);
    expect(fingerprint(ACCOUNT, { ...tx, currency: 'EUR' }, 1)).not.toBe(a);
    expect(fingerprint(ACCOUNT, { ...tx, reference: '97 2' }, 1)).not.toBe(a);
    expect(fingerprint(ACCOUNT, tx, 2)).not.toBe(a);
    expect(fingerprint('00000000-0000-4000-8000-000000000002', tx, 1)).not.toBe(a);
  });

  it('with a bank transaction id, rest on it rather than on names and references', () => {
    const a = fingerprint(ACCOUNT, { ...tx, transactionId: 'TX-1' }, 1);
    expect(
      fingerprint(
        ACCOUNT,
        { ...tx, transactionId: 'TX-1', counterpartyName: 'Other spelling', reference: '' },
        3,
      ),
    ).toBe(a);
    expect(fingerprint(ACCOUNT, { ...tx, transactionId: 'TX-2' }, 1)).not.toBe(a);
  });

  it('count identical rows of one file as distinct payments, and a repeated transaction id as a duplicate', async () => {
    const m = mapping({ columns: { date: 'Date', counterpartyName: 'Name', transactionId: 'Id' } });
    const headers = ['Date', 'Name', 'Amount', 'Id'];
    const { columns } = resolveColumns(headers, m);
    const rows: RawRow[] = [
      { row: 2, cells: ['12.03.2024', 'Kafe', '-300,00', ''] },
      { row: 3, cells: ['12.03.2024', 'Kafe', '-300,00', ''] },
      { row: 4, cells: ['12.03.2024', 'Kafe', '-300,00', 'T1'] },
      { row: 5, cells: ['12.03.2024', 'Kafe', '-300,00', 'T1'] },
    ];
    const r = await readRows(rows, columns, m, { accountId: ACCOUNT });
    expect(new Set([2, 3, 4].map((n) => r.fingerprints.get(n))).size).toBe(3);
    expect([...r.duplicates]).toEqual([5]);
    expect(r.counts).toEqual({ rows: 4, valid: 4, invalid: 0, duplicates: 1 });
    const again = await readRows(rows, columns, m, {
      accountId: ACCOUNT,
      existing: new Set(r.fingerprints.values()),
    });
    expect(again.counts.duplicates).toBe(4);
  });

  it('stop between chunks when cancelled', async () => {
    const m = mapping({});
    const { columns } = resolveColumns(['Date', 'Name', 'Account', 'Ref', 'Amount'], m);
    const rows: RawRow[] = Array.from({ length: 10 }, (_, i) => ({
      row: i + 2,
      cells: ['12.03.2024', 'A', '', '', '1,00'],
    }));
    const controller = new AbortController();
    const seen: number[] = [];
    await expect(
      readRows(rows, columns, m, {
        chunkSize: 3,
        signal: controller.signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 6) controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(StatementCancelled);
    expect(seen).toEqual([3, 6]);
  });
});
