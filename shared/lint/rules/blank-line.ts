import { judgeLines, lineFacts, type LineFacts } from '../breaks';
import { LINE_STRIDE, measuredLineInto, ReusedLineFacts } from '../measure';

/** The last line's facts, rewritten for each paragraph. */
const FACTS = new ReusedLineFacts();
import type { ParagraphScan } from '../scan';
import { isJsWhitespace, joinerFor } from '../text-utils';
import type { Message, Rule } from '../types';

const MESSAGE: Message = { en: 'Blank line inside a sentence', zh: '句中空行' };
const LABEL: Message = { en: 'Join the paragraphs', zh: '合并段落' };
/** Variant bits: the verdict is sure (safe fix); the paragraphs join with a space. */
const SURE = 1;
const SPACED = 2;

/**
 * Facts of the paragraph's last line with content, line `j` cut at `s` (`text[lastNl + 1, s)`), from the
 * measure when the rest of that line is only spaces, tabs or a CR (which change no fact); otherwise read
 * from the text.
 */
function prevFacts(scan: ParagraphScan, j: number, lastNl: number, s: number): LineFacts {
  const text = scan.text;
  const lineEnd = j < scan.newlineCount ? (scan.data[scan.newlinesAt + j] ?? 0) : text.length;
  for (let i = s; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return lineFacts(text, lastNl + 1, s);
  }
  return measuredLineInto(FACTS, text, scan.lines, scan.linesAt + j * LINE_STRIDE, lastNl + 1, s);
}

/**
 * A blank line that splits a sentence (`落实大气污染防治\n\n要求。`): the OCR cut a paragraph in two where a
 * column or a page region ended. Judged from the last line before the gap and the first line after it.
 */
export const blankLineRule: Rule = {
  id: 'blank-line',
  category: 'break',
  severity: 'warning',
  description: { en: 'Blank line splits a sentence', zh: '空行把一句话分开' },
  detect(scan, context, out) {
    const text = scan.text;
    const nextFacts = context.env.nextLineFacts;
    if (nextFacts === null) return;
    const s = scan.contentEnd;
    if (s === 0 || s === text.length) return;
    // The last line with content is line j, after the last newline before `s` (from the scan's list).
    let j = scan.newlineCount;
    while (j > 0 && (scan.data[scan.newlinesAt + j - 1] ?? 0) >= s) j--;
    const lastNl = j > 0 ? (scan.data[scan.newlinesAt + j - 1] ?? 0) : -1;
    let alone = true;
    for (let i = 0; i < lastNl && alone; i++) alone = isJsWhitespace(text.charCodeAt(i));
    const verdict = judgeLines(
      prevFacts(scan, j, lastNl, s),
      nextFacts,
      context.env.columnWidth,
      true,
      null,
      alone,
    );
    if (!verdict.join) return;
    const joiner = joinerFor(
      text.charCodeAt(s - 1),
      nextFacts.first,
      context.env.style.mixedSpacing === 'space',
    );
    out.report(s, text.length, (verdict.sure ? SURE : 0) | (joiner === ' ' ? SPACED : 0));
  },
  materialize(found, out) {
    const joiner = found.variant & SPACED ? ' ' : '';
    return out.finding(found.start, found.end, MESSAGE, [
      out.replace(LABEL, (found.variant & SURE) !== 0, found.start, found.end, joiner),
    ]);
  },
};
