import {
  Anchor,
  Button,
  Card,
  EmptyState,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconListDetails, IconStack2 } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PhotoThumb } from '../../../components/photos/PhotoThumb';
import { useFormat } from '../../../i18n/useFormat';
import { useVocabulary } from '../../../hooks/useVocabulary';
import { useObjectContext } from '../object-context';
import { LegalStatusBadge, mono } from '../object-marks';
import { objectRoutes } from '../object-routes';
import { useObjectsText } from '../useObjectsText';
import { SplitLotModal } from './SplitLotModal';

/**
 * A lot (1,200 coins) is counted as seized; items are described one by one out of it. The count
 * never shrinks: what has been described is shown against it, with the items so far.
 */
export function LotTab() {
  const t = useObjectsText();
  const format = useFormat();
  const { labelOf } = useVocabulary('object_type');
  const { view, reload } = useObjectContext();
  const [splitting, setSplitting] = useState(false);
  const lot = view.lot;
  if (!lot) return null;
  const left = lot.lotCount - lot.describedItems;
  const percent = Math.min(100, (lot.describedItems / lot.lotCount) * 100);

  return (
    <Stack gap="md" data-testid="object-tab-panel-lot">
      <Card>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Title order={3} size="h5">
              {t('lot.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              {t('lot.intro')}
            </Text>
          </Stack>
          <Button
            leftSection={<IconListDetails size={16} />}
            disabled={left <= 0}
            onClick={() => setSplitting(true)}
            data-testid="lot-split"
          >
            {t('lot.split')}
          </Button>
        </Group>
        <Group gap="xl" mt="md" align="flex-end" wrap="nowrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('lot.count')}
            </Text>
            <Text
              size="xl"
              fw={700}
              style={{ fontVariantNumeric: 'tabular-nums' }}
              data-testid="lot-count"
            >
              {format.number(lot.lotCount)}
            </Text>
          </Stack>
          <Stack gap={4} style={{ flex: 1 }}>
            <Text size="sm" data-testid="lot-described">
              {t('lot.described', {
                described: format.number(lot.describedItems),
                total: format.number(lot.lotCount),
                left: format.number(Math.max(0, left)),
              })}
            </Text>
            <Progress value={percent} size="md" radius="sm" aria-label={t('lot.progress')} />
          </Stack>
        </Group>
      </Card>
      <Card padding={0}>
        <Group px="md" py="sm" justify="space-between">
          <Title order={3} size="h5">
            {t('lot.items')}
          </Title>
          {lot.items.total > lot.items.rows.length ? (
            <Anchor component={Link} to={objectRoutes.caseTab(view.record.caseId)} size="sm">
              {t('lot.allItems', { count: lot.items.total })}
            </Anchor>
          ) : null}
        </Group>
        {lot.items.rows.length === 0 ? (
          <EmptyState
            py="lg"
            size="sm"
            icon={<IconStack2 size={24} stroke={1.5} />}
            title={t('lot.noItemsTitle')}
            description={t('lot.noItemsText')}
          />
        ) : (
          <Table highlightOnHover verticalSpacing={6} data-testid="lot-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={52} />
                <Table.Th>{t('columns.exhibit')}</Table.Th>
                <Table.Th>{t('columns.title')}</Table.Th>
                <Table.Th>{t('columns.type')}</Table.Th>
                <Table.Th>{t('columns.legalStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lot.items.rows.map((item) => (
                <Table.Tr key={item.id} data-testid="lot-item">
                  <Table.Td>
                    <PhotoThumb
                      attachmentId={item.coverAttachmentId}
                      size={32}
                      alt={item.exhibitNumber}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={objectRoutes.object(item.id)}
                      style={mono}
                      fw={600}
                    >
                      {item.exhibitNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.title}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="gray.7">
                      {labelOf(item.typeL2 ?? item.typeL1)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <LegalStatusBadge status={item.legalStatus} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {splitting ? (
        <SplitLotModal
          lotId={view.record.id}
          exhibit={view.record.exhibitNumber}
          left={left}
          onDone={() => void reload()}
          onClosed={() => setSplitting(false)}
        />
      ) : null}
    </Stack>
  );
}
