import { CharClass } from '../../text/char-class';
import { clsAt } from '../scan';
import type { FindingSink, Message, Rule } from '../types';

/**
 * `%` beside `％`, or half-width digits beside full-width ones, in one document: a style choice, so only the
 * minority form is reported, with a fix to the majority form that needs a look.
 */
export const widthConsistencyRule: Rule = {
  id: 'width-consistency',
  category: 'punctuation',
  severity: 'info',
  description: { en: 'Half- and full-width forms mixed in one document', zh: '全文混用全角与半角形式' },
  detect(scan, context, out) {
    const { percent, digits } = context.env.style;
    if (!percent && !digits) return;
    const text = scan.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c = clsAt(scan, i);
      if (percent === 'half' && code === 0xff05) report(out, i, '％', '%');
      else if (percent === 'full' && code === 0x25) report(out, i, '%', '％');
      else if (digits === 'half' && c === CharClass.FullWidthDigit) {
        report(out, i, text.charAt(i), String.fromCharCode(code - 0xff10 + 0x30));
      } else if (digits === 'full' && c === CharClass.Digit) {
        report(out, i, text.charAt(i), String.fromCharCode(code - 0x30 + 0xff10));
      }
    }
  },
};

const wordings = new Map<string, readonly [Message, Message]>();

function report(out: FindingSink, i: number, from: string, to: string): void {
  const key = from + to;
  let w = wordings.get(key);
  if (!w) {
    w = [
      { en: `“${from}” where the document mostly uses “${to}”`, zh: `全文多用“${to}”，此处为“${from}”` },
      { en: `Replace with “${to}”`, zh: `改为“${to}”` },
    ];
    wordings.set(key, w);
  }
  out.report(i, i + 1, w[0], [{ label: w[1], safe: false, edits: [{ start: i, end: i + 1, text: to }] }]);
}
