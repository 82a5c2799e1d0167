import { create } from 'zustand';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../ipc/client';

/** Settings as main keeps them. */
export type Settings = ResponseOf<'settings:get'>;

interface SettingsState {
  /** Null until loaded at startup. */
  readonly settings: Settings | null;
  load(): Promise<Settings>;
  /** Saves the given fields in main and keeps main's merged answer. */
  update(patch: RequestOf<'settings:set'>): Promise<Settings>;
}

/** Settings that outlive the window: UI language, OCR language, box display, the last workspace. */
export const useSettings = create<SettingsState>()((set) => ({
  settings: null,
  async load() {
    const settings = await call('settings:get', {});
    set({ settings });
    return settings;
  },
  async update(patch) {
    const settings = await call('settings:set', patch);
    set({ settings });
    return settings;
  },
}));
