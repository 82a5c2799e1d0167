import { HAS_LINE_BREAKS } from '../scan';
import { CodeSet } from '../../text/code-set';
import { charClass, CharClass } from '../../text/char-class';
import { judgeLines, lineFacts, type LineFacts } from '../breaks';
import { LINE_LAST, LINE_STRIDE, measuredLineInto, ReusedLineFacts } from '../measure';
import { joinerFor, skipBlanks, skipBlanksBack } from '../text-utils';
import type { Fix } from '../../model';
import type { ParagraphScan } from '../scan';
import type { FindingBuilder, Message, Rule } from '../types';

const HYPHENATED: Message = { en: 'Word hyphenated across a line break', zh: '单词在行末断开（连字符）' };
const IN_SENTENCE: Message = { en: 'Line break inside a sentence', zh: '句中换行' };
const JOIN_SPACE: Message = { en: 'Join the lines with a space', zh: '合并为一行（加空格）' };
const JOIN: Message = { en: 'Join the lines', zh: '合并为一行' };

const LETTER = /\p{L}/u;
const HYPHENS = new CodeSet('-\u00ad\u2010\u2011');
/** Variant bits: the verdict is sure (safe fixes); a hyphenated word; the lines join with a space. */
const SURE = 1;
const HYPHEN = 2;
const SPACED = 4;

/** Fixes for a line-end hyphen: drop it and join, or keep it and join; the document decides which is safe. */
function hyphenFixes(out: FindingBuilder, hyphen: number, end: number, sure: boolean): Fix[] {
  const text = out.text;
  const left = /[\p{L}]+$/u.exec(text.slice(Math.max(0, hyphen - 40), hyphen))?.[0] ?? '';
  const right = /^[\p{L}]+/u.exec(text.slice(end, end + 40))?.[0] ?? '';
  const joined = new RegExp(`(^|[^\\p{L}])${left}${right}($|[^\\p{L}])`, 'u').test(text);
  const compound = new RegExp(`(^|[^\\p{L}])${left}-${right}($|[^\\p{L}])`, 'u').test(text);
  const drop = out.replace(
    { en: `Join as “${left}${right}”`, zh: `合并为“${left}${right}”` },
    sure && joined && !compound,
    hyphen,
    end,
    '',
  );
  // Keeping the hyphen only removes whitespace, so it destroys nothing even when the hyphen was soft.
  const keep = out.replace(
    { en: `Join as “${left}-${right}”`, zh: `合并为“${left}-${right}”` },
    sure && !(joined && !compound),
    hyphen + 1,
    end,
    '',
  );
  return compound ? [keep, drop] : [drop, keep];
}

const FACTS_A = new ReusedLineFacts();
const FACTS_B = new ReusedLineFacts();

/**
 * Facts of line j of the paragraph (the line before newline j, the last one up to `contentEnd`), from the
 * measure. The measure's last line runs to the text's end; the break judgement reads it to its content's end,
 * which differs only when a U+0085 (not JS whitespace, but a line separator here) trails it.
 */
function factsOf(scan: ParagraphScan, j: number, contentEnd: number, into: ReusedLineFacts): LineFacts {
  const nls = scan.data;
  const at = scan.newlinesAt;
  const count = scan.newlineCount;
  const from = j === 0 ? 0 : (nls[at + j - 1] ?? 0) + 1;
  const to = j < count ? (nls[at + j] ?? 0) : contentEnd;
  const slot = scan.linesAt + j * LINE_STRIDE;
  return j === count && scan.lines[slot + LINE_LAST] === 0x85
    ? lineFacts(scan.text, from, to)
    : measuredLineInto(into, scan.text, scan.lines, slot, from, to);
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
  needs: HAS_LINE_BREAKS,
  detect(scan, context, out) {
    const text = scan.text;
    const contentEnd = scan.contentEnd;
    const hints = context.env.ocr;
    const mixedSpace = context.env.style.mixedSpacing === 'space';
    const nls = scan.data;
    const at = scan.newlinesAt;
    const count = scan.newlineCount;
    // Facts of line j (the line before newline j); each line is judged as the next line, then as the previous.
    let cachedLine = -1;
    let cached: LineFacts | null = null;
    for (let j = 0; j < count; j++) {
      const nl = nls[at + j] ?? 0;
      if (nl >= contentEnd) break;
      const s = skipBlanksBack(text, nl);
      // From past the line feed itself, which is no content.
      const e = skipBlanks(text, nl + 1);
      if (s === 0 || e >= contentEnd) continue;
      const single = j + 1 >= count || (nls[at + j + 1] ?? 0) >= e;
      let prev: LineFacts;
      let next: LineFacts;
      if (single) {
        // Two reused objects: the previous line's facts are never written over while read.
        prev =
          cachedLine === j && cached
            ? cached
            : factsOf(scan, j, contentEnd, cached === FACTS_A ? FACTS_B : FACTS_A);
        next = factsOf(scan, j + 1, contentEnd, prev === FACTS_A ? FACTS_B : FACTS_A);
        cachedLine = j + 1;
        cached = next;
      } else {
        const nextEnd = text.indexOf('\n', e);
        prev = lineFacts(text, j === 0 ? 0 : (nls[at + j - 1] ?? 0) + 1, nl);
        next = lineFacts(text, e, nextEnd < 0 ? contentEnd : nextEnd);
      }
      const ocr = hints?.columnBreaks.has(nl)
        ? 'column'
        : hints?.paragraphBreaks.has(nl)
          ? 'paragraph'
          : null;
      const verdict = judgeLines(prev, next, context.env.columnWidth, false, ocr);
      if (!verdict.join) continue;
      const left = text.charCodeAt(s - 1);
      const right = text.charCodeAt(e);
      if (
        HYPHENS.has(left) &&
        s >= 2 &&
        LETTER.test(text[s - 2] ?? '') &&
        charClass(right) === CharClass.Latin
      ) {
        out.report(s - 1, e, HYPHEN | (verdict.sure ? SURE : 0));
        continue;
      }
      const joiner = joinerFor(left, right, mixedSpace);
      out.report(s, e, (joiner ? SPACED : 0) | (verdict.sure ? SURE : 0));
    }
  },
  materialize(found, out) {
    const { start, end } = found;
    const sure = (found.variant & SURE) !== 0;
    if (found.variant & HYPHEN)
      return out.finding(start, end, HYPHENATED, hyphenFixes(out, start, end, sure));
    const joiner = found.variant & SPACED ? ' ' : '';
    return out.finding(start, end, IN_SENTENCE, [
      out.replace(joiner ? JOIN_SPACE : JOIN, sure, start, end, joiner),
    ]);
  },
};
