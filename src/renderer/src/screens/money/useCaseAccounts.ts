import { useCallback, useEffect, useState } from 'react';
import type { AccountView } from '../../../../shared/domain/finance-views';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';

/**
 * The accounts of a case (account:list), with `reload` after a change; null until the first
 * answer (and again when the case changes).
 */
export function useCaseAccounts(caseId: string): {
  accounts: readonly AccountView[] | null;
  reload: () => Promise<void>;
} {
  const call = useIpc();
  const [loaded, setLoaded] = useState<{ caseId: string; rows: readonly AccountView[] } | null>(
    null,
  );
  const reload = useCallback(async () => {
    const rows = await call(api.account.list({ caseId }));
    if (rows) setLoaded({ caseId, rows });
  }, [call, caseId]);
  useEffect(() => {
    let live = true;
    void call(api.account.list({ caseId })).then((rows) => {
      if (live && rows) setLoaded({ caseId, rows });
    });
    return () => {
      live = false;
    };
  }, [call, caseId]);
  return { accounts: loaded?.caseId === caseId ? loaded.rows : null, reload };
}

/** Select options for accounts: the label (IBAN in groups of four…) and the holder. */
export function accountOptions(
  accounts: readonly AccountView[] | null,
): { value: string; label: string }[] {
  return (accounts ?? []).map((a) => ({
    value: a.id,
    label: a.holderName ? `${a.label} — ${a.holderName}` : a.label,
  }));
}
