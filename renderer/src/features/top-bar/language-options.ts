import type { Translate } from '../../i18n/i18n-store';

/** The OCR language choices offered in the picker: each shipped language and the usual mixes with English. */
export const OCR_LANGUAGE_CHOICES = ['chi_sim', 'chi_tra', 'eng', 'chi_sim+eng', 'chi_tra+eng'] as const;

/** An OCR language choice offered in the picker. */
export type OcrLanguageChoice = (typeof OCR_LANGUAGE_CHOICES)[number];

/** A Tesseract language string for people: a picker choice by its UI name, anything else as the code. */
export function languageName(language: string, t: Translate): string {
  const choice = OCR_LANGUAGE_CHOICES.find((c) => c === language);
  return choice ? t(`language.${choice}`) : language;
}
