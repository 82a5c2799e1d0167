import { charClass, isUnspacedLetter } from '../../text/char-class';
import type { Rule } from '../types';
import { gapsOf, mergeGaps, type GapVerdict } from './gaps';

/** Length of the run of Han/Kana letters that ends just before `end` (backwards) or starts at `start`. */
function segmentLength(text: string, from: number, step: 1 | -1): number {
  let n = 0;
  for (let i = from; i >= 0 && i < text.length && isUnspacedLetter(charClass(text.charCodeAt(i))); i += step)
    n++;
  return n;
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
  detect(text, context) {
    const ocr = context.env.ocr;
    const spacedOut = context.env.style.spacedOut;
    const flagged: GapVerdict[] = [];
    for (const g of gapsOf(text)) {
      const a = charClass(text.charCodeAt(g.start - 1));
      const b = charClass(text.charCodeAt(g.end));
      if (!isUnspacedLetter(a) || !isUnspacedLetter(b)) continue;
      if (ocr?.wideSpaces.has(g.start)) continue;
      const narrow = ocr?.narrowSpaces.has(g.start) ?? false;
      const lone = segmentLength(text, g.start - 1, -1) === 1 || segmentLength(text, g.end, 1) === 1;
      if (!spacedOut && !narrow && !lone) continue;
      flagged.push({ start: g.start, end: g.end, replacement: '', safe: spacedOut || narrow });
    }
    return mergeGaps(
      text,
      flagged,
      8,
      { en: 'Spaces between CJK characters', zh: '汉字之间有多余空格' },
      { en: 'Remove the spaces', zh: '删除空格' },
    );
  },
};
