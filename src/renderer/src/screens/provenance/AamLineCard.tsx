import { ActionIcon, Card, CopyButton, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvenanceChain } from '../../../../shared/domain/provenance';
import {
  aamSegments,
  aamText,
  aamWordsFrom,
  type AamPart,
  type AamSegment,
} from '../../../../shared/provenance/aam';
import { partyName } from './party-name';
import { useProvenanceText } from './useProvenanceText';

function Part({ part }: { part: AamPart }): ReactNode {
  switch (part.kind) {
    case 'owner':
      return (
        <Text span inherit fw={600}>
          {part.text}
        </Text>
      );
    case 'agent':
      return (
        <Text span inherit c="dimmed">
          {part.text}
        </Text>
      );
    case 'custodian':
      return (
        <Text span inherit fw={500}>
          {part.text}
        </Text>
      );
    case 'certainty':
      return (
        <Text span inherit fs="italic" c="orange.8">
          {part.text}
        </Text>
      );
    case 'footnote':
      return null;
    default:
      return part.text;
  }
}

/** A segment's closing mark: ";" a direct transfer, "." a gap (or the end of the line). */
function End({ segment, last }: { segment: AamSegment; last: boolean }) {
  const t = useProvenanceText();
  const mark = segment.end;
  if (segment.end === ';') {
    return (
      <Text span inherit c="steel.7" fw={700} title={t('chain.direct')}>
        {mark}
      </Text>
    );
  }
  return (
    <Text
      span
      inherit
      c={last ? undefined : 'orange.8'}
      fw={last ? undefined : 800}
      title={last ? undefined : t('chain.gap')}
    >
      {mark}
    </Text>
  );
}

/**
 * The chain as the standard provenance line (AAM convention), in the interface language: holders
 * in bold, dealers and auction houses in parentheses, uncertainty in words, a semicolon for a
 * direct transfer and a full stop for a gap. Copied as plain text.
 */
export function AamLineCard({ chain }: { chain: ProvenanceChain }) {
  const t = useProvenanceText();
  const { t: translate, i18n } = useTranslation();
  const segments = useMemo(() => {
    const words = aamWordsFrom(translate as unknown as (key: string) => string);
    return aamSegments(chain.events, {
      partyName: (ref) => partyName(ref, chain.parties),
      words,
      locale: i18n.language,
    });
  }, [chain, translate, i18n.language]);
  const line = aamText(segments);

  return (
    <Card data-testid="aam-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Stack gap={0}>
          <Title order={3} size="h5">
            {t('aam.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('aam.intro')}
          </Text>
        </Stack>
        <CopyButton value={line} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('aam.copied') : t('aam.copy')}>
              <ActionIcon
                variant="subtle"
                color={copied ? 'teal' : 'gray'}
                aria-label={t('aam.copy')}
                onClick={copy}
                data-testid="aam-copy"
              >
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text
        size="sm"
        lh={1.65}
        style={{ fontFamily: 'Georgia, "Times New Roman", serif', fontSize: 15 }}
        data-testid="aam-line"
        data-text={line}
      >
        {segments.map((segment, i) => {
          const own = aamText([{ ...segment, end: ';' }]).slice(0, -1);
          const endsWithStop = segment.end === '.' && own.endsWith('.');
          return (
            <span key={`${segment.eventId}-${i}`} data-testid="aam-segment" data-end={segment.end}>
              {i > 0 ? ' ' : null}
              {segment.parts.map((part, j) => (
                <Part key={j} part={part} />
              ))}
              {endsWithStop ? null : <End segment={segment} last={i === segments.length - 1} />}
            </span>
          );
        })}
      </Text>
      <Text size="xs" c="dimmed" mt="xs" data-testid="aam-legend">
        {t('aam.legend')}
      </Text>
    </Card>
  );
}
