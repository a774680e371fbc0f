import { Button, EmptyState, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { PartyListItem } from '../../../../shared/domain/party-views';
import { api } from '../../api';
import { FilterBar } from '../../components/data/FilterBar';
import { sortRows } from '../../components/data/sort-rows';
import { VirtualTable, type SortState } from '../../components/data/VirtualTable';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { intlLocale } from '../../i18n';
import { useIpc } from '../../lib/useIpc';
import { usePartyColumns } from './party-columns';
import { partyRoutes } from './party-routes';
import { PartyFormModal } from './PartyFormModal';
import { usePartiesText } from './usePartiesText';

type KindFilter = 'all' | 'person' | 'organisation';
const DEFAULT_SORT: SortState = { key: 'name', direction: 'asc' };

/**
 * Every person and organisation of the case file, shared by all its cases: filter by kind and by
 * name (insensitive to case, diacritics and script, so "Никола" finds "Nikola"), open one.
 */
export function PartiesScreen() {
  const t = usePartiesText();
  const { t: common, i18n } = useTranslation();
  const label = useEnumLabel();
  const call = useIpc();
  const navigate = useNavigate();
  const columns = usePartyColumns();
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(() => params.get('q') ?? '');
  const [kind, setKind] = useState<KindFilter>(() => {
    const k = params.get('kind');
    return k === 'person' || k === 'organisation' ? k : 'all';
  });
  const [text] = useDebouncedValue(typed.trim(), 150);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [rows, setRows] = useState<readonly PartyListItem[] | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [creating, setCreating] = useState(false);

  // The filters live in the URL too, so going back from a party returns to the same list.
  useEffect(() => {
    const p = new URLSearchParams();
    if (text) p.set('q', text);
    if (kind !== 'all') p.set('kind', kind);
    setParams(p, { replace: true });
  }, [text, kind, setParams]);

  useEffect(() => {
    let live = true;
    setRefreshing(true);
    void call(
      api.party.list({ text: text.slice(0, 200), kind: kind === 'all' ? null : kind }),
    ).then((list) => {
      if (!live) return;
      setRefreshing(false);
      if (list) setRows(list);
    });
    return () => {
      live = false;
    };
  }, [call, text, kind]);

  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    if (!rows || !column) return rows ?? [];
    const collator = new Intl.Collator(intlLocale(i18n.language), {
      sensitivity: 'base',
      numeric: true,
    });
    return sortRows(rows, column.sortValue, sort.direction, collator);
  }, [rows, columns, sort, i18n.language]);
  const source = useMemo(() => ({ kind: 'rows' as const, rows: sorted }), [sorted]);
  const filtered = text !== '' || kind !== 'all';

  const empty = filtered ? (
    <EmptyState
      size="sm"
      icon={<IconUsers size={24} stroke={1.5} />}
      title={t('directory.noMatchTitle')}
      description={t('directory.noMatchText')}
      data-testid="parties-no-match"
    />
  ) : (
    <EmptyState
      size="md"
      variant="light"
      icon={<IconUsers size={28} stroke={1.5} />}
      title={t('directory.emptyTitle')}
      description={t('directory.emptyText')}
      data-testid="parties-empty"
    />
  );

  return (
    <Stack
      gap="md"
      h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding))"
      data-testid="screen-parties"
    >
      <ScreenHeader
        title={common('areas.parties.title')}
        description={
          rows
            ? `${t('directory.description', { count: sorted.length })} · ${t('directory.keyboardHint')}`
            : undefined
        }
        actions={
          <Button
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="parties-new"
          >
            {t('directory.new')}
          </Button>
        }
      />
      <FilterBar
        activeCount={(text ? 1 : 0) + (kind !== 'all' ? 1 : 0)}
        onClear={() => {
          setTyped('');
          setKind('all');
        }}
        testId="party-filters"
      >
        <TextInput
          size="xs"
          w={280}
          label={t('directory.search')}
          placeholder={t('directory.searchPlaceholder')}
          leftSection={<IconSearch size={14} />}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-testid="parties-search"
        />
        <Stack gap={2}>
          <Text size="xs" fw={500}>
            {t('directory.kind')}
          </Text>
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(v) => setKind(v as KindFilter)}
            data={[
              { value: 'all', label: t('directory.allKinds') },
              { value: 'person', label: label('partyKind', 'person') },
              { value: 'organisation', label: label('partyKind', 'organisation') },
            ]}
            data-testid="parties-kind"
          />
        </Stack>
      </FilterBar>
      <Group style={{ flex: 1, minHeight: 0 }} align="stretch">
        <VirtualTable
          label={t('directory.tableLabel')}
          columns={columns}
          source={source}
          rowKey={(p) => p.id}
          sort={sort}
          onSortChange={setSort}
          onOpen={(p) => void navigate(partyRoutes.party(p.id))}
          loading={rows === null}
          refreshing={refreshing && rows !== null}
          empty={empty}
          minWidth={760}
          autoFocus
          testId="parties-table"
        />
      </Group>
      {creating ? (
        <PartyFormModal
          record={null}
          onSaved={(record) => void navigate(partyRoutes.party(record.id))}
          onClosed={() => setCreating(false)}
        />
      ) : null}
    </Stack>
  );
}
