import {
  DEFAULT_BASE_CURRENCY,
  MAX_RATE_AGE_DAYS,
  type PaymentMethod,
} from '../../../../../shared/domain/finance';
import type { ProvenanceEventType } from '../../../../../shared/domain/provenance';

/**
 * The parameters of the money rules (issue #6 point 5), in one place. Legal values carry their
 * source; the rest are investigative judgement, each with its reason. Amounts are exact decimals
 * in euro; other currencies are converted with the case file's exchange rates (rate of the day,
 * or the latest earlier one within MAX_RATE_AGE_DAYS), and a payment without a rate is left out
 * of the comparison, never estimated.
 */
export const FINANCE_RULE_SETTINGS = {
  /** Amounts are compared in this currency. */
  baseCurrency: DEFAULT_BASE_CURRENCY,
  /** How old a rate may be (days before the payment) to convert it. */
  rateMaxAgeDays: MAX_RATE_AGE_DAYS,

  /**
   * finance.circular-flow: money leaving a party (or an account nobody is known to hold) that
   * comes back to it in at least `circularMinHops` payments, each dated after the previous (a
   * same-day payment counts only when both carry a time that says it came later), the last
   * within `circularWindowDays` of the first, and each at least `circularMinSharePercent` of the
   * first (the same money moving on, not unrelated small payments). Cycles of up to
   * `circularMaxHops` payments are searched (the search is bounded by `circularMaxCycles`).
   */
  circularWindowDays: 90,
  circularMinHops: 2,
  circularMaxHops: 6,
  circularMinSharePercent: 50,
  circularMaxCycles: 10_000,

  /**
   * finance.structuring: amounts just under a threshold that obliges a report or customer due
   * diligence, split to stay below it.
   * - EUR 10,000: traders in goods paid in cash (Directive (EU) 2015/849 (AMLD4) Art. 2(1)(3)(e))
   *   and persons trading or intermediating in works of art, also in free ports, where the
   *   transaction or linked transactions amount to EUR 10,000 or more (Art. 2(1)(3)(i), (j), as
   *   inserted by Directive (EU) 2018/843 (AMLD5)); the cash-payment limit of Regulation (EU)
   *   2024/1624 Art. 80 is the same figure.
   * - EUR 15,000: occasional transactions, single or in several operations that appear linked,
   *   that oblige customer due diligence (Directive (EU) 2015/849 (AMLD4) Art. 11(b)).
   * "Just under" is within `structuringMarginPercent` below the threshold (9,000 – 9,999.99 and
   * 13,500 – 14,999.99); `structuringMinCount` of them by the same payer or into the same account
   * within `structuringWindowDays` days (first to last) make a finding. Cash deposits and
   * transfers count (wire, e-wallet, crypto); card, cheque and in-kind payments do not.
   */
  structuringThresholds: [
    { amount: '10000', source: 'Directive (EU) 2015/849 Art. 2(1)(3)(e), (i), (j) (AMLD5)' },
    { amount: '15000', source: 'Directive (EU) 2015/849 Art. 11(b) (AMLD4)' },
  ] as readonly { amount: string; source: string }[],
  structuringMarginPercent: 10,
  structuringMinCount: 3,
  structuringWindowDays: 7,
  structuringMethods: ['cash', 'wire', 'e_wallet', 'crypto'] as readonly PaymentMethod[],

  /**
   * finance.pass-through: an account that receives money and sends at least
   * `passThroughSharePercent` of it out again within `passThroughDays` days (the same day
   * included): the account of a money mule or a front, which money crosses without staying.
   */
  passThroughSharePercent: 80,
  passThroughDays: 3,

  /**
   * finance.hub: a party (or an account nobody is known to hold) paying or paid by at least
   * `hubMinCounterparties` distinct others: a collector of funds (fan-in) or a distributor
   * (fan-out). The finding cites the first payment with each counterparty, at most
   * `hubMaxEvidence` of them (the count is in the finding).
   */
  hubMinCounterparties: 10,
  hubMaxEvidence: 100,

  /**
   * finance.high-risk-jurisdiction: severity by the list the country is on (vocabulary
   * `high_risk_jurisdiction`, editable by the unit): a country subject to a FATF call for action
   * is high, others medium.
   */
  highRiskHighLists: ['call-for-action'] as readonly string[],

  /**
   * finance.beneficial-owner: the beneficial-owner threshold of "more than 25%" of Directive
   * (EU) 2015/849 Art. 3(6)(a)(i) is an indication of ownership; the rule reports 25% or more
   * (Regulation (EU) 2024/1624 (AMLR) puts it at "25% or more", Art. 52 [U: article number to
   * check]), held through
   * at least `beneficialOwnerMinLevels` levels of ownership (the person behind a company that
   * owns the company), over chains of at most `ownershipMaxDepth` levels.
   */
  beneficialOwnerPercent: '25',
  beneficialOwnerMinLevels: 2,
  ownershipMaxDepth: 10,

  /**
   * finance.sale-parties-connected: provenance events in which one party sells to another for
   * a price (FATF 2023 typology 2: fake sales and auctions, self-dealing); gifts and inheritance
   * between relatives are not suspicious in themselves and are left out. The parties are
   * searched for a link of at most `saleMaxDepth` steps (through accounts, companies and
   * relationships), at most `saleMaxPaths` paths.
   */
  saleEvents: [
    'acquisition',
    'sale',
    'private_sale',
    'auction_purchase',
    'exchange',
    'forced_sale',
  ] as readonly ProvenanceEventType[],
  saleMaxDepth: 4,
  saleMaxPaths: 20,
} as const;
