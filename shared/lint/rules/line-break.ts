import { charClass, CharClass } from '../../text/char-class';
import { judgeBreak } from '../breaks';
import { joinerFor, skipBlanks, skipBlanksBack } from '../text-utils';
import type { RawFinding, RawFix, Rule } from '../types';

const LETTER = /\p{L}/u;
const HYPHENS = new Set([0x2d, 0xad, 0x2010, 0x2011]);

/** The whitespace run `[start, end)` around the newline at `nl`. */
function runAround(text: string, nl: number): [number, number] {
  return [skipBlanksBack(text, nl), skipBlanks(text, nl)];
}

/** Fixes for a line-end hyphen: drop it and join, or keep it and join; the document decides which is safe. */
function hyphenFixes(text: string, hyphen: number, end: number, sure: boolean): RawFix[] {
  const left = /[\p{L}]+$/u.exec(text.slice(Math.max(0, hyphen - 40), hyphen))?.[0] ?? '';
  const right = /^[\p{L}]+/u.exec(text.slice(end, end + 40))?.[0] ?? '';
  const joined = new RegExp(`(^|[^\\p{L}])${left}${right}($|[^\\p{L}])`, 'u').test(text);
  const compound = new RegExp(`(^|[^\\p{L}])${left}-${right}($|[^\\p{L}])`, 'u').test(text);
  const drop: RawFix = {
    label: { en: `Join as “${left}${right}”`, zh: `合并为“${left}${right}”` },
    safe: sure && joined && !compound,
    edits: [{ start: hyphen, end, text: '' }],
  };
  // Keeping the hyphen only removes whitespace, so it destroys nothing even when the hyphen was soft.
  const keep: RawFix = {
    label: { en: `Join as “${left}-${right}”`, zh: `合并为“${left}-${right}”` },
    safe: sure && !(joined && !compound),
    edits: [{ start: hyphen + 1, end, text: '' }],
  };
  return compound ? [keep, drop] : [drop, keep];
}

/**
 * A single line break inside a sentence: the OCR kept the column's line ends. Joined without a space in
 * CJK text, with one in Latin text, and `trans-\nport` offered dehyphenated. A line that stops short after
 * a final mark ends a paragraph and is left alone.
 */
export const lineBreakRule: Rule = {
  id: 'line-break',
  category: 'break',
  severity: 'warning',
  description: {
    en: 'Line break inside a sentence (column line end kept by OCR)',
    zh: '句中换行（OCR 保留了栏宽换行）',
  },
  detect(text, context) {
    const out: RawFinding[] = [];
    const contentEnd = skipBlanksBack(text, text.length);
    const hints = context.env.ocr;
    let lineStart = 0;
    for (let nl = text.indexOf('\n'); nl >= 0 && nl < contentEnd; nl = text.indexOf('\n', nl + 1)) {
      const [s, e] = runAround(text, nl);
      const prevStart = lineStart;
      lineStart = nl + 1;
      if (s === 0 || e >= contentEnd) continue;
      const nextEnd = text.indexOf('\n', e);
      const prev = text.slice(prevStart, nl);
      const next = text.slice(e, nextEnd < 0 ? contentEnd : nextEnd);
      const ocr = hints?.columnBreaks.has(nl)
        ? 'column'
        : hints?.paragraphBreaks.has(nl)
          ? 'paragraph'
          : null;
      const verdict = judgeBreak(prev, next, context.env.columnWidth, false, ocr);
      if (!verdict.join) continue;
      const left = text.charCodeAt(s - 1);
      const right = text.charCodeAt(e);
      if (
        HYPHENS.has(left) &&
        s >= 2 &&
        LETTER.test(text[s - 2] ?? '') &&
        charClass(right) === CharClass.Latin
      ) {
        out.push({
          start: s - 1,
          end: e,
          message: { en: 'Word hyphenated across a line break', zh: '单词在行末断开（连字符）' },
          fixes: hyphenFixes(text, s - 1, e, verdict.sure),
        });
        continue;
      }
      const joiner = joinerFor(left, right, context.env.style.mixedSpacing === 'space');
      out.push({
        start: s,
        end: e,
        message: { en: 'Line break inside a sentence', zh: '句中换行' },
        fixes: [
          {
            label: joiner
              ? { en: 'Join the lines with a space', zh: '合并为一行（加空格）' }
              : { en: 'Join the lines', zh: '合并为一行' },
            safe: verdict.sure,
            edits: [{ start: s, end: e, text: joiner }],
          },
        ],
      });
    }
    return out;
  },
};
