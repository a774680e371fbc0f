import {
  EDGE_PAYMENTS_SHOWN,
  type EdgePayments,
  type LinkChartFilters,
} from '../../../shared/ipc/linkchart.contract';
import type { SqlValue } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { GraphBuilder, PartyDirectory } from './builder';
import { parseNodeId, parsePaymentEdgeId } from './ids';
import { readPayments } from './sources';

/**
 * The payments behind an aggregated payment link, within the period: how many, and the first
 * EDGE_PAYMENTS_SHOWN by date with their amounts, as the side panel lists them. The link's id
 * names its case, so a link brought in from another case by an expansion opens the same way.
 */
export function edgePayments(db: Sqlite, id: string, filters: LinkChartFilters): EdgePayments {
  const edge = parsePaymentEdgeId(id);
  if (!edge) {
    throw new CaseFileError(CaseFileErrorCode.InvalidInput, 'This is not a payment link.', {
      edgeId: id,
    });
  }
  const where = ['p.case_id = ?', 'p.currency = ?'];
  const params: SqlValue[] = [edge.caseId, edge.currency];
  const from = parseNodeId(edge.from);
  const to = parseNodeId(edge.to);
  if (from?.kind === 'account') {
    where.push('p.payer_account_id = ?');
    params.push(from.id);
  }
  if (to?.kind === 'account') {
    where.push('p.beneficiary_account_id = ?');
    params.push(to.id);
  }
  const b = new GraphBuilder(db, new PartyDirectory(db), filters);
  const rows = readPayments(db, where.join(' AND '), params, filters).filter((row) => {
    const ends = b.paymentEnds(row);
    return ends !== null && ends.from === edge.from && ends.to === edge.to;
  });
  const name = (partyId: string | null, typed: string | null) =>
    (partyId !== null ? b.parties.resolve(partyId)?.name : undefined) ?? typed ?? '';
  const shown = rows.slice(0, EDGE_PAYMENTS_SHOWN).map((row) => {
    const data = db
      .prepare(
        `SELECT json_extract(data, '$.reference') AS reference,
                json_extract(data, '$.purpose') AS purpose FROM payment WHERE id = ?`,
      )
      .get(row.id) as { reference: string | null; purpose: string | null };
    return {
      id: row.id,
      date: row.date,
      amount: row.amount,
      currency: row.currency,
      method: row.method,
      payer: name(row.payer_party_id, row.payer_name),
      beneficiary: name(row.beneficiary_party_id, row.beneficiary_name),
      reference: data.reference ?? '',
      purpose: data.purpose ?? '',
    };
  });
  return { edgeId: id, count: rows.length, payments: shown };
}
