import { Badge, CloseButton, Group, Input, MultiSelect, Select, TextInput } from '@mantine/core';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../../shared/domain/finance';
import type { AccountView } from '../../../../../shared/domain/finance-views';
import { DateRangeFilter, FilterBar } from '../../../components/data/FilterBar';
import { PartyPicker } from '../../parties/PartyPicker';
import { useMoneyText } from '../money-text';
import { accountOptions } from '../useCaseAccounts';
import {
  activeFilterCount,
  NO_PAYMENT_FILTERS,
  type AmountBound,
  type PaymentFilterState,
} from './payment-filters';

const isMethod = (v: string): v is PaymentMethod =>
  (PAYMENT_METHODS as readonly string[]).includes(v);

/** Period, account, party, amount range and method; the import a list was opened from. */
export function PaymentFilterBar(props: {
  value: PaymentFilterState;
  onChange: (value: PaymentFilterState) => void;
  accounts: readonly AccountView[] | null;
  invalid: readonly AmountBound[];
  importLabel: string | null;
}) {
  const t = useMoneyText();
  const f = props.value;
  const set = (patch: Partial<PaymentFilterState>) => props.onChange({ ...f, ...patch });
  return (
    <FilterBar
      activeCount={activeFilterCount(f)}
      onClear={() => props.onChange(NO_PAYMENT_FILTERS)}
      testId="payments-filters"
    >
      <DateRangeFilter
        label={t('payments.filters.period')}
        value={{ from: f.from, to: f.to }}
        onChange={({ from, to }) => set({ from, to })}
        testId="payments-filter-period"
      />
      <Select
        size="xs"
        w={190}
        label={t('payments.filters.account')}
        placeholder={t('payments.filters.anyAccount')}
        data={accountOptions(props.accounts)}
        value={f.accountId}
        onChange={(accountId) => set({ accountId })}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
        data-testid="payments-filter-account"
      />
      <Input.Wrapper label={t('payments.filters.party')} size="xs">
        <PartyPicker
          size="xs"
          placeholder={t('payments.filters.anyParty')}
          value={f.party}
          onChange={(party) => set({ party })}
          testId="payments-filter-party"
        />
      </Input.Wrapper>
      <Input.Wrapper label={t('payments.filters.amount')} size="xs">
        <Group gap={6} wrap="nowrap" role="group" aria-label={t('payments.filters.amount')}>
          <TextInput
            size="xs"
            w={84}
            inputMode="decimal"
            aria-label={t('payments.filters.amountMin')}
            placeholder={t('payments.filters.amountMin')}
            value={f.amountMin}
            error={props.invalid.includes('amountMin')}
            onChange={(e) => set({ amountMin: e.currentTarget.value })}
            data-testid="payments-filter-amountMin"
          />
          <TextInput
            size="xs"
            w={84}
            inputMode="decimal"
            aria-label={t('payments.filters.amountMax')}
            placeholder={t('payments.filters.amountMax')}
            value={f.amountMax}
            error={props.invalid.includes('amountMax')}
            onChange={(e) => set({ amountMax: e.currentTarget.value })}
            data-testid="payments-filter-amountMax"
          />
        </Group>
      </Input.Wrapper>
      <MultiSelect
        size="xs"
        w={160}
        label={t('payments.filters.method')}
        placeholder={f.methods.length === 0 ? t('payments.filters.anyMethod') : undefined}
        data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
        value={f.methods}
        onChange={(methods) => set({ methods: methods.filter(isMethod) })}
        clearable
        comboboxProps={{ withinPortal: true }}
        data-testid="payments-filter-method"
      />
      {f.importId ? (
        <Badge
          variant="light"
          color="steel"
          tt="none"
          size="lg"
          rightSection={
            <CloseButton
              size="xs"
              aria-label={t('payments.filters.clearImport')}
              onClick={() => set({ importId: null })}
            />
          }
          data-testid="payments-filter-import"
        >
          {t('payments.filters.fromImport', { file: props.importLabel ?? '' })}
        </Badge>
      ) : null}
    </FilterBar>
  );
}
