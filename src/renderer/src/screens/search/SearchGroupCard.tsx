import { Anchor, Badge, Card, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { SearchGroup } from '../../../../shared/domain/search-views';
import { useFormat } from '../../i18n/useFormat';
import { Highlighted } from './Highlighted';
import classes from './SearchGroupCard.module.css';
import { hitRoute, KIND_ICONS } from './search-kinds';
import { useSearchText } from './useSearchText';

/** The results of one kind: each hit's title and snippet with the matches marked, and its case. */
export function SearchGroupCard({ group }: { group: SearchGroup }) {
  const t = useSearchText();
  const format = useFormat();
  const navigate = useNavigate();
  const Icon = KIND_ICONS[group.kind];
  const total = `${format.number(group.total)}${group.capped ? '+' : ''}`;

  return (
    <Card padding={0} data-testid={`search-group-${group.kind}`}>
      <Group
        gap="xs"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        <Icon size={18} stroke={1.6} color="var(--mantine-color-gray-7)" aria-hidden />
        <Title order={3} size="h5">
          {t(`kinds.${group.kind}`)}
        </Title>
        <Badge variant="light" color="gray" radius="sm">
          {total}
        </Badge>
      </Group>
      <Stack gap={0}>
        {group.hits.map((hit) => {
          const to = hitRoute(hit);
          return (
            <UnstyledButton
              key={`${hit.kind}:${hit.entityId}`}
              px="md"
              py={10}
              disabled={!to}
              onClick={() => (to ? void navigate(to) : undefined)}
              className={classes.hit}
              data-testid="search-hit"
              data-kind={hit.kind}
            >
              <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
                <Stack gap={2} miw={0}>
                  <Anchor component="span" size="sm" fw={600} lineClamp={1}>
                    <Highlighted segments={hit.titleSegments} />
                  </Anchor>
                  {hit.snippet.length > 0 ? (
                    <Text size="xs" c="gray.7" lineClamp={2}>
                      <Highlighted segments={hit.snippet} plain />
                    </Text>
                  ) : null}
                </Stack>
                {hit.kind === 'case' ? null : hit.caseReference ? (
                  <Badge
                    variant="outline"
                    color="gray"
                    radius="sm"
                    ff="monospace"
                    tt="none"
                    style={{ flexShrink: 0 }}
                    data-testid="search-hit-case"
                  >
                    {hit.caseReference}
                  </Badge>
                ) : (
                  <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                    {t('screen.allCasesShared')}
                  </Text>
                )}
              </Group>
            </UnstyledButton>
          );
        })}
      </Stack>
      {group.total > group.hits.length ? (
        <Text size="xs" c="dimmed" px="md" py="xs">
          {t('screen.more', { shown: format.number(group.hits.length), total })}
        </Text>
      ) : null}
    </Card>
  );
}
