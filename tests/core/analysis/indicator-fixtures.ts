import type { OpinionRecord } from '../../../src/shared/domain/expert';
import { OpinionFields, type OpinionFieldsInput } from '../../../src/shared/domain/expert';
import { RedListMatchFields, type RedListMatchRecord } from '../../../src/shared/domain/indicator';
import {
  ExternalCheckFields,
  type ExternalCheck,
  type ObjectRecord,
} from '../../../src/shared/domain/object';
import { DEFAULT_VOCABULARIES } from '../../../src/shared/domain/vocabularies';
import type { CasePartyFacts } from '../../../src/main/core/analysis/object-context';
import { CASE, uid } from './fixtures';

/* In-memory records for the object and person rules (issue #8), parsed with the real schemas. */

const meta = () => ({
  id: uid(),
  version: 1,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
});

/** The conflict-affected countries as shipped (vocabulary conflict_country). */
export const SHIPPED_CONFLICT = DEFAULT_VOCABULARIES.conflict_country.map((e) => ({
  country: e.code.toUpperCase(),
  label: e.label,
}));

export function redListMatch(o: ObjectRecord, category = 'see-2021.coins'): RedListMatchRecord {
  return {
    ...RedListMatchFields.parse({
      objectId: o.id,
      category,
      assessedBy: 'Ana Kovač',
      assessedOn: '2026-02-01',
    }),
    caseId: CASE.id,
    ...meta(),
  };
}

export function check(
  o: ObjectRecord,
  result: 'hit' | 'no_hit' | 'possible_match' = 'no_hit',
): ExternalCheck {
  return {
    ...ExternalCheckFields.parse({
      database: 'interpol-swoa',
      checkedOn: '2026-02-02',
      checkedBy: 'Ana Kovač',
      queryKind: 'text',
      result,
    }),
    objectId: o.id,
    ...meta(),
  };
}

export function opinion(o: ObjectRecord, fields: Partial<OpinionFieldsInput> = {}): OpinionRecord {
  return {
    ...OpinionFields.parse({
      objectId: o.id,
      expertId: uid(),
      date: '2026-02-03',
      methods: ['visual_stylistic'],
      conclusion: 'Authentic.',
      ...fields,
    }),
    caseId: CASE.id,
    ...meta(),
  };
}

export function caseParty(
  partyId: string,
  name: string,
  roles: string[],
  otherCases: { reference: string; roles: string[] }[],
): CasePartyFacts {
  return {
    partyId,
    name,
    roles,
    otherCases: otherCases.map((c) => ({ caseId: uid(), ...c })),
  };
}
