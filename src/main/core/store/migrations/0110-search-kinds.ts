import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AccountRecord, PaymentRecord } from '../../../../shared/domain/finance';
import type { RequestRecord } from '../../../../shared/domain/intl-request';
import type { PartyRef } from '../../../../shared/domain/seizure';
import { fold } from '../../../../shared/search/fold';
import { accountSearchEntry, accountSide, paymentSearchEntry } from '../../finance/finance-search';
import { requestSearchEntry } from '../../reports/request-search';
import { caseBucket, type IndexEntry } from '../../search/search-index';

/**
 * Accounts, payments and international requests join the global search (kinds 7, 8 and 9).
 *
 * The index's rowids are partitioned by kind and case (core/search/search-index.ts). The layout
 * was kind · 2^50 + bucket · 2^36 + sequence, room for 7 kinds below 2^53; it becomes
 * kind · 2^48 + bucket · 2^34 + sequence, room for 31. Every row of `search_index` gets its new
 * rowid (kind, bucket and sequence carried over; the mapping keeps their order), and so does its
 * `search_row.rowid_fts`. FTS5 keeps rowids inside its doclists too, and its shadow tables are not
 * to be written (SQLite's defensive mode refuses it), so the index is copied into a new FTS5 table
 * of the same definition (0040) in rowid order, which replaces it.
 *
 * Then the accounts, payments and requests the case file already holds are indexed, as their
 * services index them now. Everything runs in one transaction: an error leaves the file as it was.
 *
 * The layouts and the kinds' positions are written out here rather than taken from the search
 * index's code: this migration must keep doing what it did when a later one changes them.
 */
const OLD_KIND_SHIFT = 50n;
const OLD_BUCKET_SHIFT = 36n;
const NEW_KIND_SHIFT = 48n;
const NEW_BUCKET_SHIFT = 34n;
const BUCKET_MASK = 2n ** 14n - 1n;
const OLD_SEQ_MASK = 2n ** OLD_BUCKET_SHIFT - 1n;
const NEW_SEQ_LIMIT = 2n ** NEW_BUCKET_SHIFT;
const KIND_UNIT = 2 ** Number(NEW_KIND_SHIFT);
const BUCKET_UNIT = 2 ** Number(NEW_BUCKET_SHIFT);
const POSITIONS = { account: 7, payment: 8, request: 9 } as const;
/** Rows per INSERT statement (7 values each, well below SQLite's limit of variables). */
const BATCH = 400;
/** Records read at a time. */
const PAGE = 5000;

/** The new rowid of `column`, in SQL (64-bit integer arithmetic). */
const renumbered = (column: string) =>
  sql.raw(
    `(((${column} >> ${OLD_KIND_SHIFT}) << ${NEW_KIND_SHIFT})` +
      ` | (((${column} >> ${OLD_BUCKET_SHIFT}) & ${BUCKET_MASK}) << ${NEW_BUCKET_SHIFT})` +
      ` | (${column} & ${OLD_SEQ_MASK}))`,
  );

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await renumber(trx);
    await indexExisting(trx);
  });
}

async function renumber(db: Kysely<unknown>): Promise<void> {
  const run = (q: RawBuilder<unknown>) => q.execute(db);
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM search_index_content
    WHERE (id >> ${sql.raw(String(OLD_KIND_SHIFT))}) NOT BETWEEN 1 AND 7
       OR (id & ${sql.raw(String(OLD_SEQ_MASK))}) >= ${sql.raw(String(NEW_SEQ_LIMIT))}`.execute(db);
  if ((rows[0]?.n ?? 0) > 0) {
    throw new Error(`${rows[0]?.n} rows of the search index are outside the rowid layout`);
  }
  // As created by 0040.
  await run(sql`
    CREATE VIRTUAL TABLE search_index_0110 USING fts5 (
      kind UNINDEXED, entity_id UNINDEXED, case_id UNINDEXED, title UNINDEXED, body UNINDEXED,
      folded,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    )`);
  await run(sql`
    INSERT INTO search_index_0110 (rowid, kind, entity_id, case_id, title, body, folded)
    SELECT ${renumbered('rowid')}, kind, entity_id, case_id, title, body, folded
    FROM search_index ORDER BY rowid`);
  await run(sql`DROP TABLE search_index`);
  await run(sql`ALTER TABLE search_index_0110 RENAME TO search_index`);
  await run(sql`UPDATE search_row SET rowid_fts = ${renumbered('rowid_fts')}`);
}

interface DataRow {
  r: number;
  id: string;
  data: string;
}

/** Every row of `table` with its id and data, PAGE at a time, in the order of insertion. */
async function* pages(db: Kysely<unknown>, table: string): AsyncGenerator<DataRow[]> {
  let after = 0;
  for (;;) {
    const { rows } = await sql<DataRow>`
      SELECT rowid AS r, id, data FROM ${sql.table(table)}
      WHERE rowid > ${after} ORDER BY rowid LIMIT ${PAGE}`.execute(db);
    if (rows.length === 0) return;
    yield rows;
    after = (rows.at(-1) as DataRow).r;
  }
}

const record = <R>(row: DataRow): R => ({ ...(JSON.parse(row.data) as object), id: row.id }) as R;

async function indexExisting(db: Kysely<unknown>): Promise<void> {
  const parties = new Map<string, { name: string; mergedInto: string | null }>();
  const { rows: partyRows } = await sql<{ id: string; name: string; merged_into: string | null }>`
    SELECT id, name, merged_into FROM party`.execute(db);
  for (const p of partyRows) parties.set(p.id, { name: p.name, mergedInto: p.merged_into });
  /** The name a party goes by: that of the party it was merged into, at any depth. */
  const partyName = (id: string): string | undefined => {
    let p = parties.get(id);
    const seen = new Set([id]);
    while (p?.mergedInto && !seen.has(p.mergedInto)) {
      seen.add(p.mergedInto);
      const next = parties.get(p.mergedInto);
      if (!next) break;
      p = next;
    }
    return p?.name;
  };
  const nameOf = (ref: PartyRef) =>
    (ref.partyId === null ? undefined : partyName(ref.partyId)) ?? ref.name;

  const writer = entryWriter(db);
  const labels = new Map<string, string>();
  for await (const rows of pages(db, 'account')) {
    for (const row of rows) {
      const a = record<AccountRecord>(row);
      labels.set(a.id, accountSide(a, nameOf));
      await writer.add(accountSearchEntry(a, nameOf));
    }
  }
  for await (const rows of pages(db, 'payment')) {
    for (const row of rows) {
      const p = record<PaymentRecord>(row);
      await writer.add(paymentSearchEntry(p, nameOf, (id) => labels.get(id) ?? null));
    }
  }
  for await (const rows of pages(db, 'intl_request')) {
    for (const row of rows) {
      await writer.add(requestSearchEntry(record<RequestRecord>(row), partyName));
    }
  }
  await writer.flush();
}

/** Inserts entries BATCH at a time, each at the end of its partition of the new layout. */
function entryWriter(db: Kysely<unknown>) {
  const last = new Map<number, number>();
  let pending: IndexEntry[] = [];
  const rowids: number[] = [];

  const nextRowid = async (entry: IndexEntry): Promise<number> => {
    const kind = POSITIONS[entry.kind as keyof typeof POSITIONS];
    const first =
      kind * KIND_UNIT + (entry.caseId === null ? 0 : caseBucket(entry.caseId)) * BUCKET_UNIT;
    if (!last.has(first)) {
      const { rows } = await sql<{ m: number | null }>`
        SELECT max(id) AS m FROM search_index_content
        WHERE id BETWEEN ${first} AND ${first + BUCKET_UNIT - 1}`.execute(db);
      last.set(first, rows[0]?.m ?? first);
    }
    const next = (last.get(first) as number) + 1;
    if (next >= first + BUCKET_UNIT) throw new RangeError('search index partition is full');
    last.set(first, next);
    return next;
  };

  const flush = async () => {
    if (pending.length === 0) return;
    const values = pending.map((e, i) => {
      const folded = fold(`${e.title}\n${e.body}`);
      return sql`(${rowids[i]}, ${e.kind}, ${e.entityId}, ${e.caseId}, ${e.title}, ${e.body}, ${folded})`;
    });
    await sql`
      INSERT INTO search_index (rowid, kind, entity_id, case_id, title, body, folded)
      VALUES ${sql.join(values)}`.execute(db);
    const rows = pending.map((e, i) => sql`(${e.kind}, ${e.entityId}, ${rowids[i]})`);
    await sql`
      INSERT INTO search_row (kind, entity_id, rowid_fts)
      VALUES ${sql.join(rows)}`.execute(db);
    pending = [];
    rowids.length = 0;
  };

  return {
    add: async (entry: IndexEntry) => {
      if (!(entry.kind in POSITIONS)) throw new Error(`kind ${entry.kind} is not indexed here`);
      rowids.push(await nextRowid(entry));
      pending.push(entry);
      if (pending.length >= BATCH) await flush();
    },
    flush,
  };
}
