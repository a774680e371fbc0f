import {
  ActionIcon,
  AspectRatio,
  Badge,
  Card,
  Group,
  Skeleton,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconCamera,
  IconMapPin,
  IconPencil,
  IconPhotoOff,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PhotoView } from '../../../../../shared/ipc/photo-search.contract';
import { cameraTime } from '../../../components/photos/ExifDetails';
import { usePhotoImage } from '../../../components/photos/photo-cache';
import { useEnumLabel } from '../../../hooks/useVocabulary';
import { intlLocale } from '../../../i18n';
import { useObjectsText } from '../useObjectsText';

const ROLE_COLOR: Record<string, string> = {
  overall: 'steel',
  detail: 'gray',
  marking: 'grape',
  damage: 'red',
  scale: 'teal',
  'in-situ': 'yellow',
};

/** One photo: the picture (opens the viewer), its role and caption, EXIF in brief, and actions. */
export function PhotoCard(props: {
  photo: PhotoView;
  index: number;
  count: number;
  busy: boolean;
  onOpen: () => void;
  onEdit: () => void;
  onMove: (position: number) => void;
  onRemove: () => void;
  dragging: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDropOn: () => void;
}) {
  const t = useObjectsText();
  const label = useEnumLabel();
  const { i18n } = useTranslation();
  const { photo, index } = props;
  const { image, failed } = usePhotoImage(photo.attachmentId, 'thumb');
  const caption = photo.caption || label('photoRole', photo.role);
  const action = (
    name: string,
    icon: React.ReactNode,
    onClick: () => void,
    testId: string,
    disabled = false,
  ) => (
    <Tooltip label={name}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={name}
        onClick={onClick}
        disabled={disabled || props.busy}
        data-testid={testId}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Card
      padding={0}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        props.onDropOn();
      }}
      style={{ opacity: props.dragging ? 0.4 : 1, overflow: 'hidden' }}
      data-testid="photo-card"
      data-photo-id={photo.id}
      data-position={photo.position}
    >
      <UnstyledButton
        onClick={props.onOpen}
        aria-label={t('photos.open', { caption })}
        data-testid="photo-card-open"
      >
        <AspectRatio ratio={4 / 3} bg="gray.1">
          {image ? (
            <img
              src={image.dataUrl}
              alt={caption}
              draggable={false}
              style={{ objectFit: 'contain', background: 'var(--mantine-color-gray-1)' }}
            />
          ) : failed ? (
            <IconPhotoOff size={28} color="var(--mantine-color-gray-5)" />
          ) : (
            <Skeleton />
          )}
        </AspectRatio>
      </UnstyledButton>
      <Stack gap={4} p="xs">
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Badge
            size="sm"
            radius="sm"
            variant="light"
            color={ROLE_COLOR[photo.role] ?? 'gray'}
            tt="none"
            data-testid="photo-card-role"
          >
            {label('photoRole', photo.role)}
          </Badge>
          <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {index === 0 ? t('photos.cover') : `${index + 1}`}
          </Text>
        </Group>
        <Text
          size="sm"
          fw={500}
          lineClamp={2}
          title={photo.caption}
          mih={20}
          data-testid="photo-card-caption"
        >
          {photo.caption || (
            <Text span size="sm" c="gray.5">
              {t('photos.noCaption')}
            </Text>
          )}
        </Text>
        <Stack gap={0}>
          <Group gap={4} wrap="nowrap">
            <IconCamera size={12} color="var(--mantine-color-gray-6)" aria-hidden />
            <Text size="xs" c="dimmed" truncate="end" data-testid="photo-card-taken">
              {photo.takenAt
                ? cameraTime(photo.takenAt, intlLocale(i18n.language))
                : t('photos.noExifTime')}
              {photo.camera ? ` · ${photo.camera}` : ''}
            </Text>
          </Group>
          {photo.gps ? (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={12} color="var(--mantine-color-gray-6)" aria-hidden />
              <Text size="xs" c="dimmed" ff="monospace" data-testid="photo-card-gps">
                {photo.gps.lat.toFixed(5)}, {photo.gps.lon.toFixed(5)}
              </Text>
            </Group>
          ) : null}
        </Stack>
        <Group justify="space-between" gap={2} wrap="nowrap" mt={2}>
          <Group gap={2} wrap="nowrap">
            {action(
              t('photos.moveEarlier'),
              <IconArrowLeft size={14} />,
              () => props.onMove(index - 1),
              'photo-card-earlier',
              index === 0,
            )}
            {action(
              t('photos.moveLater'),
              <IconArrowRight size={14} />,
              () => props.onMove(index + 1),
              'photo-card-later',
              index === props.count - 1,
            )}
          </Group>
          <Group gap={2} wrap="nowrap">
            {action(t('photos.edit'), <IconPencil size={14} />, props.onEdit, 'photo-card-edit')}
            {action(
              t('photos.remove'),
              <IconTrash size={14} />,
              props.onRemove,
              'photo-card-remove',
            )}
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
