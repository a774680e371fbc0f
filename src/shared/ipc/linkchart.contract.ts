import { z } from 'zod';
import { DecimalAmount, Id, IsoDate } from '../domain/common';
import { EVIDENCE_KINDS } from '../domain/finding';
import { channel } from './define';

/**
 * The link chart (issue #6 point 6): the case's parties, organisations, accounts, wallets and
 * objects as nodes, and typed, directed links between them. Payments are aggregated per
 * (payer side, beneficiary side, currency): one edge with the count, the exact total and the
 * first and last dates. Element ids are stable strings built from record ids, so a finding's
 * evidence, a path and an expansion all name the same elements:
 *
 * - nodes: `party:<id>` (a merged party shows as the party it was merged into), `account:<id>`,
 *   `object:<id>`, `name:<folded name>` (a payer, beneficiary or holder known only by name),
 *   `unknown|<payer|beneficiary>|<method>|<other node>` (the unknown side of a cash deposit or
 *   withdrawal: one per account, so that it never joins two accounts into a false path);
 * - edges: `pay|<caseId>|<from>|<to>|<currency>`, `rel|<relationshipId>`,
 *   `holds|<caseId>|<party node>|<account node>`, `evt|<eventId>|<from|to|agent>`,
 *   `same|<account node>|<account node>`.
 */

export const LINK_NODE_KINDS = [
  'person',
  'organisation',
  'bank',
  'account',
  'wallet',
  'object',
  'name',
  'unknown',
] as const;
export type LinkNodeKind = (typeof LINK_NODE_KINDS)[number];

/** Every type of link, in the order the legend and the filter chips list them. */
export const LINK_TYPES = [
  'payment',
  'holds',
  'ownership',
  'directorship',
  'representation',
  'control',
  'signatory',
  'employment',
  'family',
  'associate',
  'sold',
  'bought',
  'agent',
  'same_as',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** The case an element comes from when it is not of the chart's case (after an expansion). */
export const OtherCase = z.object({ id: Id, reference: z.string() });
export type OtherCase = z.infer<typeof OtherCase>;

export const LinkNode = z.object({
  id: z.string(),
  kind: z.enum(LINK_NODE_KINDS),
  /** The name, the IBAN or address, "E-1 · title"; an unknown side: the payment method. */
  label: z.string(),
  /** A second line: the IBAN of a named account, the organisation type code, the bank. */
  detail: z.string(),
  /** The record behind it (party, account, object); null for a name-only node. */
  entityId: Id.nullable(),
  /** Party flags as the unit recorded them (pep, sanctioned). */
  flags: z.array(z.string()),
  /** The party's roles in the chart's case (vocabulary codes: suspect, buyer…). */
  roles: z.array(z.string()),
  /** Other cases of the case file in which the same party appears. */
  alsoIn: z.array(OtherCase),
  /** Set when the node is not part of the chart's case but came in from another case. */
  otherCase: OtherCase.nullable(),
});
export type LinkNode = z.infer<typeof LinkNode>;

/** An aggregated payment link: several payments, same direction, same currency. */
export const PaymentFlow = z.object({
  currency: z.string(),
  count: z.number().int().min(1),
  /** Exact decimal sum in `currency` (never a float). */
  total: z.string(),
  firstDate: IsoDate,
  lastDate: IsoDate,
});
export type PaymentFlow = z.infer<typeof PaymentFlow>;

export const LinkEdge = z.object({
  id: z.string(),
  type: z.enum(LINK_TYPES),
  source: z.string(),
  target: z.string(),
  /** Payment links only. */
  flow: PaymentFlow.nullable(),
  /** Ownership share in percent (exact decimal text). */
  percentage: z.string().nullable(),
  /** The role as stated on a relationship ("nominee director"), or the provenance event type. */
  role: z.string(),
  /** From–to of a relationship or the date of an event, as recorded (partial dates allowed). */
  start: z.string().nullable(),
  end: z.string().nullable(),
  /** The relationship or provenance event behind the link (empty for payments and holdings). */
  recordId: Id.nullable(),
  otherCase: OtherCase.nullable(),
});
export type LinkEdge = z.infer<typeof LinkEdge>;

export const LinkChartFilters = z
  .object({
    /** Payments booked, relationships in force, events dated within from–to (both optional). */
    from: IsoDate.nullable().default(null),
    to: IsoDate.nullable().default(null),
    /** Payment links whose total (in their own currency) is less than this are left out. */
    minAmount: DecimalAmount.nullable().default(null),
    /** Types of link shown; empty: every type. */
    types: z.array(z.enum(LINK_TYPES)).max(LINK_TYPES.length).default([]),
  })
  .strict();
export type LinkChartFilters = z.infer<typeof LinkChartFilters>;
export type LinkChartFiltersInput = z.input<typeof LinkChartFilters>;

export const LinkGraph = z.object({
  caseId: Id,
  nodes: z.array(LinkNode),
  edges: z.array(LinkEdge),
  /** Payments that went into the payment links. */
  paymentCount: z.number().int().min(0),
});
export type LinkGraph = z.infer<typeof LinkGraph>;

export const LinkExpansion = z.object({
  nodeId: z.string(),
  /** The node's neighbours and the links to them, from the chart's case and every other case. */
  nodes: z.array(LinkNode),
  edges: z.array(LinkEdge),
  /** True when the neighbourhood was cut at `EXPAND_LIMIT` links. */
  limited: z.boolean(),
});
export type LinkExpansion = z.infer<typeof LinkExpansion>;
export const EXPAND_LIMIT = 400;

export const LinkPath = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });
export type LinkPath = z.infer<typeof LinkPath>;
export const LinkPaths = z.object({
  from: z.string(),
  to: z.string(),
  /** Every simple path of at most `maxDepth` steps, shortest first. */
  paths: z.array(LinkPath),
  /** True when more paths exist than `MAX_PATHS`. */
  truncated: z.boolean(),
});
export type LinkPaths = z.infer<typeof LinkPaths>;
export const MAX_PATHS = 200;
export const MAX_PATH_DEPTH = 8;

export const EdgePayment = z.object({
  id: Id,
  date: IsoDate,
  amount: z.string(),
  currency: z.string(),
  method: z.string(),
  payer: z.string(),
  beneficiary: z.string(),
  reference: z.string(),
  purpose: z.string(),
});
export type EdgePayment = z.infer<typeof EdgePayment>;
export const EdgePayments = z.object({
  edgeId: z.string(),
  /** How many payments the link aggregates (within the filters). */
  count: z.number().int().min(0),
  /** The first `EDGE_PAYMENTS_SHOWN`, by date. */
  payments: z.array(EdgePayment),
});
export type EdgePayments = z.infer<typeof EdgePayments>;
export const EDGE_PAYMENTS_SHOWN = 50;

/** Where a finding's evidence sits on the chart. */
export const LocatedEvidence = z.object({
  nodeIds: z.array(z.string()),
  edgeIds: z.array(z.string()),
});
export type LocatedEvidence = z.infer<typeof LocatedEvidence>;

const Filters = LinkChartFilters.default({ from: null, to: null, minAmount: null, types: [] });
const NodeId = z.string().min(1).max(300);
/** Nodes added to the chart by earlier expansions (their neighbourhoods take part in a search). */
const Expanded = z.array(NodeId).max(200).default([]);

export const linkChartContract = {
  /** The case's chart, within the filters. */
  'linkchart:graph': channel(z.object({ caseId: Id, filters: Filters }).strict(), LinkGraph),
  /** One node's neighbours (one step), including entities of other cases of the case file. */
  'linkchart:expand': channel(
    z.object({ caseId: Id, nodeId: NodeId, filters: Filters }).strict(),
    LinkExpansion,
  ),
  /** Every path between two nodes of the chart (and of the nodes expanded so far). */
  'linkchart:paths': channel(
    z
      .object({
        caseId: Id,
        from: NodeId,
        to: NodeId,
        maxDepth: z.number().int().min(1).max(MAX_PATH_DEPTH).default(5),
        /** Follow payments only from payer to beneficiary (other links both ways). */
        directed: z.boolean().default(false),
        filters: Filters,
        expanded: Expanded,
      })
      .strict(),
    LinkPaths,
  ),
  /** The payments an aggregated payment link stands for (the first 50, by date). */
  'linkchart:edge-payments': channel(
    z.object({ caseId: Id, edgeId: z.string().min(1).max(600), filters: Filters }).strict(),
    EdgePayments,
  ),
  /** The chart elements a finding's evidence names (payments → their links, parties → nodes). */
  'linkchart:locate': channel(
    z
      .object({
        caseId: Id,
        refs: z.array(z.object({ kind: z.enum(EVIDENCE_KINDS), id: Id })).max(10_000),
      })
      .strict(),
    LocatedEvidence,
  ),
};
