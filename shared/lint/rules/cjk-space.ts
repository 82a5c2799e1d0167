import { charClass, isUnspacedLetter } from '../../text/char-class';
import { clsAt, GAP_CJK, GAP_STRIDE, gapLeft, gapRight, needGaps, type ParagraphScan } from '../scan';
import type { Message, Rule } from '../types';
import { gapFinding, GapMerger } from './gaps';

const MESSAGE: Message = { en: 'Spaces between CJK characters', zh: '汉字之间有多余空格' };
const LABEL: Message = { en: 'Remove the spaces', zh: '删除空格' };

/** True when the run of Han/Kana letters that ends at `from` (step -1) or starts there (step 1) is one letter. */
const merger = new GapMerger(8);

function loneLetter(scan: ParagraphScan, from: number, step: 1 | -1): boolean {
  return !isUnspacedLetter(clsAt(scan, from + step));
}

/**
 * Spaces between two Han/Kana characters (`完 成 目 标`): Chinese and Japanese put none between words, and
 * tesseract.js without `preserve_interword_spaces` puts one almost everywhere. In a document that is not spaced
 * out, a space between two words of several characters is taken as deliberate (a byline: `本报讯 记者…`)
 * unless the glyph boxes show a narrow gap.
 */
export const cjkSpaceRule: Rule = {
  id: 'cjk-space',
  category: 'spacing',
  severity: 'warning',
  description: { en: 'Space between CJK characters', zh: '汉字之间有空格' },
  needs: needGaps(GAP_CJK),
  detect(scan, context, out) {
    const ocr = context.env.ocr;
    const spacedOut = context.env.style.spacedOut;
    const gaps = scan.data;
    const at = scan.gapsAt;
    merger.begin(scan.text, out);
    // Only a paragraph with a gap between two Han/Kana letters has gaps for this rule (`gapKinds`, from the measure).
    const count = (scan.gapKinds & GAP_CJK) !== 0 ? scan.gapCount : 0;
    for (let k = 0; k < count; k++) {
      const o = at + GAP_STRIDE * k;
      const codes = gaps[o + 2] ?? 0;
      if (!isUnspacedLetter(charClass(gapLeft(codes))) || !isUnspacedLetter(charClass(gapRight(codes))))
        continue;
      const start = gaps[o] ?? 0;
      const end = gaps[o + 1] ?? 0;
      if (ocr?.wideSpaces.has(start)) continue;
      const narrow = ocr?.narrowSpaces.has(start) ?? false;
      if (!spacedOut && !narrow && !loneLetter(scan, start - 1, -1) && !loneLetter(scan, end, 1)) continue;
      merger.add(start, end, spacedOut || narrow);
    }
    merger.flush();
  },
  materialize(found, out) {
    return gapFinding(found, out, MESSAGE, LABEL);
  },
};
