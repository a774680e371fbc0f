import { Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconCash, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_BASE_CURRENCY } from '../../../../../shared/domain/finance';
import type {
  AccountView,
  PaymentPage,
  PaymentTotals,
  PaymentView,
} from '../../../../../shared/domain/finance-views';
import { api } from '../../../api';
import type { RowSource } from '../../../components/data/row-source';
import { useDialog } from '../../../components/data/useDialog';
import { VirtualTable, type SortState } from '../../../components/data/VirtualTable';
import { useFormat } from '../../../i18n/useFormat';
import { useIpc } from '../../../lib/useIpc';
import { useMoneyText } from '../money-text';
import { usePaymentColumns } from './payment-columns';
import { paymentFilters, type PaymentFilterState } from './payment-filters';
import { PaymentFilterBar } from './PaymentFilterBar';
import { PaymentFormModal } from './PaymentFormModal';
import { TotalsBar } from './TotalsBar';

const PAGE = 100;
const BASE = DEFAULT_BASE_CURRENCY;

/**
 * The case's payments: typed in and imported from statements, any number of them (the list asks
 * main for the pages in view only), filtered by period, account, party, amount and method, with
 * their total in EUR and what has no rate. A row opens the payment's form.
 */
export function PaymentsView(props: {
  caseId: string;
  accounts: readonly AccountView[] | null;
  filters: PaymentFilterState;
  onFiltersChange: (filters: PaymentFilterState) => void;
  importLabel: string | null;
  /** Changes when payments changed elsewhere (an import): the list is read again. */
  revision: number;
  onChanged: () => void;
}) {
  const t = useMoneyText();
  const call = useIpc();
  const format = useFormat();
  const { caseId } = props;
  const [sort, setSort] = useState<SortState>({ key: 'date', direction: 'desc' });
  const [saved, setSaved] = useState(0);
  const editing = useDialog<PaymentView | null>();
  const { filters, invalid } = paymentFilters(props.filters);
  const filterKey = JSON.stringify(filters);

  const query = useMemo(
    () => ({
      caseId,
      sort: sort.key === 'amount' ? ('amount' as const) : ('date' as const),
      direction: sort.direction,
      filters: JSON.parse(filterKey) as typeof filters,
      base: BASE,
    }),
    // `revision` and `saved` ask again for the same query after a change.
    [caseId, sort.key, sort.direction, filterKey, props.revision, saved],
  );
  const [loaded, setLoaded] = useState<{ query: typeof query; page: PaymentPage } | null>(null);
  const [totals, setTotals] = useState<{ query: typeof query; totals: PaymentTotals } | null>(null);

  useEffect(() => {
    let live = true;
    void call(api.payment.list({ ...query, offset: 0, limit: PAGE })).then((page) => {
      if (live && page) setLoaded({ query, page });
    });
    void call(api.payment.totals({ caseId, base: BASE, filters: query.filters })).then((tot) => {
      if (live && tot) setTotals({ query, totals: tot });
    });
    return () => {
      live = false;
    };
  }, [call, caseId, query]);

  // A new source only when a new first page arrived; it asks for later pages with the query
  // that page was loaded with.
  const source = useMemo((): RowSource<PaymentView> => {
    if (!loaded) return { kind: 'rows', rows: [] };
    const { page, query: asked } = loaded;
    return {
      kind: 'pages',
      total: page.total,
      pageSize: PAGE,
      loadRange: (offset, limit) =>
        offset === 0
          ? Promise.resolve(page.rows)
          : call(api.payment.list({ ...asked, offset, limit })).then((p) => p?.rows),
    };
  }, [call, loaded]);
  const columns = usePaymentColumns(BASE, (p) => editing.open(p));
  const filtered = Object.keys(filters).length > 0;
  const current = loaded?.query === query;

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }} data-testid="money-payments">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" maw={760}>
          {t('payments.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => editing.open(null)}
          data-testid="payments-add"
        >
          {t('payments.add')}
        </Button>
      </Group>
      <PaymentFilterBar
        value={props.filters}
        onChange={props.onFiltersChange}
        accounts={props.accounts}
        invalid={invalid}
        importLabel={props.importLabel}
      />
      <TotalsBar totals={totals?.query === query ? totals.totals : null} />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" data-testid="payments-count">
          {loaded
            ? t('payments.count', {
                count: loaded.page.total,
                shown: format.number(loaded.page.total),
              })
            : ' '}
        </Text>
        <Text size="xs" c="dimmed">
          {t('payments.keyboardHint')}
        </Text>
      </Group>
      <VirtualTable
        label={t('payments.tableLabel')}
        columns={columns}
        source={source}
        rowKey={(p) => p.id}
        sort={sort}
        onSortChange={setSort}
        onOpen={(p) => editing.open(p)}
        rowHeight={48}
        loading={loaded === null}
        refreshing={loaded !== null && !current}
        minWidth={1080}
        empty={
          <EmptyState
            size="md"
            variant={filtered ? undefined : 'light'}
            icon={<IconCash size={28} stroke={1.5} />}
            title={filtered ? t('payments.noMatchTitle') : t('payments.emptyTitle')}
            description={filtered ? t('payments.noMatchText') : t('payments.emptyText')}
            data-testid={filtered ? 'payments-no-match' : 'payments-empty'}
          />
        }
        testId="payments-table"
      />
      {editing.state ? (
        <PaymentFormModal
          key={editing.state.key}
          caseId={caseId}
          payment={editing.state.value}
          accounts={props.accounts}
          onSaved={() => {
            setSaved((n) => n + 1);
            props.onChanged();
          }}
          onClosed={editing.closed(editing.state.key)}
        />
      ) : null}
    </Stack>
  );
}
