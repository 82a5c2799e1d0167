import { isJsWhitespace } from '../text-utils';
import { markKind } from '../scan';
import type { Message, Rule } from '../types';

const MESSAGE: Message = { en: 'Dash or ellipsis split across lines', zh: '破折号或省略号跨行断开' };
const LABEL: Message = { en: 'Join the mark', zh: '合并标点' };

const isHalf = (code: number): boolean => code === 0x2014 || code === 0x2026;
/** Paragraphs holding a half of either mark (the only ones this rule reads). */
const HALVES = markKind('\u2014\u2026');

/** JavaScript whitespace other than a line feed (`[^\S\n]`). */
const isSpaceNotLf = (code: number): boolean => code !== 10 && isJsWhitespace(code);

/**
 * `——` or `……` split across a line break: the two halves of one mark belong together. Read as the pattern
 * `([—…])[^\S\n]*\n\s*([—…])` scanned left to right, a match whose halves differ consumes both.
 */
export const splitDashRule: Rule = {
  id: 'split-dash',
  category: 'break',
  severity: 'warning',
  description: { en: 'Dash or ellipsis split across lines', zh: '破折号或省略号被拆到两行' },
  needs: HALVES,
  detect(scan, _context, out) {
    if ((scan.markKinds & HALVES) === 0) return;
    const text = scan.text;
    let resume = 0;
    for (let k = 0; k < scan.markCount; k++) {
      const i = scan.data[scan.marksAt + k] ?? 0;
      const a = text.charCodeAt(i);
      if (i < resume || !isHalf(a)) continue;
      let j = i + 1;
      while (isSpaceNotLf(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== 10) continue;
      j++;
      while (isSpaceNotLf(text.charCodeAt(j)) || text.charCodeAt(j) === 10) j++;
      const b = text.charCodeAt(j);
      if (!isHalf(b)) continue;
      resume = j + 1;
      if (a !== b) continue;
      const start = i + 1;
      const end = j;
      out.report(start, end);
    }
  },
  materialize(found, out) {
    return out.finding(found.start, found.end, MESSAGE, [
      out.replace(LABEL, true, found.start, found.end, ''),
    ]);
  },
};
