import { Center, Loader, Text } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import type { RefObject } from 'react';
import {
  TransformComponent,
  TransformWrapper,
  type ReactZoomPanPinchRef,
} from 'react-zoom-pan-pinch';
import { usePhotoImage } from './photo-cache';
import classes from './PhotoViewer.module.css';
import { usePhotoText } from './usePhotoText';

export interface ZoomState {
  scale: number;
  positionX: number;
  positionY: number;
}

export const MAX_SCALE = 16;

/**
 * One photo on a dark stage that zooms (wheel, pinch, double click, the viewer's buttons) and
 * pans (drag). The screen preview shows first; `original` swaps in the stored file once loaded,
 * in the same box, so the zoom stays where it was.
 */
export function ZoomStage(props: {
  attachmentId: string;
  original: boolean;
  alt: string;
  controls: RefObject<ReactZoomPanPinchRef | null>;
  onTransform?: (state: ZoomState) => void;
  testId?: string;
}) {
  const t = usePhotoText();
  const preview = usePhotoImage(props.attachmentId, 'preview');
  const full = usePhotoImage(props.original ? props.attachmentId : null, 'original');
  const image = (props.original && full.image) || preview.image;
  const shown =
    full.image && image === full.image
      ? full.image.original
        ? 'original'
        : 'substitute'
      : 'preview';

  if (preview.failed && !full.image) {
    return (
      <Center className={classes.stage} data-testid={props.testId} data-state="failed">
        <Text c="gray.4" size="sm">
          <IconPhotoOff size={28} stroke={1.4} /> {t('failed')}
        </Text>
      </Center>
    );
  }
  if (!image) {
    return (
      <Center className={classes.stage} data-testid={props.testId} data-state="loading">
        <Loader color="gray.4" size="sm" />
      </Center>
    );
  }
  return (
    <div
      className={classes.stage}
      data-testid={props.testId}
      data-state="loaded"
      data-shown={shown}
    >
      <TransformWrapper
        ref={props.controls}
        minScale={1}
        maxScale={MAX_SCALE}
        centerOnInit
        centerZoomedOut
        limitToBounds
        wheel={{ step: 0.2 }}
        doubleClick={{ mode: 'toggle', step: 1.2 }}
        onTransform={(_, state) => props.onTransform?.(state)}
      >
        <TransformComponent wrapperClass={classes.zoomWrapper} contentClass={classes.zoomContent}>
          <img
            src={image.dataUrl}
            alt={props.alt}
            className={classes.image}
            draggable={false}
            data-testid={props.testId ? `${props.testId}-image` : undefined}
            data-width={image.width}
            data-height={image.height}
          />
        </TransformComponent>
      </TransformWrapper>
      {props.original && !full.image && !full.failed ? (
        <Loader color="gray.3" size="xs" className={classes.stageLoader} />
      ) : null}
      {shown === 'substitute' ? (
        <Text
          size="xs"
          c="gray.3"
          className={classes.stageNote}
          data-testid="photo-original-too-large"
        >
          {t('originalTooLarge')}
        </Text>
      ) : null}
    </div>
  );
}
