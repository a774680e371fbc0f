import { Button, Card, Grid, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowsExchange, IconGavel } from '@tabler/icons-react';
import { useState } from 'react';
import { useCalendarDate } from '../../../components/data/dates';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useFormat } from '../../../i18n/useFormat';
import { useObjectContext } from '../object-context';
import { LegalStatusBadge } from '../object-marks';
import { useObjectsText } from '../useObjectsText';
import { LegalStatusModal } from './LegalStatusModal';

/** The object's legal status and every change of it, dated, with the decision behind it. */
export function LegalStatusTab() {
  const t = useObjectsText();
  const label = useEnumLabel();
  const date = useCalendarDate();
  const format = useFormat();
  const { view, reload, replaceRecord } = useObjectContext();
  const [changing, setChanging] = useState(false);
  const history = [...view.legalStatusHistory].reverse();
  const allowed = view.allowedLegalStatuses;

  return (
    <Grid gap="md" data-testid="object-tab-panel-legal">
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Card>
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t('legal.current')}
            </Title>
            <Group>
              <LegalStatusBadge status={view.record.legalStatus} size="md" />
            </Group>
            <Text size="sm" c="dimmed">
              {allowed.length > 0
                ? t('legal.allowed', {
                    list: allowed.map((s) => label('legalStatus', s)).join(', '),
                  })
                : t('legal.final')}
            </Text>
            <div>
              <Button
                leftSection={<IconArrowsExchange size={16} />}
                disabled={allowed.length === 0}
                onClick={() => setChanging(true)}
                data-testid="legal-change"
              >
                {t('legal.change')}
              </Button>
            </div>
          </Stack>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Card data-testid="legal-history">
          <Title order={3} size="h5" mb="md">
            {t('legal.history')}
          </Title>
          <Timeline bulletSize={22} lineWidth={2} active={0}>
            {history.map((change) => (
              <Timeline.Item
                key={change.id}
                bullet={<IconGavel size={12} />}
                title={
                  <Group gap={6}>
                    {change.from ? (
                      <>
                        <LegalStatusBadge status={change.from} />
                        <Text span size="sm" c="dimmed" aria-hidden>
                          →
                        </Text>
                      </>
                    ) : null}
                    <LegalStatusBadge status={change.to} />
                  </Group>
                }
                data-testid="legal-history-entry"
              >
                <Text size="sm" mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {date(change.on)}
                  {change.reference ? ` · ${change.reference}` : ''}
                </Text>
                {change.note ? (
                  <Text size="sm" c="gray.8" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                    {change.note}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed" mt={2}>
                  {t('recordedBy', {
                    name: change.recordedBy,
                    at: format.dateTime(change.recordedAt),
                  })}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
      </Grid.Col>
      {changing ? (
        <LegalStatusModal
          view={view}
          onMoved={(record) => {
            replaceRecord(record);
            void reload();
          }}
          onReload={reload}
          onClosed={() => setChanging(false)}
        />
      ) : null}
    </Grid>
  );
}
