import { describe, expect, it } from 'vitest';
import { write } from '../../../src/main/core';
import { createCase } from '../../../src/main/core/cases/cases';
import {
  addRedListMatch,
  listRedListMatches,
  redLists,
  updateRedListMatch,
} from '../../../src/main/core/indicators/red-lists';
import { createObject } from '../../../src/main/core/objects';
import { CaseFileErrorCode } from '../../../src/main/core/support/errors';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';

const NOWHERE = '00000000-0000-4000-8000-00000000ffff';

async function objectCase() {
  const { session } = await newCaseFile();
  const c = createCase(session, {
    reference: 'ITCG-2026-0802',
    title: 'Icons in a van',
    openedOn: '2026-02-01',
  });
  const icon = createObject(session, c.id, { exhibitNumber: 'E-1', typeL1: 'religious' });
  const other = createCase(session, {
    reference: 'ITCG-2026-0803',
    title: 'Coins by post',
    openedOn: '2026-02-02',
  });
  const coin = createObject(session, other.id, { exhibitNumber: 'E-1', typeL1: 'archaeological' });
  return { session, c, icon, other, coin };
}

describe('ICOM Red Lists', () => {
  it('lists the Southeast Europe, Ukraine and Syria lists with their countries', async () => {
    const { session } = await newCaseFile();
    const lists = redLists(session);
    expect(lists.map((l) => [l.code, l.year, l.emergency])).toEqual([
      ['see-2021', 2021, false],
      ['ukraine-2022', 2022, true],
      ['syria-2013', 2013, true],
    ]);
    expect(lists[0]?.countries).toEqual([
      'AL',
      'BA',
      'BG',
      'HR',
      'ME',
      'MK',
      'MD',
      'RO',
      'RS',
      'SI',
    ]);
    expect(lists[0]?.title).toBe(
      'ICOM Red List of Southeast European Cultural Objects at Risk (2021)',
    );
    // The title is the case file's own label for the list.
    write(session, (tx) => {
      tx.db
        .prepare(
          "UPDATE vocabulary SET label = 'Crvena lista JIE' WHERE kind = 'red_list_category' AND code = 'see-2021'",
        )
        .run();
      tx.audit({
        action: 'test.rename',
        entityType: 'vocabulary',
        entityId: 'see-2021',
        changes: {},
      });
    });
    expect(redLists(session)[0]?.title).toBe('Crvena lista JIE');
  });

  it('records a match of an object to a category, in the object’s case, and edits it', async () => {
    const { session, c, icon } = await objectCase();
    const match = addRedListMatch(session, {
      fields: {
        objectId: icon.id,
        category: 'see-2021.religious-art',
        assessedBy: 'Dr Ana Kovačević',
        assessedOn: '2026-02-04',
        confidence: 'high',
      },
    });
    expect(match).toMatchObject({ caseId: c.id, version: 1, note: '' });
    const audit = session.db
      .prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .pluck()
      .all(match.id);
    expect(audit).toEqual(['red list match.create']);

    const edited = updateRedListMatch(session, {
      id: match.id,
      version: 1,
      fields: {
        objectId: icon.id,
        category: 'see-2021.religious-art',
        assessedBy: 'Dr Ana Kovačević',
        assessedOn: '2026-02-04',
        confidence: 'medium',
        note: 'Post-Byzantine icon, 18th c.',
      },
    });
    expect(edited).toMatchObject({ version: 2, confidence: 'medium', caseId: c.id });
    expect(listRedListMatches(session, icon.id).map((m) => m.id)).toEqual([match.id]);

    await expectCaseFileError(
      () =>
        updateRedListMatch(session, {
          id: match.id,
          version: 1,
          fields: { ...edited, confidence: 'low' } as never,
        }),
      CaseFileErrorCode.InvalidInput, // the record's meta fields are not fields
    );
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, caseId: _k, ...fields } = edited;
    await expectCaseFileError(
      () => updateRedListMatch(session, { id: match.id, version: 1, fields }),
      CaseFileErrorCode.EditConflict,
    );
  });

  it('refuses a list instead of a category, an unknown code and a missing object', async () => {
    const { session, icon, coin } = await objectCase();
    const base = {
      objectId: icon.id,
      assessedBy: 'Insp. Marić',
      assessedOn: '2026-02-04',
    };
    const list = await expectCaseFileError(
      () => addRedListMatch(session, { fields: { ...base, category: 'see-2021' } }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(list.message).toMatch(/is a Red List; choose one of its categories/);
    const unknown = await expectCaseFileError(
      () => addRedListMatch(session, { fields: { ...base, category: 'see-2021.dinosaurs' } }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(unknown.details?.['issues']).toEqual([
      { path: ['category'], message: 'unknown red_list_category "see-2021.dinosaurs"' },
    ]);
    await expectCaseFileError(
      () =>
        addRedListMatch(session, {
          fields: { ...base, objectId: NOWHERE, category: 'syria-2013.coins' },
        }),
      CaseFileErrorCode.InvalidInput,
    );
    const noOne = await expectCaseFileError(
      () =>
        addRedListMatch(session, {
          fields: { ...base, assessedBy: '', category: 'syria-2013.coins' },
        }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(noOne.message).toMatch(/assessedBy/);

    // A match stays with its object (and so its case).
    const match = addRedListMatch(session, {
      fields: { ...base, category: 'ukraine-2022.fine-art' },
    });
    await expectCaseFileError(
      () =>
        updateRedListMatch(session, {
          id: match.id,
          version: 1,
          fields: { ...base, objectId: coin.id, category: 'ukraine-2022.fine-art' },
        }),
      CaseFileErrorCode.InvalidInput,
    );
    await expectCaseFileError(
      () => listRedListMatches(session, NOWHERE),
      CaseFileErrorCode.NotFound,
    );
    expect(listRedListMatches(session, coin.id)).toEqual([]);
    expect(session.db.prepare('SELECT count(*) FROM red_list_match').pluck().get()).toBe(1);
  });
});
