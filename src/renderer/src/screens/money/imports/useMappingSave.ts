import { useCallback, useState } from 'react';
import { CaseFileErrorCode } from '../../../../../shared/case-file/errors';
import type { StatementMappingRecord } from '../../../../../shared/domain/statement';
import type { IpcError } from '../../../../../shared/ipc/define';
import { api } from '../../../api';
import { inputIssues } from '../../../lib/form-errors';
import { useIpc } from '../../../lib/useIpc';
import { draftMapping, draftOf } from './mapping-draft';

/** The problem main found with the mapping's name (a clash, an empty name), if that is what it is. */
function nameProblem(error: IpcError): string | null {
  const issues =
    error.code === CaseFileErrorCode.AlreadyExists
      ? inputIssues({ ...error, code: CaseFileErrorCode.InvalidInput })
      : inputIssues(error);
  return issues.find((i) => i.path[0] === 'name')?.message ?? null;
}

/**
 * The mapping the wizard imports with: a saved one (updated when the person changed it), or a new
 * one saved under its name before the import, so the next statement of the bank reuses it.
 */
export function useMappingSave() {
  const call = useIpc();
  const [record, setRecord] = useState<StatementMappingRecord | null>(null);
  const [name, setNameState] = useState('');
  const [bank, setBank] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = useCallback((saved: StatementMappingRecord) => {
    setRecord(saved);
    setNameState(saved.name);
    setBank(saved.bank);
    setNameError(null);
  }, []);
  const startNew = useCallback((bankName: string) => {
    setRecord(null);
    setNameState(bankName);
    setBank(bankName);
    setNameError(null);
  }, []);
  const setName = useCallback((value: string) => {
    setNameState(value);
    setNameError(null);
  }, []);

  /** Saves when needed; false when main refused (the reason shown on the name or as a toast). */
  const save = useCallback(
    async (mapping: Record<string, unknown>): Promise<boolean> => {
      const fields = { name: name.trim(), bank: bank.trim(), notes: record?.notes ?? '', mapping };
      if (record) {
        const same =
          record.name === fields.name &&
          record.bank === fields.bank &&
          JSON.stringify(draftMapping(draftOf(record.mapping))) === JSON.stringify(mapping);
        if (same) return true;
      }
      const claim = (error: IpcError) => {
        const problem = nameProblem(error);
        if (problem) setNameError(problem);
        return problem !== null;
      };
      setBusy(true);
      const saved = record
        ? await call(
            api.statement.mappingUpdate({ id: record.id, version: record.version, fields }),
            claim,
          )
        : await call(api.statement.mappingCreate({ fields }), claim);
      setBusy(false);
      if (!saved) return false;
      setRecord(saved);
      return true;
    },
    [call, name, bank, record],
  );

  return { record, name, setName, bank, setBank, nameError, busy, start, startNew, save };
}
