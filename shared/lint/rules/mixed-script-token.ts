import { charClass, isUnspacedLetter } from '../../text/char-class';
import { clsAt, HAS_GREEK_CYRILLIC, HAS_WORDS_AMONG_CJK } from '../scan';
import type { FindingSink, Rule } from '../types';

/**
 * One token mixing scripts the way OCR garbles them: Cyrillic or Greek letters among Latin ones (`Тhe`), or
 * a lowercase Latin run wedged inside a Han word (`昌ji吉`). Mixed tokens that are normal (`AQI峰值`, `A股`,
 * `3D打印`) start or end with the Latin part, or are capitals.
 */
export const mixedScriptTokenRule: Rule = {
  id: 'mixed-script-token',
  category: 'spelling',
  severity: 'warning',
  description: { en: 'Token mixes scripts', zh: '词内混杂不同文字' },
  // Without Greek or Cyrillic only a word between Han/Kana letters can be reported.
  needs: HAS_WORDS_AMONG_CJK | HAS_GREEK_CYRILLIC,
  detect(scan, _context, out) {
    const text = scan.text;
    if (scan.greekCyrillic) {
      byTokens(text, out);
      return;
    }
    // Without Greek or Cyrillic only a lower-case run wedged between Han/Kana can be reported, and such a run
    // is a whole ASCII word of the scan.
    for (let k = 0; k < scan.wordCount; k++) {
      const s = scan.data[scan.wordsAt + 2 * k] ?? 0;
      const e = scan.data[scan.wordsAt + 2 * k + 1] ?? 0;
      if (e - s < 2 || e - s > 3 || !allLower(text, s, e)) continue;
      if (isUnspacedLetter(clsAt(scan, s - 1)) && isUnspacedLetter(clsAt(scan, e))) {
        out.report(s, e);
      }
    }
  },
  materialize(found, out) {
    const tok = out.text.slice(found.start, found.end);
    return out.finding(
      found.start,
      found.end,
      { en: `“${tok}” mixes scripts`, zh: `“${tok}”混杂了不同文字` },
      [],
    );
  },
};

function allLower(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** The rule read token by token, for paragraphs with Greek or Cyrillic letters. */
function byTokens(text: string, out: FindingSink): void {
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const tok = m[0];
    const at = m.index;
    const latin = /[A-Za-z]/.test(tok);
    const greekCyrillic = /[\u0370-\u03ff\u0400-\u04ff]/.test(tok);
    if (latin && greekCyrillic) {
      out.report(at, at + tok.length);
      continue;
    }
    for (const w of tok.matchAll(/[a-z]{2,3}/g)) {
      const s = at + w.index;
      const e = s + w[0].length;
      if (
        isUnspacedLetter(charClass(text.charCodeAt(s - 1))) &&
        isUnspacedLetter(charClass(text.charCodeAt(e)))
      ) {
        out.report(s, e);
      }
    }
  }
}
