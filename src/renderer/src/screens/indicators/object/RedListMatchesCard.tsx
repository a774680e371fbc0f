import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Divider,
  EmptyState,
  Group,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconListDetails, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { RedListMatchRecord } from '../../../../../shared/domain/indicator';
import { useCalendarDate } from '../../../components/data/dates';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useObjectOpinions } from '../../opinions/opinion-data';
import { RedListMatchFormModal } from './RedListMatchFormModal';
import { useRedListCategories, useRedListMatches } from './red-list-data';
import { useObjectIndicatorsText } from './useObjectIndicatorsText';

const CONFIDENCE_COLOR: Record<string, string> = { high: 'red', medium: 'orange', low: 'gray' };

/**
 * The object's ICOM Red List matches (list, category, who assessed it, when, how confident),
 * added and corrected here; below them, as read-only context, the categories the experts named
 * in their opinions on the object.
 */
export function RedListMatchesCard(props: { objectId: string; onChanged: () => void }) {
  const t = useObjectIndicatorsText();
  const label = useEnumLabel();
  const date = useCalendarDate();
  const { matches, reload } = useRedListMatches(props.objectId);
  const opinions = useObjectOpinions(props.objectId);
  const expertPositions = opinions.data?.summary.find((s) => s.aspect === 'redList') ?? null;
  const inUse = [
    ...(matches ?? []).map((m) => m.category),
    ...(expertPositions?.positions ?? []).map((p) => p.value),
  ];
  const categories = useRedListCategories(inUse);
  const [editing, setEditing] = useState<RedListMatchRecord | 'new' | null>(null);
  const rows = matches ?? [];

  const listLabel = (code: string) => categories.listOf(code)?.label ?? '';

  return (
    <Card padding={0} data-testid="redlist-matches">
      <Group justify="space-between" px="md" py="sm" wrap="nowrap">
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3} size="h5">
            {t('redList.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('redList.intro')}
          </Text>
        </Stack>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="redlist-match-add"
        >
          {t('redList.add')}
        </Button>
      </Group>
      {matches !== null && rows.length === 0 ? (
        <EmptyState
          py="md"
          size="sm"
          icon={<IconListDetails size={24} stroke={1.5} />}
          title={t('redList.emptyTitle')}
          description={t('redList.emptyText')}
          data-testid="redlist-matches-empty"
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={8} highlightOnHover data-testid="redlist-matches-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('redList.category')}</Table.Th>
                <Table.Th>{t('redList.assessed')}</Table.Th>
                <Table.Th>{t('redList.confidence')}</Table.Th>
                <Table.Th>{t('redList.note')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => (
                <Table.Tr key={m.id} data-testid="redlist-match-row" data-category={m.category}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {categories.categoryLabel(m.category)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {listLabel(m.category)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{m.assessedBy}</Text>
                    <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {date(m.assessedOn)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={CONFIDENCE_COLOR[m.confidence] ?? 'gray'}>
                      {label('confidenceLevel', m.confidence)}
                    </Badge>
                  </Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm" lineClamp={2} title={m.note}>
                      {m.note}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={t('redList.edit')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('redList.edit')}
                        onClick={() => setEditing(m)}
                        data-testid="redlist-match-edit"
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Divider />
      <Stack gap={6} px="md" py="sm" data-testid="redlist-experts">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('redList.experts')}
          </Text>
          {expertPositions?.state === 'disputed' ? (
            <Badge color="orange" variant="light" size="sm">
              {t('redList.disputed')}
            </Badge>
          ) : null}
        </Group>
        {opinions.data && (expertPositions?.positions.length ?? 0) === 0 ? (
          <Text size="sm" c="dimmed">
            {t('redList.expertsNone')}
          </Text>
        ) : (
          (expertPositions?.positions ?? []).map((p) => (
            <Group key={p.value} gap="xs" data-testid="redlist-expert-position">
              <Text size="sm">{categories.categoryLabel(p.value)}</Text>
              <Text size="xs" c="dimmed">
                {[listLabel(p.value), t('redList.opinions', { count: p.opinionIds.length })]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Group>
          ))
        )}
      </Stack>
      {editing ? (
        <RedListMatchFormModal
          objectId={props.objectId}
          match={editing === 'new' ? null : editing}
          onSaved={() => {
            void reload();
            props.onChanged();
          }}
          onClosed={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
