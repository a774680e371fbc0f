import { Button, EmptyState, Stack, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconFolderPlus, IconFolders } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { CaseSummary } from '../../../../shared/domain/case';
import { api } from '../../api';
import { ScreenHeader } from '../../components/ScreenHeader';
import { sortRows } from '../../components/data/sort-rows';
import { VirtualTable } from '../../components/data/VirtualTable';
import { useDialog } from '../../components/data/useDialog';
import { intlLocale } from '../../i18n';
import { shortcutLabel } from '../../lib/shortcuts';
import { useIpc } from '../../lib/useIpc';
import { ExportBundleButton } from '../bundle/ExportBundleButton';
import { ImportBundleButton } from '../bundle/ImportBundleButton';
import { useCaseColumns } from './case-columns';
import { activeFilterCount, listParams, readListParams } from './case-list-params';
import { caseRoutes } from './case-routes';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseFormModal } from './CaseFormModal';
import { useCasesText } from './useCasesText';

/** Shift as well: Ctrl+N is the application menu's "New case file…". */
export const NEW_CASE_SHORTCUT = 'mod+shift+N';

/** Every case of the case file: filter, sort, open (Enter or double click), start a new one. */
export function CasesListScreen() {
  const t = useCasesText();
  const { t: common, i18n } = useTranslation();
  const call = useIpc();
  const navigate = useNavigate();
  const columns = useCaseColumns();
  const [params, setParams] = useSearchParams();
  const { filters, sort } = readListParams(
    params,
    columns.map((c) => c.key),
  );
  const [rows, setRows] = useState<readonly CaseSummary[] | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const creating = useDialog<null>();
  /** Counts bundle imports, so the list is read again after one. */
  const [imports, setImports] = useState(0);
  const filterKey = JSON.stringify(filters);

  useEffect(() => {
    let live = true;
    const f = JSON.parse(filterKey) as typeof filters;
    setRefreshing(true);
    void call(
      api.case.list({
        status: f.status,
        offence: f.offence,
        openedFrom: f.openedFrom,
        openedTo: f.openedTo,
      }),
    ).then((list) => {
      if (!live) return;
      setRefreshing(false);
      if (list) setRows(list);
    });
    return () => {
      live = false;
    };
  }, [call, filterKey, imports]);

  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    if (!rows || !column) return rows ?? [];
    const collator = new Intl.Collator(intlLocale(i18n.language), {
      sensitivity: 'base',
      numeric: true,
    });
    return sortRows(rows, column.sortValue, sort.direction, collator);
  }, [rows, columns, sort.key, sort.direction, i18n.language]);
  const source = useMemo(() => ({ kind: 'rows' as const, rows: sorted }), [sorted]);

  const open = useCallback((c: CaseSummary) => void navigate(caseRoutes.case(c.id)), [navigate]);
  useHotkeys([[NEW_CASE_SHORTCUT, () => creating.open(null)]]);

  const filtered = activeFilterCount(filters) > 0;
  const empty = filtered ? (
    <EmptyState
      size="sm"
      icon={<IconFolders size={24} stroke={1.5} />}
      title={t('list.noMatchTitle')}
      description={t('list.noMatchText')}
      data-testid="cases-no-match"
    />
  ) : (
    <EmptyState
      size="md"
      variant="light"
      icon={<IconFolders size={28} stroke={1.5} />}
      title={t('list.emptyTitle')}
      description={t('list.emptyText')}
      data-testid="cases-empty"
    >
      <EmptyState.Actions>
        <Button leftSection={<IconFolderPlus size={16} />} onClick={() => creating.open(null)}>
          {t('list.new')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );

  return (
    <Stack
      gap="md"
      h="calc(100dvh - var(--app-shell-header-offset, 0rem) - 2 * var(--app-shell-padding))"
      data-testid="screen-cases"
    >
      <ScreenHeader
        title={common('areas.cases.title')}
        description={
          rows
            ? `${t('list.description', { count: sorted.length })} · ${t('list.keyboardHint')}`
            : undefined
        }
        actions={
          <>
            <ImportBundleButton onImported={() => setImports((n) => n + 1)} />
            <ExportBundleButton />
            <Tooltip label={t('list.newTooltip', { shortcut: shortcutLabel('Shift+N') })}>
              <Button
                leftSection={<IconFolderPlus size={16} />}
                onClick={() => creating.open(null)}
                data-testid="cases-new"
              >
                {t('list.new')}
              </Button>
            </Tooltip>
          </>
        }
      />
      <CaseFilterBar
        filters={filters}
        onChange={(next) => setParams(listParams(next, sort), { replace: true })}
      />
      <VirtualTable
        label={t('list.tableLabel')}
        columns={columns}
        source={source}
        rowKey={(c) => c.id}
        sort={sort}
        onSortChange={(next) => setParams(listParams(filters, next), { replace: true })}
        onOpen={open}
        loading={rows === null}
        refreshing={refreshing && rows !== null}
        empty={empty}
        minWidth={1040}
        autoFocus
        testId="cases-table"
      />
      {creating.state ? (
        <CaseFormModal
          key={creating.state.key}
          record={null}
          onSaved={(record) => void navigate(caseRoutes.case(record.id))}
          onClosed={creating.closed(creating.state.key)}
        />
      ) : null}
    </Stack>
  );
}
