import type { PaymentMethod } from '../../../../../shared/domain/finance';
import type {
  StatementDelimiter,
  StatementEncoding,
  StatementMapping,
} from '../../../../../shared/domain/statement';
import { guessDateFormats, type DateFormat } from '../../../../../shared/finance/date-parse';
import {
  guessNumberFormats,
  type DecimalSeparator,
  type ThousandsSeparator,
} from '../../../../../shared/finance/number-parse';

/**
 * The mapping screen's state: flat, each column a header of the file or null, so a select
 * edits each. `draftMapping` turns it into a StatementMapping however incomplete (main's preview
 * says what is missing); `draftOf` reads a saved one back.
 */
export type AmountMode = 'signed' | 'debit-credit' | 'indicator';
export type CurrencyMode = 'column' | 'fixed';

export interface MappingDraft {
  encoding: StatementEncoding;
  delimiter: StatementDelimiter;
  sheet: string | null;
  headerRow: number;
  skipLastRows: number;
  date: string | null;
  valueDate: string | null;
  dateFormat: DateFormat | null;
  amountMode: AmountMode;
  amount: string | null;
  /** Sign convention of a signed amount: what a negative amount is. */
  negative: 'outgoing' | 'incoming';
  debit: string | null;
  credit: string | null;
  indicator: string | null;
  debitValues: string[];
  creditValues: string[];
  currencyMode: CurrencyMode;
  currencyColumn: string | null;
  currencyCode: string | null;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  reference: string | null;
  purpose: string | null;
  transactionId: string | null;
  method: PaymentMethod;
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
}

/** The draft's fields that name a column of the file, in the order the screen lists them. */
export const COLUMN_FIELDS = [
  'date',
  'valueDate',
  'amount',
  'debit',
  'credit',
  'indicator',
  'currencyColumn',
  'counterpartyName',
  'counterpartyAccount',
  'reference',
  'purpose',
  'transactionId',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

export function emptyDraft(): MappingDraft {
  return {
    encoding: 'auto',
    delimiter: 'auto',
    sheet: null,
    headerRow: 1,
    skipLastRows: 0,
    date: null,
    valueDate: null,
    dateFormat: null,
    amountMode: 'signed',
    amount: null,
    negative: 'outgoing',
    debit: null,
    credit: null,
    indicator: null,
    debitValues: ['D'],
    creditValues: ['C'],
    currencyMode: 'column',
    currencyColumn: null,
    currencyCode: null,
    counterpartyName: null,
    counterpartyAccount: null,
    reference: null,
    purpose: null,
    transactionId: null,
    method: 'wire',
    decimal: ',',
    thousands: '.',
  };
}

/** The columns a draft uses now (the amount mode and currency mode decide which count). */
export function usedColumns(d: MappingDraft): Partial<Record<ColumnField, string>> {
  const used: Partial<Record<ColumnField, string>> = {};
  const put = (field: ColumnField) => {
    const header = d[field];
    if (header !== null) used[field] = header;
  };
  for (const f of [
    'date',
    'valueDate',
    'counterpartyName',
    'counterpartyAccount',
    'reference',
    'purpose',
    'transactionId',
  ] as const) {
    put(f);
  }
  if (d.amountMode === 'signed') put('amount');
  if (d.amountMode === 'debit-credit') {
    put('debit');
    put('credit');
  }
  if (d.amountMode === 'indicator') {
    put('amount');
    put('indicator');
  }
  if (d.currencyMode === 'column') put('currencyColumn');
  return used;
}

/** The mapping as main reads it; what is not chosen yet is sent empty, for main to name. */
export function draftMapping(d: MappingDraft): Record<string, unknown> {
  const col = (v: string | null) => v ?? '';
  const amount =
    d.amountMode === 'signed'
      ? { mode: 'signed', column: col(d.amount), negative: d.negative }
      : d.amountMode === 'debit-credit'
        ? { mode: 'debit-credit', debit: col(d.debit), credit: col(d.credit) }
        : {
            mode: 'indicator',
            column: col(d.amount),
            indicator: col(d.indicator),
            debitValues: d.debitValues,
            creditValues: d.creditValues,
          };
  return {
    encoding: d.encoding,
    delimiter: d.delimiter,
    sheet: d.sheet,
    headerRow: d.headerRow,
    skipLastRows: d.skipLastRows,
    columns: {
      date: col(d.date),
      valueDate: d.valueDate,
      counterpartyName: d.counterpartyName,
      counterpartyAccount: d.counterpartyAccount,
      reference: d.reference,
      purpose: d.purpose,
      transactionId: d.transactionId,
    },
    amount,
    currency:
      d.currencyMode === 'fixed'
        ? { mode: 'fixed', code: d.currencyCode ?? '' }
        : { mode: 'column', column: col(d.currencyColumn) },
    method: { mode: 'fixed', method: d.method },
    dateFormat: d.dateFormat ?? '',
    numberFormat: { decimal: d.decimal, thousands: d.thousands },
    accountId: null,
  };
}

/** A saved mapping back into a draft (a method read from a column is kept as its fallback). */
export function draftOf(m: StatementMapping): MappingDraft {
  const a = m.amount;
  return {
    ...emptyDraft(),
    encoding: m.encoding,
    delimiter: m.delimiter,
    sheet: m.sheet,
    headerRow: m.headerRow,
    skipLastRows: m.skipLastRows,
    date: m.columns.date,
    valueDate: m.columns.valueDate,
    dateFormat: m.dateFormat,
    amountMode: a.mode,
    amount: a.mode === 'debit-credit' ? null : a.column,
    negative: a.mode === 'signed' ? a.negative : 'outgoing',
    debit: a.mode === 'debit-credit' ? a.debit : null,
    credit: a.mode === 'debit-credit' ? a.credit : null,
    indicator: a.mode === 'indicator' ? a.indicator : null,
    debitValues: a.mode === 'indicator' ? [...a.debitValues] : ['D'],
    creditValues: a.mode === 'indicator' ? [...a.creditValues] : ['C'],
    currencyMode: m.currency.mode,
    currencyColumn: m.currency.mode === 'column' ? m.currency.column : null,
    currencyCode: m.currency.mode === 'fixed' ? m.currency.code : null,
    counterpartyName: m.columns.counterpartyName,
    counterpartyAccount: m.columns.counterpartyAccount,
    reference: m.columns.reference,
    purpose: m.columns.purpose,
    transactionId: m.columns.transactionId,
    method: m.method.mode === 'fixed' ? m.method.method : m.method.otherwise,
    decimal: m.numberFormat.decimal,
    thousands: m.numberFormat.thousands,
  };
}

/** The draft field a mapping issue of main names (its path in StatementMapping), if any. */
export function issueField(path: readonly string[]): keyof MappingDraft | null {
  const [head, sub] = path;
  if (head === 'columns' && sub) {
    return (COLUMN_FIELDS as readonly string[]).includes(sub) ? (sub as ColumnField) : null;
  }
  if (head === 'amount') {
    if (sub === 'column') return 'amount';
    if (
      sub === 'debit' ||
      sub === 'credit' ||
      sub === 'indicator' ||
      sub === 'negative' ||
      sub === 'debitValues' ||
      sub === 'creditValues'
    ) {
      return sub;
    }
    return 'amount';
  }
  if (head === 'currency') return sub === 'column' ? 'currencyColumn' : 'currencyCode';
  if (head === 'numberFormat') return sub === 'decimal' ? 'decimal' : 'thousands';
  if (head === 'dateFormat' || head === 'headerRow' || head === 'skipLastRows') return head;
  if (head === 'encoding' || head === 'delimiter' || head === 'sheet') return head;
  return null;
}

/** Header words of the region's banks (and English) for each column, matched without accents. */
const HEADER_WORDS: readonly [ColumnField, readonly string[]][] = [
  ['transactionId', ['transaction id', 'id transakcije', 'broj transakcije', 'referenca banke']],
  ['valueDate', ['value date', 'datum valute', 'valuta datum', 'datum knjizenja']],
  ['date', ['date', 'datum', 'датум', 'data']],
  ['debit', ['debit', 'duguje', 'dugovna', 'isplata', 'terecenje', 'дугује']],
  ['credit', ['credit', 'potrazuje', 'uplata', 'odobrenje', 'потражује']],
  ['indicator', ['d/c', 'dr/cr', 'indikator', 'smjer', 'smer']],
  ['amount', ['amount', 'iznos', 'износ', 'shuma', 'znesek']],
  ['currencyColumn', ['currency', 'valuta', 'валута', 'monedha', 'valuta racuna']],
  ['counterpartyAccount', ['iban', 'account', 'racun', 'рачун', 'konto', 'racun primaoca']],
  ['reference', ['reference', 'poziv na broj', 'позив на број', 'referenca', 'sklic']],
  ['purpose', ['purpose', 'svrha', 'сврха', 'opis', 'description', 'namen', 'qellimi']],
  ['counterpartyName', ['name', 'naziv', 'назив', 'primalac', 'platilac', 'counterparty', 'ime']],
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * A first guess for a new mapping from the file's headers and first rows: columns whose header
 * is a word banks use for it (each header used once), the date and number formats that read the
 * samples. Nothing is guessed that the samples do not bear out; the person checks every choice.
 */
export function guessDraft(headers: readonly string[], rows: readonly string[][]): MappingDraft {
  const draft = emptyDraft();
  const taken = new Set<number>();
  const folded = headers.map(fold);
  for (const [field, words] of HEADER_WORDS) {
    const exact = folded.findIndex((h, i) => !taken.has(i) && words.includes(h));
    const partial =
      exact >= 0
        ? exact
        : folded.findIndex(
            (h, i) => !taken.has(i) && words.some((w) => w.length > 3 && h.includes(w)),
          );
    if (partial >= 0) {
      taken.add(partial);
      draft[field] = headers[partial] ?? null;
    }
  }
  if (draft.debit !== null && draft.credit !== null) draft.amountMode = 'debit-credit';
  else if (draft.amount !== null && draft.indicator !== null) draft.amountMode = 'indicator';
  if (draft.currencyColumn === null) draft.currencyMode = 'fixed';
  const samples = (field: ColumnField) => {
    const header = draft[field];
    const index = header === null ? -1 : headers.indexOf(header);
    return index < 0 ? [] : rows.map((r) => r[index] ?? '');
  };
  draft.dateFormat = guessDateFormats(samples('date'))[0] ?? null;
  const amounts = [...samples('amount'), ...samples('debit'), ...samples('credit')];
  const number = guessNumberFormats(amounts)[0];
  if (number) {
    draft.decimal = number.decimal;
    draft.thousands = number.thousands;
  }
  return draft;
}
