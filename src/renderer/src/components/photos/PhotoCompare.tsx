import { Badge, Select, Text } from '@mantine/core';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ReactZoomPanPinchRef } from 'react-zoom-pan-pinch';
import type { PhotoView } from '../../../../shared/ipc/photo-search.contract';
import { api } from '../../api';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { useIpc } from '../../lib/useIpc';
import classes from './PhotoViewer.module.css';
import { usePhotoText } from './usePhotoText';
import { ZoomStage, type ZoomState } from './ZoomStage';

const DARK_INPUT = {
  input: { background: '#2a2f36', borderColor: '#3a4048', color: 'var(--mantine-color-gray-1)' },
};

/** An object of the case that photos can be compared with. */
export interface CompareObject {
  id: string;
  label: string;
  photoCount: number;
}

export interface PaneChoice {
  objectId: string;
  photoId: string | null;
}

/** The photos of each object, asked for once while the comparison is open. */
function usePhotosOf(objectIds: readonly string[], known: Record<string, readonly PhotoView[]>) {
  const call = useIpc();
  const [loaded, setLoaded] = useState<Record<string, readonly PhotoView[]>>(known);
  const wanted = objectIds.filter((id) => !(id in loaded)).join(',');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    for (const id of wanted.split(',')) {
      void call(api.photo.list({ objectId: id })).then((photos) => {
        if (live && photos) setLoaded((prev) => ({ ...prev, [id]: photos }));
      });
    }
    return () => {
      live = false;
    };
  }, [call, wanted]);
  return { ...loaded, ...known };
}

function ComparePane(props: {
  side: 'left' | 'right';
  choice: PaneChoice;
  objects: readonly CompareObject[];
  photos: readonly PhotoView[] | undefined;
  onChange: (choice: PaneChoice) => void;
  original: boolean;
  controls: RefObject<ReactZoomPanPinchRef | null>;
  onTransform: (state: ZoomState) => void;
}) {
  const t = usePhotoText();
  const label = useEnumLabel();
  const photo =
    props.photos?.find((p) => p.id === props.choice.photoId) ?? props.photos?.[0] ?? null;
  return (
    <div className={classes.pane} data-testid={`photo-compare-${props.side}`}>
      <div className={classes.paneBar}>
        <Select
          size="xs"
          w={280}
          styles={DARK_INPUT}
          aria-label={t('compareObject')}
          data={props.objects
            .filter((o) => o.photoCount > 0)
            .map((o) => ({ value: o.id, label: o.label }))}
          value={props.choice.objectId}
          onChange={(objectId) => objectId && props.onChange({ objectId, photoId: null })}
          searchable
          comboboxProps={{ withinPortal: false }}
          data-testid={`photo-compare-${props.side}-object`}
        />
        <Select
          size="xs"
          w={280}
          styles={DARK_INPUT}
          aria-label={t('comparePhoto')}
          data={(props.photos ?? []).map((p, i) => ({
            value: p.id,
            label: `${i + 1}. ${p.caption || label('photoRole', p.role)}`,
          }))}
          value={photo?.id ?? null}
          onChange={(photoId) => props.onChange({ ...props.choice, photoId })}
          comboboxProps={{ withinPortal: false }}
          data-testid={`photo-compare-${props.side}-photo`}
        />
        {photo ? (
          <Badge size="sm" variant="light" color="gray" radius="sm" tt="none">
            {label('photoRole', photo.role)}
          </Badge>
        ) : null}
      </div>
      {photo ? (
        <ZoomStage
          key={photo.attachmentId}
          attachmentId={photo.attachmentId}
          original={props.original}
          alt={photo.caption || label('photoRole', photo.role)}
          controls={props.controls}
          onTransform={props.onTransform}
          testId={`photo-compare-${props.side}-stage`}
        />
      ) : (
        <Text size="sm" c="gray.5" p="md">
          {t('noPhotos')}
        </Text>
      )}
    </div>
  );
}

/**
 * Two photos side by side, of this object or of two objects of the case (the coin seized here
 * and the one on the auction site; the icon before and after restoration). With `synced`, zooming
 * or panning one moves the other the same way, so the same detail stays under both eyes.
 */
export function PhotoCompare(props: {
  objects: readonly CompareObject[];
  known: Record<string, readonly PhotoView[]>;
  left: PaneChoice;
  right: PaneChoice;
  onChange: (side: 'left' | 'right', choice: PaneChoice) => void;
  synced: boolean;
  original: boolean;
  leftControls: RefObject<ReactZoomPanPinchRef | null>;
  rightControls: RefObject<ReactZoomPanPinchRef | null>;
  /** The left pane's zoom, for the viewer's scale read-out. */
  onScale: (scale: number) => void;
}) {
  const photos = usePhotosOf([props.left.objectId, props.right.objectId], props.known);
  const applying = useRef(false);
  const follow = (to: RefObject<ReactZoomPanPinchRef | null>) => (state: ZoomState) => {
    if (!props.synced || applying.current) return;
    applying.current = true;
    to.current?.setTransform(state.positionX, state.positionY, state.scale, 0);
    applying.current = false;
  };
  return (
    <div
      className={classes.main}
      data-testid="photo-compare"
      data-synced={props.synced || undefined}
    >
      <ComparePane
        side="left"
        choice={props.left}
        objects={props.objects}
        photos={photos[props.left.objectId]}
        onChange={(c) => props.onChange('left', c)}
        original={props.original}
        controls={props.leftControls}
        onTransform={(state) => {
          props.onScale(state.scale);
          follow(props.rightControls)(state);
        }}
      />
      <ComparePane
        side="right"
        choice={props.right}
        objects={props.objects}
        photos={photos[props.right.objectId]}
        onChange={(c) => props.onChange('right', c)}
        original={props.original}
        controls={props.rightControls}
        onTransform={follow(props.leftControls)}
      />
    </div>
  );
}
