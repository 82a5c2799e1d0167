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
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const LETTER = /\p{L}/u;
/** Every mark the rule reads: openers, closers, and `’` (all punctuation, so only the scan's marks are read). */
const BRACKETS = new Set([...Object.keys(PAIRS), ...Object.values(PAIRS)].map((c) => c.charCodeAt(0)));
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
 * width is the half-width rule's business.
 */
export const unbalancedBracketsRule: Rule = {
  id: 'unbalanced-brackets',
  category: 'punctuation',
  severity: 'warning',
  description: { en: 'Unbalanced brackets or quotes', zh: '括号或引号不成对' },
  detect(scan, _context, out) {
    const text = scan.text;
    const stack: { ch: string; at: number }[] = [];
    const found: { ch: string; at: number }[] = [];
    const same = (a: string, b: string): boolean =>
      a === b || (a === '(' && b === '（') || (a === '（' && b === '(');
    for (let m = 0; m < scan.markCount; m++) {
      const i = scan.data[scan.marksAt + m] ?? 0;
      if (!BRACKETS.has(text.charCodeAt(i))) continue;
      const ch = text[i] ?? '';
      if (ch === '’' && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')) continue;
      if (ch === '’' && LETTER.test(text[i - 1] ?? '') && !stack.some((s) => s.ch === '‘')) continue;
      if (PAIRS[ch] !== undefined) {
        stack.push({ ch, at: i });
        continue;
      }
      const opener = CLOSERS.get(ch) ?? (ch === '）' ? '（' : undefined);
      if (opener === undefined) continue;
      let k = stack.length - 1;
      while (k >= 0 && !same(stack[k]?.ch ?? '', opener)) k--;
      if (k < 0) {
        found.push({ ch, at: i });
        continue;
      }
      for (const s of stack.splice(k).slice(1)) found.push(s);
    }
    for (const s of stack) found.push(s);
    found.sort((a, b) => a.at - b.at);
    for (const f of found) out.report(f.at, f.at + 1);
  },
  materialize(found, out) {
    return out.finding(found.start, found.end, wording(out.text[found.start] ?? ''), []);
  },
};
