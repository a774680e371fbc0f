import { Box, Button, Group, List, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconFileTypePdf } from '@tabler/icons-react';
import type {
  EssentialSection,
  RequestFields,
  RequestRecord,
} from '../../../../shared/domain/intl-request';
import { localIsoDate, useCalendarDate } from '../../components/data/dates';
import { useCountries } from '../parties/countries';
import { overdueDays, RequestStatusBadge } from './request-marks';
import { useRequestsText } from './requests-text';

/**
 * The request screen's heading: the request's kind, title and status, its requested State and
 * answer due (red once overdue); the unsaved mark, Save, and Generate — disabled while essential
 * sections are empty, listed in its tooltip.
 */
export function RequestHeader(props: {
  record: RequestRecord;
  fields: RequestFields;
  missing: readonly EssentialSection[];
  dirty: boolean;
  busy: boolean;
  onSave: () => void;
  onGenerate: () => void;
}) {
  const t = useRequestsText();
  const date = useCalendarDate();
  const countries = useCountries();
  const { record, missing, dirty, busy } = props;
  const kind = props.fields.kind;
  const late = overdueDays(record, localIsoDate());

  const missingList = (
    <List size="sm" spacing={0}>
      {missing.map((m) => (
        <List.Item key={m}>{t(`essential.${m}`)}</List.Item>
      ))}
    </List>
  );

  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <Stack gap={2} miw={0} style={{ flex: 1 }}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {kind === 'mla' ? t('kind.mla') : t('kind.return')}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Title order={3} size="h4" data-testid="request-title">
            {record.title}
          </Title>
          <RequestStatusBadge status={record.status} size="md" testId="request-status" />
        </Group>
        <Group gap="md">
          {props.fields.requestedState ? (
            <Text size="sm" c="dimmed">
              {countries.nameOf(props.fields.requestedState)}
            </Text>
          ) : null}
          {record.answerDue ? (
            <Text
              size="sm"
              c={late !== null && late > 0 ? 'red.7' : 'dimmed'}
              fw={late !== null && late > 0 ? 600 : undefined}
              data-testid="request-header-due"
            >
              {t('tracking.answerDue')}: {date(record.answerDue)}
              {late !== null && late > 0 ? ` — ${t('tracking.overdue', { count: late })}` : ''}
            </Text>
          ) : null}
        </Group>
      </Stack>
      <Group gap="xs">
        {dirty ? (
          <Text size="xs" c="orange.8" data-testid="request-unsaved">
            {t('screen.unsaved')}
          </Text>
        ) : null}
        <Button
          variant={dirty ? 'filled' : 'default'}
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => props.onSave()}
          loading={busy}
          disabled={!dirty}
          data-testid="request-save"
        >
          {t('screen.save')}
        </Button>
        <Tooltip
          label={
            <Box>
              <Text size="sm">{t('screen.generateBlocked')}</Text>
              {missingList}
            </Box>
          }
          disabled={missing.length === 0}
          multiline
          w={300}
        >
          <Box>
            <Button
              leftSection={<IconFileTypePdf size={16} />}
              variant="light"
              disabled={missing.length > 0}
              onClick={() => props.onGenerate()}
              data-testid="request-generate"
            >
              {t('screen.generate')}
            </Button>
          </Box>
        </Tooltip>
      </Group>
    </Group>
  );
}
