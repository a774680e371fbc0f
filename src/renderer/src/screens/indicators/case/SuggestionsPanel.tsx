import {
  Badge,
  Box,
  Button,
  Card,
  Divider,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { Suggestion } from '../../../../../shared/domain/indicator';
import { useFormat } from '../../../i18n/useFormat';
import { SEVERITY_COLOR, SeverityBadge } from '../../findings/FindingCard';
import { useFindingsText, useRuleText } from '../../findings/useFindingsText';
import { EvidenceLinks } from '../shared/evidence';
import { useObservationsText } from '../shared/observations-text';

const STATE_COLOR = { pending: 'orange', accepted: 'teal', dismissed: 'gray' } as const;

/**
 * What the case file's data suggests: pending suggestions first, each with its indicator, the
 * finding's explanation and the records it rests on, to accept or dismiss; the decided ones
 * below with who decided, when and why.
 */
export function SuggestionsPanel(props: {
  caseId: string;
  suggestions: readonly Suggestion[] | null;
  onAccept: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
}) {
  const t = useObservationsText();
  const { suggestions } = props;
  const pending = suggestions?.filter((s) => s.state === 'pending') ?? [];
  const decided = suggestions?.filter((s) => s.state !== 'pending') ?? [];

  return (
    <Stack gap="sm" data-testid="suggestions-panel">
      <Group justify="space-between" align="baseline">
        <Title order={4}>{t('suggestions.title')}</Title>
        {suggestions ? (
          <Badge
            color={pending.length > 0 ? 'orange' : 'gray'}
            variant="light"
            data-testid="suggestions-pending-count"
            data-count={pending.length}
          >
            {t('suggestions.pending', { count: pending.length })}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {t('suggestions.intro')}
      </Text>
      {suggestions === null ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('suggestions.loading')}
          </Text>
        </Group>
      ) : suggestions.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="suggestions-none">
          {t('suggestions.none')}
        </Text>
      ) : (
        <Box
          mah="calc(100dvh - 12rem)"
          pr={4}
          style={{ overflowY: 'auto', overflowX: 'hidden' }}
          data-testid="suggestions-list"
        >
          <Stack gap="sm" miw={0} maw="100%">
            {pending.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('suggestions.nonePending')}
              </Text>
            ) : (
              groupByIndicator(pending).map((group) =>
                group.length === 1 ? (
                  <SuggestionCard
                    key={group[0]!.key}
                    caseId={props.caseId}
                    suggestion={group[0]!}
                    onAccept={() => props.onAccept(group[0]!)}
                    onDismiss={() => props.onDismiss(group[0]!)}
                  />
                ) : (
                  <SuggestionGroup
                    key={group[0]!.indicatorCode}
                    caseId={props.caseId}
                    group={group}
                    onAccept={props.onAccept}
                    onDismiss={props.onDismiss}
                  />
                ),
              )
            )}
            {decided.length > 0 ? (
              <>
                <Divider label={t('suggestions.decided')} labelPosition="left" />
                {decided.map((s) => (
                  <SuggestionCard key={s.key} caseId={props.caseId} suggestion={s} />
                ))}
              </>
            ) : null}
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

/** Pending suggestions grouped by indicator code, in the order each code first appears. */
export function groupByIndicator(suggestions: readonly Suggestion[]): Suggestion[][] {
  const groups = new Map<string, Suggestion[]>();
  for (const s of suggestions) {
    const group = groups.get(s.indicatorCode);
    if (group) group.push(s);
    else groups.set(s.indicatorCode, [s]);
  }
  return [...groups.values()];
}

/**
 * Several findings suggesting the same indicator: the indicator's wording once, then one compact
 * card per finding, each decided on its own (they rest on different evidence).
 */
function SuggestionGroup(props: {
  caseId: string;
  group: readonly Suggestion[];
  onAccept: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
}) {
  const t = useObservationsText();
  const first = props.group[0]!;
  return (
    <Card
      withBorder
      padding="sm"
      bg="var(--mantine-color-gray-0)"
      data-testid="suggestion-group"
      data-code={first.indicatorCode}
      data-count={props.group.length}
    >
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap" gap="xs">
          <Badge variant="filled" color="dark" radius="sm" ff="monospace" style={{ flex: 'none' }}>
            {first.indicatorCode}
          </Badge>
          <Text fw={600} size="sm" miw={0} style={{ flex: 1 }}>
            {first.indicator
              ? first.indicator.text
              : t('suggestions.missingIndicator', { code: first.indicatorCode })}
          </Text>
          <Badge variant="light" color="orange" style={{ flex: 'none' }}>
            {t('suggestions.findings', { count: props.group.length })}
          </Badge>
        </Group>
        {props.group.map((s) => (
          <SuggestionCard
            key={s.key}
            caseId={props.caseId}
            suggestion={s}
            inGroup
            onAccept={() => props.onAccept(s)}
            onDismiss={() => props.onDismiss(s)}
          />
        ))}
      </Stack>
    </Card>
  );
}

function SuggestionCard(props: {
  caseId: string;
  suggestion: Suggestion;
  /** Inside a group that already shows the indicator's wording. */
  inGroup?: boolean;
  onAccept?: () => void;
  onDismiss?: () => void;
}) {
  const { suggestion: s } = props;
  const t = useObservationsText();
  const tf = useFindingsText();
  const rule = useRuleText();
  const fmt = useFormat();
  const f = s.finding;
  const decision = s.decision;
  const color = s.state === 'pending' ? SEVERITY_COLOR[f.severity] : 'gray';

  return (
    <Card
      withBorder
      padding="sm"
      data-testid="suggestion-card"
      data-key={s.key}
      data-code={s.indicatorCode}
      data-rule={f.ruleId}
      data-state={s.state}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
      opacity={s.state === 'pending' ? 1 : 0.85}
    >
      <Stack gap={6}>
        {props.inGroup ? null : (
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <Badge
              variant="filled"
              color="dark"
              radius="sm"
              ff="monospace"
              style={{ flex: 'none' }}
            >
              {s.indicatorCode}
            </Badge>
            <Text fw={600} size="sm" miw={0} style={{ flex: 1 }} data-testid="suggestion-indicator">
              {s.indicator
                ? s.indicator.text
                : t('suggestions.missingIndicator', { code: s.indicatorCode })}
            </Text>
          </Group>
        )}
        <Group gap={6} wrap="wrap">
          <Badge
            color={STATE_COLOR[s.state]}
            variant="light"
            radius="sm"
            data-testid="suggestion-state"
          >
            {t(`suggestions.state.${s.state}`)}
          </Badge>
          <SeverityBadge severity={f.severity} />
          <Text size="sm" fw={500}>
            {rule.title(f.ruleId, '')}
          </Text>
        </Group>
        <Text size="sm" data-testid="suggestion-explanation">
          {rule.explanation(f)}
        </Text>
        <Group gap={6} wrap="nowrap" align="baseline">
          <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
            {tf('card.evidence')}
          </Text>
          <EvidenceLinks
            caseId={props.caseId}
            objectId={f.objectId}
            items={f.evidence}
            empty={tf('card.noEvidence')}
            testId="suggestion-evidence"
          />
        </Group>
        {decision ? (
          <Stack gap={2} data-testid="suggestion-decision">
            <Text size="xs" c="dimmed">
              {decision.decision === 'accepted'
                ? t('suggestions.acceptedBy', {
                    by: decision.decidedBy,
                    at: fmt.dateTime(decision.decidedAt),
                  })
                : t('suggestions.dismissedBy', {
                    by: decision.decidedBy,
                    at: fmt.dateTime(decision.decidedAt),
                  })}
            </Text>
            {decision.reason ? (
              <Text size="sm" data-testid="suggestion-reason">
                {t('suggestions.reason', { reason: decision.reason })}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {s.state === 'pending' && props.onAccept && props.onDismiss ? (
          <Group gap="xs" justify="flex-end">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconX size={14} />}
              onClick={props.onDismiss}
              data-testid="suggestion-dismiss"
            >
              {t('suggestions.dismiss')}
            </Button>
            <Button
              size="xs"
              leftSection={<IconCheck size={14} />}
              onClick={props.onAccept}
              disabled={!s.indicator}
              data-testid="suggestion-accept"
            >
              {t('suggestions.accept')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
