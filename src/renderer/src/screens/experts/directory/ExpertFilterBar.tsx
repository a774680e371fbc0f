import { Select, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ReactNode, Ref } from 'react';
import { FilterBar } from '../../../components/data/FilterBar';
import type { VocabularyOption } from '../../../hooks/useVocabulary';
import { useExpertCountries } from './countries';
import { activeFilterCount, NO_EXPERT_FILTERS, type ExpertFilterState } from './expert-filters';
import { useExpertsText } from './experts-text';
import { useSpokenLanguages } from './languages';

const COMBO = { withinPortal: true } as const;

/** Text (folded by main: "maric" finds "Марић"), field, country, language, and the retired too. */
export function ExpertFilterBar(props: {
  value: ExpertFilterState;
  onChange: (value: ExpertFilterState) => void;
  fields: readonly VocabularyOption[];
  searchRef: Ref<HTMLInputElement>;
  trailing?: ReactNode;
}) {
  const t = useExpertsText();
  const countries = useExpertCountries();
  const f = props.value;
  const languages = useSpokenLanguages(f.language ? [f.language] : []);
  const set = (patch: Partial<ExpertFilterState>) => props.onChange({ ...f, ...patch });
  return (
    <FilterBar
      activeCount={activeFilterCount(f)}
      onClear={() => props.onChange(NO_EXPERT_FILTERS)}
      trailing={props.trailing}
      testId="experts-filters"
    >
      <TextInput
        ref={props.searchRef}
        size="xs"
        w={260}
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={14} />}
        value={f.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && f.text) {
            e.stopPropagation();
            set({ text: '' });
          }
        }}
        data-testid="experts-search"
      />
      <Select
        size="xs"
        w={230}
        label={t('filters.field')}
        placeholder={t('filters.anyField')}
        data={props.fields.map((o) => ({ value: o.value, label: o.label }))}
        value={f.field}
        onChange={(field) => set({ field })}
        searchable
        clearable
        comboboxProps={COMBO}
        data-testid="experts-filter-field"
      />
      <Select
        size="xs"
        w={190}
        label={t('filters.country')}
        placeholder={t('filters.anyCountry')}
        data={countries.options}
        value={f.country}
        onChange={(country) => set({ country })}
        searchable
        clearable
        comboboxProps={COMBO}
        data-testid="experts-filter-country"
      />
      <Select
        size="xs"
        w={180}
        label={t('filters.language')}
        placeholder={t('filters.anyLanguage')}
        data={languages.options}
        value={f.language}
        onChange={(language) => set({ language })}
        searchable
        clearable
        comboboxProps={COMBO}
        data-testid="experts-filter-language"
      />
      <Switch
        size="sm"
        mb={6}
        label={t('filters.includeRetired')}
        checked={f.includeRetired}
        onChange={(e) => set({ includeRetired: e.currentTarget.checked })}
        data-testid="experts-filter-retired"
      />
    </FilterBar>
  );
}
