import { CharClass, charClass, isWide } from '../../text/char-class';
import { GAP_MARK, gapCodes, gapEnd, gapsOfKind, gapStart, gapLeft, gapRight, needGaps } from '../scan';
import type { Message, Rule } from '../types';
import { gapFinding, GapMerger } from './gaps';

const MESSAGE: Message = { en: 'Space next to full-width punctuation', zh: '标点旁有多余空格' };
const LABEL: Message = { en: 'Remove the space', zh: '删除空格' };

const merger = new GapMerger(2);

/** Punctuation of either width (quotes, brackets, dashes included). */
function isMark(code: number): boolean {
  const c = charClass(code);
  return c === CharClass.CjkPunctuation || c === CharClass.Punctuation;
}

/**
 * Spaces next to full-width punctuation (`改 造 ，完`), and next to any mark that sits against CJK text
 * (`报道: 近日`, `AQI (空气`, `“ 乌`): full-width marks carry their own spacing, so a space there is OCR noise.
 */
export const punctuationSpaceRule: Rule = {
  id: 'punctuation-space',
  category: 'spacing',
  severity: 'warning',
  description: { en: 'Space next to full-width punctuation', zh: '全角标点旁有空格' },
  needs: needGaps(GAP_MARK),
  detect(scan, context, out) {
    const text = scan.text;
    const ocr = context.env.ocr;
    merger.begin(text, out);
    const count = gapsOfKind(scan, GAP_MARK);
    for (let k = 0; k < count; k++) {
      const gStart = gapStart(scan, k);
      const gEnd = gapEnd(scan, k);
      const codes = gapCodes(scan, k);
      const left = gapLeft(codes);
      const right = gapRight(codes);
      const a = charClass(left);
      const b = charClass(right);
      const cjkMark = a === CharClass.CjkPunctuation || b === CharClass.CjkPunctuation;
      const markAgainstCjk =
        (isMark(left) &&
          (isWide(b) || isWide(charClass(text.charCodeAt(pastMarks(text, gStart - 1, -1)))))) ||
        (isMark(right) && (isWide(a) || isWide(charClass(text.charCodeAt(pastMarks(text, gEnd, 1))))));
      if (!cjkMark && !markAgainstCjk) continue;
      if (ocr?.wideSpaces.has(gStart)) continue;
      merger.add(gStart, gEnd, true);
    }
    merger.flush();
  },
  materialize(found, out) {
    return gapFinding(found, out, MESSAGE, LABEL);
  },
};

/** Index of the first code unit from `i` (a mark) in direction `step` that is neither a mark nor a space. */
function pastMarks(text: string, i: number, step: 1 | -1): number {
  let k = i;
  while (k >= 0 && k < text.length) {
    const code = text.charCodeAt(k);
    if (!isMark(code) && charClass(code) !== CharClass.Space) break;
    k += step;
  }
  return k;
}
