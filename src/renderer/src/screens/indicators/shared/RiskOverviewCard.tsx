import {
  Alert,
  Badge,
  Card,
  Grid,
  Group,
  Loader,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { RiskOverview } from '../../../../../shared/domain/indicator';
import { api } from '../../../api';
import { useCalendarDate } from '../../../components/data/dates';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useFormat } from '../../../i18n/useFormat';
import { useIpc } from '../../../lib/useIpc';
import { useObservationsText } from './observations-text';
import { ObservationStatusBadge } from './status';

/** Scores are sums of small integers times factors such as 0.5: one decimal is enough. */
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The risk of a case, or of one object of it: the weighted score with the formula in words, the
 * score a week ago and the difference, a bar per theme, the indicators adding to it, what changed
 * in the last seven days and how many suggestions await a decision. `compact` keeps the score,
 * the difference, the themes and the pending count (the case dashboard). `refreshKey` reloads.
 */
export function RiskOverviewCard(props: {
  caseId: string;
  objectId?: string;
  compact?: boolean;
  refreshKey?: number;
}) {
  const { caseId, objectId, refreshKey } = props;
  const t = useObservationsText();
  const call = useIpc();
  const [risk, setRisk] = useState<{ key: string; value: RiskOverview } | null>(null);
  const key = `${caseId}/${objectId ?? ''}/${refreshKey ?? 0}`;

  useEffect(() => {
    let live = true;
    void call(api.risk.overview({ caseId, ...(objectId ? { objectId } : {}) })).then((value) => {
      if (live && value) setRisk({ key, value });
    });
    return () => {
      live = false;
    };
  }, [call, caseId, objectId, key]);

  // Keep showing the previous overview while a refresh loads, so the card does not jump.
  const overview = risk?.value ?? null;
  return (
    <Card
      withBorder
      padding="md"
      data-testid="risk-overview"
      data-score={overview ? String(round(overview.score)) : undefined}
      data-loaded={risk?.key === key ? 'true' : 'false'}
    >
      {overview ? (
        <RiskBody overview={overview} compact={props.compact ?? false} />
      ) : (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('risk.loading')}
          </Text>
        </Group>
      )}
    </Card>
  );
}

function RiskBody({ overview, compact }: { overview: RiskOverview; compact: boolean }) {
  const t = useObservationsText();
  const label = useEnumLabel();
  const day = useCalendarDate();
  const fmt = useFormat();
  const score = round(overview.score);
  const delta = round(overview.score - overview.scoreWeekAgo);
  const maxTheme = Math.max(1, ...overview.themes.map((th) => th.score));
  const contributing = overview.themes.flatMap((th) =>
    th.indicators.map((i) => ({ ...i, theme: th.theme })),
  );

  const headerPart = (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={2}>
          <Title order={4}>{t('risk.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('risk.asOf', { date: day(overview.asOf) })}
          </Text>
        </Stack>
        <Group gap="lg" align="flex-end" wrap="nowrap">
          <Stack gap={0} align="flex-end">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('risk.score')}
            </Text>
            <Text fz={40} fw={800} lh={1} data-testid="risk-score">
              {fmt.number(score)}
            </Text>
          </Stack>
          <Stack gap={4} align="flex-start">
            <Badge
              size="lg"
              radius="sm"
              variant="light"
              color={delta > 0 ? 'red' : delta < 0 ? 'green' : 'gray'}
              data-testid="risk-delta"
              data-delta={String(delta)}
            >
              {delta > 0
                ? t('risk.up', { delta: fmt.number(delta) })
                : delta < 0
                  ? t('risk.down', { delta: fmt.number(-delta) })
                  : t('risk.same')}
            </Badge>
            <Text size="xs" c="dimmed" data-testid="risk-week-ago">
              {t('risk.weekAgo', {
                date: day(overview.weekAgo),
                score: fmt.number(round(overview.scoreWeekAgo)),
              })}
            </Text>
          </Stack>
        </Group>
      </Group>
    </>
  );
  const themesPart = (
    <>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('risk.themes')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: compact ? 2 : 1 }} spacing="lg" verticalSpacing={6}>
          {overview.themes.map((th) => (
            <Stack key={th.theme} gap={2} data-testid="risk-theme" data-theme={th.theme}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate="end">
                  {label('indicatorTheme', th.theme)}
                </Text>
                <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {fmt.number(round(th.score))}
                </Text>
              </Group>
              <Progress
                value={(th.score / maxTheme) * 100}
                color={th.confirmed > 0 ? 'red' : 'orange'}
                size="md"
                radius="sm"
                aria-label={label('indicatorTheme', th.theme)}
              />
              {th.confirmed + th.suspected > 0 ? (
                <Text size="xs" c="dimmed">
                  {t('risk.themeLine', { confirmed: th.confirmed, suspected: th.suspected })}
                </Text>
              ) : null}
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </>
  );
  const pendingPart = (
    <Text
      size="sm"
      c={overview.pendingSuggestions > 0 ? 'orange.8' : 'dimmed'}
      fw={overview.pendingSuggestions > 0 ? 600 : undefined}
      data-testid="risk-pending"
      data-count={overview.pendingSuggestions}
    >
      {overview.pendingSuggestions > 0
        ? t('risk.pending', { count: overview.pendingSuggestions })
        : t('risk.noPending')}
    </Text>
  );
  if (compact) {
    return (
      <Stack gap="md">
        {headerPart}
        {themesPart}
        {pendingPart}
      </Stack>
    );
  }
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          {headerPart}
          {themesPart}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          {!compact ? (
            <Alert
              variant="light"
              color="gray"
              icon={<IconInfoCircle size={16} />}
              p="xs"
              data-testid="risk-formula"
            >
              <Tooltip label={overview.formula} multiline w={420} withArrow openDelay={400}>
                <Text size="xs">
                  {t('risk.formula', {
                    confirmed: fmt.number(overview.statusFactors.confirmed),
                    suspected: fmt.number(overview.statusFactors.suspected),
                  })}
                </Text>
              </Tooltip>
            </Alert>
          ) : null}

          {!compact ? (
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                {t('risk.contributing')}
              </Text>
              {contributing.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('risk.noIndicators')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing={4} fz="sm" data-testid="risk-indicators">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={70}>{t('risk.code')}</Table.Th>
                        <Table.Th>{t('risk.indicator')}</Table.Th>
                        <Table.Th w={130}>{t('risk.calculation')}</Table.Th>
                        <Table.Th w={70} ta="right">
                          {t('risk.contribution')}
                        </Table.Th>
                        <Table.Th w={110}>{t('risk.status')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {contributing.map((i) => (
                        <Table.Tr key={i.code} data-testid="risk-indicator" data-code={i.code}>
                          <Table.Td ff="monospace" fw={600}>
                            {i.code}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" lineClamp={2} title={i.text}>
                              {i.text}
                            </Text>
                          </Table.Td>
                          <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                            {`${i.weight} × ${fmt.number(overview.statusFactors[i.status])}`}
                          </Table.Td>
                          <Table.Td
                            ta="right"
                            fw={600}
                            style={{ fontVariantNumeric: 'tabular-nums' }}
                          >
                            {fmt.number(round(i.contribution))}
                          </Table.Td>
                          <Table.Td>
                            <ObservationStatusBadge status={i.status} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          ) : null}

          {!compact ? (
            <Stack gap={4} data-testid="risk-changes">
              <Text size="sm" fw={600}>
                {t('risk.changes')}
              </Text>
              {overview.changes.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('risk.noChanges')}
                </Text>
              ) : (
                overview.changes.map((c) => (
                  <Group
                    key={`${c.observationId}-${c.at}`}
                    gap="xs"
                    wrap="nowrap"
                    data-testid="risk-change"
                  >
                    <Text size="sm">
                      {c.from
                        ? t('risk.changeMoved', {
                            code: c.code,
                            from: label('observationStatus', c.from),
                            to: label('observationStatus', c.to),
                          })
                        : t('risk.changeNew', {
                            code: c.code,
                            to: label('observationStatus', c.to),
                          })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('risk.changeBy', { by: c.by, at: fmt.dateTime(c.at) })}
                    </Text>
                  </Group>
                ))
              )}
            </Stack>
          ) : null}

          {pendingPart}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
