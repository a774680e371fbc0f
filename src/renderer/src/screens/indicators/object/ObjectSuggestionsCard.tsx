import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Suggestion } from '../../../../../shared/domain/indicator';
import { caseRoutes } from '../../cases/case-routes';
import { SEVERITY_COLOR } from '../../findings/FindingCard';
import { useRuleText } from '../../findings/useFindingsText';
import { useObjectIndicatorsText } from './useObjectIndicatorsText';

/**
 * The suggestions about this object that wait for a person's decision, each with the finding that
 * explains it; decisions are taken on the case's Indicators tab, where the evidence is cited.
 */
export function ObjectSuggestionsCard(props: {
  caseId: string;
  suggestions: readonly Suggestion[] | null;
}) {
  const t = useObjectIndicatorsText();
  const rule = useRuleText();
  const pending = (props.suggestions ?? []).filter((s) => s.state === 'pending');

  return (
    <Card data-testid="object-suggestions" h="100%">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={3} size="h5">
              {t('suggestions.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('suggestions.intro')}
            </Text>
          </Stack>
          {pending.length > 0 ? (
            <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
              {t('suggestions.pending', { count: pending.length })}
            </Badge>
          ) : null}
        </Group>
        {props.suggestions !== null && pending.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="object-suggestions-empty">
            {t('suggestions.empty')}
          </Text>
        ) : (
          pending.map((s) => (
            <Group
              key={s.key}
              gap="sm"
              align="flex-start"
              wrap="nowrap"
              data-testid="object-suggestion"
              data-code={s.indicatorCode}
            >
              <Badge
                variant="outline"
                color={SEVERITY_COLOR[s.finding.severity]}
                ff="monospace"
                style={{ flexShrink: 0 }}
              >
                {s.indicatorCode}
              </Badge>
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {s.indicator?.text ?? t('suggestions.notInCatalogue')}
                </Text>
                <Text size="xs" c="dimmed">
                  {rule.explanation(s.finding)}
                </Text>
              </Stack>
            </Group>
          ))
        )}
        {pending.length > 0 ? (
          <Anchor
            component={Link}
            to={caseRoutes.tab(props.caseId, 'indicators')}
            size="sm"
            data-testid="object-suggestions-decide"
          >
            <Group gap={4} component="span">
              {t('suggestions.decide')}
              <IconArrowRight size={14} />
            </Group>
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}
