import { HAS_LONE_AMONG_CJK } from '../scan';
import { CharClass, charClass } from '../../text/char-class';
import type { Message, Rule } from '../types';

const DELETE: Message = { en: 'Delete it', zh: '删除' };

const isHan = (code: number): boolean => charClass(code) === CharClass.Han;

/**
 * A lone Latin letter or `|` among Han characters (`的 l 地`, `天|气`): a stroke or a speck read as a letter.
 * Capitals written against Han (`A股`, `X光`) are words and stay; `|` and a letter standing alone between
 * spaces are flagged.
 */
export const strayLatinRule: Rule = {
  id: 'stray-latin',
  category: 'spelling',
  severity: 'warning',
  description: { en: 'Stray Latin letter or bar among Chinese characters', zh: '汉字间夹杂孤立的字母或竖线' },
  // Han on both sides: a paragraph without Han has nothing for it.
  needs: HAS_LONE_AMONG_CJK,
  detect(scan, _context, out) {
    const text = scan.text;
    // A Latin letter next to another Latin letter never has Han on both sides: only lone ones are read.
    for (let k = 0; k < scan.loneLatinCount; k++) {
      const i = scan.data[scan.loneLatinAt + k] ?? 0;
      const code = text.charCodeAt(i);
      const bar = code === 0x7c;
      let l = i - 1;
      while (l >= 0 && text.charCodeAt(l) === 0x20) l--;
      let r = i + 1;
      while (r < text.length && text.charCodeAt(r) === 0x20) r++;
      if (!isHan(text.charCodeAt(l)) || !isHan(text.charCodeAt(r))) continue;
      const spaced = l < i - 1 && r > i + 1;
      const lowerTight = /[a-z]/.test(text[i] ?? '') && l === i - 1 && r === i + 1;
      if (!bar && !spaced && !lowerTight) continue;
      out.report(i, i + 1, 0, l + 1, r);
    }
  },
  materialize(found, out) {
    const ch = out.text[found.start] ?? '';
    return out.finding(
      found.start,
      found.end,
      { en: `Stray “${ch}” among Chinese characters`, zh: `汉字间孤立的“${ch}”` },
      [out.replace(DELETE, false, found.a, found.b, '')],
    );
  },
};
