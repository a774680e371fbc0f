import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Switch,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import {
  IconChevronLeft,
  IconChevronRight,
  IconColumns2,
  IconInfoCircle,
  IconPhotoScan,
  IconX,
  IconZoomIn,
  IconZoomOut,
  IconZoomReset,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ReactZoomPanPinchRef } from 'react-zoom-pan-pinch';
import type { PhotoView } from '../../../../shared/ipc/photo-search.contract';
import { useEnumLabel } from '../../hooks/useVocabulary';
import { ExifDetails } from './ExifDetails';
import { PhotoCompare, type CompareObject, type PaneChoice } from './PhotoCompare';
import { PhotoThumb } from './PhotoThumb';
import classes from './PhotoViewer.module.css';
import { usePhotoText } from './usePhotoText';
import { ZoomStage, type ZoomState } from './ZoomStage';

const ZOOM_STEP = 0.5;

/** A toggle on the dark bar: quiet until on, then in the accent colour. */
const darkButton = (active: boolean) => ({
  root: {
    background: active ? 'var(--mantine-color-steel-7)' : '#2a2f36',
    border: `1px solid ${active ? 'var(--mantine-color-steel-5)' : '#3a4048'}`,
    color: active ? 'var(--mantine-color-white)' : 'var(--mantine-color-gray-2)',
  },
});

/** Mantine marks an input whose dropdown is open; Esc then closes the dropdown only. */
function dropdownOpen(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.getAttribute('data-mantine-stop-propagation') === 'true'
  );
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The photos of one object, full screen: the screen preview zooms (wheel, +/−, double click) and
 * pans (drag); ←/→ go through the photos, Esc closes. "Original" loads the stored file itself
 * for the finest detail. "Compare" puts two photos side by side, of this object or another of
 * the case, optionally zooming together.
 */
export function PhotoViewer(props: {
  objectId: string;
  title: string;
  photos: readonly PhotoView[];
  index: number;
  onIndexChange: (index: number) => void;
  onClose: () => void;
  /** Objects of the case offered for comparison (this one included). */
  compareObjects: readonly CompareObject[];
  startInCompare?: boolean;
}) {
  const t = usePhotoText();
  const label = useEnumLabel();
  const { photos, index } = props;
  const photo = photos[Math.min(index, photos.length - 1)];
  const [original, setOriginal] = useState(false);
  const [info, setInfo] = useState(true);
  const [scale, setScale] = useState(1);
  const [comparing, setComparing] = useState(props.startInCompare ?? false);
  const [synced, setSynced] = useState(true);
  const [left, setLeft] = useState<PaneChoice>({
    objectId: props.objectId,
    photoId: photo?.id ?? null,
  });
  const [right, setRight] = useState<PaneChoice>({
    objectId: props.objectId,
    photoId: photos[(index + 1) % Math.max(1, photos.length)]?.id ?? null,
  });
  const single = useRef<ReactZoomPanPinchRef | null>(null);
  const leftControls = useRef<ReactZoomPanPinchRef | null>(null);
  const rightControls = useRef<ReactZoomPanPinchRef | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const targets = () =>
    comparing ? [leftControls.current, rightControls.current] : [single.current];
  const zoom = (how: 'in' | 'out' | 'reset') => {
    // Synced panes follow the left one; otherwise both move by the same step.
    const list = comparing && synced ? [leftControls.current] : targets();
    for (const c of list) {
      if (how === 'in') void c?.zoomIn(ZOOM_STEP, 150);
      else if (how === 'out') void c?.zoomOut(ZOOM_STEP, 150);
      else void c?.resetTransform(150);
    }
  };
  const go = (delta: number) => {
    if (photos.length === 0) return;
    props.onIndexChange((index + delta + photos.length) % photos.length);
    setScale(1);
  };

  const keys = useRef({
    go,
    zoom,
    comparing,
    close: props.onClose,
    endCompare: () => setComparing(false),
  });
  keys.current = {
    go,
    zoom,
    comparing,
    close: props.onClose,
    endCompare: () => setComparing(false),
  };
  useEffect(() => {
    rootRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // In a picker, keys are its own; only Esc gets through, once its dropdown is closed.
      if (isTyping(event.target) && (event.key !== 'Escape' || dropdownOpen(event.target))) return;
      const k = keys.current;
      const actions: Record<string, () => void> = {
        Escape: () => (k.comparing ? k.endCompare() : k.close()),
        ArrowLeft: () => !k.comparing && k.go(-1),
        ArrowRight: () => !k.comparing && k.go(1),
        '+': () => k.zoom('in'),
        '=': () => k.zoom('in'),
        '-': () => k.zoom('out'),
        '0': () => k.zoom('reset'),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    // Captured before a tooltip or button under the pointer can take Esc for itself.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const onTransform = (state: ZoomState) => setScale(state.scale);
  const known = { [props.objectId]: photos };
  const caption = photo ? photo.caption || label('photoRole', photo.role) : '';

  const iconButton = (
    name: string,
    icon: React.ReactNode,
    onClick: () => void,
    testId: string,
    disabled = false,
  ) => (
    <Tooltip label={name}>
      <ActionIcon
        variant="subtle"
        color="gray.3"
        size="lg"
        aria-label={name}
        onClick={onClick}
        disabled={disabled}
        data-testid={testId}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Modal
      opened
      onClose={props.onClose}
      fullScreen
      withCloseButton={false}
      closeOnEscape={false}
      padding={0}
      transitionProps={{ duration: 0 }}
      aria-label={t('label', { title: props.title })}
      data-testid="photo-viewer-modal"
    >
      <div
        ref={rootRef}
        className={classes.viewer}
        tabIndex={-1}
        data-testid="photo-viewer"
        data-index={index}
        data-comparing={comparing || undefined}
      >
        <div className={classes.bar}>
          <Group gap="xs" wrap="nowrap" miw={0} style={{ flex: 1 }}>
            <Text size="sm" fw={600} c="gray.1" truncate="end" data-testid="photo-viewer-title">
              {props.title}
            </Text>
            {!comparing && photo ? (
              <>
                <Badge size="sm" variant="light" color="gray" radius="sm" tt="none">
                  {label('photoRole', photo.role)}
                </Badge>
                <Text size="sm" c="gray.4" truncate="end" data-testid="photo-viewer-caption">
                  {caption}
                </Text>
                <Text
                  size="xs"
                  c="gray.5"
                  style={{ whiteSpace: 'nowrap' }}
                  data-testid="photo-viewer-position"
                >
                  {t('position', { n: index + 1, total: photos.length })}
                </Text>
              </>
            ) : null}
          </Group>
          <Group gap={2} wrap="nowrap">
            {!comparing
              ? iconButton(
                  t('previous'),
                  <IconChevronLeft size={20} />,
                  () => go(-1),
                  'photo-viewer-prev',
                  photos.length < 2,
                )
              : null}
            {!comparing
              ? iconButton(
                  t('next'),
                  <IconChevronRight size={20} />,
                  () => go(1),
                  'photo-viewer-next',
                  photos.length < 2,
                )
              : null}
            {iconButton(
              t('zoomOut'),
              <IconZoomOut size={20} />,
              () => zoom('out'),
              'photo-viewer-zoom-out',
            )}
            <Text className={classes.scale} data-testid="photo-viewer-scale" aria-live="polite">
              {Math.round(scale * 100)} %
            </Text>
            {iconButton(
              t('zoomIn'),
              <IconZoomIn size={20} />,
              () => zoom('in'),
              'photo-viewer-zoom-in',
            )}
            {iconButton(
              t('reset'),
              <IconZoomReset size={20} />,
              () => zoom('reset'),
              'photo-viewer-zoom-reset',
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Tooltip label={t('originalHint')} multiline w={260}>
              <Button
                size="xs"
                variant="filled"
                styles={darkButton(original)}
                leftSection={<IconPhotoScan size={16} />}
                onClick={() => setOriginal((o) => !o)}
                data-testid="photo-viewer-original"
                data-active={original || undefined}
              >
                {t('original')}
              </Button>
            </Tooltip>
            <Button
              size="xs"
              variant="filled"
              styles={darkButton(comparing)}
              data-active={comparing || undefined}
              leftSection={<IconColumns2 size={16} />}
              onClick={() => {
                if (!comparing && photo) setLeft({ objectId: props.objectId, photoId: photo.id });
                setComparing((c) => !c);
              }}
              data-testid="photo-viewer-compare"
            >
              {t('compare')}
            </Button>
            {comparing ? (
              <Switch
                size="xs"
                color="steel"
                checked={synced}
                onChange={(e) => setSynced(e.currentTarget.checked)}
                label={
                  <Text size="xs" c="gray.3">
                    {t('sync')}
                  </Text>
                }
                data-testid="photo-compare-sync"
              />
            ) : (
              iconButton(
                t('details'),
                <IconInfoCircle size={20} />,
                () => setInfo((i) => !i),
                'photo-viewer-info',
              )
            )}
            {iconButton(t('close'), <IconX size={20} />, props.onClose, 'photo-viewer-close')}
          </Group>
        </div>
        <div className={classes.body}>
          {comparing ? (
            <PhotoCompare
              objects={props.compareObjects}
              known={known}
              left={left}
              right={right}
              onChange={(side, choice) => (side === 'left' ? setLeft(choice) : setRight(choice))}
              synced={synced}
              original={original}
              leftControls={leftControls}
              rightControls={rightControls}
              onScale={setScale}
            />
          ) : photo ? (
            <>
              <div className={classes.main}>
                <ZoomStage
                  key={photo.attachmentId}
                  attachmentId={photo.attachmentId}
                  original={original}
                  alt={caption}
                  controls={single}
                  onTransform={onTransform}
                  testId="photo-viewer-stage"
                />
              </div>
              {info ? (
                <aside className={classes.side} aria-label={t('details')}>
                  <ExifDetails photo={photo} dark />
                </aside>
              ) : null}
            </>
          ) : null}
        </div>
        {!comparing && photos.length > 1 ? (
          <div className={classes.strip} role="listbox" aria-label={t('strip')}>
            {photos.map((p, i) => (
              <UnstyledButton
                key={p.id}
                className={classes.stripItem}
                data-active={i === index || undefined}
                role="option"
                aria-selected={i === index}
                aria-label={p.caption || label('photoRole', p.role)}
                onClick={() => {
                  props.onIndexChange(i);
                  setScale(1);
                }}
                data-testid="photo-viewer-strip-item"
              >
                <PhotoThumb attachmentId={p.attachmentId} size={52} alt="" />
              </UnstyledButton>
            ))}
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
