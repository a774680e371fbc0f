import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPencil, IconPlus, IconSparkles } from '@tabler/icons-react';
import type { ObservationView } from '../../../../../shared/domain/indicator';
import { useCalendarDate } from '../../../components/data/dates';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { EvidenceLinks } from '../shared/evidence';
import { useObservationsText } from '../shared/observations-text';
import { ObservationStatusBadge, STATUS_COLOR } from '../shared/status';

/**
 * The indicators recorded on the case and its records: each with its wording (of the catalogue
 * version it was made under), what it was seen on, who saw it and when, its status, the records
 * it rests on and the note; "Record observation" and Edit open the form.
 */
export function ObservationsPanel(props: {
  caseId: string;
  observations: readonly ObservationView[] | null;
  onAdd: () => void;
  onEdit: (o: ObservationView) => void;
}) {
  const t = useObservationsText();
  const { observations } = props;
  return (
    <Stack gap="sm" data-testid="observations-panel">
      <Group justify="space-between" align="center">
        <Group gap="xs" align="baseline">
          <Title order={4}>{t('list.title')}</Title>
          {observations ? (
            <Text size="sm" c="dimmed" data-testid="observations-count">
              {observations.length}
            </Text>
          ) : null}
        </Group>
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={props.onAdd}
          data-testid="observation-add"
        >
          {t('list.add')}
        </Button>
      </Group>
      {observations === null ? (
        <Loader size="xs" />
      ) : observations.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="observations-empty">
          {t('list.empty')}
        </Text>
      ) : (
        observations.map((o) => (
          <ObservationCard
            key={o.id}
            caseId={props.caseId}
            observation={o}
            onEdit={() => props.onEdit(o)}
          />
        ))
      )}
    </Stack>
  );
}

function ObservationCard(props: {
  caseId: string;
  observation: ObservationView;
  onEdit: () => void;
}) {
  const { observation: o } = props;
  const t = useObservationsText();
  const label = useEnumLabel();
  const day = useCalendarDate();
  const objectId = o.subject.kind === 'object' ? o.subject.id : null;
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="observation-card"
      data-code={o.indicator.code}
      data-status={o.status}
      style={{ borderLeft: `4px solid var(--mantine-color-${STATUS_COLOR[o.status]}-6)` }}
    >
      <Stack gap={6}>
        <Group align="flex-start" wrap="nowrap" gap="xs">
          <Badge variant="filled" color="dark" radius="sm" ff="monospace" style={{ flex: 'none' }}>
            {o.indicator.code}
          </Badge>
          <Stack gap={0} miw={0} style={{ flex: 1 }}>
            <Text fw={600} size="sm" data-testid="observation-indicator">
              {o.indicator.text}
            </Text>
            {!o.versionCurrent ? (
              <Text size="xs" c="dimmed" fs="italic" data-testid="observation-old-wording">
                {t('list.oldWording', { number: o.versionNumber })}
              </Text>
            ) : null}
          </Stack>
          <Tooltip label={t('list.edit')} withArrow>
            <ActionIcon
              variant="subtle"
              size="sm"
              onClick={props.onEdit}
              aria-label={t('list.editLabel', { code: o.indicator.code })}
              data-testid="observation-edit"
              style={{ flex: 'none' }}
            >
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap={6} wrap="wrap">
          <ObservationStatusBadge status={o.status} />
          <Badge variant="outline" color="gray" radius="sm" size="sm">
            {label('indicatorTheme', o.indicator.theme)}
          </Badge>
          {o.findingKey ? (
            <Badge
              variant="light"
              color="violet"
              radius="sm"
              size="sm"
              leftSection={<IconSparkles size={12} />}
              data-testid="observation-from-suggestion"
            >
              {t('list.fromSuggestion')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm" data-testid="observation-subject">
            <Text span size="xs" c="dimmed">
              {t('list.subject')}{' '}
            </Text>
            {`${label('indicatorSubject', o.subject.kind)}: ${o.subjectLabel}`}
          </Text>
          <Text size="xs" c="dimmed" data-testid="observation-observed">
            {t('list.observed', { by: o.observedBy, on: day(o.observedOn) })}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap" align="baseline">
          <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
            {t('list.evidence')}
          </Text>
          <EvidenceLinks
            caseId={props.caseId}
            objectId={objectId}
            items={o.evidenceLabels}
            empty={t('list.noEvidence')}
            testId="observation-evidence"
          />
        </Group>
        {o.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="observation-note">
            {o.note}
          </Text>
        ) : null}
        {o.status === 'dismissed' && o.dismissReason ? (
          <Text size="sm" c="dimmed" data-testid="observation-dismiss-reason">
            {t('list.dismissReason', { reason: o.dismissReason })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
