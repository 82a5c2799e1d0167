import { call } from '../ipc/client';
import { reportError, reportNote } from '../features/toasts/report';
import { useI18n } from '../i18n/i18n-store';
import { editorMessagesLocale } from '../i18n/editor-messages';
import { useSettings } from '../state/settings-store';
import type { UiLocale } from '../../../shared/i18n';

/**
 * The UI language before anything is shown: the user's pick from the settings, else the system's from
 * `app:info`. Runs before Monaco loads, so the editor's own strings can be loaded in the same language. When
 * main cannot answer, the browser's language stands in and startup reports the failure once the window shows.
 */
export async function loadUiLocale(): Promise<UiLocale> {
  try {
    const [info, settings] = await Promise.all([call('app:info', {}), useSettings.getState().load()]);
    useI18n.getState().configure(info.systemLocale, settings.uiLocale);
  } catch {
    // The store already holds the browser's language; startup's own calls surface the error.
  }
  return useI18n.getState().locale;
}

/**
 * Sets the UI language (null follows the system) and remembers it. Monaco reads its strings once, when it
 * loads, so the editor's menus and find box follow at the next start; a note says so.
 */
export async function setUiLocale(locale: UiLocale | null): Promise<void> {
  const i18n = useI18n.getState();
  i18n.configure(i18n.systemLocale, locale);
  if (useI18n.getState().locale !== editorMessagesLocale()) reportNote('toast.editorLanguageAtRestart');
  try {
    await useSettings.getState().update({ uiLocale: locale });
  } catch (error) {
    reportError(error);
  }
}
