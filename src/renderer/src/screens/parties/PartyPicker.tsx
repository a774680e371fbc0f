import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { PartyListItem, PartySummary } from '../../../../shared/domain/party-views';
import { api } from '../../api';
import { useIpc } from '../../lib/useIpc';
import { KIND_ICON } from './party-marks';
import { usePartiesText } from './usePartiesText';

/** Options shown at once; typing more of the name narrows the list. */
const SHOWN = 50;

/**
 * Picks a party of the case file by name. The search runs in main (party:list), insensitive to
 * case, diacritics and script: typing "Никола" offers "Nikola Petrović".
 */
export function PartyPicker(props: {
  label?: string;
  description?: string;
  placeholder?: string;
  value: PartySummary | null;
  onChange: (party: PartySummary | null) => void;
  kind?: PartySummary['kind'] | null;
  exclude?: readonly string[];
  error?: ReactNode;
  required?: boolean;
  size?: 'xs' | 'sm';
  autoFocus?: boolean;
  testId: string;
}) {
  const t = usePartiesText();
  const call = useIpc();
  const [search, setSearch] = useState(props.value?.name ?? '');
  const [query] = useDebouncedValue(search.trim(), 150);
  const [found, setFound] = useState<PartyListItem[]>([]);
  const kind = props.kind ?? null;
  const excluded = (props.exclude ?? []).join(',');

  useEffect(() => {
    let live = true;
    // The selected party's own name would only find itself again: list everyone instead.
    const text = query === props.value?.name ? '' : query;
    void call(api.party.list({ text: text.slice(0, 200), kind })).then((list) => {
      if (live && list) setFound(list);
    });
    return () => {
      live = false;
    };
  }, [call, query, kind, props.value?.name]);

  const byId = useMemo(() => {
    const skip = new Set(excluded.split(','));
    const map = new Map<string, PartySummary>();
    if (props.value) map.set(props.value.id, props.value);
    for (const p of found.filter((x) => !skip.has(x.id)).slice(0, SHOWN)) map.set(p.id, p);
    return map;
  }, [found, excluded, props.value]);

  return (
    <Select
      label={props.label}
      description={props.description}
      placeholder={props.placeholder ?? t('picker.placeholder')}
      required={props.required}
      size={props.size}
      data-autofocus={props.autoFocus || undefined}
      leftSection={<IconSearch size={14} />}
      data={[...byId.values()].map((p) => ({ value: p.id, label: p.name }))}
      value={props.value?.id ?? null}
      onChange={(id) => props.onChange(id ? (byId.get(id) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      clearable
      allowDeselect
      nothingFoundMessage={t('picker.nothingFound')}
      maxDropdownHeight={300}
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => {
        const party = byId.get(option.value);
        const Icon = party ? KIND_ICON[party.kind] : null;
        return (
          <Group gap={8} wrap="nowrap">
            {Icon ? <Icon size={14} stroke={1.6} aria-hidden /> : null}
            <Text size="sm">{option.label}</Text>
          </Group>
        );
      }}
      error={props.error}
      data-testid={props.testId}
    />
  );
}
