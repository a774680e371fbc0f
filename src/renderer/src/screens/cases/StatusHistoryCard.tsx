import { Card, Text, Timeline, Title } from '@mantine/core';
import type { CaseStatusChange } from '../../../../shared/domain/case';
import { useCalendarDate } from '../../components/data/dates';
import { useFormat } from '../../i18n/useFormat';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { useCasesText } from './useCasesText';

/** Every move of the case, newest first: the date it happened, the note, who recorded it when. */
export function StatusHistoryCard({ history }: { history: readonly CaseStatusChange[] }) {
  const t = useCasesText();
  const label = useEnumLabel();
  const date = useCalendarDate();
  const format = useFormat();
  const newestFirst = [...history].reverse();

  return (
    <Card data-testid="case-history">
      <Title order={3} size="h5" mb="sm">
        {t('overview.history')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2} active={0}>
        {newestFirst.map((change) => (
          <Timeline.Item
            key={change.id}
            title={
              <Text size="sm" fw={600}>
                {change.from === null
                  ? t('overview.opened')
                  : t('overview.historyEntry', {
                      from: label('caseStatus', change.from),
                      to: label('caseStatus', change.to),
                    })}
              </Text>
            }
            data-testid="case-history-entry"
          >
            <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {date(change.on)}
            </Text>
            {change.note ? (
              <Text size="sm" c="gray.8" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                {change.note}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed" mt={2}>
              {t('overview.recordedBy', {
                name: change.recordedBy,
                at: format.dateTime(change.recordedAt),
              })}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
