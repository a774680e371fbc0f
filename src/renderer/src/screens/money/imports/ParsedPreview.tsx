import { Badge, Group, ScrollArea, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type {
  ParsedStatementRow,
  StatementField,
  StatementPreview,
} from '../../../../../shared/domain/statement';
import { useCalendarDate } from '../../../components/data/dates';
import { useFormat } from '../../../i18n/useFormat';
import { useDecimal } from '../money-format';
import { useStatementsText } from '../money-text';
import { useRowProblem } from './row-problems';

type Cell = 'date' | 'amount' | 'currency' | 'counterparty' | 'text' | 'row';

/** Which preview cell a row error belongs to. */
const CELL_OF: Record<StatementField, Cell> = {
  date: 'date',
  valueDate: 'date',
  amount: 'amount',
  debit: 'amount',
  credit: 'amount',
  indicator: 'amount',
  currency: 'currency',
  counterpartyName: 'counterparty',
  counterpartyAccount: 'counterparty',
  reference: 'text',
  purpose: 'text',
  transactionId: 'text',
  method: 'row',
};

const NUMBERS = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The counts over the whole file: rows, valid, refused, already imported. */
export function PreviewCounts({ parsed }: { parsed: NonNullable<StatementPreview['parsed']> }) {
  const t = useStatementsText();
  const format = useFormat();
  const { counts } = parsed;
  const n = (value: number) => format.number(value);
  return (
    <Group gap="xs" data-testid="preview-counts">
      <Badge variant="light" color="gray" tt="none" data-testid="preview-count-rows">
        {t('preview.counts.rows', { count: counts.rows, shown: n(counts.rows) })}
      </Badge>
      <Badge variant="light" color="teal" tt="none" data-testid="preview-count-valid">
        {t('preview.counts.valid', { count: counts.valid, shown: n(counts.valid) })}
      </Badge>
      <Badge
        variant={counts.invalid > 0 ? 'filled' : 'light'}
        color={counts.invalid > 0 ? 'red' : 'gray'}
        tt="none"
        data-testid="preview-count-refused"
        data-count={counts.invalid}
      >
        {t('preview.counts.refused', { count: counts.invalid, shown: n(counts.invalid) })}
      </Badge>
      {parsed.duplicatesChecked ? (
        <Badge
          variant="light"
          color={counts.duplicates > 0 ? 'orange' : 'gray'}
          tt="none"
          data-testid="preview-count-duplicates"
          data-count={counts.duplicates}
        >
          {t('preview.counts.duplicates', {
            count: counts.duplicates,
            shown: n(counts.duplicates),
          })}
        </Badge>
      ) : (
        <Text size="xs" c="dimmed">
          {t('preview.duplicatesUnchecked')}
        </Text>
      )}
    </Group>
  );
}

/**
 * The first rows as the import would take them: date, direction, amount, currency, counterparty,
 * reference; a cell at fault in red with what is wrong on hover, a repeated row marked.
 */
export function ParsedPreview({ parsed }: { parsed: NonNullable<StatementPreview['parsed']> }) {
  const t = useStatementsText();
  const date = useCalendarDate();
  const decimal = useDecimal();
  const problem = useRowProblem();

  const cell = (r: ParsedStatementRow, which: Cell, content: ReactNode, align?: 'right') => {
    const errors = r.errors.filter((e) => (e.field ? CELL_OF[e.field] : 'row') === which);
    const style = { ...NUMBERS, textAlign: align } as const;
    if (errors.length === 0) return <Table.Td style={style}>{content}</Table.Td>;
    return (
      <Tooltip label={errors.map(problem).join(' · ')} multiline w={320}>
        <Table.Td
          style={{ ...style, background: 'var(--mantine-color-red-light)' }}
          c="red.9"
          data-testid="preview-cell-error"
          data-row={r.row}
        >
          {content || errors.map((e) => e.value).find((v) => v !== '') || '—'}
        </Table.Td>
      </Tooltip>
    );
  };

  const status = (r: ParsedStatementRow) =>
    !r.ok ? (
      <Badge size="xs" color="red" tt="none">
        {t('preview.status.refused')}
      </Badge>
    ) : r.duplicate ? (
      <Badge size="xs" color="orange" variant="light" tt="none">
        {t('preview.status.duplicate')}
      </Badge>
    ) : (
      <Badge size="xs" color="teal" variant="light" tt="none">
        {t('preview.status.valid')}
      </Badge>
    );

  return (
    <ScrollArea type="auto" offsetScrollbars data-testid="statement-parsed">
      <Table withTableBorder fz="xs" verticalSpacing={3} horizontalSpacing={6} miw={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t('preview.columns.row')}</Table.Th>
            <Table.Th>{t('preview.columns.date')}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{t('preview.columns.amount')}</Table.Th>
            <Table.Th>{t('preview.columns.currency')}</Table.Th>
            <Table.Th>{t('preview.columns.counterparty')}</Table.Th>
            <Table.Th>{t('preview.columns.reference')}</Table.Th>
            <Table.Th>{t('preview.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parsed.rows.map((r) => (
            <Table.Tr key={r.row} data-testid="preview-row" data-row={r.row} data-ok={r.ok}>
              <Table.Td c="dimmed" style={NUMBERS}>
                {r.row}
              </Table.Td>
              {cell(r, 'date', r.date ? date(r.date) : '')}
              {cell(
                r,
                'amount',
                r.amount ? (
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {r.direction === 'out' ? (
                      <IconArrowUpRight
                        size={13}
                        color="var(--mantine-color-red-7)"
                        aria-label={t('preview.direction.out')}
                      />
                    ) : (
                      <IconArrowDownLeft
                        size={13}
                        color="var(--mantine-color-teal-7)"
                        aria-label={t('preview.direction.in')}
                      />
                    )}
                    {r.direction === 'out' ? '−' : '+'}
                    {decimal(r.amount)}
                  </Group>
                ) : (
                  ''
                ),
                'right',
              )}
              {cell(r, 'currency', r.currency ?? '')}
              {cell(
                r,
                'counterparty',
                r.counterpartyName || r.counterpartyAccount ? (
                  <Stack gap={0}>
                    <span>{r.counterpartyName}</span>
                    <Text span fz={11} c="dimmed" ff="monospace">
                      {r.counterpartyAccount}
                    </Text>
                  </Stack>
                ) : (
                  ''
                ),
              )}
              {cell(r, 'text', [r.reference, r.purpose].filter(Boolean).join(' · '))}
              {cell(r, 'row', status(r))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
