/**
 * The link chart's graph builder: turns records (accounts, payments, relationships, provenance
 * transfers) of any case into chart nodes and links, aggregating payments per direction and
 * currency. Party reading lives in ./parties, amount and label formatting in ./format.
 */
import type { AccountRecord, RelationshipRecord } from '../../../shared/domain/finance';
import type { ProvenanceEventRecord } from '../../../shared/domain/provenance';
import type { PartyRef } from '../../../shared/domain/seizure';
import type {
  LinkChartFilters,
  LinkEdge,
  LinkNode,
  LinkType,
} from '../../../shared/ipc/linkchart.contract';
import { toMicros } from '../analysis/decimal';
import { getRecord } from '../records/record-store';
import { ACCOUNT_SPEC } from '../finance/specs';
import type { Sqlite } from '../store/sqlite';
import { accountLabel, decimalsOf, formatMicros } from './format';
import { edgeId, nodeId } from './ids';
import type { PartyDirectory, PartyInfo } from './parties';
import type { ObjectRow, PaymentRow } from './sources';

export { PartyDirectory, type PartyInfo } from './parties';
export { accountLabel, formatMicros } from './format';

interface FlowSum {
  micros: bigint;
  digits: number;
  count: number;
  first: string;
  last: string;
}

/** The two sides of a payment as chart nodes (accounts first, then parties, then names). */
export interface PaymentEnds {
  from: string;
  to: string;
}

/**
 * Builds the chart's nodes and links from records, whatever their case. Nodes are made as links
 * need them; `finish` applies the type and amount filters and keeps the nodes that are still
 * linked, plus the pinned ones (the case's own parties).
 */
export class GraphBuilder {
  readonly nodes = new Map<string, LinkNode>();
  readonly edges = new Map<string, LinkEdge>();
  /** The case whose record first brought in each node and link. */
  readonly nodeCase = new Map<string, string>();
  readonly edgeCase = new Map<string, string>();
  readonly #flows = new Map<string, FlowSum>();
  readonly #pinned = new Set<string>();
  readonly #accounts = new Map<string, AccountRecord | null>();
  readonly #types: ReadonlySet<LinkType> | null;

  constructor(
    private readonly db: Sqlite,
    readonly parties: PartyDirectory,
    private readonly filters: LinkChartFilters,
  ) {
    this.#types = filters.types.length > 0 ? new Set(filters.types) : null;
  }

  wants(type: LinkType): boolean {
    return this.#types === null || this.#types.has(type);
  }

  #node(id: string, caseId: string, make: () => Omit<LinkNode, 'id'>): string {
    if (!this.nodes.has(id)) {
      this.nodes.set(id, { id, ...make() });
      this.nodeCase.set(id, caseId);
    }
    return id;
  }

  #edge(edge: LinkEdge, caseId: string): void {
    if (!this.wants(edge.type) || this.edges.has(edge.id)) return;
    this.edges.set(edge.id, edge);
    this.edgeCase.set(edge.id, caseId);
  }

  /** A party (by id) or a name-only node; null when the reference names nobody. */
  partyNode(ref: PartyRef, caseId: string): string | null {
    if (ref.partyId !== null) {
      const party = this.parties.resolve(ref.partyId);
      if (party) return this.partyInfoNode(party, caseId);
    }
    const name = ref.name.trim();
    if (name === '') return null;
    return this.#node(nodeId.name(name), caseId, () => ({
      kind: 'name',
      label: name,
      detail: '',
      entityId: null,
      flags: [],
      roles: [],
      alsoIn: [],
      otherCase: null,
    }));
  }

  partyInfoNode(party: PartyInfo, caseId: string): string {
    return this.#node(nodeId.party(party.id), caseId, () => ({
      kind:
        party.kind === 'person'
          ? 'person'
          : party.organisationType === 'bank'
            ? 'bank'
            : 'organisation',
      label: party.name,
      detail: party.kind === 'organisation' ? (party.organisationType ?? '') : '',
      entityId: party.id,
      flags: party.flags,
      roles: [],
      alsoIn: [],
      otherCase: null,
    }));
  }

  /** Shown whatever the filters (the case's own parties). */
  pin(id: string): void {
    this.#pinned.add(id);
  }

  account(id: string): AccountRecord | null {
    let account = this.#accounts.get(id);
    if (account === undefined) {
      account = getRecord(this.db, ACCOUNT_SPEC, id);
      this.#accounts.set(id, account);
    }
    return account;
  }

  /** The account's node and, when it names one, the link from its holder. */
  addAccount(account: AccountRecord): string {
    this.#accounts.set(account.id, account);
    const id = this.#node(nodeId.account(account.id), account.caseId, () => {
      const institution =
        account.institution.partyId !== null
          ? (this.parties.resolve(account.institution.partyId)?.name ?? account.institution.name)
          : account.institution.name;
      const wallet = account.kind === 'crypto';
      return {
        kind: wallet ? 'wallet' : 'account',
        label: accountLabel(account),
        detail: wallet ? (account.chain ?? '') : institution,
        entityId: account.id,
        flags: [],
        roles: [],
        alsoIn: [],
        otherCase: null,
      };
    });
    const holder = this.partyNode(account.holder, account.caseId);
    if (holder) this.addHolds(holder, id, account.caseId);
    return id;
  }

  addHolds(party: string, account: string, caseId: string): void {
    this.#edge(
      {
        id: edgeId.holds(caseId, party, account),
        type: 'holds',
        source: party,
        target: account,
        flow: null,
        percentage: null,
        role: '',
        start: null,
        end: null,
        recordId: null,
        otherCase: null,
      },
      caseId,
    );
  }

  #side(
    accountId: string | null,
    partyId: string | null,
    name: string | null,
    caseId: string,
  ): { node: string | null; holder: string | null } {
    const party = this.partyNode({ partyId, name: name ?? '' }, caseId);
    if (accountId !== null) {
      const account = this.account(accountId);
      if (account) return { node: this.addAccount(account), holder: party };
    }
    return { node: party, holder: null };
  }

  /** The payment's two nodes, making them (and the payer's and payee's holdings) as needed. */
  paymentEnds(row: PaymentRow): PaymentEnds | null {
    const payer = this.#side(row.payer_account_id, row.payer_party_id, row.payer_name, row.case_id);
    const payee = this.#side(
      row.beneficiary_account_id,
      row.beneficiary_party_id,
      row.beneficiary_name,
      row.case_id,
    );
    if (payer.node === null && payee.node === null) return null;
    if (payer.holder && payer.node) this.addHolds(payer.holder, payer.node, row.case_id);
    if (payee.holder && payee.node) this.addHolds(payee.holder, payee.node, row.case_id);
    const method = row.method || 'other';
    const from = payer.node ?? this.#unknown(payee.node as string, method, 'payer', row.case_id);
    const to =
      payee.node ?? this.#unknown(payer.node as string, method, 'beneficiary', row.case_id);
    return { from, to };
  }

  #unknown(other: string, method: string, side: 'payer' | 'beneficiary', caseId: string): string {
    return this.#node(nodeId.unknown(other, method, side), caseId, () => ({
      kind: 'unknown',
      label: method,
      detail: side,
      entityId: null,
      flags: [],
      roles: [],
      alsoIn: [],
      otherCase: null,
    }));
  }

  addPayment(row: PaymentRow): string | null {
    if (!this.wants('payment')) return null;
    const ends = this.paymentEnds(row);
    if (!ends) return null;
    const id = edgeId.payment(row.case_id, ends.from, ends.to, row.currency);
    const micros = toMicros(row.amount);
    const digits = decimalsOf(row.amount);
    const sum = this.#flows.get(id);
    if (sum) {
      sum.micros += micros;
      sum.digits = Math.max(sum.digits, digits);
      sum.count += 1;
      if (row.date < sum.first) sum.first = row.date;
      if (row.date > sum.last) sum.last = row.date;
    } else {
      this.#flows.set(id, { micros, digits, count: 1, first: row.date, last: row.date });
      this.#edge(
        {
          id,
          type: 'payment',
          source: ends.from,
          target: ends.to,
          flow: null,
          percentage: null,
          role: '',
          start: null,
          end: null,
          recordId: null,
          otherCase: null,
        },
        row.case_id,
      );
    }
    return id;
  }

  addRelationship(r: RelationshipRecord): void {
    if (!this.wants(r.type)) return;
    const subject = this.partyNode(r.subject, r.caseId);
    const account =
      r.type === 'signatory' && r.accountId !== null ? this.account(r.accountId) : null;
    const target =
      r.type === 'signatory'
        ? account
          ? this.addAccount(account)
          : null
        : this.partyNode(r.object, r.caseId);
    if (!subject || !target) return;
    this.#edge(
      {
        id: edgeId.relationship(r.id),
        type: r.type,
        source: subject,
        target,
        flow: null,
        percentage: r.percentage,
        role: r.role,
        start: r.startDate,
        end: r.endDate,
        recordId: r.id,
        otherCase: null,
      },
      r.caseId,
    );
  }

  objectNode(o: ObjectRow): string {
    return this.#node(nodeId.object(o.id), o.case_id, () => ({
      kind: 'object',
      label: o.title ? `${o.exhibit_number} · ${o.title}` : o.exhibit_number,
      detail: o.title,
      entityId: o.id,
      flags: [],
      roles: [],
      alsoIn: [],
      otherCase: null,
    }));
  }

  /** Seller → object ("sold"), object → buyer ("bought"), agent → object. */
  addTransfer(e: ProvenanceEventRecord, object: ObjectRow): void {
    const sides = [
      ['from', 'sold', e.fromParty],
      ['to', 'bought', e.toParty],
      ['agent', 'agent', e.agent],
    ] as const;
    for (const [side, type, ref] of sides) {
      if (!this.wants(type)) continue;
      const party = this.partyNode(ref, e.caseId);
      if (!party) continue;
      const objectNode = this.objectNode(object);
      this.#edge(
        {
          id: edgeId.event(e.id, side),
          type,
          source: side === 'to' ? objectNode : party,
          target: side === 'to' ? party : objectNode,
          flow: null,
          percentage: null,
          role: e.type,
          start: e.date || null,
          end: null,
          recordId: e.id,
          otherCase: null,
        },
        e.caseId,
      );
    }
  }

  /** The same bank account or wallet recorded in two cases. */
  addSameAs(a: AccountRecord, b: AccountRecord): void {
    if (!this.wants('same_as')) return;
    const x = this.addAccount(a);
    const y = this.addAccount(b);
    const [source, target] = x < y ? [x, y] : [y, x];
    this.#edge(
      {
        id: edgeId.sameAs(x, y),
        type: 'same_as',
        source,
        target,
        flow: null,
        percentage: null,
        role: '',
        start: null,
        end: null,
        recordId: null,
        otherCase: null,
      },
      a.caseId,
    );
  }

  /**
   * The chart: payment links get their totals, those under the minimum amount go, and so do the
   * nodes no link reaches (but the pinned ones). Sorted by id, so the same data gives the same
   * answer.
   */
  finish(): { nodes: LinkNode[]; edges: LinkEdge[]; paymentCount: number } {
    const min = this.filters.minAmount !== null ? toMicros(this.filters.minAmount) : null;
    const edges: LinkEdge[] = [];
    let paymentCount = 0;
    for (const edge of this.edges.values()) {
      if (edge.type === 'payment') {
        const sum = this.#flows.get(edge.id) as FlowSum;
        if (min !== null && sum.micros < min) continue;
        paymentCount += sum.count;
        const currency = edge.id.slice(edge.id.lastIndexOf('|') + 1);
        edges.push({
          ...edge,
          flow: {
            currency,
            count: sum.count,
            total: formatMicros(sum.micros, Math.max(2, sum.digits)),
            firstDate: sum.first,
            lastDate: sum.last,
          },
        });
      } else {
        edges.push(edge);
      }
    }
    const linked = new Set(this.#pinned);
    for (const e of edges) {
      linked.add(e.source);
      linked.add(e.target);
    }
    const nodes = [...this.nodes.values()].filter((n) => linked.has(n.id));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return { nodes: nodes.sort(byId), edges: edges.sort(byId), paymentCount };
  }
}
