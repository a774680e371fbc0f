import { Group, SegmentedControl, Stack } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { StatementImportSummary } from '../../../../shared/domain/statement';
import { api } from '../../api';
import { useDialog } from '../../components/data/useDialog';
import { useIpc } from '../../lib/useIpc';
import { useCaseContext } from '../cases/case-context';
import { AccountsView } from './accounts/AccountsView';
import { ImportsView } from './imports/ImportsView';
import { ImportWizard } from './imports/ImportWizard';
import { useMoneyText } from './money-text';
import { NO_PAYMENT_FILTERS, type PaymentFilterState } from './payments/payment-filters';
import { PaymentsView } from './payments/PaymentsView';
import { RelationshipsView } from './relationships/RelationshipsView';
import { useCaseAccounts } from './useCaseAccounts';

const VIEWS = ['payments', 'accounts', 'relationships', 'imports'] as const;
type View = (typeof VIEWS)[number];
const isView = (v: string | null): v is View => (VIEWS as readonly (string | null)[]).includes(v);
const VIEW_PARAM = 'view';

/**
 * The case's money (issue #6): payments (typed in or imported from statements, totalled in EUR),
 * the accounts and wallets they move between, the relationships of ownership and control, and
 * the statement imports with the wizard that maps a bank's file onto payments.
 */
export function MoneyTab() {
  const t = useMoneyText();
  const call = useIpc();
  const { view: caseView } = useCaseContext();
  const caseId = caseView.record.id;
  const [params, setParams] = useSearchParams();
  const asked = params.get(VIEW_PARAM);
  const view: View = isView(asked) ? asked : 'payments';
  const { accounts, reload: reloadAccounts } = useCaseAccounts(caseId);
  const [filters, setFilters] = useState<PaymentFilterState>(NO_PAYMENT_FILTERS);
  const [revision, setRevision] = useState(0);
  const [imports, setImports] = useState<{
    caseId: string;
    rows: StatementImportSummary[];
  } | null>(null);
  const wizard = useDialog<null>();

  const setView = useCallback(
    (next: View) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (next === 'payments') p.delete(VIEW_PARAM);
          else p.set(VIEW_PARAM, next);
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );

  const reloadImports = useCallback(async () => {
    const rows = await call(api.statement.imports({ caseId }));
    if (rows) setImports({ caseId, rows });
  }, [call, caseId]);
  useEffect(() => {
    void reloadImports();
  }, [reloadImports]);

  const importRows = imports?.caseId === caseId ? imports.rows : null;
  const importLabel = filters.importId
    ? (importRows?.find((i) => i.id === filters.importId)?.fileName ?? null)
    : null;

  return (
    <Stack gap="sm" h="max(30rem, calc(100dvh - 20rem))" data-testid="case-tab-panel-money">
      <Group justify="space-between">
        <SegmentedControl
          value={view}
          onChange={(v) => {
            if (isView(v)) setView(v);
          }}
          data={VIEWS.map((v) => ({ value: v, label: t(`tab.views.${v}`) }))}
          aria-label={t('tab.viewsLabel')}
          data-testid="money-views"
        />
      </Group>
      {view === 'payments' ? (
        <PaymentsView
          caseId={caseId}
          accounts={accounts}
          filters={filters}
          onFiltersChange={setFilters}
          importLabel={importLabel}
          revision={revision}
          onChanged={() => void reloadAccounts()}
        />
      ) : view === 'accounts' ? (
        <AccountsView caseId={caseId} accounts={accounts} onChanged={() => void reloadAccounts()} />
      ) : view === 'relationships' ? (
        <RelationshipsView caseId={caseId} accounts={accounts} />
      ) : (
        <ImportsView
          imports={importRows}
          accounts={accounts}
          onImport={() => wizard.open(null)}
          onShowPayments={(i) => {
            setFilters({ ...NO_PAYMENT_FILTERS, importId: i.id });
            setView('payments');
          }}
        />
      )}
      {wizard.state ? (
        <ImportWizard
          key={wizard.state.key}
          caseId={caseId}
          accounts={accounts}
          onAccountsChanged={reloadAccounts}
          onImported={() => {
            setRevision((n) => n + 1);
            void reloadImports();
            void reloadAccounts();
          }}
          onClosed={wizard.closed(wizard.state.key)}
        />
      ) : null}
    </Stack>
  );
}
