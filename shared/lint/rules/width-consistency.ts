import { CharClass, charClass } from '../../text/char-class';
import { EVERY_PARAGRAPH, markKind } from '../scan';
import type { Message, Rule } from '../types';

/** Paragraphs holding a percent sign of either width. */
const PERCENT_SIGNS = markKind('%％');

/**
 * `%` beside `％`, or half-width digits beside full-width ones, in one document: a style choice, so only the
 * minority form is reported, with a fix to the majority form that needs a look.
 */
export const widthConsistencyRule: Rule = {
  id: 'width-consistency',
  category: 'punctuation',
  severity: 'info',
  description: { en: 'Half- and full-width forms mixed in one document', zh: '全文混用全角与半角形式' },
  // Without a minority form nothing to find; with only a percent sign's, only paragraphs holding one.
  needs: (style) => (style.digits ? EVERY_PARAGRAPH : style.percent ? PERCENT_SIGNS : 0),
  detect(scan, context, out) {
    const { percent, digits } = context.env.style;
    if (!percent && !digits) return;
    const text = scan.text;
    const minority = (code: number, c: number): boolean =>
      (percent === 'half' && code === 0xff05) ||
      (percent === 'full' && code === 0x25) ||
      (digits === 'half' && c === CharClass.FullWidthDigit) ||
      (digits === 'full' && c === CharClass.Digit);
    if ((digits === 'half' && scan.fullDigits) || (digits === 'full' && scan.halfDigits)) {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (minority(code, charClass(code))) out.report(i, i + 1);
      }
    } else if (percent && (scan.markKinds & PERCENT_SIGNS) !== 0) {
      // No digit to report here: only a percent sign can be, and both widths are marks.
      for (let k = 0; k < scan.markCount; k++) {
        const i = scan.data[scan.marksAt + k] ?? 0;
        if (minority(text.charCodeAt(i), CharClass.Punctuation)) out.report(i, i + 1);
      }
    }
  },
  materialize(found, out) {
    const i = found.start;
    const code = out.text.charCodeAt(i);
    const to =
      code === 0xff05
        ? '%'
        : code === 0x25
          ? '％'
          : code >= 0xff10
            ? String.fromCharCode(code - 0xff10 + 0x30)
            : String.fromCharCode(code - 0x30 + 0xff10);
    const [message, label] = wording(out.text.charAt(i), to);
    return out.finding(i, i + 1, message, [out.replace(label, false, i, i + 1, to)]);
  },
};

const wordings = new Map<string, readonly [Message, Message]>();

/** Message and fix label for one replacement, made once per pair. */
function wording(from: string, to: string): readonly [Message, Message] {
  const key = from + to;
  let w = wordings.get(key);
  if (!w) {
    w = [
      { en: `“${from}” where the document mostly uses “${to}”`, zh: `全文多用“${to}”，此处为“${from}”` },
      { en: `Replace with “${to}”`, zh: `改为“${to}”` },
    ];
    wordings.set(key, w);
  }
  return w;
}
