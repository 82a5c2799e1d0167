import { useCallback } from 'react';
import { create } from 'zustand';
import {
  localeForSystem,
  translate,
  type MessageKey,
  type MessageParams,
  type UiLocale,
} from '../../../shared/i18n';

/** Translates a key in the current UI language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nState {
  /** The language every string is shown in. */
  readonly locale: UiLocale;
  /** The language the system asks for, used while the user has not picked one. */
  readonly systemLocale: UiLocale;
  /** The user's pick; null follows the system. */
  readonly chosen: UiLocale | null;
  configure(systemLocaleTag: string, chosen: UiLocale | null): void;
}

/** The UI language. Set from `app:info` and the settings at startup, and when the user switches. */
export const useI18n = create<I18nState>()((set) => ({
  locale: localeForSystem(navigator.language),
  systemLocale: localeForSystem(navigator.language),
  chosen: null,
  configure(systemLocaleTag, chosen) {
    const systemLocale = localeForSystem(systemLocaleTag);
    set({ systemLocale, chosen, locale: chosen ?? systemLocale });
  },
}));

/** The translate function for the current UI language; components re-render when the language changes. */
export function useT(): Translate {
  const locale = useI18n((s) => s.locale);
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}

/** Translate outside React (actions, toasts), in the current UI language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(useI18n.getState().locale, key, params);
}
