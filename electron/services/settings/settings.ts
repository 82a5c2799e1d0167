import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { SettingsSchema } from '../../../shared/ipc/channels/app';
import { writeFileAtomic, type AtomicFs, nodeAtomicFs } from '../fs/atomic-write';
import { errnoCode, toFsError } from '../fs/fs-errors';
import { mkdir } from 'node:fs/promises';

/** Settings kept by main across runs. */
export type Settings = z.infer<typeof SettingsSchema>;

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  uiLocale: null,
  ocrLanguage: 'chi_sim',
  lintPack: 'mainland',
  confidenceThreshold: 60,
  showBoxes: true,
  lastWorkspace: null,
  lastPageId: null,
  lastCursor: null,
};

/** Settings persisted as `settings.json` in the app's data folder. */
export interface SettingsStore {
  get(): Promise<Settings>;
  /** Merges `patch` into the stored settings, writes them atomically and returns the result. */
  set(patch: Partial<Settings>): Promise<Settings>;
}

/**
 * Opens the settings of `appDataDir`. A missing file gives the defaults; a damaged file, or one field that no
 * longer validates (an old version's value), falls back to the default for what cannot be read, so a bad
 * settings file never stops the app from starting.
 */
export function createSettingsStore(appDataDir: string, fs: AtomicFs = nodeAtomicFs): SettingsStore {
  const path = join(appDataDir, 'settings.json');
  let cache: Settings | undefined;
  let tail: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<Settings> => {
    if (cache) return cache;
    let raw: unknown = {};
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT' && !(error instanceof SyntaxError))
        throw toFsError(error, 'read', path);
    }
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    if (raw && typeof raw === 'object') {
      const shape = SettingsSchema.shape;
      for (const [key, value] of Object.entries(raw)) {
        if (!Object.prototype.hasOwnProperty.call(shape, key)) continue;
        if (shape[key as keyof typeof shape].safeParse(value).success) merged[key] = value;
      }
    }
    cache = SettingsSchema.parse(merged);
    return cache;
  };

  return {
    get: load,
    set: (patch) => {
      const work = tail.then(async () => {
        const next = SettingsSchema.parse({ ...(await load()), ...patch });
        await mkdir(appDataDir, { recursive: true }).catch((error: unknown) => {
          throw toFsError(error, 'create', appDataDir);
        });
        await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`, fs);
        cache = next;
        return next;
      });
      tail = work.catch(() => undefined);
      return work;
    },
  };
}
