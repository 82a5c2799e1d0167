import { charClass, isUnspacedLetter } from '../../text/char-class';
import type { RawFinding, Rule } from '../types';

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
  detect(text) {
    const out: RawFinding[] = [];
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const tok = m[0];
      const at = m.index;
      const latin = /[A-Za-z]/.test(tok);
      const greekCyrillic = /[\u0370-\u03ff\u0400-\u04ff]/.test(tok);
      if (latin && greekCyrillic) {
        out.push(report(at, at + tok.length, tok));
        continue;
      }
      for (const w of tok.matchAll(/[a-z]{2,3}/g)) {
        const s = at + w.index;
        const e = s + w[0].length;
        if (
          isUnspacedLetter(charClass(text.charCodeAt(s - 1))) &&
          isUnspacedLetter(charClass(text.charCodeAt(e)))
        ) {
          out.push(report(s, e, w[0]));
        }
      }
    }
    return out;
  },
};

function report(start: number, end: number, tok: string): RawFinding {
  return {
    start,
    end,
    message: { en: `“${tok}” mixes scripts`, zh: `“${tok}”混杂了不同文字` },
    fixes: [],
  };
}
