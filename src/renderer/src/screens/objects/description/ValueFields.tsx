import { Grid, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  AUTHENTICITY,
  CONDITION_GRADES,
  VALUATION_BASES,
} from '../../../../../shared/domain/object';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { useCurrencies } from '../fields/countries';
import { useObjectsText } from '../useObjectsText';
import type { ObjectForm } from './object-form';

const testId = (name: string) => ({ 'data-testid': `object-form-${name}` });

/** Valuation (amount, currency, basis, valuer, date), authenticity and condition. */
export function ValueFields({ form }: { form: ObjectForm }) {
  const t = useObjectsText();
  const label = useEnumLabel();
  const currencies = useCurrencies();
  return (
    <Stack gap="sm">
      <Grid gap="xs">
        <Grid.Col span={5}>
          <TextInput
            size="xs"
            label={t('fields.amount')}
            placeholder="1250.00"
            inputMode="decimal"
            styles={{ input: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' } }}
            {...form.getInputProps('valuation.value.amount')}
            error={
              form.errors['valuation.value.amount'] ??
              form.errors['valuation.value'] ??
              form.errors['valuation']
            }
            {...testId('valuation-amount')}
          />
        </Grid.Col>
        <Grid.Col span={7}>
          <Select
            size="xs"
            label={t('fields.currency')}
            placeholder="EUR"
            data={currencies}
            searchable
            allowDeselect
            clearable
            limit={60}
            {...form.getInputProps('valuation.value.currency')}
            {...testId('valuation-currency')}
          />
        </Grid.Col>
        <Grid.Col span={6}>
          <Select
            size="xs"
            label={t('fields.valuationBasis')}
            data={VALUATION_BASES.map((b) => ({ value: b, label: label('valuationBasis', b) }))}
            allowDeselect
            clearable
            {...form.getInputProps('valuation.basis')}
            {...testId('valuation-basis')}
          />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput
            size="xs"
            label={t('fields.valuedOn')}
            placeholder={t('form.partialDatePlaceholder')}
            {...form.getInputProps('valuation.on')}
            {...testId('valuation-on')}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            size="xs"
            label={t('fields.valuer')}
            {...form.getInputProps('valuation.valuer')}
            {...testId('valuation-valuer')}
          />
        </Grid.Col>
      </Grid>
      <Select
        size="xs"
        label={t('fields.authenticity')}
        data={AUTHENTICITY.map((a) => ({ value: a, label: label('authenticity', a) }))}
        {...form.getInputProps('authenticity')}
        {...testId('authenticity')}
      />
      <Grid gap="xs">
        <Grid.Col span={5}>
          <Select
            size="xs"
            label={t('fields.condition')}
            data={CONDITION_GRADES.map((g) => ({ value: g, label: label('conditionGrade', g) }))}
            {...form.getInputProps('condition.grade')}
            {...testId('condition-grade')}
          />
        </Grid.Col>
        <Grid.Col span={7}>
          <Textarea
            size="xs"
            label={t('fields.conditionNote')}
            autosize
            minRows={1}
            maxRows={5}
            {...form.getInputProps('condition.note')}
            {...testId('condition-note')}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
