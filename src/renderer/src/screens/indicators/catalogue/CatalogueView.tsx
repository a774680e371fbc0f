import { Badge, Box, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorDefinition } from '../../../../../shared/domain/indicator';
import { enumLabel } from '../../../lib/vocab-label';
import { groupByTheme } from './catalogue-filter';
import { useIndicatorsText } from './indicators-text';

/** 1 … 5 as filled dots out of five, with the number for screen readers. */
export function WeightDots(props: { weight: number }) {
  const t = useIndicatorsText();
  const label = t('catalogue.weightValue', { weight: props.weight });
  return (
    <Tooltip label={label} withinPortal>
      <Group gap={3} wrap="nowrap" aria-label={label} role="img" data-weight={props.weight}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Box
            key={n}
            w={9}
            h={9}
            style={{
              borderRadius: '50%',
              border: '1.5px solid var(--mantine-color-orange-7)',
              background: n <= props.weight ? 'var(--mantine-color-orange-7)' : 'transparent',
            }}
          />
        ))}
      </Group>
    </Tooltip>
  );
}

/** What an indicator applies to, as small badges. */
export function AppliesToBadges(props: { subjects: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {props.subjects.map((s) => (
        <Badge key={s} size="xs" variant="light" color="gray" radius="sm">
          {enumLabel(t, 'indicatorSubject', s)}
        </Badge>
      ))}
    </Group>
  );
}

/** The indicators of a catalogue version, one section per theme. */
export function CatalogueView(props: { indicators: readonly (Indicator | IndicatorDefinition)[] }) {
  const t = useIndicatorsText();
  const { t: tAll } = useTranslation();
  return (
    <Stack gap="lg" data-testid="indicators-catalogue">
      {groupByTheme(props.indicators).map((group) => (
        <Paper
          key={group.theme}
          withBorder
          radius="md"
          p={0}
          data-testid="indicators-theme"
          data-theme={group.theme}
        >
          <Group justify="space-between" px="md" py="xs" bg="var(--mantine-color-default-hover)">
            <Title order={3} size="h5">
              {enumLabel(tAll, 'indicatorTheme', group.theme)}
            </Title>
            <Text size="xs" c="dimmed">
              {t('catalogue.count', { count: group.items.length })}
            </Text>
          </Group>
          <Table verticalSpacing={8} horizontalSpacing="md" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="5rem">{t('catalogue.code')}</Table.Th>
                <Table.Th>{t('catalogue.indicator')}</Table.Th>
                <Table.Th w="6.5rem">{t('catalogue.weight')}</Table.Th>
                <Table.Th w="14rem">{t('catalogue.appliesTo')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.items.map((ind) => (
                <Table.Tr key={ind.code} data-testid="indicators-row" data-code={ind.code}>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Badge variant="filled" color="dark" radius="sm" ff="monospace">
                      {ind.code}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Text size="sm">{ind.text}</Text>
                    {ind.source ? (
                      <Text size="xs" c="dimmed" mt={2}>
                        {t('catalogue.source', { source: ind.source })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top', paddingTop: 12 }}>
                    <WeightDots weight={ind.weight} />
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <AppliesToBadges subjects={ind.appliesTo} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
