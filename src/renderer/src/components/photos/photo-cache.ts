import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { settle } from '../../lib/settle';

export type PhotoImage = ChannelOutput<'photo:image'>;
export type PhotoSize = 'thumb' | 'preview' | 'original';

/**
 * Images of photos as data URLs, asked for once each. Thumbnails and previews are kept (a few
 * hundred thumbnails of a long object list, a few dozen previews of the viewer); originals are
 * large and loaded only on request, so only the last few are kept. Everything is dropped when
 * the case file locks: no case data stays in the window after that.
 */
const LIMITS: Record<PhotoSize, number> = { thumb: 800, preview: 40, original: 4 };
const caches: Record<PhotoSize, Map<string, Promise<PhotoImage | null>>> = {
  thumb: new Map(),
  preview: new Map(),
  original: new Map(),
};
let watching = false;

function forgetAll(): void {
  for (const cache of Object.values(caches)) cache.clear();
}

export function loadPhotoImage(attachmentId: string, size: PhotoSize): Promise<PhotoImage | null> {
  if (!watching) {
    watching = true;
    api.on('casefile:locked', forgetAll);
  }
  const cache = caches[size];
  const cached = cache.get(attachmentId);
  if (cached) {
    // Most recently used last: the oldest entry is the one dropped.
    cache.delete(attachmentId);
    cache.set(attachmentId, cached);
    return cached;
  }
  const pending = settle(api.photo.image({ attachmentId, size })).then((result) => {
    if (result.ok) return result.value;
    cache.delete(attachmentId);
    return null;
  });
  cache.set(attachmentId, pending);
  while (cache.size > LIMITS[size]) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return pending;
}

/** The image of one photo at one size; null while loading, `failed` when it could not be read. */
export function usePhotoImage(
  attachmentId: string | null,
  size: PhotoSize,
): { image: PhotoImage | null; failed: boolean } {
  const key = attachmentId ? `${attachmentId}:${size}` : '';
  const [state, setState] = useState<{ key: string; image: PhotoImage | null; failed: boolean }>({
    key: '',
    image: null,
    failed: false,
  });
  useEffect(() => {
    if (!attachmentId) return;
    let live = true;
    void loadPhotoImage(attachmentId, size).then((image) => {
      if (live) setState({ key: `${attachmentId}:${size}`, image, failed: image === null });
    });
    return () => {
      live = false;
    };
  }, [attachmentId, size]);
  return state.key === key
    ? { image: state.image, failed: state.failed }
    : { image: null, failed: false };
}
