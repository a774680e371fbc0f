/**
 * Provenance reasoning shared by the core, the CLI and the renderer: reading uncertain dates into
 * four-point spans, comparing spans, and writing a chain as an AAM provenance line.
 */
export { parseDate, type DateFailure, type DatePrecision, type ParsedDate } from './date-parser';
export {
  certainlyBefore,
  compareForOrder,
  contains,
  daysBetween,
  formatSpan,
  gapBetween,
  orderProblems,
  overlaps,
  possiblyBefore,
  spanMidpoint,
  spansDay,
  type Gap,
  type Likelihood,
} from './span-compare';
export {
  aamLine,
  aamSegments,
  aamText,
  aamWordsFrom,
  AAM_WORDS_EN,
  UNCERTAIN_CERTAINTIES,
  type AamOptions,
  type AamPart,
  type AamSegment,
  type AamWords,
  type UncertainCertainty,
} from './aam';
