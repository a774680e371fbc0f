import type { ExternalCheck, ObjectRecord } from '../../../shared/domain/object';
import type { SeizureRecord } from '../../../shared/domain/seizure';
import type { RecordSpec } from '../records/record-store';
import type { Sqlite } from '../store/sqlite';
import { exhibitSortKey } from './exhibit-number';

/** How seizures, objects and external checks are kept (tables of migration 0040). */
export const SEIZURE_SPEC: RecordSpec<SeizureRecord> = {
  table: 'seizure',
  entity: 'seizure',
  columns: (s) => ({ case_id: s.caseId, reference: s.reference, seized_at: s.seizedAt }),
};

export const CHECK_SPEC: RecordSpec<ExternalCheck> = {
  table: 'external_check',
  entity: 'external_check',
  columns: (c) => ({ object_id: c.objectId, checked_on: c.checkedOn, result: c.result }),
};

const SHORT = 80;

/** The first line of a text, cut at a word near 80 characters. */
export function shortText(text: string): string {
  const line = (text.split('\n').find((l) => l.trim().length > 0) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (line.length <= SHORT) return line;
  const cut = line.slice(0, SHORT);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * What lists show as the object's name: its own title, or else its type (the vocabulary's label)
 * and the start of its description, so untitled coins and sherds are still told apart.
 */
export function displayTitle(db: Sqlite, o: ObjectRecord): string {
  if (o.title) return o.title;
  const code = o.typeL2 ?? o.typeL1;
  const label =
    (db
      .prepare("SELECT label FROM vocabulary WHERE kind = 'object_type' AND code = ?")
      .pluck()
      .get(code) as string | undefined) ?? code;
  return [label, shortText(o.description || o.subject)].filter((p) => p.length > 0).join(' — ');
}

/** The object table's spec; its `title` column needs the vocabulary, hence the database. */
export function objectSpec(db: Sqlite): RecordSpec<ObjectRecord> {
  return {
    table: 'seized_object',
    entity: 'object',
    columns: (o) => ({
      case_id: o.caseId,
      seizure_id: o.seizureId,
      lot_id: o.lotId,
      exhibit_number: o.exhibitNumber,
      exhibit_sort: exhibitSortKey(o.exhibitNumber),
      type_l1: o.typeL1,
      legal_status: o.legalStatus,
      title: displayTitle(db, o),
    }),
  };
}
