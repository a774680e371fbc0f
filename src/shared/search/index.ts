export { fold, foldWithOffsets, toOriginalRange, type FoldedText, type TextRange } from './fold';
export { queryTerms, toFtsQuery } from './query';
export {
  highlight,
  DEFAULT_SNIPPET_LENGTH,
  ELLIPSIS,
  type HighlightOptions,
  type Segment,
} from './snippet';
