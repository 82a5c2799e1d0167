import { CodeSet } from '../../text/code-set';
import { CharClass, charClass, isWide } from '../../text/char-class';
import { GAP_NARROW, gapCodes, gapEnd, gapsOfKind, gapStart, gapLeft, gapRight, needGaps } from '../scan';
import type { Message, Rule } from '../types';

const DOUBLED: Message = { en: 'Doubled space', zh: '连续空格' };
const ONE_SPACE: Message = { en: 'Use one space', zh: '改为一个空格' };
const BEFORE_MARK: Message = { en: 'Space before punctuation', zh: '标点前有空格' };
const AFTER_OPENING: Message = { en: 'Space after an opening bracket', zh: '左括号后有空格' };
const NEAR_DASH: Message = { en: 'Space next to an em dash', zh: '破折号旁有空格' };
const REMOVE: Message = { en: 'Remove the space', zh: '删除空格' };
/** Variants: which case a record is. */
const V_DOUBLED = 0;
const V_BEFORE_MARK = 1;
const V_AFTER_OPENING = 2;
const V_NEAR_DASH = 3;
const word = (c: CharClass): boolean => c === CharClass.Latin || c === CharClass.Digit;

const TIGHT_BEFORE = new CodeSet(',.;:!?)]');

/**
 * Doubled spaces and spaced punctuation in Latin text (`word  word`, `phrased ;`, `( word`). A space before a
 * mark that is followed by another mark (`. . .`) or a doubled hyphen (`--`) is left alone: those are styles.
 * A spaced em dash is reported as information only, since some printers space it on purpose.
 */
export const latinSpaceRule: Rule = {
  id: 'latin-space',
  category: 'spacing',
  severity: 'warning',
  description: { en: 'Doubled space or spaced punctuation in Latin text', zh: '西文中的双空格或标点前空格' },
  needs: needGaps(GAP_NARROW),
  detect(scan, _context, out) {
    const text = scan.text;
    const count = gapsOfKind(scan, GAP_NARROW);
    for (let k = 0; k < count; k++) {
      const gStart = gapStart(scan, k);
      const gEnd = gapEnd(scan, k);
      const codes = gapCodes(scan, k);
      const left = gapLeft(codes);
      const right = gapRight(codes);
      const a = charClass(left);
      const b = charClass(right);
      if (isWide(a) || isWide(b)) continue;
      if (gEnd - gStart >= 2) {
        out.report(gStart, gEnd, V_DOUBLED);
        continue;
      }
      if (word(a) && TIGHT_BEFORE.has(right)) {
        // What follows the mark, read only for a mark after a space (most gaps are between two words).
        let j = gEnd + 1;
        while (text.charCodeAt(j) === 0x20) j++;
        const after = text.charCodeAt(j);
        if (!TIGHT_BEFORE.has(after) && !(right === 0x2e && after === 0x2e)) {
          out.report(gStart, gEnd + 1, V_BEFORE_MARK);
          continue;
        }
      }
      if ((left === 0x28 || left === 0x5b) && word(b)) {
        out.report(gStart - 1, gEnd, V_AFTER_OPENING);
      } else if ((left === 0x2014 && word(b)) || (right === 0x2014 && word(a))) {
        out.report(gStart, gEnd, V_NEAR_DASH);
      }
    }
  },
  materialize(found, out) {
    const { start, end } = found;
    switch (found.variant) {
      case V_DOUBLED:
        return out.finding(start, end, DOUBLED, [out.replace(ONE_SPACE, true, start, end, ' ')]);
      case V_BEFORE_MARK:
        return out.finding(start, end, BEFORE_MARK, [out.replace(REMOVE, true, start, end - 1, '')]);
      case V_AFTER_OPENING:
        return out.finding(start, end, AFTER_OPENING, [out.replace(REMOVE, true, start + 1, end, '')]);
      default:
        return out.finding(start, end, NEAR_DASH, [out.replace(REMOVE, false, start, end, '')], 'info');
    }
  },
};
