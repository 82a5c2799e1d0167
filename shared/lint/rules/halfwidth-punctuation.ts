import { CharClass, charClass, isWide } from '../../text/char-class';
import type { RawFinding, Rule } from '../types';

/** Class of the nearest non-space code unit from `i` in direction `step`; Newline at a line edge. */
function neighbour(text: string, i: number, step: 1 | -1): CharClass {
  let k = i;
  while (k >= 0 && k < text.length && charClass(text.charCodeAt(k)) === CharClass.Space) k += step;
  return k < 0 || k >= text.length ? CharClass.Newline : charClass(text.charCodeAt(k));
}

/**
 * Half-width `, . ; : ? ! ( )` inside Chinese text (`报道: 近日`, `AQI (空气`): Chinese takes the full-width
 * forms of the rule pack. A period between digits is a decimal point and a mark between Latin words is Latin.
 */
export const halfwidthPunctuationRule: Rule = {
  id: 'halfwidth-punctuation',
  category: 'punctuation',
  severity: 'warning',
  description: { en: 'Half-width punctuation in Chinese text', zh: '中文中使用了半角标点' },
  detect(text, context) {
    const out: RawFinding[] = [];
    const map = context.pack.punctuation;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] ?? '';
      const full = map[ch];
      if (!full || ch === '%') continue;
      const before = neighbour(text, i - 1, -1);
      const after = neighbour(text, i + 1, 1);
      const wideBefore = isWide(before);
      const wideAfter = isWide(after);
      const digitAround = before === CharClass.Digit && after === CharClass.Digit;
      if (digitAround) continue;
      const cjk =
        ch === '('
          ? wideAfter || (wideBefore && after !== CharClass.Latin)
          : ch === ')'
            ? wideBefore || (wideAfter && before !== CharClass.Latin)
            : wideBefore;
      if (!cjk) continue;
      out.push({
        start: i,
        end: i + 1,
        message: { en: `Half-width “${ch}” in Chinese text`, zh: `中文中的半角“${ch}”` },
        fixes: [
          {
            label: { en: `Replace with “${full}”`, zh: `改为“${full}”` },
            safe: wideBefore && (wideAfter || after === CharClass.Newline || after === CharClass.Digit),
            edits: [{ start: i, end: i + 1, text: full }],
          },
        ],
      });
    }
    return out;
  },
};
