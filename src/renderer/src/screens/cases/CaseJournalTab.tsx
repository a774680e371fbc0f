import { Button, Card, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconNotebook, IconPencil, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { JournalEntry } from '../../../../shared/domain/case';
import { api } from '../../api';
import { MarkdownView } from '../../components/data/MarkdownView';
import { useDialog } from '../../components/data/useDialog';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { useCaseContext } from './case-context';
import { JournalNoteModal } from './JournalNoteModal';
import { useCasesText } from './useCasesText';

/** Dated notes of the investigation, newest first. */
export function CaseJournalTab() {
  const t = useCasesText();
  const call = useIpc();
  const notify = useNotify();
  const format = useFormat();
  const { view } = useCaseContext();
  const caseId = view.record.id;
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const editing = useDialog<JournalEntry | null>();

  const load = useCallback(async () => {
    const list = await call(api.case.journal({ caseId }));
    if (list) setEntries(list);
  }, [call, caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  const add = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => editing.open(null)}
      data-testid="journal-add"
    >
      {t('journal.add')}
    </Button>
  );

  return (
    <Stack gap="md" data-testid="case-tab-panel-journal">
      {entries === null ? (
        <Skeleton h={120} />
      ) : entries.length === 0 ? (
        <Card padding="xl">
          <EmptyState
            size="md"
            variant="light"
            icon={<IconNotebook size={28} stroke={1.5} />}
            title={t('journal.emptyTitle')}
            description={t('journal.emptyText')}
            data-testid="journal-empty"
          >
            <EmptyState.Actions>{add}</EmptyState.Actions>
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('journal.count', { count: entries.length })}
            </Text>
            {add}
          </Group>
          {entries.map((entry) => (
            <Card key={entry.id} data-testid="journal-entry">
              <Group justify="space-between" wrap="nowrap" mb="xs" align="flex-start">
                <Group gap="sm" wrap="wrap" miw={0}>
                  <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.dateTime(entry.at)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('journal.by', { name: entry.author })}
                  </Text>
                  {entry.version > 1 ? (
                    <Text size="xs" c="dimmed" fs="italic">
                      {t('journal.edited', { at: format.dateTime(entry.updatedAt) })}
                    </Text>
                  ) : null}
                </Group>
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => editing.open(entry)}
                  data-testid="journal-edit"
                >
                  {t('journal.edit')}
                </Button>
              </Group>
              <MarkdownView testId="journal-entry-body">{entry.body}</MarkdownView>
            </Card>
          ))}
        </>
      )}
      {editing.state ? (
        <JournalNoteModal
          key={editing.state.key}
          caseId={caseId}
          entry={editing.state.value}
          onSaved={() => {
            notify.success(t('journal.saved'));
            void load();
          }}
          onClosed={editing.closed(editing.state.key)}
        />
      ) : null}
    </Stack>
  );
}
