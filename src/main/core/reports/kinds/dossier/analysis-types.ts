import type { HandlingCode, Money } from '../../../../../shared/domain/common';
import type { AspectSummary } from '../../../../../shared/domain/expert-views';
import type { FindingSeverity, RuleDomain } from '../../../../../shared/domain/finding';
import type { ProvenanceEventRecord } from '../../../../../shared/domain/provenance';
import type { LinkNodeKind, LinkType } from '../../../../../shared/ipc/linkchart.contract';

/**
 * The plain data of the dossier's analytical sections (provenance, finance, opinions,
 * indicators), as collected from the case file with the disclosure applied: a party that is not
 * disclosed appears as `null` (printed "withheld", never by name) or, inside texts written by
 * the analysis rules, as the WITHHELD marker; objects not disclosed are absent; documents not
 * disclosed are counted, not named. Types only: the print side imports this without the core.
 */

export type AnalysisSection = 'provenance' | 'finance' | 'opinions' | 'indicators';

/** Stands for a withheld party's name inside a finding's texts; the print side words it. */
export const WITHHELD = '\u27EAwithheld\u27EB';

/** A name as printed: the name, or null when the party is withheld (selective disclosure). */
export type PrintName = string | null;

/** A finding of the analysis rules, its texts masked for disclosure. */
export interface FindingItem {
  ruleId: string;
  domain: RuleDomain;
  severity: FindingSeverity;
  objectId: string | null;
  params: Record<string, string | number>;
  /** The English explanation from the core (printed when the rule has no wording). */
  message: string;
  /** The rule's English title from the registry. */
  title: string;
}

/** An object as headed in the sections: its exhibit number, title and type code. */
export interface ObjectHead {
  objectId: string;
  exhibitNumber: string;
  title: string;
  typeCode: string;
}

export interface ProvenanceObject extends ObjectHead {
  /**
   * The events in chain order, with party references made printable: a disclosed or typed party
   * as `{ partyId: null, name }`, a withheld one as `{ partyId, name: '' }`; notes left out.
   */
  events: ProvenanceEventRecord[];
  /** Labels of the disclosed documents the events cite, by document id. */
  documents: Record<string, string>;
  findings: FindingItem[];
}

export interface ProvenanceData {
  objects: ProvenanceObject[];
}

export interface PaymentRow {
  id: string;
  date: string;
  from: PrintName;
  fromAccount: string | null;
  to: PrintName;
  toAccount: string | null;
  /** Exact decimal text, as stored. */
  amount: string;
  currency: string;
  method: string;
  reference: string;
}

export interface ChartNode {
  id: string;
  kind: LinkNodeKind;
  label: PrintName;
  detail: string;
}

export interface ChartEdge {
  id: string;
  type: LinkType;
  source: string;
  target: string;
  flow: { currency: string; count: number; total: string } | null;
  percentage: string | null;
  role: string;
}

export interface FinanceData {
  payments: PaymentRow[];
  totals: Array<{ currency: string; count: number; total: string }>;
  findings: FindingItem[];
  chart: { nodes: ChartNode[]; edges: ChartEdge[] };
}

export interface OpinionItem {
  id: string;
  expertName: string;
  expertTitle: string;
  expertInstitution: string;
  expertCountry: string | null;
  date: string;
  methods: string[];
  methodNote: string;
  authenticity: string | null;
  dating: { earliest: number | null; latest: number | null; text: string };
  origin: { text: string; country: string | null };
  value: Money | null;
  redListCategory: string | null;
  confidence: string;
  conclusion: string;
  /** The signed report's title when the document is disclosed; withheld: counted. */
  report: string | null;
  reportWithheld: boolean;
}

export interface OpinionObject extends ObjectHead {
  opinions: OpinionItem[];
  summary: AspectSummary[];
}

export interface OpinionsData {
  objects: OpinionObject[];
  /** Red List category labels as stored in the case file, by code. */
  redListLabels: Record<string, string>;
}

export interface ObservationRow {
  code: string;
  /** The indicator's wording in the catalogue version the observation was made under. */
  text: string;
  versionNumber: number;
  versionCurrent: boolean;
  status: string;
  subjectKind: string;
  subject: PrintName;
  observedBy: string;
  observedOn: string;
  evidence: number;
}

export interface IndicatorsData {
  asOf: string;
  score: number;
  statusFactors: { confirmed: number; suspected: number };
  themes: Array<{ theme: string; score: number; confirmed: number; suspected: number }>;
  pendingSuggestions: number;
  observations: ObservationRow[];
}

/** Plain data for the four sections (only those asked for are filled). */
export interface DossierAnalysis {
  /** The case's handling code, printed under each section's heading. */
  handlingCode: HandlingCode;
  provenance?: ProvenanceData;
  finance?: FinanceData;
  opinions?: OpinionsData;
  indicators?: IndicatorsData;
}
