import {
  ActionIcon,
  Button,
  Card,
  EmptyState,
  Group,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCertificate, IconDatabaseSearch, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExternalCheckView } from '../../../../../shared/domain/object-views';
import { useCalendarDate } from '../../../components/data/dates';
import { useEnumLabel, useVocabulary } from '../../../hooks/useVocabulary';
import { useObjectContext } from '../object-context';
import { useDataText } from '../../../components/data/data-text';
import { useObjectsText } from '../useObjectsText';
import { CheckFormModal } from './CheckFormModal';
import { CheckResultBadge } from './check-marks';
import { NoHitNotice } from './NoHitNotice';

/**
 * The register of checks against stolen-art databases (INTERPOL, national lists, Art Loss
 * Register…): what was asked, when, by whom, with what result and certificate.
 */
export function ChecksTab() {
  const t = useObjectsText();
  const data = useDataText();
  const date = useCalendarDate();
  const label = useEnumLabel();
  const databases = useVocabulary('check_database');
  const { view, reload } = useObjectContext();
  const [editing, setEditing] = useState<ExternalCheckView | 'new' | null>(null);
  const checks = view.checks;
  const anyNoHit = checks.some((c) => c.noHitDisclaimer);

  return (
    <Stack gap="md" data-testid="object-tab-panel-checks">
      {anyNoHit ? <NoHitNotice /> : null}
      <Card padding={0}>
        <Group justify="space-between" px="md" py="sm">
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Title order={3} size="h5">
              {t('checks.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('checks.intro')}
            </Text>
          </Stack>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
            data-testid="checks-add"
          >
            {t('checks.add')}
          </Button>
        </Group>
        {checks.length === 0 ? (
          <EmptyState
            py="lg"
            size="sm"
            icon={<IconDatabaseSearch size={24} stroke={1.5} />}
            title={t('checks.emptyTitle')}
            description={t('checks.emptyText')}
            data-testid="checks-empty"
          />
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing={8} highlightOnHover data-testid="checks-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('checks.database')}</Table.Th>
                  <Table.Th>{t('checks.checkedOn')}</Table.Th>
                  <Table.Th>{t('checks.checkedBy')}</Table.Th>
                  <Table.Th>{t('checks.query')}</Table.Th>
                  <Table.Th>{t('checks.result')}</Table.Th>
                  <Table.Th>{t('checks.reference')}</Table.Th>
                  <Table.Th w={40} aria-label={t('checks.certificate')} />
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {checks.map((c) => (
                  <Table.Tr key={c.id} data-testid="check-row" data-result={c.result}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {databases.labelOf(c.database)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {date(c.checkedOn)}
                    </Table.Td>
                    <Table.Td>{c.checkedBy}</Table.Td>
                    <Table.Td maw={280}>
                      <Text size="xs" c="dimmed">
                        {label('queryKind', c.queryKind)}
                      </Text>
                      {c.query ? (
                        <Text size="sm" lineClamp={2} title={c.query}>
                          {c.query}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <CheckResultBadge result={c.result} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {c.reference || data('notGiven')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {c.certificateAttachmentId ? (
                        <Tooltip label={t('checks.certificateAttached')}>
                          <IconCertificate
                            size={18}
                            color="var(--mantine-color-steel-7)"
                            aria-label={t('checks.certificateAttached')}
                          />
                        </Tooltip>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('checks.edit')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('checks.edit')}
                          onClick={() => setEditing(c)}
                          data-testid="check-edit"
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
      </Card>
      {editing ? (
        <CheckFormModal
          objectId={view.record.id}
          check={editing === 'new' ? null : editing}
          onSaved={() => void reload()}
          onClosed={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
