import { describe, expect, it } from 'vitest';
import { verifyCaseFile, type CaseFileSession } from '../../../src/main/core';
import { bundleText, exportBundle } from '../../../src/main/core/bundle/export';
import { importBundle } from '../../../src/main/core/bundle/import';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  addPayment,
  addRate,
  addRelationship,
  listPayments,
  paymentTotals,
} from '../../../src/main/core/finance';
import { importStatement } from '../../../src/main/core/finance/statement-import';
import { createObject } from '../../../src/main/core/objects';
import { addEvent } from '../../../src/main/core/provenance';
import type { CaseBundle } from '../../../src/shared/domain/bundle';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { moneyCase, NOWHERE } from '../finance/fixtures';

const TABLES = [
  'account',
  'statement_import',
  'payment',
  'relationship',
  'exchange_rate',
  'event_payment',
  'document_citation',
  'attachment',
  'party',
  'audit_log',
] as const;

function counts(session: CaseFileSession) {
  return Object.fromEntries(
    TABLES.map((t) => [t, session.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]),
  );
}

const rows = (session: CaseFileSession, sql: string) => session.db.prepare(sql).all();

function pathsOf(e: { details?: Record<string, unknown> }) {
  return (e.details?.['issues'] as Array<{ path: string; message: string }>) ?? [];
}

const STATEMENT = [
  'Datum;Iznos;Valuta;Primalac/Platilac;Račun;Poziv na broj',
  '12.03.2024;1.172.000,00;RSD;Aphrodite Holdings Ltd;CY17002001280000001200527600;97-114',
  '13.03.2024;-45.000,00;RSD;Dragan Ilić;;97-115',
  '',
].join('\r\n');

/**
 * The money chain of moneyCase, with a statement of the gallery's account imported, a payment
 * typed in, an ownership link, rates (one the payments need, one they do not) and a sale that
 * cites a payment.
 */
async function financeCase(session: CaseFileSession) {
  const m = moneyCase(session);
  const imported = await importStatement(
    session,
    { name: 'izvod-2024-03.csv', bytes: Buffer.from(STATEMENT, 'utf8'), kind: 'csv' },
    {
      caseId: m.caseId,
      accountId: m.galleryAccount.id,
      mapping: {
        columns: {
          date: 'Datum',
          counterpartyName: 'Primalac/Platilac',
          counterpartyAccount: 'Račun',
          reference: 'Poziv na broj',
        },
        amount: { mode: 'signed', column: 'Iznos' },
        currency: { mode: 'column', column: 'Valuta' },
        dateFormat: 'DD.MM.YYYY',
        numberFormat: { decimal: ',', thousands: '.' },
      },
    },
  );
  expect(imported).toMatchObject({ status: 'imported', counts: { created: 2 } });
  const wire = addPayment(session, {
    caseId: m.caseId,
    fields: {
      date: '2024-03-04',
      amount: { amount: '18000.00', currency: 'EUR' },
      payerAccountId: m.collectorAccount.id,
      beneficiaryAccountId: m.shellAccount.id,
      sources: [{ documentId: m.statement.id, page: '4' }],
    },
  });
  const owns = addRelationship(session, {
    caseId: m.caseId,
    fields: {
      type: 'ownership',
      subject: { partyId: m.collector.id, name: '' },
      object: { partyId: m.shell.id, name: '' },
      percentage: '100',
      sources: [{ documentId: m.statement.id, page: '9' }],
    },
  });
  addRate(session, { fields: { date: '2024-03-08', currency: 'RSD', rate: '0.008532' } });
  addRate(session, { fields: { date: '2023-01-02', currency: 'RSD', rate: '0.008520' } });
  const icon = createObject(session, m.caseId, { exhibitNumber: 'E-1', typeL1: 'religious' });
  const sale = addEvent(session, {
    objectId: icon.id,
    fields: { type: 'sale', date: '2024-03-04', payments: [wire.id] },
  });
  return { ...m, wire, owns, sale, importId: imported.importId as string };
}

describe('case bundle: the money side', () => {
  it('round-trips accounts, statement imports, payments, links and the rates they need, byte for byte', async () => {
    const a = await newCaseFile();
    const s = await financeCase(a.session);
    const first = bundleText(exportBundle(a.session, [s.caseId]));
    const bundle = JSON.parse(first) as CaseBundle;
    // The gallery's, the collector's and the shell's accounts; the statement's counterparty
    // account of the shell is the same IBAN, so none was created; Dragan Ilić had no account.
    expect(bundle.accounts.map((x) => x.id).sort()).toEqual(
      [s.galleryAccount.id, s.collectorAccount.id, s.shellAccount.id].sort(),
    );
    expect(bundle.statementImports).toHaveLength(1);
    expect(bundle.attachments.map((x) => x.name)).toContain('izvod-2024-03.csv');
    expect(bundle.payments).toHaveLength(3);
    const fromStatement = bundle.payments.filter((p) => p.importId === s.importId);
    expect(fromStatement.map((p) => p.row).sort()).toEqual([2, 3]);
    expect(bundle.relationships.map((r) => r.id)).toEqual([s.owns.id]);
    // Only the rate the March payments need travels.
    expect(bundle.exchangeRates.map((r) => r.date)).toEqual(['2024-03-08']);
    expect(bundle.provenanceEvents[0]?.payments).toEqual([s.wire.id]);
    expect(bundle.parties.map((p) => p.id)).toEqual(
      expect.arrayContaining([s.gallery.id, s.collector.id, s.shell.id, s.bank.id]),
    );
    expect(first).not.toMatch(/event_payment|document_citation/);

    const b = await newCaseFile();
    const report = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(report.created).toMatchObject({
      accounts: 3,
      statementImports: 1,
      payments: 3,
      relationships: 1,
      exchangeRates: 1,
      provenanceEvents: 1,
    });
    expect(bundleText(exportBundle(b.session, [s.caseId]))).toBe(first);

    // Derived rows made again, exactly as in the source file.
    for (const sql of [
      'SELECT * FROM document_citation ORDER BY document_id, kind, entity_id, page',
      'SELECT * FROM event_payment ORDER BY event_id, payment_id',
    ]) {
      expect(rows(b.session, sql)).toEqual(rows(a.session, sql));
    }
    expect(
      rows(
        b.session,
        "SELECT kind FROM document_citation WHERE kind <> 'provenance_event' ORDER BY kind",
      ),
    ).toEqual([{ kind: 'account' }, { kind: 'payment' }, { kind: 'relationship' }]);
    // Imported payments keep their import and row; totals come out the same.
    expect(
      listPayments(b.session, { caseId: s.caseId, filters: { importId: s.importId } }).total,
    ).toBe(2);
    expect(paymentTotals(b.session, { caseId: s.caseId })).toEqual(
      paymentTotals(a.session, { caseId: s.caseId }),
    );
    const verified = await verifyCaseFile(b.session);
    expect(verified.firstProblem).toBeUndefined();

    // A second import writes nothing.
    const before = counts(b.session);
    const again = await importBundle(b.session, JSON.parse(first), { baseDir: null });
    expect(again.created).toEqual({});
    expect(again.unchanged).toMatchObject({ accounts: 3, payments: 3, exchangeRates: 1 });
    expect(counts(b.session)).toEqual(before);
  });

  it('refuses a payment on an unknown account, a link to an unknown party and a bad IBAN, with their paths', async () => {
    const a = await newCaseFile();
    const s = await financeCase(a.session);
    const other = createCase(a.session, {
      reference: 'ITCG-2026-0697',
      title: 'O',
      openedOn: '2026-01-01',
    });
    const foreignPayment = addPayment(a.session, {
      caseId: other.id,
      fields: {
        date: '2024-03-04',
        amount: { amount: '1.00', currency: 'EUR' },
        payer: { name: 'A' },
        beneficiary: { name: 'B' },
      },
    });
    const good = exportBundle(a.session, [s.caseId, other.id]);
    const b = await newCaseFile();
    const before = counts(b.session);

    const bad = structuredClone(good);
    const wire = bad.payments.findIndex((p) => p.id === s.wire.id);
    const gallery = bad.accounts.findIndex((x) => x.id === s.galleryAccount.id);
    const shell = bad.accounts.findIndex((x) => x.id === s.shellAccount.id);
    const sale = bad.provenanceEvents.findIndex((e) => e.id === s.sale.id);
    bad.payments[wire]!.payerAccountId = NOWHERE;
    bad.relationships[0]!.object.partyId = NOWHERE;
    bad.accounts[gallery]!.iban = 'RS35260005601001611378';
    bad.accounts[shell]!.iban = 'CY17 0020 0128 0000 0012 0052 7600';
    bad.provenanceEvents[sale]!.payments = [foreignPayment.id];
    bad.exchangeRates.push({ ...bad.exchangeRates[0]!, id: NOWHERE, rate: '0.0086' });
    const e = await expectCaseFileError(
      () => importBundle(b.session, bad, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(
      pathsOf(e)
        .map((i) => i.path)
        .sort(),
    ).toEqual(
      [
        `payments[${wire}].payerAccountId`,
        'relationships[0].object.partyId',
        `accounts[${gallery}].iban`,
        `accounts[${shell}].iban`,
        `provenanceEvents[${sale}].payments[0]`,
        `exchangeRates[1].date`,
      ].sort(),
    );
    const message = (p: string) => pathsOf(e).find((i) => i.path === p)?.message;
    expect(message(`payments[${wire}].payerAccountId`)).toMatch(
      /refers to account .* neither in the bundle nor in the case file/,
    );
    expect(message(`accounts[${gallery}].iban`)).toMatch(/check digits/);
    expect(message(`accounts[${shell}].iban`)).toMatch(
      /electronic form: CY17002001280000001200527600/,
    );
    expect(message(`provenanceEvents[${sale}].payments[0]`)).toBe(
      'the payment belongs to another case',
    );
    expect(counts(b.session)).toEqual(before);

    // A rate the case file holds with another value for the same day is a clash, not overwritten.
    addRate(b.session, { fields: { date: '2024-03-08', currency: 'RSD', rate: '0.0086' } });
    const e2 = await expectCaseFileError(
      () => importBundle(b.session, good, { baseDir: null }),
      'INVALID_INPUT',
    );
    expect(pathsOf(e2)).toEqual([
      {
        path: 'exchangeRates[0].rate',
        message: expect.stringMatching(/another rate .* \(0.0086\)/),
      },
    ]);
  });

  it('still imports a bundle written before the money side', async () => {
    const a = await newCaseFile();
    const c = createCase(a.session, {
      reference: 'ITCG-2026-0696',
      title: 'Old',
      openedOn: '2026-01-01',
    });
    const icon = createObject(a.session, c.id, { exhibitNumber: 'E-1', typeL1: 'religious' });
    addEvent(a.session, { objectId: icon.id, fields: { type: 'sale', date: '1998' } });
    const current = exportBundle(a.session, [c.id]);
    // What a bundle of issue #5 looked like: no money sections, events without `payments`.
    const {
      accounts: _a,
      statementImports: _s,
      payments: _p,
      relationships: _r,
      exchangeRates: _x,
      ...old
    } = current;
    const oldBundle = {
      ...old,
      provenanceEvents: old.provenanceEvents.map(({ payments: _q, ...e }) => e),
    };
    expect(JSON.stringify(oldBundle)).not.toMatch(/"payments"|"accounts"/);
    const b = await newCaseFile();
    const report = await importBundle(b.session, oldBundle, { baseDir: null });
    expect(report.created).toMatchObject({ cases: 1, objects: 1, provenanceEvents: 1 });
    expect(bundleText(exportBundle(b.session, [c.id]))).toBe(bundleText(current));

    // An event stored before events could cite payments (no `payments` in its data) is the
    // same event as the bundle's with `payments: []`: no clash.
    b.session.db.exec("UPDATE provenance_event SET data = json_remove(data, '$.payments')");
    expect(
      b.session.db
        .prepare("SELECT count(*) FROM provenance_event WHERE data LIKE '%payments%'")
        .pluck()
        .get(),
    ).toBe(0);
    const again = await importBundle(b.session, current, { baseDir: null });
    expect(again.created).toEqual({});
    expect(again.unchanged).toMatchObject({ provenanceEvents: 1 });
  });
});
