import { CharClass, charClass, isWide } from '../../text/char-class';
import type { RawFinding, Rule } from '../types';
import { gapsOf } from './gaps';

const TIGHT_BEFORE = new Set([...',.;:!?)]'].map((c) => c.charCodeAt(0)));

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
  detect(text) {
    const out: RawFinding[] = [];
    for (const g of gapsOf(text)) {
      const left = text.charCodeAt(g.start - 1);
      const right = text.charCodeAt(g.end);
      const a = charClass(left);
      const b = charClass(right);
      if (isWide(a) || isWide(b)) continue;
      const word = (c: CharClass): boolean => c === CharClass.Latin || c === CharClass.Digit;
      if (g.end - g.start >= 2) {
        out.push({
          start: g.start,
          end: g.end,
          message: { en: 'Doubled space', zh: '连续空格' },
          fixes: [
            {
              label: { en: 'Use one space', zh: '改为一个空格' },
              safe: true,
              edits: [{ start: g.start, end: g.end, text: ' ' }],
            },
          ],
        });
        continue;
      }
      let k = g.end + 1;
      while (text.charCodeAt(k) === 0x20) k++;
      const after = text.charCodeAt(k);
      if (
        word(a) &&
        TIGHT_BEFORE.has(right) &&
        !TIGHT_BEFORE.has(after) &&
        !(right === 0x2e && after === 0x2e)
      ) {
        out.push({
          start: g.start,
          end: g.end + 1,
          message: { en: 'Space before punctuation', zh: '标点前有空格' },
          fixes: [
            {
              label: { en: 'Remove the space', zh: '删除空格' },
              safe: true,
              edits: [{ start: g.start, end: g.end, text: '' }],
            },
          ],
        });
      } else if ((left === 0x28 || left === 0x5b) && word(b)) {
        out.push({
          start: g.start - 1,
          end: g.end,
          message: { en: 'Space after an opening bracket', zh: '左括号后有空格' },
          fixes: [
            {
              label: { en: 'Remove the space', zh: '删除空格' },
              safe: true,
              edits: [{ start: g.start, end: g.end, text: '' }],
            },
          ],
        });
      } else if ((left === 0x2014 && word(b)) || (right === 0x2014 && word(a))) {
        out.push({
          start: g.start,
          end: g.end,
          severity: 'info',
          message: { en: 'Space next to an em dash', zh: '破折号旁有空格' },
          fixes: [
            {
              label: { en: 'Remove the space', zh: '删除空格' },
              safe: false,
              edits: [{ start: g.start, end: g.end, text: '' }],
            },
          ],
        });
      }
    }
    return out;
  },
};
