import type { AccountRecord, PaymentRecord } from '../../../shared/domain/finance';
import { indexAccount, paymentIndexer } from '../finance/finance-search';
import type { SearchKind } from '../search/search-index';
import type { Sqlite } from '../store/sqlite';

/** Search-index entries for imported seizures and objects: the same the services write. */
export { indexObject as reindexObject } from '../objects/object-rules';
export { indexSeizure as reindexSeizure } from '../objects/seizures';
/** The same for international requests, should a bundle carry them. */
export { indexRequest as reindexRequest } from '../reports/request-search';

/**
 * Search-index entries for a bundle's accounts and payments, after they are written. Those the
 * case file already held are the same records (the import refuses a different version) and keep
 * the entry they have: an import that adds nothing writes nothing.
 */
export function reindexFinance(
  db: Sqlite,
  bundle: { accounts: readonly AccountRecord[]; payments: readonly PaymentRecord[] },
): void {
  const indexed = db.prepare('SELECT 1 FROM search_row WHERE kind = ? AND entity_id = ?').pluck();
  const isNew = (kind: SearchKind, id: string) => indexed.get(kind, id) === undefined;
  for (const a of bundle.accounts) if (isNew('account', a.id)) indexAccount(db, a);
  const index = paymentIndexer(db, { fresh: true });
  for (const p of bundle.payments) if (isNew('payment', p.id)) index(p);
}
