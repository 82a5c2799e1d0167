import { HAS_WIDE } from '../scan';
import { NO_LINE_END, NO_LINE_START } from '../breaks';
import { LINE_FIRST, LINE_LAST, LINE_STRIDE } from '../measure';
import { isMostlyWide, skipBlanks, skipBlanksBack } from '../text-utils';
import type { ParagraphScan } from '../scan';
import type { Message, Rule } from '../types';

const CLOSING: Message = { en: 'Line starts with a closing mark', zh: '行首出现闭合标点' };
const OPENING: Message = { en: 'Line ends with an opening mark', zh: '行末出现开启标点' };
const JOIN: Message = { en: 'Join the lines', zh: '合并为一行' };
/** Variant of a line ending with an opening mark (0: a line starting with a closing one). */
const OPENS = 1;

/** Line feeds in `[s, e)`, which holds newline `j` of the scan. */
function newlinesIn(scan: ParagraphScan, j: number, s: number, e: number): number {
  let n = 1;
  for (let k = j - 1; k >= 0 && (scan.data[scan.newlinesAt + k] ?? -1) >= s; k--) n++;
  for (let k = j + 1; k < scan.newlineCount && (scan.data[scan.newlinesAt + k] ?? e) < e; k++) n++;
  return n;
}

/**
 * clreq line rules: a CJK line must not start with a closing mark (`，。）”`) nor end with an opening one
 * (`（“`). When OCR output breaks there, the break is a column artifact; joining the lines fixes it.
 */
export const lineEdgePunctuationRule: Rule = {
  id: 'line-edge-punctuation',
  category: 'break',
  severity: 'error',
  description: {
    en: 'Line starts with a closing mark or ends with an opening one',
    zh: '行首有闭合标点或行末有开启标点',
  },
  // Only a mostly-wide line is judged, so a paragraph without a wide code unit has nothing (without a line feed,
  // the loop below has nothing to visit).
  needs: HAS_WIDE,
  detect(scan, _context, out) {
    const text = scan.text;
    const end = scan.contentEnd;
    const lines = scan.lines;
    for (let j = 0; j < scan.newlineCount; j++) {
      const nl = scan.data[scan.newlinesAt + j] ?? 0;
      if (nl >= end) break;
      // The measure's line facts first: the last code unit of line j and the first of line j + 1. They are
      // read past JavaScript whitespace, the marks below past the Space and Newline classes; the two differ
      // only by U+1680 (which no mark set holds) and U+0085, which is let through to the reading below.
      const last = lines[scan.linesAt + j * LINE_STRIDE + LINE_LAST] ?? NaN;
      const first = lines[scan.linesAt + (j + 1) * LINE_STRIDE + LINE_FIRST] ?? NaN;
      if (!NO_LINE_END.has(last) && !NO_LINE_START.has(first) && last !== 0x85 && first !== 0x85) continue;
      const s = skipBlanksBack(text, nl);
      const e = skipBlanks(text, nl);
      if (s === 0 || e >= end) continue;
      const closing = NO_LINE_START.has(text.charCodeAt(e));
      const opening = NO_LINE_END.has(text.charCodeAt(s - 1));
      if (!closing && !opening) continue;
      if (newlinesIn(scan, j, s, e) > 1) continue;
      const lineStart = text.lastIndexOf('\n', s - 1) + 1;
      const lineEnd = text.indexOf('\n', e);
      if (!isMostlyWide(text.slice(lineStart, lineEnd < 0 ? end : lineEnd))) continue;
      out.report(closing ? s : s - 1, closing ? e + 1 : e, closing ? 0 : OPENS);
    }
  },
  materialize(found, out) {
    const { start, end } = found;
    const opens = found.variant === OPENS;
    const fix = opens
      ? out.replace(JOIN, true, start + 1, end, '')
      : out.replace(JOIN, true, start, end - 1, '');
    return out.finding(start, end, opens ? OPENING : CLOSING, [fix]);
  },
};
