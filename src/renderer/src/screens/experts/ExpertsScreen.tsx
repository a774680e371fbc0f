import { Box, Button, EmptyState, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconCertificate, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ExpertView } from '../../../../shared/domain/expert-views';
import { api } from '../../api';
import { sortRows } from '../../components/data/sort-rows';
import { useDialog } from '../../components/data/useDialog';
import { VirtualTable, type SortState } from '../../components/data/VirtualTable';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useVocabulary } from '../../hooks/useVocabulary';
import { intlLocale } from '../../i18n';
import { useIpc } from '../../lib/useIpc';
import { useExpertCountries } from './directory/countries';
import { DirectoryFileMenu } from './directory/DirectoryFileMenu';
import { useExpertColumns, type ExpertNames } from './directory/expert-columns';
import {
  activeFilterCount,
  EXPERT_PARAMS,
  expertListQuery,
  filtersFromParams,
  filtersToParams,
  type ExpertFilterState,
} from './directory/expert-filters';
import { ExpertDetailPanel } from './directory/ExpertDetailPanel';
import { ExpertFilterBar } from './directory/ExpertFilterBar';
import { ExpertFormModal } from './directory/ExpertFormModal';
import { useExpertsText } from './directory/experts-text';
import { useSpokenLanguages } from './directory/languages';

const DEFAULT_SORT: SortState = { key: 'name', direction: 'asc' };

/**
 * The directory of experts (the sidebar's "Experts"), shared by every case of the case file: who
 * the unit can consult, in which fields, countries and languages, and how quickly they answered.
 * Filters live in the address (`?q=&field=&country=&lang=`); `/` goes to the search. A click, or
 * ↑ ↓ and Enter, shows an expert beside the list with the history of their consultations.
 */
export function ExpertsScreen() {
  const t = useExpertsText();
  const { i18n } = useTranslation();
  const call = useIpc();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<ExpertFilterState>(() => filtersFromParams(params));
  const [text] = useDebouncedValue(filters.text.trim(), 150);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [rows, setRows] = useState<readonly ExpertView[] | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [revision, setRevision] = useState(0);
  const editing = useDialog<ExpertView | null>();
  const searchRef = useRef<HTMLInputElement>(null);

  const vocabulary = useVocabulary('expertise_field');
  const countries = useExpertCountries();
  const languages = useSpokenLanguages();
  const names: ExpertNames = useMemo(
    () => ({
      fieldLabel: vocabulary.labelOf,
      countryName: countries.nameOf,
      languageName: languages.nameOf,
    }),
    [vocabulary.labelOf, countries.nameOf, languages.nameOf],
  );

  const openId = params.get(EXPERT_PARAMS.expert);
  const setOpen = useCallback(
    (id: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (id) next.set(EXPERT_PARAMS.expert, id);
          else next.delete(EXPERT_PARAMS.expert);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  // What is asked of main: the typed text once typing pauses, the rest at once.
  const asked = useMemo(() => ({ ...filters, text }), [filters, text]);
  const queryKey = JSON.stringify(expertListQuery(asked));

  // The filters live in the address too, so coming back from a consultation finds the same list.
  useEffect(() => {
    setParams((prev) => filtersToParams(asked, prev), { replace: true });
  }, [asked, setParams]);

  useEffect(() => {
    let live = true;
    setRefreshing(true);
    void call(api.expert.list(JSON.parse(queryKey) as ReturnType<typeof expertListQuery>)).then(
      (list) => {
        if (!live) return;
        setRefreshing(false);
        if (list) setRows(list);
      },
    );
    return () => {
      live = false;
    };
  }, [call, queryKey, revision]);

  const columns = useExpertColumns(names, openId !== null);
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

  useHotkeys([['/', () => searchRef.current?.focus()]]);

  // A click on a row shows that expert (the table itself selects on click and opens on Enter).
  const onTableClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    const id = target?.closest('[role="row"][data-key]')?.getAttribute('data-key');
    if (id) setOpen(id);
  };

  const saved = (expert: ExpertView) => {
    setRevision((n) => n + 1);
    setOpen(expert.id);
  };

  const filtered = activeFilterCount(filters) > 0;
  const empty = filtered ? (
    <EmptyState
      size="sm"
      icon={<IconCertificate size={24} stroke={1.5} />}
      title={t('directory.noMatchTitle')}
      description={t('directory.noMatchText')}
      data-testid="experts-no-match"
    />
  ) : (
    <EmptyState
      size="md"
      variant="light"
      icon={<IconCertificate size={28} stroke={1.5} />}
      title={t('directory.emptyTitle')}
      description={t('directory.emptyText')}
      data-testid="experts-empty"
    >
      <EmptyState.Actions>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => editing.open(null)}>
          {t('directory.add')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );

  return (
    <Stack
      gap="md"
      h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding))"
      data-testid="screen-ExpertsScreen"
    >
      <ScreenHeader
        title={t('title')}
        description={t('directory.description')}
        actions={
          <>
            <DirectoryFileMenu onImported={() => setRevision((n) => n + 1)} />
            <Button
              leftSection={<IconUserPlus size={16} />}
              onClick={() => editing.open(null)}
              data-testid="experts-add"
            >
              {t('directory.add')}
            </Button>
          </>
        }
      />
      <ExpertFilterBar
        value={filters}
        onChange={setFilters}
        fields={vocabulary.options}
        searchRef={searchRef}
      />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" data-testid="experts-count">
          {rows ? t('directory.count', { count: rows.length }) : ' '}
        </Text>
        <Text size="xs" c="dimmed">
          {t('directory.keyboardHint')}
        </Text>
      </Group>
      <Group style={{ flex: 1, minHeight: 0 }} align="stretch" gap="md" wrap="nowrap">
        <Box
          style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}
          onClick={onTableClick}
        >
          <VirtualTable
            label={t('directory.tableLabel')}
            columns={columns}
            source={source}
            rowKey={(e) => e.id}
            sort={sort}
            onSortChange={setSort}
            onOpen={(e) => setOpen(e.id)}
            rowHeight={52}
            loading={rows === null}
            refreshing={refreshing && rows !== null}
            empty={empty}
            minWidth={openId ? 660 : 1140}
            autoFocus
            testId="experts-table"
          />
        </Box>
        {openId ? (
          <ExpertDetailPanel
            expertId={openId}
            revision={revision}
            names={names}
            onEdit={(detail) => editing.open(detail.expert)}
            onClose={() => setOpen(null)}
          />
        ) : null}
      </Group>
      {editing.state ? (
        <ExpertFormModal
          key={editing.state.key}
          record={editing.state.value}
          onSaved={saved}
          onClosed={editing.closed(editing.state.key)}
        />
      ) : null}
    </Stack>
  );
}
