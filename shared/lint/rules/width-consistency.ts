import { CharClass, charClass } from '../../text/char-class';
import type { RawFinding, Rule } from '../types';

/**
 * `%` beside `％`, or half-width digits beside full-width ones, in one document: a style choice, so only the
 * minority form is reported, with a fix to the majority form that needs a look.
 */
export const widthConsistencyRule: Rule = {
  id: 'width-consistency',
  category: 'punctuation',
  severity: 'info',
  description: { en: 'Half- and full-width forms mixed in one document', zh: '全文混用全角与半角形式' },
  detect(text, context) {
    const { percent, digits } = context.env.style;
    if (!percent && !digits) return [];
    const out: RawFinding[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (percent === 'half' && code === 0xff05) out.push(finding(i, '％', '%'));
      else if (percent === 'full' && code === 0x25) out.push(finding(i, '%', '％'));
      else if (digits === 'half' && charClass(code) === CharClass.FullWidthDigit) {
        out.push(finding(i, text[i] ?? '', String.fromCharCode(code - 0xff10 + 0x30)));
      } else if (digits === 'full' && charClass(code) === CharClass.Digit) {
        out.push(finding(i, text[i] ?? '', String.fromCharCode(code - 0x30 + 0xff10)));
      }
    }
    return out;
  },
};

function finding(i: number, from: string, to: string): RawFinding {
  return {
    start: i,
    end: i + 1,
    message: {
      en: `“${from}” where the document mostly uses “${to}”`,
      zh: `全文多用“${to}”，此处为“${from}”`,
    },
    fixes: [
      {
        label: { en: `Replace with “${to}”`, zh: `改为“${to}”` },
        safe: false,
        edits: [{ start: i, end: i + 1, text: to }],
      },
    ],
  };
}
