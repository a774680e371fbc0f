import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useVocabulary } from '../../../hooks/useVocabulary';
import { useCountries } from '../../parties/countries';
import { useRedLists } from '../object/red-list-data';
import { useIndicatorsText } from './indicators-text';

/**
 * The ICOM Red Lists the case file knows (redlist:lists), each with its year, countries, whether
 * it is an emergency list, and its categories (the `red_list_category` vocabulary, level 2).
 */
export function RedListsPanel() {
  const t = useIndicatorsText();
  const lists = useRedLists();
  const vocab = useVocabulary('red_list_category');
  const countries = useCountries();
  return (
    <Stack gap="md" data-testid="indicators-redlists">
      <Text size="sm" c="dimmed">
        {t('redLists.intro')}
      </Text>
      {lists.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('redLists.empty')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {lists.map((list) => {
          const categories = vocab.options.filter((o) => o.parent === list.code);
          return (
            <Paper
              key={list.code}
              withBorder
              radius="md"
              p="md"
              data-testid="indicators-redlist"
              data-code={list.code}
            >
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={3} size="h5">
                    {vocab.labelOf(list.code) || list.title}
                  </Title>
                  {list.emergency ? (
                    <Badge
                      color="red"
                      variant="filled"
                      leftSection={<IconAlertTriangle size={12} />}
                      style={{ flexShrink: 0 }}
                    >
                      {t('redLists.emergency')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('redLists.year', { year: list.year })}
                </Text>
                <Group gap={4}>
                  <Text size="xs" fw={600}>
                    {t('redLists.countries')}:
                  </Text>
                  {list.countries.map((c) => (
                    <Badge key={c} size="sm" variant="outline" color="gray" radius="sm">
                      {countries.nameOf(c)}
                    </Badge>
                  ))}
                </Group>
                <Text size="xs" fw={600}>
                  {t('redLists.categories', { count: categories.length })}
                </Text>
                <List size="sm" spacing={2}>
                  {categories.map((c) => (
                    <List.Item key={c.value}>{c.label}</List.Item>
                  ))}
                </List>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
