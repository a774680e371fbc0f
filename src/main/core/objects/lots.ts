import { z } from 'zod';
import { Id } from '../../../shared/domain/common';
import {
  ObjectFields,
  type ObjectFieldsInput,
  type ObjectRecord,
} from '../../../shared/domain/object';
import { SPLIT_MAX, type SplitResult } from '../../../shared/domain/object-views';
import { write } from '../audit/write';
import type { CaseFileSession } from '../case-file/session';
import { requireRecord } from '../records/record-store';
import { CaseFileError, CaseFileErrorCode } from '../support/errors';
import { parseInput } from '../support/validate';
import { highestItemNumber } from './exhibit-number';
import { objectSummaries } from './object-list';
import {
  checkObjectFields,
  describedItems,
  insertObject,
  requireUniqueExhibit,
} from './object-rules';
import { objectSpec } from './object-specs';
import { invalid } from './references';

/**
 * A lot (1,200 coins from one hoard) is seized and counted as one record; items are described
 * one by one later, each a record of its own pointing to the lot and numbered after it
 * ("M-7/1", "M-7/2"…). The lot keeps the count seized: what has been described is counted, never
 * subtracted.
 */
export const SplitInput = z
  .object({
    lotId: Id,
    count: z.number().int().min(1).max(SPLIT_MAX).default(1),
    /** Fields every new item gets, over what it inherits from the lot. */
    fields: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type SplitInput = z.input<typeof SplitInput>;

/** What an item described out of a lot shares with it unless told otherwise. */
function inherited(lot: ObjectRecord): ObjectFieldsInput {
  return {
    exhibitNumber: lot.exhibitNumber,
    seizureId: lot.seizureId,
    typeL1: lot.typeL1,
    materials: lot.materials,
    techniques: lot.techniques,
    dating: lot.dating,
    placeOfOrigin: lot.placeOfOrigin,
    countryOfOrigin: lot.countryOfOrigin,
    countryOfOriginCertainty: lot.countryOfOriginCertainty,
    unesco1970: lot.unesco1970,
    eu2019880Part: lot.eu2019880Part,
    reg116Category: lot.reg116Category,
    nationalTreasure: lot.nationalTreasure,
  };
}

export function splitFromLot(session: CaseFileSession, input: SplitInput): SplitResult {
  const { lotId, count, fields } = parseInput(SplitInput, input, 'lot split');
  if (count > 1 && 'exhibitNumber' in fields) {
    throw invalid(
      'fields.exhibitNumber',
      'items split together are numbered after the lot',
      'lot split',
    );
  }
  return write(session, (tx) => {
    const lot = requireRecord(tx.db, objectSpec(tx.db), lotId);
    if (lot.lotCount === null) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        `${lot.exhibitNumber} is a single object, not a lot.`,
        { lotId },
      );
    }
    const each = typeof fields['lotCount'] === 'number' ? fields['lotCount'] : 1;
    const left = lot.lotCount - describedItems(tx.db, lotId);
    if (count * each > left) {
      throw new CaseFileError(
        CaseFileErrorCode.NotAllowed,
        `Lot ${lot.exhibitNumber} has ${left} of its ${lot.lotCount} items left to describe; ${count * each} were asked for. Nothing was created.`,
        { lotCount: lot.lotCount, left, requested: count * each },
      );
    }
    const pattern = `${lot.exhibitNumber.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
    const used = tx.db
      .prepare(
        "SELECT exhibit_number FROM seized_object WHERE case_id = ? AND exhibit_number LIKE ? ESCAPE '\\'",
      )
      .pluck()
      .all(lot.caseId, pattern) as string[];
    const next = highestItemNumber(lot.exhibitNumber, used) + 1;
    // Items split together differ only in their number: checked once, numbered one by one.
    const template = checkObjectFields(
      tx.db,
      lot.caseId,
      { ...inherited(lot), exhibitNumber: `${lot.exhibitNumber}/${next}`, ...fields, lotId },
      null,
    );
    parseInput(
      ObjectFields.shape.exhibitNumber,
      `${lot.exhibitNumber}/${next + count - 1}`,
      'lot split (exhibitNumber)',
    );
    const created: string[] = [];
    for (let i = 0; i < count; i++) {
      const exhibitNumber = i === 0 ? template.exhibitNumber : `${lot.exhibitNumber}/${next + i}`;
      if (i > 0) requireUniqueExhibit(tx.db, lot.caseId, exhibitNumber, null);
      const item = { ...template, exhibitNumber };
      created.push(insertObject(tx, session, lot.caseId, item, 'object.split-from-lot').id);
    }
    return {
      lotId,
      lotCount: lot.lotCount,
      describedItems: describedItems(tx.db, lotId),
      created: objectSummaries(tx.db, created),
    };
  });
}
