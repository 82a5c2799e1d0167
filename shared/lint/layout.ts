import { CharClass, charClass, isWide } from '../text/char-class';

/**
 * Text-only layout model: how wide a line was on the page, in em (one CJK character = 1), estimated from its
 * characters. A line that stopped short of its column's edge — there was room for the next word — ended a
 * paragraph; a line that ran to the edge was broken by the column. Proportional Latin widths are rough, which is
 * why comparisons carry a tolerance.
 */

const NARROW = "ijlft.,;:!'|()[]`rI-";
const WIDE_LATIN = 'mwMW';

/** Width in em of each ASCII code unit (no ASCII character is wide). */
const ASCII_WIDTH = ((): Float64Array => {
  const t = new Float64Array(128).fill(0.5);
  for (let code = 0x41; code <= 0x5a; code++) t[code] = 0.68;
  for (const ch of WIDE_LATIN) t[ch.charCodeAt(0)] = 0.82;
  for (const ch of NARROW) t[ch.charCodeAt(0)] = 0.28;
  return t;
})();

/** Estimated printed width of one code unit in em; spaces count only between Latin words. */
export function unitWidth(code: number, c: CharClass): number {
  if (code < 128) return ASCII_WIDTH[code] ?? 0.5;
  return isWide(c) ? 1 : 0.5;
}

/** Estimated width in em of `text[start, end)`; spaces between CJK characters (OCR noise) count 0. */
export function lineWidth(text: string, start = 0, end = text.length): number {
  let w = 0;
  let prevWide = true;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const c = charClass(code);
    if (c === CharClass.Space) {
      pendingSpace = true;
      continue;
    }
    if (c === CharClass.Newline) continue;
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const wide = isWide(c);
    if (pendingSpace && !wide && !prevWide) w += 0.28;
    pendingSpace = false;
    prevWide = wide;
    w += unitWidth(code, c);
  }
  return w;
}

/** `[start, end)` of each line of `text` (without its newline), empty lines included. */
export function lineRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  for (;;) {
    const i = text.indexOf('\n', s);
    if (i < 0) {
      out.push([s, text.length]);
      return out;
    }
    out.push([s, i > s && text.charCodeAt(i - 1) === 13 ? i - 1 : i]);
    s = i + 1;
  }
}
