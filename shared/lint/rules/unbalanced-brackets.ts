import { markKind } from '../scan';
import type { Message, Rule } from '../types';

const PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '《': '》',
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '[': ']',
  '(': ')',
  '【': '】',
};
/** Code of each bracket's partner, by code: an opener's closer is positive, a closer's opener negative. */
const PARTNER = new Map<number, number>();
for (const [o, c] of Object.entries(PAIRS)) {
  PARTNER.set(o.charCodeAt(0), c.charCodeAt(0));
  PARTNER.set(c.charCodeAt(0), -o.charCodeAt(0));
}
/** Paragraphs holding a bracket or quote of the pairs (the only ones this rule reads). */
const BRACKET_MARKS = markKind(Object.keys(PAIRS).join('') + Object.values(PAIRS).join(''));
const LEFT_PAREN = 0x28;
const FULL_LEFT_PAREN = 0xff08;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const LETTER = /\p{L}/u;
/** Whether each code unit is a letter (`\p{L}`): 0 not asked yet, 1 a letter, 2 not. */
const letters = new Uint8Array(0x10000);

function isLetter(code: number): boolean {
  if (code !== code) return false;
  let v = letters[code];
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    letters[code] = v;
  }
  return v === 1;
}

/** Opening brackets of either width close each other's partner: `(…）`. */
function sameOpener(a: number, b: number): boolean {
  return (
    a === b || (a === LEFT_PAREN && b === FULL_LEFT_PAREN) || (a === FULL_LEFT_PAREN && b === LEFT_PAREN)
  );
}

let stack: Int32Array = new Int32Array(64);
let found: Int32Array = new Int32Array(64);

function grown(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

const wordings = new Map<string, Message>();

function wording(ch: string): Message {
  let w = wordings.get(ch);
  if (!w) {
    w = { en: `“${ch}” has no partner in this paragraph`, zh: `本段中“${ch}”不成对` };
    wordings.set(ch, w);
  }
  return w;
}

/**
 * An opening bracket or quote without its closing partner in the same paragraph, or the reverse. `’` between
 * letters is an apostrophe, not a quote. Brackets of either width close each other (`(…）`), since the
 * width is the half-width rule's business. The open brackets are a stack of offsets in a scratch buffer.
 */
export const unbalancedBracketsRule: Rule = {
  id: 'unbalanced-brackets',
  category: 'punctuation',
  severity: 'warning',
  description: { en: 'Unbalanced brackets or quotes', zh: '括号或引号不成对' },
  needs: BRACKET_MARKS,
  detect(scan, _context, out) {
    if ((scan.markKinds & BRACKET_MARKS) === 0) return;
    const text = scan.text;
    let depth = 0;
    let count = 0;
    for (let m = 0; m < scan.markCount; m++) {
      const i = scan.data[scan.marksAt + m] ?? 0;
      const code = text.charCodeAt(i);
      const partner = PARTNER.get(code);
      if (partner === undefined) continue;
      if (code === RIGHT_SINGLE && isLetter(text.charCodeAt(i - 1))) {
        if (isLetter(text.charCodeAt(i + 1))) continue;
        let quoted = false;
        for (let k = 0; k < depth && !quoted; k++) quoted = text.charCodeAt(stack[k] ?? 0) === LEFT_SINGLE;
        if (!quoted) continue;
      }
      if (partner > 0) {
        stack = grown(stack, depth + 1);
        stack[depth++] = i;
        continue;
      }
      const opener = -partner;
      let k = depth - 1;
      while (k >= 0 && !sameOpener(text.charCodeAt(stack[k] ?? 0), opener)) k--;
      found = grown(found, count + depth + 1);
      if (k < 0) {
        found[count++] = i;
        continue;
      }
      // The openers above the matched one are left without a partner.
      for (let j = k + 1; j < depth; j++) found[count++] = stack[j] ?? 0;
      depth = k;
    }
    found = grown(found, count + depth);
    for (let j = 0; j < depth; j++) found[count++] = stack[j] ?? 0;
    // Offsets are distinct: an insertion sort of the few found puts them in order.
    for (let a = 1; a < count; a++) {
      const v = found[a] ?? 0;
      let b = a - 1;
      while (b >= 0 && (found[b] ?? 0) > v) {
        found[b + 1] = found[b] ?? 0;
        b--;
      }
      found[b + 1] = v;
    }
    for (let j = 0; j < count; j++) {
      const at = found[j] ?? 0;
      out.report(at, at + 1);
    }
  },
  materialize(found, out) {
    return out.finding(found.start, found.end, wording(out.text[found.start] ?? ''), []);
  },
};
