import {
  Alert,
  Button,
  Card,
  EmptyState,
  Group,
  List,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconColumns2, IconPhoto, IconPhotoPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoView } from '../../../../../shared/ipc/photo-search.contract';
import { api } from '../../../api';
import { PhotoViewer } from '../../../components/photos/PhotoViewer';
import { useConfirm } from '../../../hooks/useConfirm';
import { useFormat } from '../../../i18n/useFormat';
import { errorText } from '../../../lib/error-text';
import { settle } from '../../../lib/settle';
import { useIpc } from '../../../lib/useIpc';
import { useNotify } from '../../../lib/useNotify';
import { useObjectContext } from '../object-context';
import { useTypeLabel } from '../list/object-columns';
import { useCaseObjects } from '../useCaseObjects';
import { useObjectsText } from '../useObjectsText';
import { PhotoCard } from './PhotoCard';
import { PhotoEditModal } from './PhotoEditModal';

interface Adding {
  done: number;
  total: number;
  failed: { name: string; message: string }[];
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Object ID 1.1: the object's photos in their order (the first is its cover). Added from files
 * the person picks (each stored once, hashed, inside the case file), captioned, given a role,
 * reordered, removed from the object (the file stays in the case file as evidence), and viewed
 * full screen with zoom and side-by-side comparison.
 */
export function PhotosTab() {
  const t = useObjectsText();
  const { t: common } = useTranslation();
  const format = useFormat();
  const call = useIpc();
  const notify = useNotify();
  const confirm = useConfirm();
  const typeLabel = useTypeLabel();
  const { view, reload } = useObjectContext();
  const { record } = view;
  const [photos, setPhotos] = useState<PhotoView[] | null>(null);
  const [adding, setAdding] = useState<Adding | null>(null);
  const [busy, setBusy] = useState(false);
  const [viewer, setViewer] = useState<{ index: number; compare: boolean } | null>(null);
  const [editing, setEditing] = useState<PhotoView | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const others = useCaseObjects(record.caseId, viewer !== null);

  const load = useCallback(async () => {
    const list = await call(api.photo.list({ objectId: record.id }));
    if (list) setPhotos(list);
  }, [call, record.id]);

  useEffect(() => {
    void load();
  }, [load]);

  const changed = async () => {
    await load();
    await reload();
  };

  const add = async () => {
    const picked = await call(api.dialog.openImages({}));
    const paths = picked?.paths ?? [];
    if (paths.length === 0) return;
    const state: Adding = { done: 0, total: paths.length, failed: [] };
    setAdding({ ...state });
    const first = (photos?.length ?? 0) === 0;
    for (const [i, path] of paths.entries()) {
      // One at a time: each is read, hashed and stored whole before the next.
      const result = await settle(
        api.photo.add({ objectId: record.id, path, role: first && i === 0 ? 'overall' : 'detail' }),
      );
      if (!result.ok)
        state.failed.push({ name: baseName(path), message: errorText(common, result.error) });
      state.done = i + 1;
      setAdding({ ...state, failed: [...state.failed] });
    }
    const added = state.total - state.failed.length;
    if (added > 0) notify.success(t('photos.added', { count: added }));
    await changed();
    setAdding(state.failed.length > 0 ? state : null);
  };

  const move = async (photo: PhotoView, position: number) => {
    if (busy || !photos || position < 0 || position >= photos.length) return;
    setBusy(true);
    const order = await call(api.photo.move({ id: photo.id, position }));
    setBusy(false);
    if (!order) return;
    setPhotos(order);
    void reload();
  };

  const remove = async (photo: PhotoView) => {
    const ok = await confirm({
      title: t('photos.removeTitle'),
      message: t('photos.removeText'),
      confirmLabel: t('photos.removeConfirm'),
      danger: true,
    });
    if (!ok) return;
    const done = await call(api.photo.remove({ id: photo.id }));
    if (!done) return;
    notify.success(t('photos.removed'));
    await changed();
  };

  const compareObjects = useMemo(
    () =>
      (others ?? []).map((o) => ({
        id: o.id,
        label: `${o.exhibitNumber} — ${o.title}`,
        photoCount: o.id === record.id ? (photos?.length ?? 0) : o.photoCount,
      })),
    [others, photos?.length, record.id],
  );

  return (
    <Stack gap="md" data-testid="object-tab-panel-photos">
      <Card>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Title order={3} size="h5">
              {t('photos.title')}
            </Title>
            <Text size="xs" c="dimmed" maw={720}>
              {t('photos.intro')}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconColumns2 size={16} />}
              disabled={!photos || photos.length === 0}
              onClick={() => setViewer({ index: 0, compare: true })}
              data-testid="photos-compare"
            >
              {t('photos.compare')}
            </Button>
            <Button
              leftSection={<IconPhotoPlus size={16} />}
              loading={adding !== null && adding.done < adding.total}
              onClick={() => void add()}
              data-testid="photos-add"
            >
              {t('photos.add')}
            </Button>
          </Group>
        </Group>
        {adding ? (
          <Stack gap={6} mt="sm" data-testid="photos-adding">
            {adding.done < adding.total ? (
              <>
                <Text size="sm">
                  {t('photos.adding', {
                    done: format.number(adding.done),
                    total: format.number(adding.total),
                  })}
                </Text>
                <Progress value={(adding.done / adding.total) * 100} size="sm" animated />
              </>
            ) : null}
            {adding.failed.length > 0 ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertCircle size={18} />}
                title={t('photos.failed', { count: adding.failed.length })}
                withCloseButton
                onClose={() => setAdding(null)}
                data-testid="photos-failed"
              >
                <List size="sm" spacing={2}>
                  {adding.failed.map((f, i) => (
                    <List.Item key={i}>
                      <Text span fw={600} size="sm">
                        {f.name}
                      </Text>
                      {`: ${f.message}`}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
          </Stack>
        ) : null}
      </Card>
      {photos === null ? (
        <SimpleGrid cols={{ base: 2, md: 4, xl: 5 }}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={240} />
          ))}
        </SimpleGrid>
      ) : photos.length === 0 ? (
        <Card padding="xl">
          <EmptyState
            size="md"
            variant="light"
            icon={<IconPhoto size={28} stroke={1.5} />}
            title={t('photos.emptyTitle')}
            description={t('photos.emptyText')}
            data-testid="photos-empty"
          />
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 2, md: 4, xl: 5 }} spacing="md" data-testid="photos-grid">
          {photos.map((photo, index) => (
            <PhotoCard
              key={photo.id}
              photo={photo}
              index={index}
              count={photos.length}
              busy={busy}
              onOpen={() => setViewer({ index, compare: false })}
              onEdit={() => setEditing(photo)}
              onMove={(position) => void move(photo, position)}
              onRemove={() => void remove(photo)}
              dragging={dragged === photo.id}
              onDragStart={() => setDragged(photo.id)}
              onDragEnd={() => setDragged(null)}
              onDropOn={() => {
                const from = photos.find((p) => p.id === dragged);
                setDragged(null);
                if (from && from.id !== photo.id) void move(from, index);
              }}
            />
          ))}
        </SimpleGrid>
      )}
      {viewer && photos && photos.length > 0 ? (
        <PhotoViewer
          objectId={record.id}
          title={`${record.exhibitNumber} — ${record.title || typeLabel(record.typeL1, record.typeL2)}`}
          photos={photos}
          index={viewer.index}
          onIndexChange={(index) => setViewer((v) => (v ? { ...v, index } : v))}
          onClose={() => setViewer(null)}
          compareObjects={compareObjects}
          startInCompare={viewer.compare}
        />
      ) : null}
      {editing ? (
        <PhotoEditModal
          photo={editing}
          onSaved={(saved) => {
            setPhotos((list) => list?.map((p) => (p.id === saved.id ? saved : p)) ?? list);
            notify.success(t('photos.saved'));
          }}
          onClosed={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
