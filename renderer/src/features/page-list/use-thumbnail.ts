import { useEffect, useState } from 'react';
import { call } from '../../ipc/client';
import { createLoadingCache } from './thumbnail-cache';

/** A page thumbnail as an object URL, with its pixel size. */
export interface Thumbnail {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/** Thumbnails kept in memory: a few screens of rows either way, at ≤ 200 px each (≈ 10–40 KB). */
const CAPACITY = 300;

/** Thumbnail requests in flight at once; main makes a missing one with sharp, which a fast scroll must not flood. */
const CONCURRENCY = 3;

const cache = createLoadingCache<Thumbnail>({
  capacity: CAPACITY,
  concurrency: CONCURRENCY,
  load: async (key) => {
    const pageId = key.slice(key.indexOf('/') + 1);
    const image = await call('page:thumbnail', { pageId });
    const url = URL.createObjectURL(new Blob([image.bytes], { type: image.mime }));
    return { url, width: image.width, height: image.height };
  },
  release: (thumbnail) => URL.revokeObjectURL(thumbnail.url),
});

let cachedFor: string | null = null;

/**
 * The thumbnail of a page of workspace `workspaceId`, loaded when the row asking for it mounts (the list is
 * virtualized, so only visible rows ask) and dropped from the queue if the row unmounts before its turn.
 * Null while loading, for text-only pages (`enabled` false) and when the scan cannot be read.
 */
export function useThumbnail(workspaceId: string, pageId: string, enabled: boolean): Thumbnail | null {
  const key = `${workspaceId}/${pageId}`;
  const [loaded, setLoaded] = useState<{ key: string; thumbnail: Thumbnail | null } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    if (cachedFor !== workspaceId) {
      // Another workspace: its thumbnails go, and so do the queued asks of rows that are gone with it.
      cache.clear();
      cachedFor = workspaceId;
    }
    const rowGone = new AbortController();
    void cache.get(key, rowGone.signal).then((thumbnail) => {
      if (!rowGone.signal.aborted) setLoaded({ key, thumbnail });
    });
    return () => rowGone.abort();
  }, [key, workspaceId, enabled]);
  if (!enabled) return null;
  return (loaded?.key === key ? loaded.thumbnail : null) ?? cache.peek(key) ?? null;
}
