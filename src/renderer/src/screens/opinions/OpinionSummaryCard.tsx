import { Badge, Card, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import type { AspectSummary, OpinionView } from '../../../../shared/domain/expert-views';
import { AspectStateBadge, useOpinionName } from './opinion-marks';
import { useOpinionFormat } from './opinion-format';
import { useOpinionsText } from './useOpinionsText';

/**
 * What the opinions say about the object, aspect by aspect (authenticity, dating, origin, value,
 * Red List category): whether anyone addressed it, whether they agree, and each position with
 * the opinions it rests on. Pointing at an opinion marks its column in the comparison below;
 * choosing it brings the column into view.
 */
export function OpinionSummaryCard(props: {
  summary: readonly AspectSummary[];
  opinions: readonly OpinionView[];
  active: string | null;
  onHover: (opinionId: string | null) => void;
  onPick: (opinionId: string) => void;
}) {
  const t = useOpinionsText();
  const format = useOpinionFormat();
  const name = useOpinionName();
  const byId = new Map(props.opinions.map((o) => [o.id, o]));

  const chip = (id: string) => {
    const o = byId.get(id);
    if (!o) return null;
    const active = props.active === id;
    return (
      <UnstyledButton
        key={id}
        onMouseEnter={() => props.onHover(id)}
        onMouseLeave={() => props.onHover(null)}
        onFocus={() => props.onHover(id)}
        onBlur={() => props.onHover(null)}
        onClick={() => props.onPick(id)}
        aria-pressed={active}
        data-testid="opinion-summary-chip"
        data-opinion-id={id}
      >
        <Badge
          component="span"
          variant={active ? 'filled' : 'default'}
          color="steel"
          radius="xl"
          tt="none"
          fw={500}
          style={{ cursor: 'pointer' }}
        >
          {name(o)}
        </Badge>
      </UnstyledButton>
    );
  };

  return (
    <Card padding={0} data-testid="opinion-summary">
      <Stack gap={0} px="md" py="sm">
        <Title order={3} size="h5">
          {t('summary.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('summary.intro')}
        </Text>
      </Stack>
      <Table verticalSpacing={8} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="11rem">{t('summary.aspect')}</Table.Th>
            <Table.Th w="9rem">{t('summary.stateHeading')}</Table.Th>
            <Table.Th>{t('summary.positions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.summary.map((s) => (
            <Table.Tr
              key={s.aspect}
              data-testid={`opinion-summary-${s.aspect}`}
              data-state={s.state}
              bg={s.state === 'disputed' ? 'var(--mantine-color-orange-0)' : undefined}
            >
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t(`aspect.${s.aspect}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <AspectStateBadge state={s.state} />
              </Table.Td>
              <Table.Td>
                {s.positions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('summary.noneText')}
                  </Text>
                ) : (
                  <Stack gap={6}>
                    {s.positions.map((p) => (
                      <Group
                        key={p.value}
                        gap={8}
                        wrap="wrap"
                        data-testid="opinion-summary-position"
                        data-value={p.value}
                      >
                        <Text size="sm" fw={600}>
                          {format.position(s.aspect, p.value)}
                        </Text>
                        {s.aspect === 'redList' && format.list(p.value) ? (
                          <Text size="xs" c="dimmed">
                            {format.list(p.value)}
                          </Text>
                        ) : null}
                        <Text size="xs" c="dimmed">
                          {t('summary.restsOn')}
                        </Text>
                        {p.opinionIds.map(chip)}
                      </Group>
                    ))}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
