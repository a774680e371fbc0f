import {
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconGavel, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SeizureSummary } from '../../../../shared/domain/object-views';
import { api } from '../../api';
import { useDataText } from '../../components/data/data-text';
import { useVocabulary } from '../../hooks/useVocabulary';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { useCaseContext } from '../cases/case-context';
import { seizureRoutes } from './seizure-routes';
import { SeizureFormModal } from './SeizureFormModal';
import { useSeizuresText } from './useSeizuresText';

/** The case's seizures in the order they took place; a new one is recorded here. */
export function CaseSeizuresTab() {
  const t = useSeizuresText();
  const data = useDataText();
  const call = useIpc();
  const navigate = useNavigate();
  const format = useFormat();
  const legalBases = useVocabulary('legal_basis');
  const { view, reload: reloadCase } = useCaseContext();
  const caseId = view.record.id;
  const [rows, setRows] = useState<SeizureSummary[] | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    const list = await call(api.seizure.list({ caseId }));
    if (list) setRows(list);
  }, [call, caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  const add = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setCreating(true)}
      data-testid="seizures-add"
    >
      {t('list.add')}
    </Button>
  );
  const none = (
    <Text span size="sm" c="gray.5">
      {data('notGiven')}
    </Text>
  );

  return (
    <Stack gap="md" data-testid="case-tab-panel-seizures">
      {rows === null ? (
        <Skeleton h={120} />
      ) : rows.length === 0 ? (
        <Card padding="xl">
          <EmptyState
            size="md"
            variant="light"
            icon={<IconGavel size={28} stroke={1.5} />}
            title={t('list.emptyTitle')}
            description={t('list.emptyText')}
            data-testid="seizures-empty"
          >
            <EmptyState.Actions>{add}</EmptyState.Actions>
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('list.count', { count: rows.length })}
            </Text>
            {add}
          </Group>
          <Card padding={0}>
            <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.reference')}</Table.Th>
                  <Table.Th>{t('fields.seizedAt')}</Table.Th>
                  <Table.Th>{t('fields.place')}</Table.Th>
                  <Table.Th>{t('fields.legalBasis')}</Table.Th>
                  <Table.Th ta="end">{t('list.objects')}</Table.Th>
                  <Table.Th ta="end">{t('list.items')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((s) => (
                  <Table.Tr
                    key={s.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => void navigate(seizureRoutes.seizure(caseId, s.id))}
                    data-testid="seizure-row"
                  >
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={seizureRoutes.seizure(caseId, s.id)}
                        ff="monospace"
                        fw={600}
                        size="sm"
                        onClick={(e) => e.stopPropagation()}
                      >
                        {s.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      <Text size="sm">{format.dateTime(s.seizedAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {s.place ? (
                        <Text size="sm" lineClamp={1} title={s.place}>
                          {s.place}
                        </Text>
                      ) : (
                        none
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{legalBases.labelOf(s.legalBasis)}</Text>
                    </Table.Td>
                    <Table.Td ta="end">
                      <Text size="sm" c={s.objectCount === 0 ? 'gray.5' : undefined}>
                        {format.number(s.objectCount)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="end">
                      <Text size="sm" c={s.itemCount === 0 ? 'gray.5' : undefined}>
                        {format.number(s.itemCount)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
      {creating ? (
        <SeizureFormModal
          caseId={caseId}
          record={null}
          onSaved={(record) => {
            void reloadCase();
            void navigate(seizureRoutes.seizure(caseId, record.id));
          }}
          onClosed={() => setCreating(false)}
        />
      ) : null}
    </Stack>
  );
}
