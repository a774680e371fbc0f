import { MultiSelect, Select } from '@mantine/core';
import { LEGAL_STATUSES } from '../../../../../shared/domain/object';
import type { SeizureSummary } from '../../../../../shared/domain/object-views';
import { FilterBar } from '../../../components/data/FilterBar';
import { useEnumLabel, useVocabulary } from '../../../hooks/useVocabulary';
import { isLegalStatus } from '../object-marks';
import { useObjectsText } from '../useObjectsText';
import { activeFilterCount, NO_FILTERS, type ObjectFilters } from './object-list-params';

/** Type (level 1), legal statuses (several at once), seizure. */
export function ObjectFilterBar(props: {
  filters: ObjectFilters;
  seizures: readonly SeizureSummary[];
  onChange: (filters: ObjectFilters) => void;
  trailing?: React.ReactNode;
}) {
  const t = useObjectsText();
  const label = useEnumLabel();
  const types = useVocabulary('object_type', props.filters.typeL1 ? [props.filters.typeL1] : []);
  const { filters, onChange } = props;
  return (
    <FilterBar
      activeCount={activeFilterCount(filters)}
      onClear={() => onChange(NO_FILTERS)}
      trailing={props.trailing}
      testId="objects-filters"
    >
      <Select
        size="xs"
        w={210}
        label={t('filters.type')}
        placeholder={t('filters.anyType')}
        data={types.options.filter((o) => o.parent === null)}
        value={filters.typeL1}
        onChange={(typeL1) => onChange({ ...filters, typeL1 })}
        allowDeselect
        clearable
        searchable
        data-testid="objects-filter-type"
      />
      <MultiSelect
        size="xs"
        w={300}
        label={t('filters.legalStatus')}
        placeholder={filters.legalStatus.length === 0 ? t('filters.anyStatus') : undefined}
        data={LEGAL_STATUSES.map((value) => ({ value, label: label('legalStatus', value) }))}
        value={filters.legalStatus}
        onChange={(values) => onChange({ ...filters, legalStatus: values.filter(isLegalStatus) })}
        clearable
        data-testid="objects-filter-status"
      />
      <Select
        size="xs"
        w={200}
        label={t('filters.seizure')}
        placeholder={t('filters.anySeizure')}
        data={props.seizures.map((s) => ({ value: s.id, label: s.reference }))}
        value={filters.seizureId}
        onChange={(seizureId) => onChange({ ...filters, seizureId })}
        allowDeselect
        clearable
        searchable
        nothingFoundMessage={t('filters.noSeizures')}
        data-testid="objects-filter-seizure"
      />
    </FilterBar>
  );
}
