import { CharClass, charClass } from '../../text/char-class';
import type { Rule } from '../types';

const STOPS = new Set([...'，。、；：？！,.;:?!'].map((c) => c.charCodeAt(0)));
const HALF_OF: Readonly<Record<string, string>> = {
  '，': ',',
  '。': '.',
  '；': ';',
  '：': ':',
  '？': '?',
  '！': '!',
};

/**
 * Two stop marks in a row (`据悉,，`, `。。`): usually one mark read twice. `...`, `?!` in Latin text and
 * `！！` for emphasis are left alone. The fix keeps the full-width mark; it is safe when the two are the
 * same mark in two widths.
 */
export const doubledPunctuationRule: Rule = {
  id: 'doubled-punctuation',
  category: 'punctuation',
  severity: 'error',
  description: { en: 'Doubled punctuation', zh: '标点重复' },
  detect(scan, _context, out) {
    const text = scan.text;
    for (let m = 1; m < scan.markCount; m++) {
      const i = scan.marks[m] ?? 0;
      if (scan.marks[m - 1] !== i - 1) continue;
      const a = text.charCodeAt(i - 1);
      const b = text.charCodeAt(i);
      if (!STOPS.has(a) || !STOPS.has(b)) continue;
      const fullA = charClass(a) === CharClass.CjkPunctuation;
      const fullB = charClass(b) === CharClass.CjkPunctuation;
      if (!fullA && !fullB) continue;
      if (a === b && (a === 0xff01 || a === 0xff1f)) continue;
      const ca = text[i - 1] ?? '';
      const cb = text[i] ?? '';
      const sameMark = HALF_OF[ca] === cb || HALF_OF[cb] === ca || a === b;
      const drop = fullA ? i : i - 1;
      out.report(i - 1, i + 1, { en: `Doubled punctuation “${ca}${cb}”`, zh: `标点重复“${ca}${cb}”` }, [
        {
          label: { en: `Keep “${fullA ? ca : cb}”`, zh: `保留“${fullA ? ca : cb}”` },
          safe: sameMark,
          edits: [{ start: drop, end: drop + 1, text: '' }],
        },
      ]);
    }
  },
};
