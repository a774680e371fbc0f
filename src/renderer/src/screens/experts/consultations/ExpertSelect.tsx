import { Badge, Group, Select, Stack, Text, type ComboboxItem } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import type { ExpertView } from '../../../../../shared/domain/expert-views';
import { fold } from '../../../../../shared/search/fold';
import { useVocabulary } from '../../../hooks/useVocabulary';
import { useCountries } from '../../objects/fields/countries';
import { useSpokenLanguages } from '../directory/languages';
import { useConsultationsText } from './consultations-text';

/** The line under an expert's name: institution, country, the languages they speak. */
export function expertLine(
  e: Pick<ExpertView, 'institution' | 'country' | 'languages'>,
  countryName: (code: string | null) => string,
  languageName: (code: string) => string,
): string {
  return [e.institution, countryName(e.country), e.languages.map(languageName).join(', ')]
    .filter((part) => part !== '')
    .join(' · ');
}

/**
 * The expert a consultation asks: the directory's active experts (and the one already chosen,
 * should they have retired since), found by any word of their name, institution, country or
 * fields of expertise, each offered with institution, country and fields.
 */
export function ExpertSelect(props: {
  experts: readonly ExpertView[] | null;
  value: string | null;
  onChange: (expert: ExpertView | null) => void;
  error?: ReactNode;
  testId: string;
}) {
  const t = useConsultationsText();
  const countries = useCountries();
  const fields = useVocabulary('expertise_field');
  const spoken = useSpokenLanguages();
  const { value, experts } = props;

  const offered = useMemo(
    () => (experts ?? []).filter((e) => e.active || e.id === value),
    [experts, value],
  );
  const byId = useMemo(() => new Map(offered.map((e) => [e.id, e])), [offered]);
  const haystack = useMemo(
    () =>
      new Map(
        offered.map((e) => [
          e.id,
          fold(
            [
              e.name,
              e.title,
              e.institution,
              e.country ?? '',
              countries.nameOf(e.country),
              ...e.fields.map((f) => fields.labelOf(f)),
            ].join(' '),
          ),
        ]),
      ),
    [offered, countries, fields],
  );

  return (
    <Select
      label={t('fields.expert')}
      required
      placeholder={t('form.expertPlaceholder')}
      leftSection={<IconSearch size={14} />}
      data={offered.map((e) => ({
        value: e.id,
        label: e.institution ? `${e.name} — ${e.institution}` : e.name,
      }))}
      value={value}
      onChange={(id) => props.onChange(id ? (byId.get(id) ?? null) : null)}
      searchable
      clearable
      filter={({ options, search }) => {
        const words = fold(search).split(/\s+/).filter(Boolean);
        if (words.length === 0) return options;
        return (options as ComboboxItem[]).filter((o) => {
          const text = haystack.get(o.value) ?? '';
          return words.every((w) => text.includes(w));
        });
      }}
      nothingFoundMessage={experts === null ? t('form.loading') : t('form.expertNone')}
      maxDropdownHeight={340}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const e = byId.get(option.value);
        if (!e) return option.label;
        return (
          <Stack gap={2} miw={0} py={2} data-testid="expert-option">
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600} truncate="end">
                {e.title ? `${e.title} ${e.name}` : e.name}
              </Text>
              {!e.active ? (
                <Badge size="xs" color="gray" variant="light" tt="none">
                  {t('form.expertRetired')}
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed" truncate="end">
              {expertLine(e, countries.nameOf, spoken.nameOf)}
            </Text>
            {e.fields.length > 0 ? (
              <Text size="xs" c="steel.7" truncate="end">
                {e.fields.map((f) => fields.labelOf(f)).join(', ')}
              </Text>
            ) : null}
          </Stack>
        );
      }}
      error={props.error}
      data-testid={props.testId}
    />
  );
}
