import { Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import type { RowError } from '../../../../../shared/domain/statement';
import { useFormat } from '../../../i18n/useFormat';
import { useStatementsText } from '../money-text';
import { useRowProblem } from './row-problems';

/** Rows shown at most; "Export errors…" writes them all. */
const SHOWN = 200;

/** The refused rows, each with its row number in the file, the column, the problem and the cell. */
export function RowErrorList(props: {
  errors: readonly RowError[];
  total: number;
  onExport: () => void;
  exporting: boolean;
}) {
  const t = useStatementsText();
  const problem = useRowProblem();
  const format = useFormat();
  const shown = props.errors.slice(0, SHOWN);
  return (
    <Stack gap={6} data-testid="row-errors">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('errors.title', { count: props.total, shown: format.number(props.total) })}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileExport size={14} />}
          loading={props.exporting}
          onClick={props.onExport}
          data-testid="row-errors-export"
        >
          {t('errors.export')}
        </Button>
      </Group>
      <ScrollArea.Autosize mah={220} type="auto">
        <Table striped withTableBorder fz="xs" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('errors.row')}</Table.Th>
              <Table.Th>{t('errors.problem')}</Table.Th>
              <Table.Th>{t('errors.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((e, i) => (
              <Table.Tr key={`${e.row}-${i}`} data-testid="row-error" data-row={e.row}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{e.row}</Table.Td>
                <Table.Td>{problem(e)}</Table.Td>
                <Table.Td ff="monospace">{e.value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {props.total > shown.length ? (
        <Text size="xs" c="dimmed">
          {t('errors.more', {
            count: props.total - shown.length,
            shown: format.number(props.total - shown.length),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}
