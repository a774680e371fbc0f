import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useRuleText } from '../findings/useFindingsText';
import type { FindingOnChart } from './useFindingHighlight';
import { useLinkChartText } from './useLinkChartText';

/**
 * The side panel's card of the finding highlighted on the chart (`?finding=<key>`): loading,
 * not found, or its title and explanation with how much of its evidence the chart shows (and,
 * when filters hide some of it, a link that clears them); it can be closed.
 */
export function LinkChartFindingCard(props: {
  finding: FindingOnChart;
  highlighted: number;
  filtered: boolean;
  onClearFilters: () => void;
  onClose: () => void;
}) {
  const t = useLinkChartText();
  const rule = useRuleText();
  const { finding, highlighted } = props;
  return (
    <Alert
      color="red"
      variant="light"
      p="xs"
      title={t('finding.title')}
      data-testid="linkchart-finding"
      data-status={finding.status}
    >
      <Stack gap={4}>
        {finding.status === 'loading' ? (
          <Text size="sm">{t('finding.loading')}</Text>
        ) : finding.status === 'missing' ? (
          <Text size="sm">{t('finding.missing')}</Text>
        ) : (
          <>
            <Text size="sm" fw={600} data-testid="linkchart-finding-title">
              {rule.title(finding.finding.ruleId, finding.englishTitle)}
            </Text>
            <Text size="xs">{rule.explanation(finding.finding)}</Text>
            <Text size="xs" c="dimmed" data-testid="linkchart-finding-shown">
              {t('finding.shown', {
                shown: highlighted,
                total: finding.located.nodeIds.length + finding.located.edgeIds.length,
              })}
            </Text>
            {highlighted < finding.located.nodeIds.length + finding.located.edgeIds.length &&
            props.filtered ? (
              <Anchor component="button" size="xs" onClick={props.onClearFilters}>
                {t('finding.outside')} {t('finding.clearFilters')}
              </Anchor>
            ) : null}
          </>
        )}
        <Anchor
          component="button"
          size="xs"
          onClick={props.onClose}
          data-testid="linkchart-finding-close"
        >
          {t('finding.close')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
