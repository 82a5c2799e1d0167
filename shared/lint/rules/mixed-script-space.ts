import { charClass, isLatinOrDigit, isUnspacedLetter } from '../../text/char-class';
import {
  clsAt,
  HAS_UNSPACED_LETTERS,
  GAP_MIXED,
  gapCodes,
  gapEnd,
  gapsOfKind,
  gapStart,
  gapLeft,
  gapRight,
  needGaps,
  type ParagraphScan,
} from '../scan';
import type { FindingSink, Message, Rule } from '../types';
import { gapFinding, GapMerger } from './gaps';

const EXTRA: Message = {
  en: 'Space between CJK and Latin/digits (the document mostly has none)',
  zh: '中西文之间有空格（全文多数不加）',
};
const REMOVE: Message = { en: 'Remove the space', zh: '删除空格' };
const MISSING: Message = {
  en: 'No space between CJK and Latin/digits (the document mostly has one)',
  zh: '中西文之间无空格（全文多数加空格）',
};
const INSERT: Message = { en: 'Insert a space', zh: '插入空格' };
/** Variant of a tight boundary in a spaced document (above the merged-gaps bits). */
const TIGHT = 2;

const merger = new GapMerger(6);

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
  // A document that spaces CJK from Latin is read for tight boundaries wherever there are CJK letters; otherwise
  // only gaps count.
  needs: (style) => (style.mixedSpacing === 'space' ? HAS_UNSPACED_LETTERS : needGaps(GAP_MIXED)),
  detect(scan, context, out) {
    const style = context.env.style;
    const ocr = context.env.ocr;
    merger.begin(scan.text, out);
    const count = gapsOfKind(scan, GAP_MIXED);
    for (let k = 0; k < count; k++) {
      const codes = gapCodes(scan, k);
      const a = charClass(gapLeft(codes));
      const b = charClass(gapRight(codes));
      const cjkLeft = isUnspacedLetter(a) && isLatinOrDigit(b);
      const cjkRight = isLatinOrDigit(a) && isUnspacedLetter(b);
      if (!cjkLeft && !cjkRight) continue;
      const start = gapStart(scan, k);
      const end = gapEnd(scan, k);
      if (ocr?.wideSpaces.has(start)) continue;
      const noise = style.spacedOut;
      const narrow = ocr?.narrowSpaces.has(start) ?? false;
      if (noise || narrow) merger.add(start, end, true);
      else if (style.mixedSpacing === 'none') merger.add(start, end, false);
    }
    merger.flush();
    if (style.mixedSpacing === 'space') missingSpaces(scan, out);
  },
  materialize(found, out) {
    if (found.variant !== TIGHT) return gapFinding(found, out, EXTRA, REMOVE);
    const at = found.start + 1;
    return out.finding(found.start, found.end, MISSING, [out.replace(INSERT, false, at, at, ' ')]);
  },
};

/** Tight CJK–Latin boundaries in a document that mostly spaces them. */
function missingSpaces(scan: ParagraphScan, out: FindingSink): void {
  const n = scan.text.length;
  for (let i = 1; i < n; i++) {
    const a = clsAt(scan, i - 1);
    const b = clsAt(scan, i);
    if ((isUnspacedLetter(a) && isLatinOrDigit(b)) || (isLatinOrDigit(a) && isUnspacedLetter(b))) {
      out.report(i - 1, i + 1, TIGHT);
    }
  }
}
