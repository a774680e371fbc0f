import { ActionIcon, Chip, Group, Input, Text, TextInput, Tooltip } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useDataText } from './data-text';

/**
 * A row of filters above a list; a "clear filters" button (an icon, so the row does not wrap)
 * appears once any of them is set.
 */
export function FilterBar(props: {
  children: ReactNode;
  activeCount: number;
  onClear: () => void;
  /** On the right: a result count, view options. */
  trailing?: ReactNode;
  testId?: string;
}) {
  const t = useDataText();
  return (
    <Group gap="md" align="flex-end" wrap="wrap" data-testid={props.testId}>
      {props.children}
      {props.activeCount > 0 ? (
        <Tooltip label={t('filters.clear')}>
          <ActionIcon
            variant="light"
            color="gray"
            size={30}
            aria-label={t('filters.clear')}
            onClick={props.onClear}
            data-testid={props.testId ? `${props.testId}-clear` : undefined}
          >
            <IconFilterOff size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
      {props.trailing ? <Group ml="auto">{props.trailing}</Group> : null}
    </Group>
  );
}

export interface ChipOption<T extends string> {
  value: T;
  label: string;
}

/** Several values of an enumeration at once (statuses, legal statuses): none chosen = all. */
export function EnumChips<T extends string>(props: {
  label: string;
  options: readonly ChipOption<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  testId?: string;
}) {
  const known = (v: string): v is T => props.options.some((o) => o.value === v);
  return (
    <Input.Wrapper label={props.label} size="xs" data-testid={props.testId}>
      <Chip.Group
        multiple
        value={[...props.value]}
        onChange={(v) => props.onChange(v.filter(known))}
      >
        <Group gap={4} wrap="wrap" role="group" aria-label={props.label}>
          {props.options.map((o) => (
            <Chip
              key={o.value}
              value={o.value}
              size="xs"
              radius="sm"
              variant="outline"
              data-testid={props.testId ? `${props.testId}-${o.value}` : undefined}
            >
              {o.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  );
}

export interface DateRange {
  from: string | null;
  to: string | null;
}

/** From … to, both optional, as calendar dates (YYYY-MM-DD); the browser's own date picker. */
export function DateRangeFilter(props: {
  label: string;
  value: DateRange;
  onChange: (value: DateRange) => void;
  testId?: string;
}) {
  const t = useDataText();
  const { from, to } = props.value;
  return (
    <Input.Wrapper label={props.label} size="xs" data-testid={props.testId}>
      <Group gap={6} wrap="nowrap" role="group" aria-label={props.label}>
        <TextInput
          type="date"
          size="xs"
          w={132}
          aria-label={t('filters.from')}
          value={from ?? ''}
          max={to ?? undefined}
          onChange={(e) => props.onChange({ from: e.currentTarget.value || null, to })}
          data-testid={props.testId ? `${props.testId}-from` : undefined}
        />
        <Text size="xs" c="dimmed" aria-hidden>
          –
        </Text>
        <TextInput
          type="date"
          size="xs"
          w={132}
          aria-label={t('filters.to')}
          value={to ?? ''}
          min={from ?? undefined}
          onChange={(e) => props.onChange({ from, to: e.currentTarget.value || null })}
          data-testid={props.testId ? `${props.testId}-to` : undefined}
        />
      </Group>
    </Input.Wrapper>
  );
}
