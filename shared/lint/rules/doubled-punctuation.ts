import { CharClass, charClass } from '../../text/char-class';
import { CodeSet } from '../../text/code-set';
import { MARKS_ADJACENT } from '../scan';
import type { Rule } from '../types';

const STOPS = new CodeSet('，。、；：？！,.;:?!');
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
  needs: MARKS_ADJACENT,
  detect(scan, _context, out) {
    // Two marks in a row are what it looks for: without any, nothing to read.
    if ((scan.markKinds & MARKS_ADJACENT) === 0) return;
    const text = scan.text;
    for (let m = 1; m < scan.markCount; m++) {
      const i = scan.data[scan.marksAt + m] ?? 0;
      if (scan.data[scan.marksAt + m - 1] !== i - 1) continue;
      const a = text.charCodeAt(i - 1);
      const b = text.charCodeAt(i);
      if (!STOPS.has(a) || !STOPS.has(b)) continue;
      const fullA = charClass(a) === CharClass.CjkPunctuation;
      const fullB = charClass(b) === CharClass.CjkPunctuation;
      if (!fullA && !fullB) continue;
      if (a === b && (a === 0xff01 || a === 0xff1f)) continue;
      out.report(i - 1, i + 1);
    }
  },
  materialize(found, out) {
    const i = found.start + 1;
    const text = out.text;
    const ca = text[i - 1] ?? '';
    const cb = text[i] ?? '';
    const fullA = charClass(text.charCodeAt(i - 1)) === CharClass.CjkPunctuation;
    const sameMark = HALF_OF[ca] === cb || HALF_OF[cb] === ca || ca === cb;
    const drop = fullA ? i : i - 1;
    return out.finding(i - 1, i + 1, { en: `Doubled punctuation “${ca}${cb}”`, zh: `标点重复“${ca}${cb}”` }, [
      out.replace(
        { en: `Keep “${fullA ? ca : cb}”`, zh: `保留“${fullA ? ca : cb}”` },
        sameMark,
        drop,
        drop + 1,
        '',
      ),
    ]);
  },
};
