import fs from 'node:fs';
import path from 'node:path';
import { write, type CaseFileSession } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import { ACCOUNT_SPEC } from '../../../src/main/core/finance/specs';
import { insertRecord, newMeta } from '../../../src/main/core/records/record-store';
import {
  AccountFields,
  type AccountFieldsInput,
  type AccountRecord,
} from '../../../src/shared/domain/finance';
import type { StatementMappingInput } from '../../../src/shared/domain/statement';

/* Statements as Serbian banks export them, and a case with the statement's account, shared by
 * the statement tests (core, IPC, CLI). */

function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** A valid Serbian IBAN (national and ISO check digits) for bank `bank` and account `account`. */
export function rsIban(bank: string, account: string): string {
  const base = bank + account.padStart(13, '0');
  const bban = base + String(98 - mod97(`${base}00`)).padStart(2, '0');
  return `RS${String(98 - mod97(`${bban}272800`)).padStart(2, '0')}${bban}`;
}

export const OWN_IBAN = rsIban('265', '1100310000');
export const GALLERY_IBAN = rsIban('105', '123456');
export const DEALER_IBAN = rsIban('160', '987654321');

/** Two title rows, the header on row 3, `;`-separated, decimal comma, dot thousands. */
export const SERBIAN_MAPPING: StatementMappingInput = {
  headerRow: 3,
  columns: {
    date: 'Datum',
    valueDate: 'Datum valute',
    counterpartyName: 'Naziv',
    counterpartyAccount: 'Račun',
    reference: 'Poziv na broj',
    purpose: 'Svrha',
  },
  amount: { mode: 'signed', column: 'Iznos' },
  currency: { mode: 'column', column: 'Valuta' },
  dateFormat: 'DD.MM.YYYY',
  numberFormat: { decimal: ',', thousands: '.' },
};

export const HEADER = 'Datum;Datum valute;Naziv;Račun;Poziv na broj;Svrha;Iznos;Valuta';

/** Row 4 onwards: the transactions (row numbers as in the file). */
export const SERBIAN_ROWS = [
  `12.03.2024;12.03.2024;Galerija Antika d.o.o.;${GALLERY_IBAN};97 12-345;Kupovina ikone;-1.234.567,89;RSD`,
  `13.03.2024;13.03.2024;Marko Marković;${DEALER_IBAN};;Pozajmica;500.000,00;RSD`,
  `14.03.2024;;"Galerija ""Antika"" d.o.o.";${GALLERY_IBAN};97 12-346;"Avans; druga rata";-10.000,00;EUR`,
  `15.03.2024;15.03.2024;Menjačnica Dunav;160-0000000012345-67;;Gotovina;9.900,00;RSD`,
];

export function serbianCsv(rows: readonly string[] = SERBIAN_ROWS): string {
  return (
    [`Izvod br. 12/2024;;;;;;;`, `Račun: ${OWN_IBAN};;;;;;;`, HEADER, ...rows].join('\r\n') + '\r\n'
  );
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export function addTestAccount(
  session: CaseFileSession,
  caseId: string,
  input: AccountFieldsInput,
): AccountRecord {
  const fields = AccountFields.parse(input);
  return write(session, (tx) =>
    insertRecord<AccountRecord>(tx, ACCOUNT_SPEC, { ...fields, caseId, ...newMeta(tx) }),
  );
}

/** A case with the statement's own account (held by a named person). */
export function caseWithAccount(session: CaseFileSession, reference = 'ITCG-2026-0061') {
  const c = createCase(session, { reference, title: 'Icon sale', openedOn: '2026-02-01' });
  const account = addTestAccount(session, c.id, {
    iban: OWN_IBAN,
    country: 'RS',
    holder: { partyId: null, name: 'Petar Petrović' },
    currency: 'RSD',
  });
  return { caseId: c.id, account };
}

/** How many rows each table holds, to show that a refused or cancelled import wrote nothing. */
export function tableCounts(session: CaseFileSession): Record<string, number> {
  const count = (t: string) =>
    session.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  return Object.fromEntries(
    ['payment', 'statement_import', 'account', 'attachment', 'blob', 'audit_log'].map((t) => [
      t,
      count(t),
    ]),
  );
}
