import { TextInput } from '@mantine/core';
import { useState } from 'react';
import type { LinkChartFilters, LinkType } from '../../../../shared/ipc/linkchart.contract';
import { DateRangeFilter, EnumChips, FilterBar } from '../../components/data/FilterBar';
import { useLinkChartText } from './useLinkChartText';

const AMOUNT = /^\d{1,15}(\.\d{1,6})?$/;

/** Period, minimum total of a payment link and the link types shown (kept in the address). */
export function LinkChartFilterBar(props: {
  filters: LinkChartFilters;
  types: readonly LinkType[];
  onChange: (next: LinkChartFilters) => void;
  trailing: React.ReactNode;
}) {
  const t = useLinkChartText();
  const { filters } = props;
  const active =
    (filters.from || filters.to ? 1 : 0) +
    (filters.minAmount ? 1 : 0) +
    (filters.types.length ? 1 : 0);
  return (
    <FilterBar
      activeCount={active}
      onClear={() => props.onChange({ from: null, to: null, minAmount: null, types: [] })}
      testId="linkchart-filters"
      trailing={props.trailing}
    >
      <DateRangeFilter
        label={t('filters.period')}
        value={{ from: filters.from, to: filters.to }}
        onChange={(v) => props.onChange({ ...filters, from: v.from, to: v.to })}
        testId="linkchart-filter-period"
      />
      <MinAmount
        key={filters.minAmount ?? ''}
        value={filters.minAmount}
        onCommit={(minAmount) => props.onChange({ ...filters, minAmount })}
      />
      {props.types.length > 0 ? (
        <EnumChips
          label={t('filters.types')}
          options={props.types.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          value={filters.types}
          onChange={(types) => props.onChange({ ...filters, types })}
          testId="linkchart-filter-types"
        />
      ) : null}
    </FilterBar>
  );
}

/** Applied on Enter or when leaving the field, so the chart is not redrawn at each keystroke. */
function MinAmount(props: { value: string | null; onCommit: (value: string | null) => void }) {
  const t = useLinkChartText();
  const [text, setText] = useState(props.value ?? '');
  const cleaned = text.trim().replace(/[\s']/g, '').replace(',', '.');
  const valid = cleaned === '' || AMOUNT.test(cleaned);
  const commit = () => {
    if (!valid) return;
    const next = cleaned === '' ? null : cleaned;
    if (next !== props.value) props.onCommit(next);
  };
  return (
    <TextInput
      size="xs"
      w={190}
      label={t('filters.minAmount')}
      placeholder={t('filters.minAmountPlaceholder')}
      value={text}
      inputMode="decimal"
      error={valid ? undefined : t('filters.minAmountInvalid')}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      data-testid="linkchart-filter-min"
    />
  );
}
