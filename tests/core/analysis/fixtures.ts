import { DocumentFields, type DocumentRecord } from '../../../src/shared/domain/document';
import {
  ObjectFields,
  type ObjectRecord,
  type ObjectFieldsInput,
} from '../../../src/shared/domain/object';
import {
  ClaimFields,
  ProvenanceEventFields,
  type ClaimRecord,
  type ProvenanceEventFieldsInput,
  type ProvenanceEventRecord,
} from '../../../src/shared/domain/provenance';
import type { z } from 'zod';
import { UNKNOWN_SPAN } from '../../../src/shared/domain/time-span';
import { parseDate } from '../../../src/shared/provenance/date-parser';
import { buildRuleContext, type RuleContext } from '../../../src/main/core/analysis/context';
import type { MoneyInput } from '../../../src/main/core/analysis/money-context';
import type { ObjectFactsInput } from '../../../src/main/core/analysis/object-context';

/*
 * In-memory records for the rule tests, parsed with the real schemas (so defaults are those of
 * the product) and dated with the real date reader.
 */

let n = 0;
export const uid = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;

export const CASE = { id: '00000000-0000-4000-8000-00000000c000', reference: 'ITCG-2026-0001' };
export const TODAY = '2026-03-01';

const meta = () => ({
  id: uid(),
  version: 1,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
});

export function object(fields: Partial<ObjectFieldsInput> = {}): ObjectRecord {
  return {
    ...ObjectFields.parse({ exhibitNumber: 'E-1', typeL1: 'archaeological', ...fields }),
    caseId: CASE.id,
    legalStatus: 'seized',
    ...meta(),
  };
}

/** Events of one object in the order given (positions 1…n), dates read from their text. */
export function chain(
  o: ObjectRecord,
  events: ProvenanceEventFieldsInput[],
): ProvenanceEventRecord[] {
  return events.map((fields, i) => {
    const parsed = ProvenanceEventFields.parse(fields);
    const read = parsed.date ? parseDate(parsed.date) : null;
    if (read && !read.ok) throw new Error(`test date not understood: ${parsed.date}`);
    return {
      ...parsed,
      caseId: CASE.id,
      objectId: o.id,
      position: i + 1,
      span: read?.ok ? { ...read.span, text: parsed.date } : UNKNOWN_SPAN,
      ...meta(),
    };
  });
}

export function document(fields: z.input<typeof DocumentFields>): DocumentRecord {
  return { ...DocumentFields.parse(fields), caseId: CASE.id, attachmentId: null, ...meta() };
}

export function claim(o: ObjectRecord, fields: z.input<typeof ClaimFields>): ClaimRecord {
  const parsed = ClaimFields.parse(fields);
  return { ...parsed, caseId: CASE.id, objectId: o.id, span: UNKNOWN_SPAN, ...meta() };
}

export function context(input: {
  objects: ObjectRecord[];
  events?: ProvenanceEventRecord[];
  documents?: DocumentRecord[];
  claims?: ClaimRecord[];
  today?: string;
  objectId?: string;
  money?: MoneyInput;
  facts?: Partial<ObjectFactsInput>;
}): RuleContext {
  return buildRuleContext({
    caseRecord: CASE,
    today: input.today ?? TODAY,
    objectId: input.objectId ?? null,
    objects: input.objects,
    events: input.events ?? [],
    documents: input.documents ?? [],
    claims: input.claims ?? [],
    documentTypeLabels: {
      'export-licence': 'Export licence / certificate',
      'holder-statement': "Holder's or seller's own statement",
    },
    money: input.money,
    facts: input.facts,
  });
}

export const party = (name: string) => ({ partyId: null, name });
