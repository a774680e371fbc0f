import { ActionIcon, Button, EmptyState, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconBuildingBank, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { AccountView } from '../../../../../shared/domain/finance-views';
import { useCalendarDate } from '../../../components/data/dates';
import { useDialog } from '../../../components/data/useDialog';
import { VirtualTable, type Column } from '../../../components/data/VirtualTable';
import { useFormat } from '../../../i18n/useFormat';
import { GradeBadge } from '../../documents/document-marks';
import { useCountries } from '../../objects/fields/countries';
import { chainName } from '../money-format';
import { useMoneyText } from '../money-text';
import { AccountFormModal } from './AccountFormModal';

/** The case's accounts and wallets: who holds them, where, since when, how many payments. */
export function AccountsView(props: {
  caseId: string;
  accounts: readonly AccountView[] | null;
  onChanged: () => void;
}) {
  const t = useMoneyText();
  const date = useCalendarDate();
  const format = useFormat();
  const countries = useCountries();
  const editing = useDialog<AccountView | null>();
  const { accounts } = props;
  const source = useMemo(() => ({ kind: 'rows' as const, rows: accounts ?? [] }), [accounts]);

  const columns: Column<AccountView>[] = [
    {
      key: 'account',
      header: t('accounts.columns.account'),
      width: 'minmax(14rem, 2fr)',
      render: (a) => (
        <Stack gap={0} miw={0}>
          <Text size="sm" ff="monospace" truncate="end" title={a.label}>
            {a.label}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {a.kind === 'crypto' && a.chain
              ? (chainName(a.chain) ?? t('accounts.otherChain'))
              : t(`accountKinds.${a.kind}`)}
            {a.bic ? ` · ${a.bic}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'holder',
      header: t('accounts.columns.holder'),
      width: 'minmax(10rem, 1.5fr)',
      render: (a) => (
        <Text size="sm" truncate="end">
          {a.holderName || t('common.unknown')}
        </Text>
      ),
    },
    {
      key: 'institution',
      header: t('accounts.columns.institution'),
      width: 'minmax(8rem, 1fr)',
      render: (a) => (
        <Text size="sm" truncate="end">
          {a.institutionName}
        </Text>
      ),
    },
    {
      key: 'country',
      header: t('accounts.columns.country'),
      width: '8rem',
      render: (a) => (
        <Text size="sm" truncate="end">
          {a.country ? countries.nameOf(a.country) : ''}
        </Text>
      ),
    },
    {
      key: 'currency',
      header: t('accounts.columns.currency'),
      width: '4.5rem',
      render: (a) => a.currency ?? '',
    },
    {
      key: 'period',
      header: t('accounts.columns.period'),
      width: '10rem',
      render: (a) =>
        a.openedOn || a.closedOn ? (
          <Text size="xs">
            {a.openedOn ? date(a.openedOn) : '…'} – {a.closedOn ? date(a.closedOn) : '…'}
          </Text>
        ) : null,
    },
    {
      key: 'payments',
      header: t('accounts.columns.payments'),
      width: '5.5rem',
      align: 'end',
      render: (a) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {format.number(a.paymentCount)}
        </Text>
      ),
    },
    {
      key: 'grading',
      header: t('common.grade'),
      width: '5rem',
      render: (a) => <GradeBadge grading={a.grading} />,
    },
    {
      key: 'edit',
      header: t('common.edit'),
      icon: IconPencil,
      width: '3rem',
      render: (a) => (
        <Tooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('common.edit')}
            onClick={() => editing.open(a)}
            data-testid="account-edit"
          >
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
      ),
    },
  ];

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }} data-testid="money-accounts">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" maw={760}>
          {t('accounts.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => editing.open(null)}
          data-testid="accounts-add"
        >
          {t('accounts.add')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" data-testid="accounts-count">
        {t('accounts.count', { count: accounts?.length ?? 0 })}
      </Text>
      <VirtualTable
        label={t('accounts.tableLabel')}
        columns={columns}
        source={source}
        rowKey={(a) => a.id}
        onOpen={(a) => editing.open(a)}
        rowHeight={48}
        loading={props.accounts === null}
        minWidth={1040}
        empty={
          <EmptyState
            size="md"
            variant="light"
            icon={<IconBuildingBank size={28} stroke={1.5} />}
            title={t('accounts.emptyTitle')}
            description={t('accounts.emptyText')}
            data-testid="accounts-empty"
          />
        }
        testId="accounts-table"
      />
      {editing.state ? (
        <AccountFormModal
          key={editing.state.key}
          caseId={props.caseId}
          account={editing.state.value}
          onSaved={() => props.onChanged()}
          onClosed={editing.closed(editing.state.key)}
        />
      ) : null}
    </Stack>
  );
}
