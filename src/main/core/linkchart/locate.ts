/**
 * Finding evidence on the link chart: which nodes and links a finding's evidence records are
 * drawn as, without building the chart.
 */
import type { EvidenceKind } from '../../../shared/domain/finding';
import type { Sqlite } from '../store/sqlite';
import { GraphBuilder, PartyDirectory } from './builder';
import { NO_FILTERS } from './case-graph';
import { edgeId, nodeId } from './ids';
import { readPayments } from './sources';

/**
 * The chart elements that a finding's evidence names: a payment → its aggregated link and both
 * ends, an account, party or object → its node, a relationship → its link and the parties it
 * joins (when they are directory parties), a provenance event → its links and the object.
 * Evidence of other kinds (documents, the case) has no place on the chart and is left out.
 */
export function locateEvidence(
  db: Sqlite,
  refs: ReadonlyArray<{ kind: EvidenceKind; id: string }>,
): { nodeIds: string[]; edgeIds: string[] } {
  const parties = new PartyDirectory(db);
  const b = new GraphBuilder(db, parties, NO_FILTERS);
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const ref of refs) {
    switch (ref.kind) {
      case 'party': {
        const party = parties.resolve(ref.id);
        if (party) nodeIds.add(nodeId.party(party.id));
        break;
      }
      case 'account':
        nodeIds.add(nodeId.account(ref.id));
        break;
      case 'object':
        nodeIds.add(nodeId.object(ref.id));
        break;
      case 'payment': {
        const [row] = readPayments(db, 'p.id = ?', [ref.id], NO_FILTERS);
        const ends = row ? b.paymentEnds(row) : null;
        if (row && ends) {
          edgeIds.add(edgeId.payment(row.case_id, ends.from, ends.to, row.currency));
          nodeIds.add(ends.from);
          nodeIds.add(ends.to);
        }
        break;
      }
      case 'relationship': {
        const row = db
          .prepare(
            'SELECT subject_party_id, object_party_id, account_id FROM relationship WHERE id = ?',
          )
          .get(ref.id) as
          | {
              subject_party_id: string | null;
              object_party_id: string | null;
              account_id: string | null;
            }
          | undefined;
        if (row) {
          edgeIds.add(edgeId.relationship(ref.id));
          for (const id of [row.subject_party_id, row.object_party_id]) {
            const party = id ? parties.resolve(id) : null;
            if (party) nodeIds.add(nodeId.party(party.id));
          }
          if (row.account_id) nodeIds.add(nodeId.account(row.account_id));
        }
        break;
      }
      case 'provenance_event': {
        const row = db
          .prepare('SELECT object_id FROM provenance_event WHERE id = ?')
          .pluck()
          .get(ref.id) as string | undefined;
        if (row) {
          nodeIds.add(nodeId.object(row));
          for (const side of ['from', 'to', 'agent'] as const)
            edgeIds.add(edgeId.event(ref.id, side));
        }
        break;
      }
      default:
        break;
    }
  }
  return { nodeIds: [...nodeIds].sort(), edgeIds: [...edgeIds].sort() };
}
