import type { RawFinding, Rule } from '../types';

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
  detect(text) {
    const stack: { ch: string; at: number }[] = [];
    const out: RawFinding[] = [];
    const report = (at: number, ch: string): void => {
      out.push({
        start: at,
        end: at + 1,
        message: { en: `“${ch}” has no partner in this paragraph`, zh: `本段中“${ch}”不成对` },
        fixes: [],
      });
    };
    const same = (a: string, b: string): boolean =>
      a === b || (a === '(' && b === '（') || (a === '（' && b === '(');
    for (let i = 0; i < text.length; i++) {
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
        report(i, ch);
        continue;
      }
      for (const s of stack.splice(k).slice(1)) report(s.at, s.ch);
    }
    for (const s of stack) report(s.at, s.ch);
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};
