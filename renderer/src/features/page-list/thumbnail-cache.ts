/** A bounded cache of loaded values that loads on demand, a few at a time, skipping loads nobody waits for. */
export interface LoadingCache<V> {
  /** The cached value, marking it recently used; undefined when not loaded (or its load failed). */
  peek(key: string): V | undefined;
  /**
   * The value for `key`: cached, or loaded in turn. When every caller waiting for a load that has not started
   * yet aborts its signal (its row scrolled away), the load is skipped and resolves to null; a failed load
   * resolves to null and is not retried until `clear`.
   */
  get(key: string, signal?: AbortSignal): Promise<V | null>;
  /** Releases every cached value and forgets failures; loads in flight are released when they land. */
  clear(): void;
  /** Number of cached values. */
  readonly size: number;
}

/** How a `LoadingCache` loads and lets go of values. */
export interface LoadingCacheOptions<V> {
  /** Most values kept; the least recently used is released beyond it. */
  readonly capacity: number;
  /** Most loads running at once, so a fast scroll does not queue hundreds of image decodes in main. */
  readonly concurrency: number;
  readonly load: (key: string) => Promise<V>;
  /** Frees what a value holds (an object URL) when it leaves the cache. */
  readonly release: (value: V) => void;
}

interface Task<V> {
  readonly key: string;
  interest: number;
  readonly settle: (value: V | null) => void;
  readonly promise: Promise<V | null>;
}

/**
 * A least-recently-used cache over `load`, for page thumbnails: a virtualized list asks for the rows it shows,
 * a row that scrolls away aborts its ask, and memory stays bounded however far the user scrolls.
 */
export function createLoadingCache<V>(options: LoadingCacheOptions<V>): LoadingCache<V> {
  const values = new Map<string, V>();
  const failed = new Set<string>();
  const tasks = new Map<string, Task<V>>();
  const queue: Task<V>[] = [];
  let running = 0;
  let generation = 0;

  const store = (key: string, value: V): void => {
    values.delete(key);
    values.set(key, value);
    while (values.size > options.capacity) {
      const oldest = values.keys().next();
      if (oldest.done) break;
      const evicted = values.get(oldest.value);
      values.delete(oldest.value);
      if (evicted !== undefined) options.release(evicted);
    }
  };

  const pump = (): void => {
    while (running < options.concurrency) {
      const task = queue.shift();
      if (!task) return;
      if (task.interest <= 0) {
        tasks.delete(task.key);
        task.settle(null);
        continue;
      }
      running += 1;
      const startedIn = generation;
      options
        .load(task.key)
        .then(
          (value) => {
            if (startedIn !== generation) {
              options.release(value);
              task.settle(null);
              return;
            }
            store(task.key, value);
            task.settle(value);
          },
          () => {
            if (startedIn === generation) failed.add(task.key);
            task.settle(null);
          },
        )
        .finally(() => {
          if (tasks.get(task.key) === task) tasks.delete(task.key);
          running -= 1;
          pump();
        });
    }
  };

  return {
    peek(key) {
      const value = values.get(key);
      if (value !== undefined) store(key, value);
      return value;
    },
    get(key, signal) {
      const cached = this.peek(key);
      if (cached !== undefined) return Promise.resolve(cached);
      if (failed.has(key)) return Promise.resolve(null);
      let task = tasks.get(key);
      if (!task) {
        let settle: (value: V | null) => void = () => undefined;
        const promise = new Promise<V | null>((resolve) => {
          settle = resolve;
        });
        task = { key, interest: 0, settle, promise };
        tasks.set(key, task);
        queue.push(task);
      }
      const waiting = task;
      if (!signal?.aborted) {
        waiting.interest += 1;
        signal?.addEventListener('abort', () => (waiting.interest -= 1), { once: true });
      }
      pump();
      return waiting.promise;
    },
    clear() {
      generation += 1;
      for (const value of values.values()) options.release(value);
      values.clear();
      failed.clear();
      for (const task of queue) {
        tasks.delete(task.key);
        task.settle(null);
      }
      queue.length = 0;
      tasks.clear();
    },
    get size() {
      return values.size;
    },
  };
}
