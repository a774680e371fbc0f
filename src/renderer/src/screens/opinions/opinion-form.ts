import type { OpinionFieldsInput } from '../../../../shared/domain/expert';
import type { OpinionView } from '../../../../shared/domain/expert-views';
import {
  normalizeAmount,
  yearOf,
  yearValue,
  type YearValue,
} from '../objects/description/object-form';

/**
 * What the opinion form edits: OpinionFields shaped the same way, so main's issue paths
 * (`dating.latest`, `value.amount`, `methods`) name a field of the form. Every value is present:
 * '' for an empty text or a finding not addressed, null for no choice.
 */
export interface OpinionFormValues {
  objectId: string | null;
  expertId: string | null;
  consultationId: string | null;
  date: string;
  methods: string[];
  methodNote: string;
  /** '' = the expert did not address authenticity (SegmentedControl values are strings). */
  authenticity: string;
  dating: { earliest: YearValue; latest: YearValue; text: string };
  origin: { text: string; country: string | null };
  significance: string;
  redListCategory: string | null;
  value: { amount: string; currency: string | null };
  confidence: string;
  conclusion: string;
  reportDocumentId: string | null;
  notes: string;
}

/** A new opinion: today's date, medium confidence, nothing found yet. */
export function newOpinionValues(start: {
  objectId: string | null;
  expertId: string | null;
  consultationId: string | null;
  today: string;
}): OpinionFormValues {
  return {
    objectId: start.objectId,
    expertId: start.expertId,
    consultationId: start.consultationId,
    date: start.today,
    methods: [],
    methodNote: '',
    authenticity: '',
    dating: { earliest: yearValue(null), latest: yearValue(null), text: '' },
    origin: { text: '', country: null },
    significance: '',
    redListCategory: null,
    value: { amount: '', currency: null },
    confidence: 'medium',
    conclusion: '',
    reportDocumentId: null,
    notes: '',
  };
}

export function opinionValues(o: OpinionView): OpinionFormValues {
  return {
    objectId: o.objectId,
    expertId: o.expertId,
    consultationId: o.consultationId,
    date: o.date,
    methods: [...o.methods],
    methodNote: o.methodNote,
    authenticity: o.authenticity ?? '',
    dating: {
      earliest: yearValue(o.dating.earliest),
      latest: yearValue(o.dating.latest),
      text: o.dating.text,
    },
    origin: { text: o.origin.text, country: o.origin.country },
    significance: o.significance,
    redListCategory: o.redListCategory,
    value: { amount: o.value?.amount ?? '', currency: o.value?.currency ?? null },
    confidence: o.confidence,
    conclusion: o.conclusion,
    reportDocumentId: o.reportDocumentId,
    notes: o.notes,
  };
}

/**
 * The fields sent to main, which checks them all (the expert, the consultation and the document
 * exist and belong together, the category is in the vocabulary) and answers with issues that land
 * on the fields. No value at all is no value; half a value is sent so main names the missing half.
 */
export function opinionFields(v: OpinionFormValues): Record<keyof OpinionFieldsInput, unknown> {
  const amount = v.value.amount.trim();
  const noValue = amount === '' && v.value.currency === null;
  return {
    objectId: v.objectId ?? '',
    expertId: v.expertId ?? '',
    consultationId: v.consultationId,
    date: v.date,
    methods: v.methods,
    methodNote: v.methodNote,
    authenticity: v.authenticity === '' ? null : v.authenticity,
    dating: {
      earliest: yearOf(v.dating.earliest),
      latest: yearOf(v.dating.latest),
      text: v.dating.text,
    },
    origin: { text: v.origin.text, country: v.origin.country },
    significance: v.significance,
    redListCategory: v.redListCategory,
    value: noValue ? null : { amount: normalizeAmount(amount), currency: v.value.currency ?? '' },
    confidence: v.confidence,
    conclusion: v.conclusion,
    reportDocumentId: v.reportDocumentId,
    notes: v.notes,
  };
}

/** "report-2026-03.signed.pdf" → "report-2026-03.signed": a stored report's title from its file. */
export function titleOfFile(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
