import { Button, EmptyState, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconFilePlus, IconFiles, IconFileText, IconSearch } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  DOCUMENT_ASSESSMENTS,
  type DocumentAssessmentStatus,
  type DocumentView,
} from '../../../../shared/domain/document';
import { api } from '../../api';
import { EnumChips, FilterBar } from '../../components/data/FilterBar';
import { sortRows } from '../../components/data/sort-rows';
import { useDialog } from '../../components/data/useDialog';
import { VirtualTable, type SortState } from '../../components/data/VirtualTable';
import { useVocabulary } from '../../hooks/useVocabulary';
import { intlLocale } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { useIpc } from '../../lib/useIpc';
import { useNotify } from '../../lib/useNotify';
import { useCaseContext } from '../cases/case-context';
import { useCaseObjects } from '../objects/useCaseObjects';
import { usePartySummaries } from '../parties/usePartySummaries';
import { exhibitsOf, issuerName, useDocumentColumns, type DocumentNames } from './document-columns';
import { DOCUMENT_PARAM } from './document-routes';
import { DocumentDetail } from './DocumentDetail';
import { DocumentFormModal, type DocumentFormMode } from './DocumentFormModal';
import { useCaseDocuments } from './useCaseDocuments';
import { useDocumentsText } from './useDocumentsText';

interface Filters {
  type: string | null;
  assessment: DocumentAssessmentStatus[];
  text: string;
}
const NO_FILTERS: Filters = { type: null, assessment: [], text: '' };

/** The searchable text of a document: what the quick filter matches, case and accents ignored. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The case page's Documents tab: every document of the case with its assessment, grade, handling
 * code and file fingerprint; filters by type and assessment and a quick text filter; "Add
 * document" (files picked, hashed on ingest, then described) and "Record without file". A row
 * opens the document's detail beside the list (↑ ↓ and Enter work as well).
 */
export function DocumentsTab() {
  const t = useDocumentsText();
  const { i18n } = useTranslation();
  const call = useIpc();
  const notify = useNotify();
  const format = useFormat();
  const { view } = useCaseContext();
  const caseId = view.record.id;
  const { documents, reload } = useCaseDocuments(caseId);
  const objects = useCaseObjects(caseId);
  const types = useVocabulary('document_type');
  const issuerIds = useMemo(
    () => [
      ...new Set((documents ?? []).flatMap((d) => (d.issuer.partyId ? [d.issuer.partyId] : []))),
    ],
    [documents],
  );
  const parties = usePartySummaries(issuerIds);
  const names: DocumentNames = useMemo(
    () => ({
      parties,
      exhibits: new Map((objects ?? []).map((o) => [o.id, o.exhibitNumber])),
    }),
    [parties, objects],
  );
  const columns = useDocumentColumns(names);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<SortState>({ key: 'issuedOn', direction: 'desc' });
  const [params, setParams] = useSearchParams();
  const form = useDialog<DocumentFormMode>();
  const [picking, setPicking] = useState(false);
  const [attaching, setAttaching] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);

  const openId = params.get(DOCUMENT_PARAM);
  const opened = useMemo(
    () => (openId ? ((documents ?? []).find((d) => d.id === openId) ?? null) : null),
    [documents, openId],
  );
  const setOpen = useCallback(
    (id: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (id) next.set(DOCUMENT_PARAM, id);
          else next.delete(DOCUMENT_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const filtered = useMemo(() => {
    const words = fold(filters.text).split(/\s+/).filter(Boolean);
    const rows = (documents ?? []).filter((d) => {
      if (filters.type && d.type !== filters.type) return false;
      if (filters.assessment.length > 0 && !filters.assessment.includes(d.assessment.status))
        return false;
      if (words.length === 0) return true;
      const haystack = fold(
        [
          types.labelOf(d.type),
          d.title,
          d.number,
          issuerName(d, names),
          d.file?.name ?? '',
          d.file?.sha256 ?? '',
          d.description,
          d.assessment.reason,
          ...exhibitsOf(d, names),
        ].join('\n'),
      );
      return words.every((w) => haystack.includes(w));
    });
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    if (!column) return rows;
    const collator = new Intl.Collator(intlLocale(i18n.language), {
      sensitivity: 'base',
      numeric: true,
    });
    return sortRows(rows, column.sortValue, sort.direction, collator);
  }, [documents, filters, types, names, columns, sort, i18n.language]);
  const source = useMemo(() => ({ kind: 'rows' as const, rows: filtered }), [filtered]);

  const add = async () => {
    if (picking) return;
    setPicking(true);
    const picked = await call(api.dialog.openDocuments({}));
    setPicking(false);
    const paths = picked?.paths ?? [];
    if (paths.length > 0) form.open({ kind: 'add', paths });
  };

  const attach = async (d: DocumentView) => {
    setAttaching(true);
    const picked = await call(api.dialog.openDocuments({}));
    const path = picked?.paths[0];
    const saved = path
      ? await call(api.document.attachFile({ id: d.id, version: d.version, path }))
      : undefined;
    setAttaching(false);
    if (!saved) return;
    notify.success(t('detail.attached'));
    await reload();
  };

  useHotkeys([
    ['mod+shift+D', () => void add()],
    ['mod+F', () => filterRef.current?.focus()],
  ]);

  const activeCount =
    (filters.type ? 1 : 0) + (filters.assessment.length > 0 ? 1 : 0) + (filters.text ? 1 : 0);
  const total = documents?.length ?? 0;
  const empty =
    activeCount > 0 ? (
      <EmptyState
        size="sm"
        icon={<IconFiles size={24} stroke={1.5} />}
        title={t('tab.noMatchTitle')}
        description={t('tab.noMatchText')}
        data-testid="documents-no-match"
      />
    ) : (
      <EmptyState
        size="md"
        variant="light"
        icon={<IconFiles size={28} stroke={1.5} />}
        title={t('tab.emptyTitle')}
        description={t('tab.emptyText')}
        data-testid="documents-empty"
      >
        <EmptyState.Actions>
          <Button leftSection={<IconFilePlus size={16} />} onClick={() => void add()}>
            {t('tab.add')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );

  return (
    <Stack gap="sm" h="max(28rem, calc(100dvh - 22rem))" data-testid="case-tab-panel-documents">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Text size="sm" c="dimmed" maw={760}>
          {t('tab.intro')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={t('tab.recordTooltip')} multiline w={280}>
            <Button
              variant="default"
              leftSection={<IconFileText size={16} />}
              onClick={() => form.open({ kind: 'record' })}
              data-testid="documents-record"
            >
              {t('tab.record')}
            </Button>
          </Tooltip>
          <Tooltip label={t('tab.addTooltip')} multiline w={280}>
            <Button
              leftSection={<IconFilePlus size={16} />}
              loading={picking}
              onClick={() => void add()}
              data-testid="documents-add"
            >
              {t('tab.add')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <FilterBar
        activeCount={activeCount}
        onClear={() => setFilters(NO_FILTERS)}
        testId="documents-filters"
      >
        <TextInput
          ref={filterRef}
          size="xs"
          w={240}
          label={t('filters.text')}
          placeholder={t('filters.textPlaceholder')}
          leftSection={<IconSearch size={14} />}
          value={filters.text}
          onChange={(e) => setFilters({ ...filters, text: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filters.text) {
              e.stopPropagation();
              setFilters({ ...filters, text: '' });
            }
          }}
          data-testid="documents-filter-text"
        />
        <Select
          size="xs"
          w={230}
          label={t('filters.type')}
          placeholder={t('filters.anyType')}
          data={types.options.map((o) => ({ value: o.value, label: o.label }))}
          value={filters.type}
          onChange={(type) => setFilters({ ...filters, type })}
          allowDeselect
          clearable
          searchable
          comboboxProps={{ withinPortal: true }}
          data-testid="documents-filter-type"
        />
        <EnumChips
          label={t('filters.assessment')}
          options={DOCUMENT_ASSESSMENTS.map((value) => ({
            value,
            label: t(`assessment.${value}`),
          }))}
          value={filters.assessment}
          onChange={(assessment) => setFilters({ ...filters, assessment })}
          testId="documents-filter-assessment"
        />
      </FilterBar>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" data-testid="documents-count">
          {documents === null
            ? ' '
            : activeCount > 0
              ? t('tab.shown', {
                  shown: format.number(filtered.length),
                  total: format.number(total),
                })
              : t('tab.count', { count: total })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('tab.keyboardHint')}
        </Text>
      </Group>
      <Group style={{ flex: 1, minHeight: 320 }} align="stretch">
        <VirtualTable
          label={t('tab.tableLabel')}
          columns={columns}
          source={source}
          rowKey={(d) => d.id}
          sort={sort}
          onSortChange={setSort}
          onOpen={(d) => setOpen(d.id)}
          rowHeight={48}
          loading={documents === null}
          empty={empty}
          minWidth={1100}
          autoFocus
          testId="documents-table"
        />
      </Group>
      <DocumentDetail
        document={opened}
        names={names}
        onEdit={(d) => form.open({ kind: 'edit', document: d })}
        onAttach={(d) => void attach(d)}
        attaching={attaching}
        onClose={() => setOpen(null)}
      />
      {form.state ? (
        <DocumentFormModal
          key={form.state.key}
          caseId={caseId}
          caseHandlingCode={view.record.handlingCode}
          mode={form.state.value}
          objects={objects}
          onSaved={(saved) => {
            void reload();
            const [first] = saved;
            if (form.state?.value.kind !== 'edit' && saved.length === 1 && first) setOpen(first.id);
          }}
          onClosed={form.closed(form.state.key)}
        />
      ) : null}
    </Stack>
  );
}
