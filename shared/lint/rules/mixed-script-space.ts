import { charClass, isLatinOrDigit, isUnspacedLetter } from '../../text/char-class';
import type { RawFinding, Rule } from '../types';
import { gapsOf, mergeGaps, type GapVerdict } from './gaps';

/**
 * Spacing between CJK and Latin/digits (`事件 391 起` beside `126.61公顷`) that disagrees with the rest of the
 * document: a style choice, so only the minority form is reported, and its fix is not safe. In a document the
 * OCR spaced out letter by letter (or where the glyph gap is narrow) such a space is noise, not style, and is
 * reported (safely) as such.
 */
export const mixedScriptSpaceRule: Rule = {
  id: 'mixed-script-space',
  category: 'spacing',
  severity: 'info',
  description: {
    en: 'CJK–Latin spacing differs from the rest of the document',
    zh: '中西文间距与全文不一致',
  },
  detect(text, context) {
    const style = context.env.style;
    const ocr = context.env.ocr;
    const flagged: GapVerdict[] = [];
    for (const g of gapsOf(text)) {
      const a = charClass(text.charCodeAt(g.start - 1));
      const b = charClass(text.charCodeAt(g.end));
      const cjkLeft = isUnspacedLetter(a) && isLatinOrDigit(b);
      const cjkRight = isLatinOrDigit(a) && isUnspacedLetter(b);
      if (!cjkLeft && !cjkRight) continue;
      if (ocr?.wideSpaces.has(g.start)) continue;
      const noise = style.spacedOut;
      const narrow = ocr?.narrowSpaces.has(g.start) ?? false;
      if (noise || narrow) flagged.push({ start: g.start, end: g.end, replacement: '', safe: true });
      else if (style.mixedSpacing === 'none')
        flagged.push({ start: g.start, end: g.end, replacement: '', safe: false });
    }
    const out = mergeGaps(
      text,
      flagged,
      6,
      {
        en: 'Space between CJK and Latin/digits (the document mostly has none)',
        zh: '中西文之间有空格（全文多数不加）',
      },
      { en: 'Remove the space', zh: '删除空格' },
    );
    if (style.mixedSpacing === 'space') out.push(...missingSpaces(text));
    return out;
  },
};

/** Tight CJK–Latin boundaries in a document that mostly spaces them. */
function missingSpaces(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (let i = 1; i < text.length; i++) {
    const a = charClass(text.charCodeAt(i - 1));
    const b = charClass(text.charCodeAt(i));
    if ((isUnspacedLetter(a) && isLatinOrDigit(b)) || (isLatinOrDigit(a) && isUnspacedLetter(b))) {
      out.push({
        start: i - 1,
        end: i + 1,
        message: {
          en: 'No space between CJK and Latin/digits (the document mostly has one)',
          zh: '中西文之间无空格（全文多数加空格）',
        },
        fixes: [
          {
            label: { en: 'Insert a space', zh: '插入空格' },
            safe: false,
            edits: [{ start: i, end: i, text: ' ' }],
          },
        ],
      });
    }
  }
  return out;
}
