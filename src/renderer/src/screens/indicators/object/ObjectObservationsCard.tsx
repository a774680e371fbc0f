import {
  ActionIcon,
  Badge,
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
import { IconEye, IconPencil, IconPlus, IconSparkles } from '@tabler/icons-react';
import type { ObservationView } from '../../../../../shared/domain/indicator';
import { useCalendarDate } from '../../../components/data/dates';
import { ObservationStatusBadge } from '../shared/status';
import { useObjectIndicatorsText } from './useObjectIndicatorsText';

/**
 * The indicators observed on the object: code and wording (of the catalogue version it was
 * made under), assessment, who saw it when, on what evidence; "Record observation" and edit.
 */
export function ObjectObservationsCard(props: {
  observations: readonly ObservationView[] | null;
  onAdd: () => void;
  onEdit: (observation: ObservationView) => void;
}) {
  const t = useObjectIndicatorsText();
  const date = useCalendarDate();
  const rows = props.observations ?? [];

  return (
    <Card padding={0} data-testid="object-observations">
      <Group justify="space-between" px="md" py="sm" wrap="nowrap">
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3} size="h5">
            {t('observations.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('observations.intro')}
          </Text>
        </Stack>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={props.onAdd}
          data-testid="object-observation-add"
        >
          {t('observations.add')}
        </Button>
      </Group>
      {props.observations !== null && rows.length === 0 ? (
        <EmptyState
          py="md"
          size="sm"
          icon={<IconEye size={24} stroke={1.5} />}
          title={t('observations.emptyTitle')}
          description={t('observations.emptyText')}
          data-testid="object-observations-empty"
        />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={8} highlightOnHover data-testid="object-observations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('observations.indicator')}</Table.Th>
                <Table.Th>{t('observations.status')}</Table.Th>
                <Table.Th>{t('observations.observed')}</Table.Th>
                <Table.Th>{t('observations.evidence')}</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((o) => (
                <Table.Tr
                  key={o.id}
                  data-testid="object-observation-row"
                  data-code={o.indicator.code}
                  data-status={o.status}
                >
                  <Table.Td maw={460}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Badge
                        variant="outline"
                        color="steel"
                        ff="monospace"
                        style={{ flexShrink: 0 }}
                      >
                        {o.indicator.code}
                      </Badge>
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text size="sm" lineClamp={2} title={o.indicator.text}>
                          {o.indicator.text}
                        </Text>
                        {o.subject.kind !== 'object' ? (
                          <Text size="xs" c="dimmed">
                            {t('observations.on', { subject: o.subjectLabel })}
                          </Text>
                        ) : null}
                        {!o.versionCurrent ? (
                          <Text size="xs" c="dimmed" fs="italic">
                            {t('observations.oldVersion', { number: o.versionNumber })}
                          </Text>
                        ) : null}
                        {o.note ? (
                          <Text size="xs" c="dimmed" lineClamp={2} title={o.note}>
                            {o.note}
                          </Text>
                        ) : null}
                      </Stack>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ObservationStatusBadge status={o.status} />
                      {o.findingKey ? (
                        <Tooltip label={t('observations.fromSuggestion')}>
                          <IconSparkles
                            size={16}
                            color="var(--mantine-color-steel-6)"
                            aria-label={t('observations.fromSuggestion')}
                          />
                        </Tooltip>
                      ) : null}
                    </Group>
                    {o.status === 'dismissed' && o.dismissReason ? (
                      <Text size="xs" c="dimmed" lineClamp={2} title={o.dismissReason}>
                        {t('observations.dismissedBecause', { reason: o.dismissReason })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{o.observedBy}</Text>
                    <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {date(o.observedOn)}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={260}>
                    {o.evidenceLabels.map((e) => (
                      <Text key={`${e.kind}:${e.id}`} size="xs" lineClamp={1} title={e.label}>
                        {e.label}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={t('observations.edit')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('observations.edit')}
                        onClick={() => props.onEdit(o)}
                        data-testid="object-observation-edit"
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
  );
}
