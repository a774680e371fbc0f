import { describe, expect, it } from 'vitest';
import { CaseFileErrorCode } from '../../../src/main/core';
import {
  createMapping,
  deleteMapping,
  getMapping,
  listMappings,
  updateMapping,
} from '../../../src/main/core/finance/statement-mappings';
import { expectCaseFileError, newCaseFile } from '../../helpers/case-files';
import { SERBIAN_MAPPING } from './statement-fixtures';

describe('saved statement mappings', () => {
  it('are created with defaults, listed by name, changed by version and deleted, each step audited', async () => {
    const { session } = await newCaseFile();
    const intesa = createMapping(session, {
      name: 'Intesa CSV',
      bank: 'Banca Intesa Beograd',
      mapping: SERBIAN_MAPPING,
    });
    expect(intesa.mapping).toMatchObject({
      encoding: 'auto',
      delimiter: 'auto',
      sheet: null,
      headerRow: 3,
      skipLastRows: 0,
      method: { mode: 'fixed', method: 'wire' },
      accountId: null,
      columns: { date: 'Datum', transactionId: null },
    });
    const aik = createMapping(session, { name: 'AIK XLSX', mapping: SERBIAN_MAPPING });
    expect(listMappings(session).map((m) => m.name)).toEqual(['AIK XLSX', 'Intesa CSV']);

    const changed = updateMapping(session, {
      id: intesa.id,
      version: 1,
      fields: {
        name: 'Intesa CSV',
        bank: 'Banca Intesa',
        mapping: { ...SERBIAN_MAPPING, skipLastRows: 2 },
      },
    });
    expect(changed.version).toBe(2);
    expect(getMapping(session, intesa.id).mapping.skipLastRows).toBe(2);
    await expectCaseFileError(
      () =>
        updateMapping(session, {
          id: intesa.id,
          version: 1,
          fields: { name: 'x', mapping: SERBIAN_MAPPING },
        }),
      CaseFileErrorCode.EditConflict,
    );
    await expectCaseFileError(
      () => deleteMapping(session, { id: aik.id, version: 2 }),
      CaseFileErrorCode.EditConflict,
    );
    deleteMapping(session, { id: aik.id, version: 1 });
    await expectCaseFileError(() => getMapping(session, aik.id), CaseFileErrorCode.NotFound);

    const actions = session.db
      .prepare(
        "SELECT action, changes FROM audit_log WHERE entity_type = 'statement_mapping' ORDER BY seq",
      )
      .all() as { action: string; changes: string }[];
    expect(actions.map((a) => a.action)).toEqual([
      'statement_mapping.create',
      'statement_mapping.create',
      'statement_mapping.update',
      'statement_mapping.delete',
    ]);
    expect(Object.keys(JSON.parse(actions[2]?.changes ?? '{}'))).toEqual(['bank', 'mapping']);
    expect(JSON.parse(actions[3]?.changes ?? '{}')).toMatchObject({
      name: { before: 'AIK XLSX', after: null },
    });
  });

  it('refuses a second mapping of the same name (any case) and an incomplete mapping', async () => {
    const { session } = await newCaseFile();
    const first = createMapping(session, { name: 'Intesa CSV', mapping: SERBIAN_MAPPING });
    const dup = await expectCaseFileError(
      () => createMapping(session, { name: 'intesa csv', mapping: SERBIAN_MAPPING }),
      CaseFileErrorCode.AlreadyExists,
    );
    expect(dup.details?.['issues']).toEqual([
      { path: ['name'], message: expect.stringContaining('already a mapping named') },
    ]);
    const other = createMapping(session, { name: 'Other', mapping: SERBIAN_MAPPING });
    await expectCaseFileError(
      () =>
        updateMapping(session, {
          id: other.id,
          version: 1,
          fields: { name: 'INTESA CSV', mapping: SERBIAN_MAPPING },
        }),
      CaseFileErrorCode.AlreadyExists,
    );
    // A mapping may take its own name in other letter case.
    expect(
      updateMapping(session, {
        id: first.id,
        version: 1,
        fields: { name: 'INTESA CSV', mapping: SERBIAN_MAPPING },
      }).name,
    ).toBe('INTESA CSV');
    const incomplete = await expectCaseFileError(
      () =>
        createMapping(session, {
          name: 'Bad',
          mapping: { ...SERBIAN_MAPPING, columns: { date: 'Datum' } },
        }),
      CaseFileErrorCode.InvalidInput,
    );
    expect(incomplete.message).toContain("counterparty's name or of its account");
    await expectCaseFileError(
      () =>
        createMapping(session, {
          name: 'Bad',
          mapping: { ...SERBIAN_MAPPING, numberFormat: { decimal: ',', thousands: ',' } },
        }),
      CaseFileErrorCode.InvalidInput,
    );
  });
});
