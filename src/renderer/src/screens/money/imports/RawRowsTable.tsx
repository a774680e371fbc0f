import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { StatementPreview } from '../../../../../shared/domain/statement';
import { useStatementsText } from '../money-text';
import type { ColumnField } from './mapping-draft';

/** Raw rows shown above the mapping (the parsed preview shows more). */
const SHOWN = 12;

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The file's first rows as they stand, under their headers; a mapped column carries the name of
 * what it is mapped to, so the mapping can be checked against the data at a glance.
 */
export function RawRowsTable(props: {
  preview: StatementPreview;
  used: Partial<Record<ColumnField, string>>;
}) {
  const t = useStatementsText();
  const { headers, rows } = props.preview;
  const fieldsOf = (header: string) =>
    (Object.entries(props.used) as [ColumnField, string][])
      .filter(([, h]) => fold(h) === fold(header))
      .map(([field]) => field);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('mapping.rawTitle', { row: props.preview.headerRow })}
      </Text>
      <ScrollArea type="auto" offsetScrollbars data-testid="statement-raw">
        <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={3} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={44} c="dimmed">
                #
              </Table.Th>
              {headers.map((h, i) => {
                const fields = fieldsOf(h);
                return (
                  <Table.Th
                    key={i}
                    style={{
                      whiteSpace: 'nowrap',
                      verticalAlign: 'bottom',
                      background:
                        fields.length > 0 ? 'var(--mantine-color-steel-light)' : undefined,
                    }}
                    data-testid="statement-raw-header"
                    data-mapped={fields.join(' ') || undefined}
                  >
                    <Stack gap={2}>
                      {fields.map((f) => (
                        <Badge key={f} size="xs" variant="filled" color="steel" tt="none">
                          {t(`mapping.fields.${f}`)}
                        </Badge>
                      ))}
                      <span>{h}</span>
                    </Stack>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows
              .filter((r) => r.row > props.preview.headerRow)
              .slice(0, SHOWN)
              .map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {r.row}
                  </Table.Td>
                  {headers.map((_, i) => (
                    <Table.Td key={i} style={{ whiteSpace: 'nowrap' }}>
                      {r.cells[i] ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}
