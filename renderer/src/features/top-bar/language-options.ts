import type { MessageKey } from '../../../../shared/i18n';

/** The OCR language choices offered in the picker: each shipped language and the usual mixes with English. */
export const OCR_LANGUAGE_CHOICES = ['chi_sim', 'chi_tra', 'eng', 'chi_sim+eng', 'chi_tra+eng'] as const;

/** The UI string naming an OCR language choice. */
export function ocrLanguageLabel(language: (typeof OCR_LANGUAGE_CHOICES)[number]): MessageKey {
  return `language.${language}`;
}
