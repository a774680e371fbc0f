import { Button, EmptyState, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBuildingMonument, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type {
  ObjectPage,
  ObjectSummary,
  SeizureSummary,
} from '../../../../../shared/domain/object-views';
import type { ChannelInput } from '../../../../../shared/ipc/contract';
import { api } from '../../../api';
import type { RowSource } from '../../../components/data/row-source';
import { VirtualTable } from '../../../components/data/VirtualTable';
import { PhotoThumb } from '../../../components/photos/PhotoThumb';
import { useFormat } from '../../../i18n/useFormat';
import { shortcutLabel } from '../../../lib/shortcuts';
import { useIpc } from '../../../lib/useIpc';
import { objectRoutes } from '../object-routes';
import { useObjectsText } from '../useObjectsText';
import { NewObjectModal } from './NewObjectModal';
import { useObjectColumns } from './object-columns';
import {
  activeFilterCount,
  isObjectSort,
  readObjectParams,
  writeObjectParams,
  type ObjectFilters,
} from './object-list-params';
import { ObjectFilterBar } from './ObjectFilterBar';

const PAGE = 100;
/** Shift as well: Ctrl+N is the application menu's "New case file…". */
export const NEW_OBJECT_SHORTCUT = 'mod+shift+O';

interface Loaded {
  key: string;
  query: ObjectQuery;
  page: ObjectPage;
}

type ObjectQuery = Omit<ChannelInput<'object:list'>, 'offset' | 'limit'>;

/**
 * A case's objects, however many: the total and the pages in view are asked of main (object:list
 * sorts and filters there), the thumbnails only for the rows shown. ↑/↓ select, Enter opens.
 */
export function ObjectList(props: { caseId: string; description?: React.ReactNode }) {
  const { caseId } = props;
  const t = useObjectsText();
  const format = useFormat();
  const call = useIpc();
  const navigate = useNavigate();
  const columns = useObjectColumns();
  const [params, setParams] = useSearchParams();
  const { filters, sort } = readObjectParams(params);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [seizures, setSeizures] = useState<readonly SeizureSummary[]>([]);
  const creating = params.get('new') === '1';
  // Compared by value: a new URLSearchParams with the same filters must not reload the list.
  const filterKey = JSON.stringify(filters);
  const query = useMemo(() => {
    const f = JSON.parse(filterKey) as ObjectFilters;
    return {
      caseId,
      sort: isObjectSort(sort.key) ? sort.key : ('exhibit' as const),
      direction: sort.direction,
      filters: {
        typeL1: f.typeL1 ?? undefined,
        legalStatus: f.legalStatus.length > 0 ? f.legalStatus : undefined,
        seizureId: f.seizureId ?? undefined,
      },
    };
  }, [caseId, sort.key, sort.direction, filterKey]);
  const key = JSON.stringify(query);
  const leaving = useRef(false);

  useEffect(() => {
    let live = true;
    void call(api.object.list({ ...query, offset: 0, limit: PAGE })).then((page) => {
      if (live && page) setLoaded({ key, query, page });
    });
    return () => {
      live = false;
    };
  }, [call, query, key]);

  useEffect(() => {
    let live = true;
    void call(api.seizure.list({ caseId })).then((list) => {
      if (live && list) setSeizures(list);
    });
    return () => {
      live = false;
    };
  }, [call, caseId]);

  // A new source only when a new first page arrived; it asks for later pages with the query
  // that page was loaded with.
  const source = useMemo((): RowSource<ObjectSummary> => {
    if (!loaded) return { kind: 'rows', rows: [] };
    const { page, query: asked } = loaded;
    return {
      kind: 'pages',
      total: page.total,
      pageSize: PAGE,
      loadRange: (offset, limit) =>
        offset === 0
          ? Promise.resolve(page.rows)
          : call(api.object.list({ ...asked, offset, limit })).then((p) => p?.rows),
    };
  }, [call, loaded]);

  const setFilters = (next: ObjectFilters) =>
    setParams(writeObjectParams(params, next, sort), { replace: true });
  const setCreating = useCallback(
    (open: boolean) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (open) next.set('new', '1');
          else next.delete('new');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  useHotkeys([[NEW_OBJECT_SHORTCUT, () => setCreating(true)]]);

  const open = useCallback(
    (o: ObjectSummary) => void navigate(objectRoutes.object(o.id)),
    [navigate],
  );
  const filtered = activeFilterCount(filters) > 0;
  const total = loaded?.page.total ?? 0;

  const empty = filtered ? (
    <EmptyState
      size="sm"
      icon={<IconBuildingMonument size={24} stroke={1.5} />}
      title={t('list.noMatchTitle')}
      description={t('list.noMatchText')}
      data-testid="objects-no-match"
    />
  ) : (
    <EmptyState
      size="md"
      variant="light"
      icon={<IconBuildingMonument size={28} stroke={1.5} />}
      title={t('list.emptyTitle')}
      description={t('list.emptyText')}
      data-testid="objects-empty"
    >
      <EmptyState.Actions>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('list.new')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }} data-testid="objects-list">
      <ObjectFilterBar
        filters={filters}
        seizures={seizures}
        onChange={setFilters}
        trailing={
          <Tooltip label={t('list.newTooltip', { shortcut: shortcutLabel('Shift+O') })}>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setCreating(true)}
              data-testid="objects-new"
            >
              {filters.seizureId ? t('list.newInSeizure') : t('list.new')}
            </Button>
          </Tooltip>
        }
      />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed" data-testid="objects-count">
          {loaded ? t('list.count', { count: total, formatted: format.number(total) }) : ' '}
        </Text>
        <Text size="xs" c="dimmed">
          {props.description ?? t('list.keyboardHint')}
        </Text>
      </Group>
      <Group style={{ flex: 1, minHeight: 360 }} align="stretch">
        <VirtualTable
          label={t('list.tableLabel')}
          columns={columns}
          source={source}
          rowKey={(o) => o.id}
          sort={sort}
          onSortChange={(next) =>
            setParams(writeObjectParams(params, filters, next), { replace: true })
          }
          onOpen={open}
          thumbnail={{
            label: t('columns.photo'),
            render: (o) => (
              <PhotoThumb attachmentId={o.coverAttachmentId} size={40} alt={o.exhibitNumber} />
            ),
          }}
          rowHeight={52}
          loading={loaded === null}
          refreshing={loaded !== null && loaded.key !== key}
          empty={empty}
          minWidth={980}
          autoFocus
          testId="objects-table"
        />
      </Group>
      {creating ? (
        <NewObjectModal
          caseId={caseId}
          seizures={seizures}
          seizureId={filters.seizureId}
          onCreated={(record) => {
            // Straight on to the full description; the list's own URL is left behind as it was.
            leaving.current = true;
            void navigate(`${objectRoutes.object(record.id)}?edit=1`);
          }}
          onClosed={() => {
            if (!leaving.current) setCreating(false);
          }}
        />
      ) : null}
    </Stack>
  );
}
