import type { AccountRecord, PaymentRecord } from '../../../../../shared/domain/finance';
import type { EvidenceRef } from '../../../../../shared/domain/finding';
import { totalsOf } from '../../../../../shared/finance/graph';
import type { RuleContext } from '../../context';
import { formatAmount } from '../../decimal';
import type { HighRiskCountry } from '../../money-context';
import type { FindingDraft, Rule } from '../../registry';
import { FINANCE_RULE_SETTINGS as S } from './settings';
import { accountRef, caseLevel, nodeName, nodeOf, nodeRefs, paymentRef } from './support';

/**
 * A party (or an account nobody is known to hold) that pays or is paid by many distinct others
 * (10 or more): the collecting point of many small payers, or the distributor to many. Cites the
 * party or account and the first payment with each counterparty (up to 100).
 */
export const hub: Rule = {
  id: 'finance.hub',
  domain: 'finance',
  severity: 'low',
  title: 'Hub: many distinct counterparties',
  evaluate(ctx) {
    if (!caseLevel(ctx)) return [];
    type Seen = {
      payers: Set<string>;
      beneficiaries: Set<string>;
      first: Map<string, PaymentRecord>;
      count: number;
    };
    const nodes = new Map<string, Seen>();
    const seen = (node: string) => {
      let s = nodes.get(node);
      if (!s) {
        s = { payers: new Set(), beneficiaries: new Set(), first: new Map(), count: 0 };
        nodes.set(node, s);
      }
      return s;
    };
    for (const f of ctx.graph.flows) {
      if (!f.payer || !f.beneficiary || f.payer === f.beneficiary) continue;
      const payer = seen(f.payer);
      payer.beneficiaries.add(f.beneficiary);
      payer.count += 1;
      if (!payer.first.has(f.beneficiary)) payer.first.set(f.beneficiary, f.payment);
      const beneficiary = seen(f.beneficiary);
      beneficiary.payers.add(f.payer);
      beneficiary.count += 1;
      if (!beneficiary.first.has(f.payer)) beneficiary.first.set(f.payer, f.payment);
    }
    const drafts: FindingDraft[] = [];
    for (const [node, s] of nodes) {
      const counterparties = s.first.size;
      if (counterparties < S.hubMinCounterparties) continue;
      const cited = [...s.first.values()].slice(0, S.hubMaxEvidence);
      const params = {
        who: nodeName(ctx, node),
        counterparties,
        payers: s.payers.size,
        beneficiaries: s.beneficiaries.size,
        payments: s.count,
        min: S.hubMinCounterparties,
      };
      drafts.push({
        objectId: null,
        params,
        evidence: [...nodeRefs(ctx, node), ...cited.map((p) => paymentRef(ctx, p))],
        message:
          `${params.who} exchanged ${s.count} payments with ${counterparties} distinct ` +
          `counterparties (${params.payers} paying in, ${params.beneficiaries} paid).`,
      });
    }
    return drafts;
  },
};

/** The countries of an account: its IBAN's and the one recorded (usually the same). */
export function accountCountries(a: AccountRecord): string[] {
  const prefix = a.iban.slice(0, 2).toUpperCase();
  const found = /^[A-Z]{2}$/.test(prefix) ? [prefix] : [];
  if (a.country && !found.includes(a.country)) found.push(a.country);
  return found;
}

interface Tie {
  /** What ties the side to the country, for the English message. */
  basis: 'account' | 'jurisdiction' | 'nationality';
  entry: HighRiskCountry;
  who: string;
  evidence: EvidenceRef[];
}

/** How one side of a payment is tied to a high-risk country (account, jurisdiction, nationality). */
function ties(
  ctx: RuleContext,
  accountId: string | null,
  node: string | null,
): Array<Tie & { key: string }> {
  const out: Array<Tie & { key: string }> = [];
  const a = accountId === null ? undefined : ctx.accountById.get(accountId);
  for (const country of a ? accountCountries(a) : []) {
    const entry = ctx.highRisk.get(country);
    if (!a || !entry) continue;
    const ref = accountRef(ctx, a);
    out.push({
      key: `account|${a.id}|${country}`,
      basis: 'account',
      entry,
      who: ref.label,
      evidence: [ref],
    });
  }
  const party = node === null ? undefined : nodeOf(ctx, node);
  const facts = party?.refId ? ctx.parties.get(party.refId) : undefined;
  if (node !== null && facts) {
    const found: Array<[Tie['basis'], string]> = [
      ...(facts.jurisdiction
        ? [['jurisdiction', facts.jurisdiction] as [Tie['basis'], string]]
        : []),
      ...facts.nationalities.map((c) => ['nationality', c] as [Tie['basis'], string]),
    ];
    for (const [basis, c] of found) {
      const entry = ctx.highRisk.get(c);
      if (!entry) continue;
      out.push({
        key: `party|${facts.id}|${c}`,
        basis,
        entry,
        who: facts.name,
        evidence: nodeRefs(ctx, node),
      });
    }
  }
  return out;
}

const BASIS_TEXT: Record<Tie['basis'], string> = {
  account: 'an account in',
  jurisdiction: 'a company registered in',
  nationality: 'a national of',
};

/**
 * Payments to or from an account in a high-risk jurisdiction (its IBAN's country or the one
 * recorded for it), or a party registered in one or a national of one, on the unit's editable list
 * (vocabulary `high_risk_jurisdiction`: the FATF lists as shipped). One finding per account or
 * party and country, citing it and its payments; high for a FATF call for action, else medium.
 */
export const highRiskJurisdiction: Rule = {
  id: 'finance.high-risk-jurisdiction',
  domain: 'finance',
  severity: 'medium',
  title: 'Payments to or from a high-risk jurisdiction',
  evaluate(ctx) {
    if (!caseLevel(ctx) || ctx.highRisk.size === 0) return [];
    const groups = new Map<string, Tie & { payments: PaymentRecord[]; ids: Set<string> }>();
    for (const f of ctx.graph.flows) {
      const found = [
        ...ties(ctx, f.payment.payerAccountId, f.payer),
        ...ties(ctx, f.payment.beneficiaryAccountId, f.beneficiary),
      ];
      for (const t of found) {
        const g = groups.get(t.key) ?? { ...t, payments: [], ids: new Set<string>() };
        if (g.ids.has(f.payment.id)) continue;
        g.ids.add(f.payment.id);
        g.payments.push(f.payment);
        groups.set(t.key, g);
      }
    }
    const drafts: FindingDraft[] = [];
    for (const g of groups.values()) {
      const total = totalsOf(g.payments)
        .map((t) => `${formatAmount(t.amount)} ${t.currency}`)
        .join(' + ');
      const dates = g.payments.map((p) => p.date).sort();
      const builtin =
        g.entry.list !== null && ['call-for-action', 'increased-monitoring'].includes(g.entry.list);
      const params = {
        ...(builtin ? { context: g.entry.list as string } : {}),
        who: g.who,
        country: g.entry.country,
        list: g.entry.listLabel,
        payments: g.payments.length,
        total,
        from: dates[0]!,
        to: dates[dates.length - 1]!,
      };
      const high = g.entry.list !== null && S.highRiskHighLists.includes(g.entry.list);
      drafts.push({
        severity: high ? 'high' : 'medium',
        objectId: null,
        params,
        evidence: [...g.evidence, ...g.payments.map((p) => paymentRef(ctx, p))],
        message:
          `${g.payments.length} payment(s) between ${params.from} and ${params.to} (${total}) ` +
          `went to or came from ${g.who}, ${BASIS_TEXT[g.basis]} ${g.entry.country} ` +
          `(${g.entry.label}), on the list “${g.entry.listLabel}”.`,
      });
    }
    return drafts;
  },
};
