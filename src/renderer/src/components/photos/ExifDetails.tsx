import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoView } from '../../../../shared/ipc/photo-search.contract';
import { intlLocale } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { usePhotoText } from './usePhotoText';

/** "2024-05-17T10:42:00+02:00" as recorded by the camera, never shifted to this workstation's zone. */
export function cameraTime(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/.exec(
    value,
  );
  if (!m) return value;
  const [, y, mo, d, h, mi, s, zone] = m;
  const at = new Date(
    Date.UTC(+(y ?? 0), +(mo ?? 1) - 1, +(d ?? 1), +(h ?? 0), +(mi ?? 0), +(s ?? 0)),
  );
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  }).format(at);
  return zone ? `${text} (UTC${zone === 'Z' ? '' : zone})` : text;
}

/** What the camera recorded, and the stored file's identity (name, size, SHA-256). */
export function ExifDetails(props: { photo: PhotoView; dark?: boolean }) {
  const t = usePhotoText();
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const format = useFormat();
  const { photo } = props;
  const dim = props.dark ? 'gray.5' : 'dimmed';
  const row = (label: string, value: ReactNode, testId?: string) => (
    <Stack gap={0}>
      <Text size="xs" c={dim}>
        {label}
      </Text>
      <Text size="sm" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  );
  const none = t('notRecorded');
  return (
    <Stack gap={8} data-testid="photo-exif">
      {row(
        t('takenAt'),
        photo.takenAt ? cameraTime(photo.takenAt, locale) : none,
        'photo-exif-taken',
      )}
      {row(t('camera'), photo.camera ?? none, 'photo-exif-camera')}
      {row(
        t('gps'),
        photo.gps
          ? `${photo.gps.lat.toFixed(5)}, ${photo.gps.lon.toFixed(5)}${
              photo.gps.altitude !== undefined ? ` · ${Math.round(photo.gps.altitude)} m` : ''
            }`
          : none,
        'photo-exif-gps',
      )}
      {photo.width && photo.height
        ? row(t('pixels'), `${format.number(photo.width)} × ${format.number(photo.height)}`)
        : null}
      {row(t('file'), photo.originalName || none)}
      {row(t('size'), format.bytes(photo.size))}
      {row(
        'SHA-256',
        <Text span size="xs" ff="monospace">
          {photo.sha256}
        </Text>,
      )}
    </Stack>
  );
}
