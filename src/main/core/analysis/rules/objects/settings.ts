/**
 * The parameters of the object, cash and person rules (issue #8 point 4), in one place: matters
 * of investigative judgement, each with its reason.
 */
export const OBJECT_RULE_SETTINGS = {
  /**
   * object.similar-lot: a lot of at least this many similar items (its lot count), or at least
   * this many objects of the same type (level 2) in one seizure: hoard-like lots of coins, lamps,
   * fibulae or arrowheads, typical of metal-detecting and site looting (REFERENCE.md §2.1 A5).
   */
  similarLotMin: 10,

  /**
   * object.no-hit-only: opinion methods that are due diligence on the object's origin besides the
   * database checks (an expert's provenance research is).
   */
  originResearchMethods: ['provenance_research'] as readonly string[],

  /**
   * finance.cash: the EUR 10,000 cash threshold for traders in goods and in works of art
   * (Directive (EU) 2015/849 Art. 2(1)(3)(e), (i), (j); Regulation (EU) 2024/1624 Art. 80). Cash
   * paid by one payer at or above it in total makes the finding high, below it medium.
   */
  cashHighTotal: '10000',

  /**
   * party.prior-cases: the roles in another case that make a prior case (REFERENCE.md §2.1 D2:
   * previously flagged for cultural-property, smuggling, forgery or ML offences). A witness or
   * an owner elsewhere is not a prior case.
   */
  priorCaseRoles: ['suspect', 'accused', 'courier'] as readonly string[],
} as const;
