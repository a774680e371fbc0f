import { Select } from '@mantine/core';
import { CASE_STATUSES } from '../../../../shared/domain/case';
import { DateRangeFilter, EnumChips, FilterBar } from '../../components/data/FilterBar';
import { useEnumLabel, useVocabulary } from '../../hooks/useVocabulary';
import { activeFilterCount, NO_FILTERS, type CaseFilters } from './case-list-params';
import { useCasesText } from './useCasesText';

export function CaseFilterBar(props: {
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
  trailing?: React.ReactNode;
}) {
  const t = useCasesText();
  const label = useEnumLabel();
  const { filters, onChange } = props;
  const offences = useVocabulary('offence_type', filters.offence ? [filters.offence] : []);

  return (
    <FilterBar
      activeCount={activeFilterCount(filters)}
      onClear={() => onChange(NO_FILTERS)}
      trailing={props.trailing}
      testId="case-filters"
    >
      <EnumChips
        label={t('filters.status')}
        options={CASE_STATUSES.map((s) => ({ value: s, label: label('caseStatus', s) }))}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
        testId="case-filter-status"
      />
      <Select
        size="xs"
        w={220}
        label={t('filters.offence')}
        placeholder={t('filters.offenceAny')}
        data={offences.options}
        value={filters.offence}
        onChange={(offence) => onChange({ ...filters, offence })}
        searchable
        clearable
        allowDeselect
        comboboxProps={{ withinPortal: true }}
        data-testid="case-filter-offence"
      />
      <DateRangeFilter
        label={t('filters.opened')}
        value={{ from: filters.openedFrom, to: filters.openedTo }}
        onChange={({ from, to }) => onChange({ ...filters, openedFrom: from, openedTo: to })}
        testId="case-filter-opened"
      />
    </FilterBar>
  );
}
