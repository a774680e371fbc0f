import { useCallback } from 'react';
import type { RowError } from '../../../../../shared/domain/statement';
import { useStatementsText } from '../money-text';

/** A row error in the interface language: what is wrong, and in which column. */
export function useRowProblem(): (error: RowError) => string {
  const t = useStatementsText();
  return useCallback(
    (e: RowError) => {
      const problem = t(`problems.${e.problem}`);
      return e.column ? `${e.column}: ${problem}` : problem;
    },
    [t],
  );
}
