import { Button, Card, EmptyState, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconRoute2 } from '@tabler/icons-react';
import { useState } from 'react';
import type { CustodyEntryView } from '../../../../../shared/domain/object-views';
import { useObjectContext } from '../object-context';
import { useObjectsText } from '../useObjectsText';
import { CustodyFormModal } from './CustodyFormModal';
import { CustodySummaryCard } from './CustodySummaryCard';
import { CustodyTimeline } from './CustodyTimeline';

/** The chain of custody: the log as a timeline, where the object is now, new entries, corrections. */
export function CustodyTab() {
  const t = useObjectsText();
  const { view, reload } = useObjectContext();
  const [form, setForm] = useState<{ correcting: CustodyEntryView | null } | null>(null);
  const { entries, current } = view.custody;

  return (
    <Grid gap="md" data-testid="object-tab-panel-custody">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Card>
          <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Title order={3} size="h5">
                {t('custody.title')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('custody.intro')}
              </Text>
            </Stack>
            <Button
              leftSection={<IconPlus size={16} />}
              style={{ flex: 'none' }}
              onClick={() => setForm({ correcting: null })}
              data-testid="custody-add"
            >
              {t('custody.add')}
            </Button>
          </Group>
          {entries.length === 0 ? (
            <EmptyState
              py="lg"
              size="sm"
              icon={<IconRoute2 size={24} stroke={1.5} />}
              title={t('custody.emptyTitle')}
              description={t('custody.emptyText')}
              data-testid="custody-empty"
            />
          ) : (
            <CustodyTimeline entries={entries} onCorrect={(e) => setForm({ correcting: e })} />
          )}
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <div
          style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 0rem) + 16px)' }}
        >
          <CustodySummaryCard current={current} />
        </div>
      </Grid.Col>
      {form ? (
        <CustodyFormModal
          objectId={view.record.id}
          exhibit={view.record.exhibitNumber}
          current={current}
          correcting={form.correcting}
          onSaved={() => void reload()}
          onClosed={() => setForm(null)}
        />
      ) : null}
    </Grid>
  );
}
