import type { UiLocale } from '../../../shared/i18n';

let loaded: UiLocale = 'en';

/**
 * Loads Monaco's own strings (find box, context menu, diff toolbar, hovers) in `locale`. Monaco looks them up
 * in a global table that its modules read as they are evaluated, so this must finish before the first import
 * of Monaco; English is built in.
 */
export async function loadEditorMessages(locale: UiLocale): Promise<void> {
  if (locale === 'zh-CN') {
    await import('monaco-editor/nls/lang/zh-cn');
    loaded = 'zh-CN';
  }
}

/** The language Monaco's own strings were loaded in, for the rest of this window's life. */
export function editorMessagesLocale(): UiLocale {
  return loaded;
}
