import {
  Divider,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { PAYMENT_METHODS } from '../../../../../shared/domain/finance';
import {
  STATEMENT_DELIMITERS,
  STATEMENT_ENCODINGS,
  type StatementFileInfo,
} from '../../../../../shared/domain/statement';
import { DATE_FORMATS } from '../../../../../shared/finance/date-parse';
import {
  DECIMAL_SEPARATORS,
  THOUSANDS_SEPARATORS,
} from '../../../../../shared/finance/number-parse';
import { CURRENCIES } from '../../seizures/money';
import { useMoneyText, useStatementsText } from '../money-text';
import type { AmountMode, ColumnField, CurrencyMode, MappingDraft } from './mapping-draft';

const SEPARATOR_NAMES = {
  ',': 'comma',
  '.': 'dot',
  ' ': 'space',
  "'": 'apostrophe',
  none: 'none',
} as const;
const DELIMITER_NAMES = {
  auto: 'auto',
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
} as const;

export type DraftIssues = Partial<Record<keyof MappingDraft, ReactNode>>;

/**
 * The mapping's choices, each column a select of the file's headers: the date and its format;
 * the amount (one signed column, debit and credit columns, or an amount with a D/C indicator)
 * and its separators; the currency (a column or fixed); the counterparty and the texts; how the
 * file is read (header row, delimiter, encoding).
 */
export function MappingFields(props: {
  draft: MappingDraft;
  onChange: (patch: Partial<MappingDraft>) => void;
  headers: readonly string[];
  file: StatementFileInfo;
  issues: DraftIssues;
}) {
  const t = useStatementsText();
  const m = useMoneyText();
  const { draft: d, onChange, issues } = props;
  const headers = [...new Set(props.headers.filter((h) => h.trim() !== ''))];

  const column = (field: ColumnField, required = false) => (
    <Select
      size="xs"
      label={t(`mapping.fields.${field}`)}
      placeholder={required ? t('mapping.columnPlaceholder') : t('mapping.notMapped')}
      required={required}
      data={headers}
      value={d[field]}
      onChange={(value) => onChange({ [field]: value } as Partial<MappingDraft>)}
      clearable
      searchable
      error={issues[field]}
      comboboxProps={{ withinPortal: true }}
      data-testid={`mapping-${field}`}
    />
  );
  const select = (field: keyof MappingDraft, data: { value: string; label: string }[]) => (
    <Select
      size="xs"
      label={t(`mapping.fields.${field}`)}
      data={data}
      value={d[field] as string | null}
      onChange={(value) => {
        if (value !== null) onChange({ [field]: value } as Partial<MappingDraft>);
      }}
      allowDeselect={false}
      error={issues[field]}
      comboboxProps={{ withinPortal: true }}
      data-testid={`mapping-${field}`}
    />
  );

  return (
    <Stack gap="xs" data-testid="mapping-fields">
      <Divider label={t('mapping.sections.date')} labelPosition="left" />
      <SimpleGrid cols={2} spacing="xs">
        {column('date', true)}
        {select(
          'dateFormat',
          DATE_FORMATS.map((f) => ({ value: f, label: f })),
        )}
      </SimpleGrid>
      {column('valueDate')}

      <Divider label={t('mapping.sections.amount')} labelPosition="left" />
      <Input.Wrapper label={t('mapping.fields.amountMode')} size="xs">
        <SegmentedControl
          size="xs"
          fullWidth
          data={(['signed', 'debit-credit', 'indicator'] as const).map((mode) => ({
            value: mode,
            label: t(`mapping.amountModes.${mode}`),
          }))}
          value={d.amountMode}
          onChange={(mode) => onChange({ amountMode: mode as AmountMode })}
          data-testid="mapping-amountMode"
        />
      </Input.Wrapper>
      {d.amountMode === 'signed' ? (
        <SimpleGrid cols={2} spacing="xs">
          {column('amount', true)}
          {select('negative', [
            { value: 'outgoing', label: t('mapping.negative.outgoing') },
            { value: 'incoming', label: t('mapping.negative.incoming') },
          ])}
        </SimpleGrid>
      ) : d.amountMode === 'debit-credit' ? (
        <SimpleGrid cols={2} spacing="xs">
          {column('debit', true)}
          {column('credit', true)}
        </SimpleGrid>
      ) : (
        <>
          <SimpleGrid cols={2} spacing="xs">
            {column('amount', true)}
            {column('indicator', true)}
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="xs">
            <TagsInput
              size="xs"
              label={t('mapping.fields.debitValues')}
              value={d.debitValues}
              onChange={(debitValues) => onChange({ debitValues })}
              error={issues.debitValues}
              data-testid="mapping-debitValues"
            />
            <TagsInput
              size="xs"
              label={t('mapping.fields.creditValues')}
              value={d.creditValues}
              onChange={(creditValues) => onChange({ creditValues })}
              error={issues.creditValues}
              data-testid="mapping-creditValues"
            />
          </SimpleGrid>
        </>
      )}
      <SimpleGrid cols={2} spacing="xs">
        {select(
          'decimal',
          DECIMAL_SEPARATORS.map((s) => ({
            value: s,
            label: t(`mapping.separators.${SEPARATOR_NAMES[s]}`),
          })),
        )}
        {select(
          'thousands',
          THOUSANDS_SEPARATORS.map((s) => ({
            value: s,
            label: t(`mapping.separators.${SEPARATOR_NAMES[s]}`),
          })),
        )}
      </SimpleGrid>

      <Divider label={t('mapping.sections.currency')} labelPosition="left" />
      <SimpleGrid cols={2} spacing="xs">
        <Input.Wrapper label={t('mapping.fields.currencyMode')} size="xs">
          <SegmentedControl
            size="xs"
            fullWidth
            data={(['column', 'fixed'] as const).map((mode) => ({
              value: mode,
              label: t(`mapping.currencyModes.${mode}`),
            }))}
            value={d.currencyMode}
            onChange={(mode) => onChange({ currencyMode: mode as CurrencyMode })}
            data-testid="mapping-currencyMode"
          />
        </Input.Wrapper>
        {d.currencyMode === 'column' ? (
          column('currencyColumn', true)
        ) : (
          <Select
            size="xs"
            label={t('mapping.fields.currencyCode')}
            required
            data={[...CURRENCIES]}
            value={d.currencyCode}
            onChange={(currencyCode) => onChange({ currencyCode })}
            searchable
            error={issues.currencyCode}
            comboboxProps={{ withinPortal: true }}
            data-testid="mapping-currencyCode"
          />
        )}
      </SimpleGrid>

      <Divider label={t('mapping.sections.counterparty')} labelPosition="left" />
      <SimpleGrid cols={2} spacing="xs">
        {column('counterpartyName')}
        {column('counterpartyAccount')}
        {column('reference')}
        {column('purpose')}
        {column('transactionId')}
        {select(
          'method',
          PAYMENT_METHODS.map((x) => ({ value: x, label: m(`methods.${x}`) })),
        )}
      </SimpleGrid>

      <Divider label={t('mapping.sections.file')} labelPosition="left" />
      <SimpleGrid cols={2} spacing="xs">
        <NumberInput
          size="xs"
          label={t('mapping.fields.headerRow')}
          min={1}
          max={1000}
          value={d.headerRow}
          onChange={(v) => onChange({ headerRow: typeof v === 'number' && v >= 1 ? v : 1 })}
          error={issues.headerRow}
          data-testid="mapping-headerRow"
        />
        <NumberInput
          size="xs"
          label={t('mapping.fields.skipLastRows')}
          min={0}
          max={1000}
          value={d.skipLastRows}
          onChange={(v) => onChange({ skipLastRows: typeof v === 'number' && v >= 0 ? v : 0 })}
          error={issues.skipLastRows}
          data-testid="mapping-skipLastRows"
        />
        {props.file.kind === 'csv' ? (
          <>
            {select(
              'delimiter',
              STATEMENT_DELIMITERS.map((s) => ({
                value: s,
                label: t(`mapping.delimiters.${DELIMITER_NAMES[s]}`),
              })),
            )}
            {select(
              'encoding',
              STATEMENT_ENCODINGS.map((s) => ({
                value: s,
                label: s === 'auto' ? t('mapping.delimiters.auto') : s.toUpperCase(),
              })),
            )}
          </>
        ) : (
          <Select
            size="xs"
            label={t('mapping.fields.sheet')}
            data={props.file.sheets}
            value={d.sheet ?? props.file.sheet}
            onChange={(sheet) => onChange({ sheet })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="mapping-sheet"
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
