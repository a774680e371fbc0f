import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode, readAttachment, verifyAuditChain } from '../../../src/main/core';
import { ACCOUNT_SPEC, PAYMENT_SPEC } from '../../../src/main/core/finance/specs';
import {
  getImport,
  importStatement,
  listImports,
  previewStatement,
  rowErrorsCsv,
  rowErrorsOf,
  writeRowErrors,
  type ImportInput,
} from '../../../src/main/core/finance/statement-import';
import { createMapping } from '../../../src/main/core/finance/statement-mappings';
import { statementBytes } from '../../../src/main/core/finance/statement-read';
import { listRecords } from '../../../src/main/core/records/record-store';
import type { AccountRecord, PaymentRecord } from '../../../src/shared/domain/finance';
import type { StatementProgress } from '../../../src/shared/domain/statement';
import { expectCaseFileError, newCaseFile, tempDir } from '../../helpers/case-files';
import {
  addTestAccount,
  caseWithAccount,
  DEALER_IBAN,
  GALLERY_IBAN,
  SERBIAN_MAPPING,
  SERBIAN_ROWS,
  serbianCsv,
  tableCounts,
} from './statement-fixtures';

const file = (text: string, name = 'izvod-12.csv') => statementBytes(name, Buffer.from(text));

async function setup() {
  const { session, dir } = await newCaseFile();
  const { caseId, account } = caseWithAccount(session);
  const input = (over: Partial<ImportInput> = {}): ImportInput => ({
    caseId,
    mapping: SERBIAN_MAPPING,
    accountId: account.id,
    ...over,
  });
  const payments = () =>
    listRecords<PaymentRecord>(
      session.db,
      PAYMENT_SPEC,
      'case_id = ?',
      [caseId],
      "json_extract(data, '$.row'), id",
    );
  const accounts = () =>
    listRecords<AccountRecord>(session.db, ACCOUNT_SPEC, 'case_id = ?', [caseId]);
  const audit = (action: string) =>
    session.db
      .prepare('SELECT entity_id, changes FROM audit_log WHERE action = ? ORDER BY seq')
      .all(action) as { entity_id: string; changes: string }[];
  return { session, dir, caseId, account, input, payments, accounts, audit };
}

describe('importStatement', () => {
  it('turns every row into a payment, in one transaction, with the statement stored and ONE import entry in the audit', async () => {
    const t = await setup();
    const text = serbianCsv();
    const steps: StatementProgress[] = [];
    const r = await importStatement(t.session, file(text), t.input(), {
      onProgress: (p) => steps.push(p),
    });
    expect(r).toMatchObject({
      status: 'imported',
      counts: { rows: 4, valid: 4, invalid: 0, duplicates: 0, created: 4, accountsCreated: 3 },
      errors: [],
    });
    expect(r.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect([...new Set(steps.map((s) => s.step))]).toEqual(['read', 'validate', 'import', 'done']);

    const payments = t.payments();
    expect(payments.map((p) => [p.row, p.date, p.amount.amount, p.amount.currency])).toEqual([
      [4, '2024-03-12', '1234567.89', 'RSD'],
      [5, '2024-03-13', '500000.00', 'RSD'],
      [6, '2024-03-14', '10000.00', 'EUR'],
      [7, '2024-03-15', '9900.00', 'RSD'],
    ]);
    const [sale, loan, advance, cash] = payments as [
      PaymentRecord,
      PaymentRecord,
      PaymentRecord,
      PaymentRecord,
    ];
    const byIban = new Map(t.accounts().map((a) => [a.iban || a.accountNumber, a]));
    const gallery = byIban.get(GALLERY_IBAN) as AccountRecord;
    // Out: the statement's holder paid the counterparty; in: the other way round.
    expect(sale).toMatchObject({
      payer: { partyId: null, name: 'Petar Petrović' },
      payerAccountId: t.account.id,
      beneficiary: { partyId: null, name: 'Galerija Antika d.o.o.' },
      beneficiaryAccountId: gallery.id,
      valueDate: '2024-03-12',
      reference: '97 12-345',
      purpose: 'Kupovina ikone',
      method: 'wire',
      importId: r.importId,
    });
    expect(sale.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(loan).toMatchObject({
      payer: { name: 'Marko Marković' },
      payerAccountId: byIban.get(DEALER_IBAN)?.id,
      beneficiaryAccountId: t.account.id,
    });
    // One account per distinct IBAN (the gallery's name written two ways), one per number.
    expect(advance.beneficiaryAccountId).toBe(gallery.id);
    expect(advance.purpose).toBe('Avans; druga rata');
    expect(gallery).toMatchObject({
      kind: 'bank',
      country: 'RS',
      holder: { name: 'Galerija Antika d.o.o.' },
    });
    expect(byIban.get('160-0000000012345-67')).toMatchObject({ iban: '', country: null });
    expect(cash.payerAccountId).toBe(byIban.get('160-0000000012345-67')?.id);

    const record = getImport(t.session, r.importId as string);
    expect(record).toMatchObject({
      caseId: t.caseId,
      accountId: t.account.id,
      fileName: 'izvod-12.csv',
      sha256: r.sha256,
      kind: 'csv',
      mappingId: null,
      acceptedValidRows: false,
      firstDate: '2024-03-12',
      lastDate: '2024-03-15',
      errors: [],
    });
    expect(readAttachment(t.session, record.attachmentId).toString()).toBe(text);
    expect(listImports(t.session, t.caseId).map((i) => i.id)).toEqual([r.importId]);

    const entries = t.audit('statement.import');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.entity_id).toBe(r.importId);
    const changes = JSON.parse(entries[0]?.changes ?? '{}') as Record<string, { after: unknown }>;
    expect(changes['sha256']?.after).toBe(r.sha256);
    expect(changes['created']?.after).toBe(4);
    expect(changes['duplicates']?.after).toBe(0);
    expect(changes['refused']?.after).toBe(0);
    const paymentsSha = createHash('sha256');
    for (const p of [...payments].sort((a, b) => (a.row as number) - (b.row as number)))
      paymentsSha.update(`${p.id} ${p.fingerprint}\n`);
    expect(changes['paymentsSha256']?.after).toBe(paymentsSha.digest('hex'));
    expect(t.audit('payment.create')).toHaveLength(0);
    expect(t.audit('account.create')).toHaveLength(4); // the case's own + 3 counterparties
    expect(verifyAuditChain(t.session.db, t.session.caseFileId).ok).toBe(true);
  });

  it('adds nothing on re-import, and only the new rows from an overlapping statement', async () => {
    const t = await setup();
    await importStatement(t.session, file(serbianCsv()), t.input());
    const again = await importStatement(t.session, file(serbianCsv()), t.input());
    expect(again).toMatchObject({
      status: 'imported',
      counts: { rows: 4, valid: 4, duplicates: 4, created: 0, accountsCreated: 0 },
    });
    expect(t.payments()).toHaveLength(4);
    // The next month's export repeats two rows (written differently) and adds two identical ones.
    const next = [
      SERBIAN_ROWS[2] as string,
      (SERBIAN_ROWS[3] as string).replace('9.900,00', '9900,00'),
      `01.04.2024;;Kafe Kod Bore;;;Račun;-300,00;RSD`,
      `01.04.2024;;Kafe Kod Bore;;;Račun;-300,00;RSD`,
    ];
    const overlap = await importStatement(
      t.session,
      file(serbianCsv(next), 'izvod-13.csv'),
      t.input(),
    );
    expect(overlap.counts).toMatchObject({ rows: 4, duplicates: 2, created: 2 });
    expect(t.payments()).toHaveLength(6);
    const third = await importStatement(
      t.session,
      file(serbianCsv(next), 'izvod-13.csv'),
      t.input(),
    );
    expect(third.counts.created).toBe(0);
    // Every import is recorded, also one that found nothing new.
    expect(t.audit('statement.import')).toHaveLength(4);
  });

  it('with malformed rows imports nothing and names each row; accepted, imports the valid rows', async () => {
    const t = await setup();
    const rows = [
      SERBIAN_ROWS[0] as string,
      `31.02.2024;;Marko;;;;12,34,5;RSD`,
      SERBIAN_ROWS[1] as string,
      `14.03.2024;;;;;;-5,00;DINARA`,
    ];
    const before = tableCounts(t.session);
    const refused = await importStatement(t.session, file(serbianCsv(rows)), t.input());
    expect(refused.status).toBe('refused');
    expect(refused.counts).toMatchObject({ rows: 4, valid: 2, invalid: 2, created: 0 });
    expect(refused.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [5, 'Datum', 'no-such-day'],
      [5, 'Iznos', 'separators'],
      [7, 'Valuta', 'currency-unknown'],
      [7, 'Naziv', 'counterparty-missing'],
    ]);
    expect(tableCounts(t.session)).toEqual(before);

    const accepted = await importStatement(
      t.session,
      file(serbianCsv(rows)),
      t.input({ acceptValidRows: true }),
    );
    expect(accepted).toMatchObject({
      status: 'imported',
      counts: { valid: 2, invalid: 2, created: 2 },
    });
    expect(t.payments().map((p) => p.row)).toEqual([4, 6]);
    const record = getImport(t.session, accepted.importId as string);
    expect(record.acceptedValidRows).toBe(true);
    expect(record.errors.map((e) => e.row)).toEqual([5, 5, 7, 7]);
    expect(record.errorsTotal).toBe(4);
    const changes = JSON.parse(t.audit('statement.import')[0]?.changes ?? '{}') as Record<
      string,
      { after: unknown }
    >;
    expect(changes['refused']?.after).toBe(2);
  });

  it('a cancel rolls everything back: during the write, or while rows are checked', async () => {
    const t = await setup();
    const many = Array.from(
      { length: 40 },
      (_, i) => `${String((i % 28) + 1).padStart(2, '0')}.03.2024;;Kupac ${i};;;;-${i + 1},00;RSD`,
    );
    const before = tableCounts(t.session);
    for (const when of ['import', 'validate'] as const) {
      const controller = new AbortController();
      const seen: string[] = [];
      const r = await importStatement(t.session, file(serbianCsv(many)), t.input(), {
        signal: controller.signal,
        chunkSize: 10,
        onProgress: (p) => {
          seen.push(`${p.step}:${p.done}`);
          if (p.step === when && p.done >= 20) controller.abort();
        },
      });
      expect(r).toMatchObject({ status: 'cancelled', importId: null, attachmentId: null });
      expect(seen).toContain(`${when}:20`);
      expect(seen).not.toContain(`${when}:30`);
      expect(tableCounts(t.session)).toEqual(before);
    }
    // Anything thrown half-way through the write (a crash) leaves nothing either.
    await expect(
      importStatement(t.session, file(serbianCsv(many)), t.input(), {
        chunkSize: 10,
        onProgress: (p) => {
          if (p.step === 'import' && p.done === 30) throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    expect(tableCounts(t.session)).toEqual(before);
    expect(verifyAuditChain(t.session.db, t.session.caseFileId).ok).toBe(true);
  });

  it('refuses a mapping that does not fit, and an account that is missing or of another case', async () => {
    const t = await setup();
    const wrong = await expectCaseFileError(
      () =>
        importStatement(
          t.session,
          file(serbianCsv()),
          t.input({ mapping: { ...SERBIAN_MAPPING, headerRow: 1 } }),
        ),
      CaseFileErrorCode.InvalidInput,
    );
    expect(wrong.message).toContain('the file has no column "Datum"');
    await expectCaseFileError(
      () =>
        importStatement(
          t.session,
          file(serbianCsv()),
          t.input({ mapping: { ...SERBIAN_MAPPING, dateFormat: 'DD.MM' } }),
        ),
      CaseFileErrorCode.InvalidInput,
    );
    const { accountId: _a, ...noAccount } = t.input();
    const missing = await expectCaseFileError(
      () => importStatement(t.session, file(serbianCsv()), noAccount),
      CaseFileErrorCode.InvalidInput,
    );
    expect(missing.message).toContain("statement's own account");
    const other = caseWithAccount(t.session, 'ITCG-2026-0099');
    const foreign = await expectCaseFileError(
      () =>
        importStatement(t.session, file(serbianCsv()), t.input({ accountId: other.account.id })),
      CaseFileErrorCode.InvalidInput,
    );
    expect(foreign.message).toContain('another case');
    await expectCaseFileError(
      () =>
        importStatement(t.session, file(serbianCsv()), { ...t.input(), mappingId: t.account.id }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(t.payments()).toHaveLength(0);
  });

  it('imports with a saved mapping (recorded by id and name) and from XLSX with typed cells', async () => {
    const t = await setup();
    const saved = createMapping(t.session, {
      name: 'Banka Intesa — promet (XLSX)',
      mapping: {
        ...SERBIAN_MAPPING,
        headerRow: 2,
        sheet: 'Promet',
        accountId: t.account.id,
        amount: { mode: 'debit-credit', debit: 'Duguje', credit: 'Potražuje' },
        currency: { mode: 'fixed', code: 'RSD' },
        columns: {
          date: 'Datum',
          counterpartyName: 'Naziv',
          counterpartyAccount: 'Račun',
          transactionId: 'ID',
        },
      },
    });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Promet');
    ws.addRow(['Promet po računu']);
    ws.addRow(['Datum', 'Naziv', 'Račun', 'Duguje', 'Potražuje', 'ID']);
    ws.addRow([
      new Date(Date.UTC(2024, 2, 12)),
      'Galerija Antika',
      GALLERY_IBAN,
      1234.56,
      0,
      'T-1',
    ]);
    ws.addRow(['13.03.2024', 'Marko Marković', '', null, 0.1 + 0.2, 'T-2']);
    const bytes = statementBytes('promet.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await importStatement(t.session, bytes, { caseId: t.caseId, mappingId: saved.id });
    expect(r.counts).toMatchObject({ rows: 2, created: 2, invalid: 0 });
    expect(
      t.payments().map((p) => [p.row, p.date, p.amount.amount, p.payerAccountId === t.account.id]),
    ).toEqual([
      [3, '2024-03-12', '1234.56', true],
      [4, '2024-03-13', '0.3', false],
    ]);
    expect(getImport(t.session, r.importId as string)).toMatchObject({
      kind: 'xlsx',
      mappingId: saved.id,
      mappingName: 'Banka Intesa — promet (XLSX)',
    });
  });

  it('links a counterparty IBAN to the account the case already has, with its holder', async () => {
    const t = await setup();
    const known = addTestAccount(t.session, t.caseId, {
      iban: GALLERY_IBAN,
      holder: { partyId: null, name: 'Antika' },
    });
    const r = await importStatement(
      t.session,
      file(serbianCsv([SERBIAN_ROWS[0] as string])),
      t.input(),
    );
    expect(r.counts.accountsCreated).toBe(0);
    expect(t.payments()[0]?.beneficiaryAccountId).toBe(known.id);
  });
});

describe('previewStatement', () => {
  it('shows the first rows and headers for any mapping, then parsed rows, errors and counts', async () => {
    const t = await setup();
    const rows = [...SERBIAN_ROWS, `31.02.2024;;Marko;;;;1,00;RSD`];
    const bare = await previewStatement(t.session, file(serbianCsv(rows)), { limit: 3 });
    expect(bare.file).toMatchObject({ kind: 'csv', delimiter: ';', encoding: 'utf-8' });
    expect(bare.headers).toEqual(['Izvod br. 12/2024', '', '', '', '', '', '', '']);
    expect(bare.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(bare.parsed).toBeNull();
    expect(bare.mappingIssues.map((i) => i.path.join('.'))).toContain('columns');

    const partial = await previewStatement(t.session, file(serbianCsv(rows)), {
      mapping: { headerRow: 3, columns: { date: 'Datum', counterpartyName: 'Naziv' } },
    });
    expect(partial.headers).toEqual([
      'Datum',
      'Datum valute',
      'Naziv',
      'Račun',
      'Poziv na broj',
      'Svrha',
      'Iznos',
      'Valuta',
    ]);
    expect(partial.mappingIssues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['amount', 'currency', 'dateFormat', 'numberFormat']),
    );

    const misfit = await previewStatement(t.session, file(serbianCsv(rows)), {
      mapping: { ...SERBIAN_MAPPING, columns: { ...SERBIAN_MAPPING.columns, purpose: 'Opis' } },
    });
    expect(misfit.mappingIssues).toEqual([
      { path: ['columns', 'purpose'], message: 'the file has no column "Opis"' },
    ]);

    const full = await previewStatement(t.session, file(serbianCsv(rows)), {
      mapping: SERBIAN_MAPPING,
      limit: 2,
    });
    expect(full.parsed?.counts).toEqual({ rows: 5, valid: 4, invalid: 1, duplicates: 0 });
    expect(full.parsed?.rows.map((r) => [r.row, r.direction, r.amount, r.currency])).toEqual([
      [4, 'out', '1234567.89', 'RSD'],
      [5, 'in', '500000.00', 'RSD'],
    ]);
    expect(full.parsed?.errors).toMatchObject([
      { row: 8, column: 'Datum', problem: 'no-such-day' },
    ]);
    expect(full.parsed?.duplicatesChecked).toBe(false);
  });

  it('marks the rows already imported when the case and account are named', async () => {
    const t = await setup();
    await importStatement(t.session, file(serbianCsv()), t.input());
    const p = await previewStatement(
      t.session,
      file(serbianCsv([...SERBIAN_ROWS, `16.03.2024;;Novi;;;;1,00;RSD`])),
      {
        mapping: SERBIAN_MAPPING,
        caseId: t.caseId,
        accountId: t.account.id,
      },
    );
    expect(p.parsed?.duplicatesChecked).toBe(true);
    expect(p.parsed?.counts).toMatchObject({ rows: 5, duplicates: 4 });
    expect(p.parsed?.rows.map((r) => r.duplicate)).toEqual([true, true, true, true, false]);
  });
});

describe('row errors', () => {
  it('export as CSV: every error with its row, formulas defused, UTF-8 with BOM', async () => {
    const rows = [`31.02.2024;;=HYPERLINK("x");;;;-12,34,5;RSD`];
    const errors = await rowErrorsOf(file(serbianCsv(rows)), SERBIAN_MAPPING);
    const csv = rowErrorsCsv(errors);
    expect(csv.startsWith('\ufeffrow,column,field,problem,message,value\r\n')).toBe(true);
    expect(csv).toContain(
      '4,Datum,date,no-such-day,there is no such day (31.02.2024),31.02.2024\r\n',
    );
    expect(csv).toContain(
      `4,Iznos,amount,separators,"more than one decimal separator "",""","'-12,34,5"\r\n`,
    );
    const target = path.join(tempDir(), 'greske.csv');
    expect(writeRowErrors(target, errors)).toEqual({ path: target, rows: errors.length });
    expect(fs.readFileSync(target, 'utf8')).toBe(csv);
  });
});
