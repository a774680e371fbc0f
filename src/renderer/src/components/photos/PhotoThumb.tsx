import { Box, Skeleton } from '@mantine/core';
import { IconPhoto, IconPhotoOff } from '@tabler/icons-react';
import { usePhotoImage } from './photo-cache';

/**
 * A photo's thumbnail in a square, loaded when it is first shown (a virtual table mounts only
 * the rows in view, so only those ask) and cached. No photo: a quiet placeholder.
 */
export function PhotoThumb(props: {
  attachmentId: string | null;
  size: number;
  /** A height other than the width (a card's 4:3 tile); the picture fills it. */
  height?: number;
  fit?: 'cover' | 'contain';
  alt: string;
  radius?: number;
  testId?: string;
}) {
  const { image, failed } = usePhotoImage(props.attachmentId, 'thumb');
  const radius = props.radius ?? 3;
  const height = props.height ?? props.size;
  const frame = {
    width: props.size,
    height,
    borderRadius: radius,
    flex: 'none',
  } as const;
  if (!props.attachmentId || failed) {
    const Icon = failed ? IconPhotoOff : IconPhoto;
    return (
      <Box
        style={{
          ...frame,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: 'var(--mantine-color-gray-1)',
          color: 'var(--mantine-color-gray-4)',
        }}
        aria-hidden
        data-testid={props.testId}
        data-state={failed ? 'failed' : 'none'}
      >
        <Icon size={Math.round(Math.min(props.size, height) * 0.45)} stroke={1.4} />
      </Box>
    );
  }
  if (!image) return <Skeleton style={frame} data-testid={props.testId} data-state="loading" />;
  return (
    <img
      src={image.dataUrl}
      alt={props.alt}
      width={props.size}
      height={height}
      draggable={false}
      style={{
        ...frame,
        objectFit: props.fit ?? 'cover',
        display: 'block',
        background: 'var(--mantine-color-gray-1)',
      }}
      data-testid={props.testId}
      data-state="loaded"
    />
  );
}
