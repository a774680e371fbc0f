import { ActionIcon, Button, Group, Input, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * A list of small groups of fields that repeat (identity documents, addresses, route legs): each
 * row with its remove button, and "Add …" below. Rows are keyed by a `key` made when added.
 */
export function RepeatableRows<T extends { key: string }>(props: {
  label: string;
  addLabel: string;
  removeLabel: string;
  emptyText: string;
  rows: readonly T[];
  onAdd: () => void;
  onRemove: (index: number) => void;
  render: (row: T, index: number) => ReactNode;
  max?: number;
  error?: ReactNode;
  testId: string;
}) {
  const full = props.max !== undefined && props.rows.length >= props.max;
  return (
    <Input.Wrapper label={props.label} error={props.error} data-testid={props.testId}>
      <Stack gap={6} mt={4}>
        {props.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {props.emptyText}
          </Text>
        ) : null}
        {props.rows.map((row, index) => (
          <Paper key={row.key} withBorder p="xs" bg="gray.0" data-testid={`${props.testId}-row`}>
            <Group align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ flex: 1, minWidth: 0 }}>{props.render(row, index)}</div>
              <Tooltip label={props.removeLabel}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={22}
                  aria-label={props.removeLabel}
                  onClick={() => props.onRemove(index)}
                  data-testid={`${props.testId}-remove`}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={props.onAdd}
            disabled={full}
            data-testid={`${props.testId}-add`}
          >
            {props.addLabel}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
