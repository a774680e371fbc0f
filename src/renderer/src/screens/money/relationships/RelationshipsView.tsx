import { ActionIcon, Badge, Button, EmptyState, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowNarrowRight, IconAffiliate, IconPencil, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AccountView, RelationshipView } from '../../../../../shared/domain/finance-views';
import { api } from '../../../api';
import { useCalendarDate } from '../../../components/data/dates';
import { useDialog } from '../../../components/data/useDialog';
import { VirtualTable, type Column } from '../../../components/data/VirtualTable';
import { useIpc } from '../../../lib/useIpc';
import { GradeBadge } from '../../documents/document-marks';
import { shortAccount, useDecimal } from '../money-format';
import { useMoneyText } from '../money-text';
import { RelationshipFormModal } from './RelationshipFormModal';

/**
 * Who owns, directs, represents, employs, controls or is related to whom, and who may sign for
 * which account: the links a chart of the money needs besides the payments.
 */
export function RelationshipsView(props: {
  caseId: string;
  accounts: readonly AccountView[] | null;
}) {
  const t = useMoneyText();
  const call = useIpc();
  const date = useCalendarDate();
  const decimal = useDecimal();
  const { caseId } = props;
  const editing = useDialog<RelationshipView | null>();
  const [loaded, setLoaded] = useState<{ caseId: string; rows: RelationshipView[] } | null>(null);
  const rows = loaded?.caseId === caseId ? loaded.rows : null;

  const reload = useCallback(async () => {
    const list = await call(api.relationship.list({ caseId }));
    if (list) setLoaded({ caseId, rows: list });
  }, [call, caseId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const source = useMemo(() => ({ kind: 'rows' as const, rows: rows ?? [] }), [rows]);
  const period = (r: RelationshipView) =>
    r.startDate || r.endDate
      ? `${r.startDate ? date(r.startDate) : '…'} – ${r.endDate ? date(r.endDate) : '…'}`
      : '';

  const columns: Column<RelationshipView>[] = [
    {
      key: 'type',
      header: t('relationships.columns.type'),
      width: '11rem',
      render: (r) => (
        <Badge variant="light" color="steel" tt="none" data-testid="relationship-type">
          {t(`relationshipTypes.${r.type}`)}
        </Badge>
      ),
    },
    {
      key: 'link',
      header: t('relationships.columns.link'),
      width: 'minmax(22rem, 3fr)',
      render: (r) => (
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text size="sm" truncate="end" title={r.subjectName}>
            {r.subjectName}
          </Text>
          <IconArrowNarrowRight size={16} stroke={1.6} style={{ flexShrink: 0 }} aria-hidden />
          <Text
            size="sm"
            truncate="end"
            ff={r.type === 'signatory' ? 'monospace' : undefined}
            title={r.accountLabel ?? r.objectName}
          >
            {r.type === 'signatory' && r.accountLabel ? shortAccount(r.accountLabel) : r.objectName}
          </Text>
        </Group>
      ),
    },
    {
      key: 'share',
      header: t('relationships.columns.percentage'),
      width: '6rem',
      align: 'end',
      render: (r) =>
        r.percentage ? (
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {decimal(r.percentage, 0)} %
          </Text>
        ) : null,
    },
    {
      key: 'role',
      header: t('relationships.columns.role'),
      width: 'minmax(10rem, 1fr)',
      render: (r) => (
        <Text size="sm" truncate="end">
          {r.role}
        </Text>
      ),
    },
    {
      key: 'period',
      header: t('relationships.columns.period'),
      width: '15rem',
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="xs">{period(r)}</Text>
          {r.ended ? (
            <Badge size="xs" color="gray" variant="outline" tt="none">
              {t('relationships.ended')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    {
      key: 'grading',
      header: t('common.grade'),
      width: '5rem',
      render: (r) => <GradeBadge grading={r.grading} />,
    },
    {
      key: 'edit',
      header: t('common.edit'),
      icon: IconPencil,
      width: '3rem',
      render: (r) => (
        <Tooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('common.edit')}
            onClick={() => editing.open(r)}
            data-testid="relationship-edit"
          >
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
      ),
    },
  ];

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }} data-testid="money-relationships">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" c="dimmed" maw={760}>
          {t('relationships.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => editing.open(null)}
          data-testid="relationships-add"
        >
          {t('relationships.add')}
        </Button>
      </Group>
      <VirtualTable
        label={t('relationships.tableLabel')}
        columns={columns}
        source={source}
        rowKey={(r) => r.id}
        onOpen={(r) => editing.open(r)}
        loading={rows === null}
        minWidth={1000}
        empty={
          <EmptyState
            size="md"
            variant="light"
            icon={<IconAffiliate size={28} stroke={1.5} />}
            title={t('relationships.emptyTitle')}
            description={t('relationships.emptyText')}
            data-testid="relationships-empty"
          />
        }
        testId="relationships-table"
      />
      {editing.state ? (
        <RelationshipFormModal
          key={editing.state.key}
          caseId={caseId}
          relationship={editing.state.value}
          accounts={props.accounts}
          fetchCurrent={async (id) => {
            const list = await call(api.relationship.list({ caseId }));
            return list?.find((r) => r.id === id) ?? null;
          }}
          onSaved={() => void reload()}
          onClosed={editing.closed(editing.state.key)}
        />
      ) : null}
    </Stack>
  );
}
