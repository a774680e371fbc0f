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
  alt: string;
  radius?: number;
  testId?: string;
}) {
  const { image, failed } = usePhotoImage(props.attachmentId, 'thumb');
  const radius = props.radius ?? 3;
  const frame = {
    width: props.size,
    height: props.size,
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
        <Icon size={Math.round(props.size * 0.45)} stroke={1.4} />
      </Box>
    );
  }
  if (!image) return <Skeleton style={frame} data-testid={props.testId} data-state="loading" />;
  return (
    <img
      src={image.dataUrl}
      alt={props.alt}
      width={props.size}
      height={props.size}
      draggable={false}
      style={{
        ...frame,
        objectFit: 'cover',
        display: 'block',
        background: 'var(--mantine-color-gray-1)',
      }}
      data-testid={props.testId}
      data-state="loaded"
    />
  );
}
