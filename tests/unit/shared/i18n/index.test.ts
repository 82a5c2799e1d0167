import { describe, expect, it } from 'vitest';
import { UI_LOCALES, localeForSystem, messagesOf, translate } from '../../../../shared/i18n';
import { UiLocaleSchema } from '../../../../shared/ipc/channels/app';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

describe('UI string tables', () => {
  const en = messagesOf('en');

  it('cover the locales the settings accept', () => {
    expect([...UI_LOCALES].sort()).toEqual([...UiLocaleSchema.options].sort());
  });

  it.each(UI_LOCALES)('%s has every key, none empty, with the same placeholders as English', (locale) => {
    const table = messagesOf(locale);
    expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
    for (const [key, template] of Object.entries(table)) {
      expect(template.trim(), key).not.toBe('');
      expect(placeholders(template), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it('the Chinese table is translated, not copied', () => {
    const zh = messagesOf('zh-CN');
    const copied = Object.keys(en).filter((key) => {
      const k = key as keyof typeof en;
      return zh[k] === en[k] && /[a-z]{3}/.test(en[k]) && !key.startsWith('language.');
    });
    expect(copied).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'job.recognizing', { page: 'p1', percent: 42 })).toBe('Recognizing p1… 42%');
    expect(translate('zh-CN', 'job.recognizing', { page: 'p1', percent: 42 })).toBe('正在识别 p1… 42%');
    expect(translate('en', 'job.recognizing', { page: 'p1' })).toBe('Recognizing p1… {percent}%');
  });

  it('does not treat replacement patterns in values specially', () => {
    expect(translate('en', 'status.workspace', { name: '$& $1 {x}' })).toBe('Workspace: $& $1 {x}');
  });
});

describe('localeForSystem', () => {
  it('reads any Chinese system locale as Chinese and everything else as English', () => {
    expect(localeForSystem('zh-CN')).toBe('zh-CN');
    expect(localeForSystem('zh')).toBe('zh-CN');
    expect(localeForSystem('zh-Hans-CN')).toBe('zh-CN');
    expect(localeForSystem('ZH-tw')).toBe('zh-CN');
    expect(localeForSystem('en-US')).toBe('en');
    expect(localeForSystem('de')).toBe('en');
    expect(localeForSystem('')).toBe('en');
  });
});
