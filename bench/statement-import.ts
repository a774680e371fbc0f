import fs from 'node:fs';
import path from 'node:path';
import { createCaseFile, write } from '../src/main/core';
import { createCase } from '../src/main/core/cases/cases';
import { ACCOUNT_SPEC } from '../src/main/core/finance/specs';
import { importStatement } from '../src/main/core/finance/statement-import';
import { createMapping } from '../src/main/core/finance/statement-mappings';
import { readStatementBytes } from '../src/main/core/finance/statement-read';
import { insertRecord, newMeta } from '../src/main/core/records/record-store';
import { AccountFields, type AccountRecord } from '../src/shared/domain/finance';
import { BENCH_PASSPHRASE } from './unlock';
import { ms } from './util';

/**
 * Issue #6's statement target: a 100,000-row bank statement (Serbian format: `;`, decimal comma,
 * dot thousands, DD.MM.YYYY, title rows above the header) imported with a saved mapping into a
 * real encrypted case file in ≤ 10 s: read, parse, check every row, fingerprint it, store the file
 * as an attachment, create the counterparty accounts and write every payment, in one transaction.
 * Then the same file again, which must add nothing.
 */
export interface StatementBench {
  rows: number;
  fileMiB: number;
  counterparties: number;
  importSeconds: number;
  rowsPerSecond: number;
  /** Import time / the 10 s target (≤ 1 passes). */
  ratioToTarget: number;
  reimportSeconds: number;
  reimportAdded: number;
}

const ROWS = 100_000;
const COUNTERPARTIES = 2_000;
const TARGET_SECONDS = 10;

function mod97(digits: string): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** A valid Serbian IBAN (national and ISO check digits). */
function rsIban(bank: string, account: number): string {
  const base = bank + String(account).padStart(13, '0');
  const bban = base + String(98 - mod97(`${base}00`)).padStart(2, '0');
  return `RS${String(98 - mod97(`${bban}272800`)).padStart(2, '0')}${bban}`;
}

const NAMES = [
  'Galerija',
  'Antikvarijat',
  'Numizmatika',
  'Aukcijska kuća',
  'Menjačnica',
  'Трговина',
];
const PLACES = ['Beograd', 'Novi Sad', 'Niš', 'Kragujevac', 'Суботица', 'Čačak'];

/** "1234567.8" → "1.234.567,80": how the region's banks print amounts. */
function serbianAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${whole},${String(abs % 100).padStart(2, '0')}`;
}

export function writeStatement(file: string, rows = ROWS): void {
  const counterparties = Array.from({ length: COUNTERPARTIES }, (_, i) => ({
    name: `${NAMES[i % NAMES.length]} ${PLACES[(i * 7) % PLACES.length]} ${i + 1} d.o.o.`,
    account:
      i % 4 === 3
        ? `160-${String(i + 1).padStart(13, '0')}-00`
        : rsIban(['105', '160', '170', '205', '265'][i % 5] as string, 1000 + i),
  }));
  const lines = [
    'Izvod prometa po računu;;;;;;;;',
    `Račun: ${rsIban('265', 1100310000)};;;;;;;;`,
    'Datum;Datum valute;Naziv;Račun;Poziv na broj;Svrha;Iznos;Valuta;ID transakcije',
  ];
  // mulberry32: a seeded generator, so every run imports the same statement.
  let seed = 20_240_312;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor((i / rows) * 730) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${day.getUTCFullYear()}`;
    const cp = counterparties[next() % COUNTERPARTIES] as { name: string; account: string };
    const cents = ((next() % 5_000_000) + 100) * (next() % 3 === 0 ? 1 : -1);
    const currency = i % 10 === 0 ? 'EUR' : 'RSD';
    lines.push(
      [
        date,
        date,
        cp.name,
        cp.account,
        `97 ${next() % 100}-${i}`,
        i % 2 ? 'Kupovina' : 'Uplata po računu',
        serbianAmount(cents),
        currency,
        `TX${2023_000_000 + i}`,
      ].join(';'),
    );
  }
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
}

export async function measureStatementImport(dir: string): Promise<StatementBench> {
  const file = path.join(dir, 'izvod-100k.csv');
  writeStatement(file);
  const { session } = await createCaseFile(path.join(dir, 'statement.custodia'), {
    operatorName: 'Bench',
    passphrase: BENCH_PASSPHRASE,
  });
  try {
    const c = createCase(session, {
      reference: 'BENCH-2026-0001',
      title: 'Statement',
      openedOn: '2026-01-01',
    });
    const account = write(session, (tx) =>
      insertRecord<AccountRecord>(tx, ACCOUNT_SPEC, {
        ...AccountFields.parse({
          iban: rsIban('265', 1100310000),
          country: 'RS',
          holder: { partyId: null, name: 'Petar Petrović' },
        }),
        caseId: c.id,
        ...newMeta(tx),
      }),
    );
    const mapping = createMapping(session, {
      name: 'Serbian bank, CSV',
      mapping: {
        headerRow: 3,
        columns: {
          date: 'Datum',
          valueDate: 'Datum valute',
          counterpartyName: 'Naziv',
          counterpartyAccount: 'Račun',
          reference: 'Poziv na broj',
          purpose: 'Svrha',
          transactionId: 'ID transakcije',
        },
        amount: { mode: 'signed', column: 'Iznos' },
        currency: { mode: 'column', column: 'Valuta' },
        dateFormat: 'DD.MM.YYYY',
        numberFormat: { decimal: ',', thousands: '.' },
        accountId: account.id,
      },
    });
    const run = async () => {
      const t = process.hrtime.bigint();
      const result = await importStatement(session, readStatementBytes(file), {
        caseId: c.id,
        mappingId: mapping.id,
      });
      return { seconds: ms(t) / 1000, result };
    };
    const first = await run();
    if (first.result.counts.created !== ROWS) {
      throw new Error(`expected ${ROWS} payments, got ${JSON.stringify(first.result.counts)}`);
    }
    const second = await run();
    const bench: StatementBench = {
      rows: ROWS,
      fileMiB: fs.statSync(file).size / 1024 / 1024,
      counterparties: first.result.counts.accountsCreated,
      importSeconds: first.seconds,
      rowsPerSecond: ROWS / first.seconds,
      ratioToTarget: first.seconds / TARGET_SECONDS,
      reimportSeconds: second.seconds,
      reimportAdded: second.result.counts.created,
    };
    const log = (s: string) => process.stdout.write(`${s}\n`);
    log(
      `statement import: ${ROWS.toLocaleString('en')} rows (${bench.fileMiB.toFixed(1)} MiB, ${bench.counterparties} counterparty accounts created) in ${bench.importSeconds.toFixed(2)} s = ${Math.round(bench.rowsPerSecond).toLocaleString('en')} rows/s; ${bench.ratioToTarget.toFixed(2)} × the ${TARGET_SECONDS} s target`,
    );
    log(
      `statement re-import: added ${bench.reimportAdded} (${second.result.counts.duplicates.toLocaleString('en')} duplicates skipped) in ${bench.reimportSeconds.toFixed(2)} s`,
    );
    return bench;
  } finally {
    session.lock();
  }
}
