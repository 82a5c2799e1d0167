import { en, type MessageKey, type Messages } from './messages-en';
import { zhCN } from './messages-zh-cn';

export type { MessageKey, Messages } from './messages-en';

/** UI languages with a complete string table, in the order a language picker lists them. */
export const UI_LOCALES = ['zh-CN', 'en'] as const;

/** A UI language with a complete string table. */
export type UiLocale = (typeof UI_LOCALES)[number];

const tables: { readonly [L in UiLocale]: Messages } = { 'zh-CN': zhCN, en };

/** Values for a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The message for `key` in `locale` with its placeholders filled. A placeholder without a value stays visible
 * as `{name}`, so a missing parameter shows up in a screenshot instead of vanishing.
 */
export function translate(locale: UiLocale, key: MessageKey, params?: MessageParams): string {
  const template = tables[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The UI language for a system locale tag (BCP 47, as Electron's `app.getLocale()` gives it): any Chinese
 * variant reads the Chinese table (it is the only Chinese one so far), everything else English.
 */
export function localeForSystem(systemLocale: string): UiLocale {
  return /^zh\b/i.test(systemLocale) ? 'zh-CN' : 'en';
}

/** The table of one locale, for checks that every key is translated. */
export function messagesOf(locale: UiLocale): Messages {
  return tables[locale];
}
