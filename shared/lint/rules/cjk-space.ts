import { charClass, isUnspacedLetter } from '../../text/char-class';
import {
  clsAt,
  GAP_CJK,
  gapCodes,
  gapEnd,
  gapsOfKind,
  gapStart,
  gapLeft,
  gapRight,
  needGaps,
  type ParagraphScan,
} from '../scan';
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
    merger.begin(scan.text, out);
    const count = gapsOfKind(scan, GAP_CJK);
    for (let k = 0; k < count; k++) {
      const codes = gapCodes(scan, k);
      if (!isUnspacedLetter(charClass(gapLeft(codes))) || !isUnspacedLetter(charClass(gapRight(codes))))
        continue;
      const start = gapStart(scan, k);
      const end = gapEnd(scan, k);
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
