import {
  missingSections,
  type EssentialSection,
  type MlaFields,
  type RequestFields,
  type ReturnFields,
} from '../../../../shared/domain/intl-request';

export const MLA_SECTIONS = [
  'header',
  'subject',
  'summary',
  'facts',
  'offences',
  'persons',
  'measures',
  'procedures',
  'purpose',
  'confidentiality',
  'urgency',
  'annexes',
] as const;

export const RETURN_SECTIONS = [
  'header',
  'objects',
  'culturalStatus',
  'removal',
  'location',
  'awareness',
  'imi',
  'annexes',
] as const;

export type SectionId = (typeof MLA_SECTIONS)[number] | (typeof RETURN_SECTIONS)[number];

/** The essential parts (missingSections' names) each section of the form holds. */
const ESSENTIAL_OF: Partial<Record<SectionId, readonly EssentialSection[]>> = {
  header: ['requestedState', 'to', 'from'],
  subject: ['subject'],
  summary: ['summary'],
  facts: ['facts'],
  offences: ['offences'],
  measures: ['measures'],
  purpose: ['purpose'],
  objects: ['objectIds'],
  culturalStatus: ['culturalStatus'],
  removal: ['removalCircumstances'],
  location: ['location'],
  awareness: ['awareOn'],
};

/** Top-level field names each section edits (to place main's refusals on their section). */
export const FIELDS_OF: Record<SectionId, readonly string[]> = {
  header: ['reference', 'requestedState', 'to', 'from', 'conductingAuthority', 'legalBasis'],
  subject: ['subject'],
  summary: ['summary'],
  facts: ['facts'],
  offences: ['offences'],
  persons: ['persons'],
  measures: ['measures'],
  procedures: ['procedures'],
  purpose: ['purpose'],
  confidentiality: ['confidentiality'],
  urgency: ['urgent', 'urgencyReason', 'deadline'],
  annexes: ['annexDocumentIds', 'annexObjectIds'],
  objects: ['objectIds'],
  culturalStatus: ['culturalStatus', 'legalBasis'],
  removal: ['removalDate', 'removalCircumstances', 'provisionBreached'],
  location: ['location', 'holderPartyId', 'holder'],
  awareness: ['awareOn'],
  imi: ['publicCollection', 'imiReference'],
};

/** The fields a section edits in a request of `kind` (a return request's header has no legal basis). */
export function fieldsOf(kind: RequestFields['kind'], id: SectionId): readonly string[] {
  if (kind === 'return' && id === 'header') return ['reference', 'requestedState', 'to', 'from'];
  return FIELDS_OF[id];
}

export function sectionsOf(kind: RequestFields['kind']): readonly SectionId[] {
  return kind === 'mla' ? MLA_SECTIONS : RETURN_SECTIONS;
}

const given = (v: unknown): boolean => {
  if (v === null || v === undefined || v === false) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.values(v as object).some(given);
  return true;
};

export type SectionState = 'filled' | 'missing' | 'empty';

/**
 * Each section's state: `missing` when it holds an essential part still empty (what blocks the
 * PDF), `filled` when something is in it (and nothing essential is missing), else `empty`.
 */
export function sectionStates(fields: RequestFields): Record<SectionId, SectionState> {
  const missing = new Set(missingSections(fields));
  const values = fields as unknown as Record<string, unknown>;
  const states = {} as Record<SectionId, SectionState>;
  for (const id of sectionsOf(fields.kind)) {
    const essential = ESSENTIAL_OF[id] ?? [];
    if (essential.some((e) => missing.has(e))) states[id] = 'missing';
    else if (fieldsOf(fields.kind, id).some((f) => given(values[f]))) states[id] = 'filled';
    else states[id] = 'empty';
  }
  return states;
}

export type { MlaFields, ReturnFields };
