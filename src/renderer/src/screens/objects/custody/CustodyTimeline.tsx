import { Anchor, Badge, Button, Group, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconArrowRight, IconPencilCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { CustodyEntryView } from '../../../../../shared/domain/object-views';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useFormat } from '../../../i18n/useFormat';
import { useObjectsText } from '../useObjectsText';
import { ACTION_ICON, useRecordedTime } from './custody-format';

const SEAL_COLOR: Record<string, string> = {
  intact: 'teal',
  broken: 'red',
  not_applicable: 'gray',
};

const entryAnchor = (id: string) => `custody-entry-${id}`;

function scrollToEntry(id: string) {
  const el = document.getElementById(entryAnchor(id));
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el?.focus({ preventScroll: true });
}

/**
 * The log in time order (ties in the order recorded). Entries are never edited: a corrected one
 * stays, struck through, with a link to the entry that corrects it, and that one links back.
 */
export function CustodyTimeline(props: {
  entries: readonly CustodyEntryView[];
  onCorrect: (entry: CustodyEntryView) => void;
}) {
  const t = useObjectsText();
  const label = useEnumLabel();
  const format = useFormat();
  const time = useRecordedTime();
  const bySeq = new Map(props.entries.map((e) => [e.id, e.seq]));
  const ordered = [...props.entries].sort((a, b) => {
    const at = a.at.slice(0, 16).localeCompare(b.at.slice(0, 16));
    return at !== 0 ? at : a.seq - b.seq;
  });

  const line = (caption: string, value: ReactNode) => (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text span size="xs" c="dimmed" w="8rem" style={{ flex: 'none' }}>
        {caption}
      </Text>
      <Text span size="sm">
        {value}
      </Text>
    </Group>
  );

  return (
    <Timeline bulletSize={28} lineWidth={2} data-testid="custody-timeline">
      {ordered.map((e) => {
        const Icon = ACTION_ICON[e.action];
        const corrected = e.correctedBy !== null;
        return (
          <Timeline.Item
            key={e.id}
            bullet={
              <ThemeIcon
                size={28}
                radius="xl"
                variant={corrected ? 'default' : 'light'}
                color={corrected ? 'gray' : 'steel'}
              >
                <Icon size={16} stroke={1.7} />
              </ThemeIcon>
            }
            data-testid="custody-entry"
            data-seq={e.seq}
            data-corrected={corrected || undefined}
          >
            <Stack id={entryAnchor(e.id)} tabIndex={-1} gap={3} pb={4} style={{ outline: 'none' }}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Group gap={8} wrap="nowrap">
                  <Text
                    fw={650}
                    size="sm"
                    td={corrected ? 'line-through' : undefined}
                    c={corrected ? 'dimmed' : undefined}
                  >
                    {label('custodyAction', e.action)}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    #{e.seq}
                  </Text>
                  {corrected ? (
                    <Badge
                      size="xs"
                      color="orange"
                      variant="light"
                      radius="sm"
                      tt="none"
                      data-testid="custody-corrected"
                    >
                      {t('custody.correctedBadge')}
                    </Badge>
                  ) : null}
                  {e.correctsEntryId ? (
                    <Badge size="xs" color="steel" variant="outline" radius="sm" tt="none">
                      {t('custody.correctionBadge')}
                    </Badge>
                  ) : null}
                </Group>
                <Text
                  size="sm"
                  c={corrected ? 'dimmed' : 'gray.8'}
                  td={corrected ? 'line-through' : undefined}
                  style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                  data-testid="custody-entry-at"
                >
                  {time(e.at)}
                </Text>
              </Group>
              <Stack
                gap={2}
                style={
                  corrected
                    ? { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' }
                    : undefined
                }
              >
                {e.from && e.to ? (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{e.from}</Text>
                    <IconArrowRight
                      size={14}
                      color="var(--mantine-color-gray-6)"
                      aria-label={t('custody.to')}
                    />
                    <Text size="sm" fw={500}>
                      {e.to}
                    </Text>
                  </Group>
                ) : e.to ? (
                  line(t('custody.to'), e.to)
                ) : e.from ? (
                  line(t('custody.from'), e.from)
                ) : null}
                {e.location ? line(t('custody.location'), e.location) : null}
                {e.purpose ? line(t('custody.purpose'), e.purpose) : null}
                {e.authority ? line(t('custody.authority'), e.authority) : null}
                {e.condition ? line(t('custody.condition'), e.condition) : null}
                {e.sealCheck !== 'not_applicable' ? (
                  <Group gap={6}>
                    <Badge
                      size="sm"
                      radius="sm"
                      tt="none"
                      variant="light"
                      color={SEAL_COLOR[e.sealCheck] ?? 'gray'}
                      data-testid="custody-seal-check"
                    >
                      {label('sealCheck', e.sealCheck)}
                    </Badge>
                    {e.newSealNumber ? (
                      <Text size="sm" ff="monospace">
                        {t('custody.newSeal', { number: e.newSealNumber })}
                      </Text>
                    ) : null}
                  </Group>
                ) : e.newSealNumber ? (
                  line(
                    t('custody.newSealNumber'),
                    <Text span size="sm" ff="monospace">
                      {e.newSealNumber}
                    </Text>,
                  )
                ) : null}
                {e.note ? (
                  <Text
                    size="sm"
                    c={corrected ? 'dimmed' : 'gray.8'}
                    style={{ whiteSpace: 'pre-wrap' }}
                  >
                    {e.note}
                  </Text>
                ) : null}
              </Stack>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Group gap="sm" wrap="wrap">
                  <Text size="xs" c="dimmed">
                    {t('recordedBy', { name: e.recordedBy, at: format.dateTime(e.recordedAt) })}
                  </Text>
                  {e.correctedBy ? (
                    <Anchor
                      size="xs"
                      component="button"
                      type="button"
                      onClick={() => e.correctedBy && scrollToEntry(e.correctedBy)}
                      data-testid="custody-corrected-by"
                    >
                      {t('custody.correctedBy', { seq: bySeq.get(e.correctedBy) ?? '?' })}
                    </Anchor>
                  ) : null}
                  {e.correctsEntryId ? (
                    <Anchor
                      size="xs"
                      component="button"
                      type="button"
                      onClick={() => e.correctsEntryId && scrollToEntry(e.correctsEntryId)}
                      data-testid="custody-corrects"
                    >
                      {t('custody.corrects', { seq: bySeq.get(e.correctsEntryId) ?? '?' })}
                    </Anchor>
                  ) : null}
                </Group>
                {corrected ? null : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    leftSection={<IconPencilCheck size={14} />}
                    onClick={() => props.onCorrect(e)}
                    data-testid="custody-correct"
                  >
                    {t('custody.correct')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
