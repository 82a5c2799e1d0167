import { describe, expect, it } from 'vitest';
import { createLoadingCache } from '../../../../../../renderer/src/features/page-list/thumbnail-cache';

/** A loader whose loads the test settles by hand, recording what was asked and released. */
function manualLoader() {
  const pending = new Map<string, { resolve: (v: string) => void; reject: (e: Error) => void }>();
  const started: string[] = [];
  const released: string[] = [];
  return {
    started,
    released,
    load: (key: string) =>
      new Promise<string>((resolve, reject) => {
        started.push(key);
        pending.set(key, { resolve, reject });
      }),
    release: (value: string) => {
      released.push(value);
    },
    finish(key: string) {
      pending.get(key)?.resolve(`url:${key}`);
      pending.delete(key);
    },
    fail(key: string) {
      pending.get(key)?.reject(new Error('no scan'));
      pending.delete(key);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLoadingCache', () => {
  it('runs at most `concurrency` loads and shares one load between callers', async () => {
    const loader = manualLoader();
    const cache = createLoadingCache({ capacity: 10, concurrency: 2, ...loader });
    const a1 = cache.get('a');
    const a2 = cache.get('a');
    void cache.get('b');
    void cache.get('c');
    expect(loader.started).toEqual(['a', 'b']);
    loader.finish('a');
    expect(await a1).toBe('url:a');
    expect(await a2).toBe('url:a');
    await settle();
    expect(loader.started).toEqual(['a', 'b', 'c']);
    expect(cache.peek('a')).toBe('url:a');
  });

  it('skips a queued load when every caller aborted, but not one somebody still waits for', async () => {
    const loader = manualLoader();
    const cache = createLoadingCache({ capacity: 10, concurrency: 1, ...loader });
    void cache.get('busy');
    const gone = new AbortController();
    const skipped = cache.get('scrolled-away', gone.signal);
    const stay = new AbortController();
    const left = new AbortController();
    const kept = cache.get('visible', stay.signal);
    void cache.get('visible', left.signal);
    gone.abort();
    left.abort();
    loader.finish('busy');
    expect(await skipped).toBeNull();
    await settle();
    expect(loader.started).toEqual(['busy', 'visible']);
    loader.finish('visible');
    expect(await kept).toBe('url:visible');
  });

  it('releases the least recently used value beyond capacity', async () => {
    const loader = manualLoader();
    const cache = createLoadingCache({ capacity: 2, concurrency: 4, ...loader });
    for (const key of ['a', 'b']) {
      const got = cache.get(key);
      loader.finish(key);
      await got;
    }
    expect(cache.peek('a')).toBe('url:a'); // a is now the most recent
    const c = cache.get('c');
    loader.finish('c');
    await c;
    expect(loader.released).toEqual(['url:b']);
    expect(cache.size).toBe(2);
    expect(cache.peek('b')).toBeUndefined();
  });

  it('does not retry a failed load until cleared', async () => {
    const loader = manualLoader();
    const cache = createLoadingCache({ capacity: 2, concurrency: 1, ...loader });
    const first = cache.get('text-only');
    loader.fail('text-only');
    expect(await first).toBeNull();
    expect(await cache.get('text-only')).toBeNull();
    expect(loader.started).toEqual(['text-only']);
    cache.clear();
    void cache.get('text-only');
    expect(loader.started).toEqual(['text-only', 'text-only']);
  });

  it('on clear releases every value, and a load landing afterwards is released, not cached', async () => {
    const loader = manualLoader();
    const cache = createLoadingCache({ capacity: 5, concurrency: 2, ...loader });
    const a = cache.get('a');
    loader.finish('a');
    await a;
    const late = cache.get('late');
    cache.clear();
    expect(loader.released).toEqual(['url:a']);
    loader.finish('late');
    expect(await late).toBeNull();
    expect(loader.released).toEqual(['url:a', 'url:late']);
    expect(cache.size).toBe(0);
  });
});
