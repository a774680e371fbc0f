import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import { ExchangeRateFields, type ExchangeRateRecord } from '../../../shared/domain/finance';
import { RateListQuery } from '../../../shared/domain/finance-views';
import { rateTable, type RateTable } from '../../../shared/finance/convert';
import { diffFields } from '../audit/audit-log';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { invalid, UpdateInput } from '../objects/references';
import {
  insertRecord,
  listRecords,
  newMeta,
  requireRecord,
  updateRecord,
  type RecordSpec,
  type SqlValue,
} from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';

/**
 * The unit's table of exchange rates, shared by every case of the case file (a rate is a fact
 * about a day, not about a case): "1 `currency` = `rate` `base` on `date`", one per currency,
 * base and day. Rates are reference data, not evidence: a wrong rate can be corrected or
 * removed (both audited, the removal with the rate's content). Conversion rules: convert.ts.
 */
const WHAT = 'exchange rate';

export const RATE_SPEC: RecordSpec<ExchangeRateRecord> = {
  table: 'exchange_rate',
  entity: 'exchange_rate',
  columns: (r) => ({ currency: r.currency, base: r.base, date: r.date }),
};

type RateData = Omit<ExchangeRateRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

function checkFields(db: Sqlite, input: unknown, currentId: string | null): RateData {
  const fields = parseInput(ExchangeRateFields, input, WHAT);
  const other = db
    .prepare(
      `SELECT id, json_extract(data, '$.rate') AS rate FROM exchange_rate
       WHERE currency = ? AND base = ? AND date = ? AND id <> ?`,
    )
    .get(fields.currency, fields.base, fields.date, currentId ?? '') as
    { id: string; rate: string } | undefined;
  if (other) {
    const message = `there is already a rate for 1 ${fields.currency} in ${fields.base} on ${fields.date} (${other.rate}); correct that one instead`;
    throw new CaseFileError(
      CaseFileErrorCode.AlreadyExists,
      `Invalid ${WHAT} (date): ${message}. Nothing was saved.`,
      { entity: RATE_SPEC.entity, id: other.id, issues: [{ path: ['date'], message }] },
    );
  }
  return {
    date: fields.date,
    currency: fields.currency,
    base: fields.base,
    rate: fields.rate,
    source: fields.source,
  };
}

export const AddRateInput = z.object({ fields: z.unknown() }).strict();

export function addRate(
  session: CaseFileSession,
  input: { fields: z.input<typeof ExchangeRateFields> },
): ExchangeRateRecord {
  const { fields: raw } = parseInput(AddRateInput, input, WHAT);
  return write(session, (tx) => {
    const record: ExchangeRateRecord = { ...newMeta(tx), ...checkFields(tx.db, raw, null) };
    return insertRecord(tx, RATE_SPEC, record);
  });
}

/** Corrects a rate; EDIT_CONFLICT when stale. */
export function updateRate(
  session: CaseFileSession,
  input: { id: string; version: number; fields: z.input<typeof ExchangeRateFields> },
): ExchangeRateRecord {
  const { id, version, fields: raw } = parseInput(UpdateInput, input, `${WHAT} change`);
  return write(session, (tx) => {
    requireRecord(tx.db, RATE_SPEC, id);
    const fields = checkFields(tx.db, raw, id);
    return updateRecord(tx, RATE_SPEC, id, version, () => fields);
  });
}

export const RemoveRateInput = z.object({ id: Id, version: z.number().int().min(1) }).strict();

/** Removes a rate entered by mistake; the audit entry keeps what it was. */
export function removeRate(session: CaseFileSession, input: { id: string; version: number }): void {
  const { id, version } = parseInput(RemoveRateInput, input, `${WHAT} removal`);
  write(session, (tx) => {
    const current = requireRecord(tx.db, RATE_SPEC, id);
    if (current.version !== version) {
      throw new CaseFileError(
        CaseFileErrorCode.EditConflict,
        `This exchange rate was changed (version ${current.version}) after you opened version ${version}. Nothing was removed; reload it and decide again.`,
        { entity: RATE_SPEC.entity, id, currentVersion: current.version, expectedVersion: version },
      );
    }
    tx.db.prepare('DELETE FROM exchange_rate WHERE id = ?').run(id);
    const { id: _i, createdAt: _c, updatedAt: _u, ...content } = current;
    tx.audit({
      action: `${RATE_SPEC.entity}.remove`,
      entityType: RATE_SPEC.entity,
      entityId: id,
      changes: diffFields(content, null),
    });
  });
}

/** Rates, by currency, base and date (latest first), optionally narrowed. */
export function listRates(
  session: CaseFileSession,
  query: RateListQuery = {},
): ExchangeRateRecord[] {
  const q = parseInput(RateListQuery, query, 'exchange rate query');
  const where: string[] = ['1 = 1'];
  const params: Record<string, SqlValue> = {};
  if (q.currency !== undefined) {
    where.push('currency = @currency');
    params['currency'] = q.currency;
  }
  if (q.base !== undefined) {
    where.push('base = @base');
    params['base'] = q.base;
  }
  if (q.dateFrom !== undefined) {
    where.push('date >= @dateFrom');
    params['dateFrom'] = q.dateFrom;
  }
  if (q.dateTo !== undefined) {
    where.push('date <= @dateTo');
    params['dateTo'] = q.dateTo;
  }
  if (q.dateFrom !== undefined && q.dateTo !== undefined && q.dateFrom > q.dateTo) {
    throw invalid('dateTo', 'the period ends before it begins', 'exchange rate query');
  }
  return listRecords(
    session.db,
    RATE_SPEC,
    where.join(' AND '),
    params,
    'currency, base, date DESC',
  );
}

/** Every rate into `base`, as the conversion needs them. */
export function ratesInto(db: Sqlite, base: string): RateTable {
  return rateTable(
    db
      .prepare(
        `SELECT date, currency, base, json_extract(data, '$.rate') AS rate FROM exchange_rate
         WHERE base = ?`,
      )
      .all(base) as Array<{ date: string; currency: string; base: string; rate: string }>,
  );
}
