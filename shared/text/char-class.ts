/**
 * Unicode character classes that the checks and the OCR layer decide from. Classification is by UTF-16
 * code unit through a 64 KiB table built once, so a check over megabytes costs one array read per character.
 * A high surrogate of the CJK extension planes (U+20000–U+3FFFF) counts as Han; its low surrogate as `Other`.
 */

/** Class of one UTF-16 code unit. Numbers, so a hot loop compares small integers. */
export const CharClass = {
  Other: 0,
  /** CJK ideographs, 〇, and the high surrogate of ideographs beyond the BMP. */
  Han: 1,
  Kana: 2,
  Hangul: 3,
  /** CJK symbols and punctuation, vertical and small forms, full-width ASCII punctuation. */
  CjkPunctuation: 4,
  /** Full-width digits ０–９. */
  FullWidthDigit: 5,
  /** Full-width letters Ａ–Ｚ ａ–ｚ. */
  FullWidthLatin: 6,
  /** Basic Latin letters and the Latin-1 / Latin Extended / Latin Extended Additional letters. */
  Latin: 7,
  Digit: 8,
  /** ASCII and general punctuation that both scripts share or that belongs to Latin text. */
  Punctuation: 9,
  /** Space, tab, no-break space, ideographic space. */
  Space: 10,
  /** Line feed, carriage return, line and paragraph separators. */
  Newline: 11,
} as const;

/** Class of one UTF-16 code unit. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const fill = (from: number, to: number, c: CharClass): void => {
    t.fill(c, from, to + 1);
  };
  fill(0x21, 0x7e, CharClass.Punctuation);
  fill(0x30, 0x39, CharClass.Digit);
  fill(0x41, 0x5a, CharClass.Latin);
  fill(0x61, 0x7a, CharClass.Latin);
  fill(0xa1, 0xbf, CharClass.Punctuation);
  fill(0xc0, 0x24f, CharClass.Latin);
  t[0xd7] = CharClass.Punctuation;
  t[0xf7] = CharClass.Punctuation;
  fill(0x1e00, 0x1eff, CharClass.Latin);
  fill(0x2000, 0x206f, CharClass.Punctuation);
  fill(0x2000, 0x200a, CharClass.Space);
  fill(0x1100, 0x11ff, CharClass.Hangul);
  fill(0x3000, 0x303f, CharClass.CjkPunctuation);
  t[0x3007] = CharClass.Han;
  fill(0x3040, 0x30ff, CharClass.Kana);
  t[0x30fb] = CharClass.CjkPunctuation;
  fill(0x3100, 0x312f, CharClass.Han);
  fill(0x3130, 0x318f, CharClass.Hangul);
  fill(0x31a0, 0x31bf, CharClass.Han);
  fill(0x31f0, 0x31ff, CharClass.Kana);
  fill(0x3400, 0x4dbf, CharClass.Han);
  fill(0x4e00, 0x9fff, CharClass.Han);
  fill(0xac00, 0xd7af, CharClass.Hangul);
  fill(0xd840, 0xd8bf, CharClass.Han);
  fill(0xf900, 0xfaff, CharClass.Han);
  fill(0xfe10, 0xfe1f, CharClass.CjkPunctuation);
  fill(0xfe30, 0xfe4f, CharClass.CjkPunctuation);
  fill(0xff01, 0xff65, CharClass.CjkPunctuation);
  fill(0xff10, 0xff19, CharClass.FullWidthDigit);
  fill(0xff21, 0xff3a, CharClass.FullWidthLatin);
  fill(0xff41, 0xff5a, CharClass.FullWidthLatin);
  fill(0xff66, 0xff9f, CharClass.Kana);
  fill(0xffa0, 0xffdc, CharClass.Hangul);
  fill(0xffe0, 0xffee, CharClass.CjkPunctuation);
  for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x3000, 0x202f, 0x205f, 0xfeff]) t[c] = CharClass.Space;
  for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) t[c] = CharClass.Newline;
  return t;
}

const TABLE = buildTable();

/** Class of the UTF-16 code unit `code` (0–0xFFFF); `Other` for NaN (`charCodeAt` past the end). */
export function charClass(code: number): CharClass {
  // NaN never reaches the table: one non-integer key would make this hot load generic for every caller.
  return (code === code ? (TABLE[code] ?? CharClass.Other) : CharClass.Other) as CharClass;
}

/** Class of the code unit at `index` in `text`; `Other` outside the text. */
export function charClassAt(text: string, index: number): CharClass {
  const code = text.charCodeAt(index);
  return code === code ? charClass(code) : CharClass.Other;
}

/** Han or Kana: scripts written without spaces between words (Hangul is not: Korean spaces its words). */
export function isUnspacedLetter(c: CharClass): boolean {
  return c === CharClass.Han || c === CharClass.Kana;
}

/** A CJK letter of any of the three scripts. */
export function isCjkLetter(c: CharClass): boolean {
  return c === CharClass.Han || c === CharClass.Kana || c === CharClass.Hangul;
}

/** Anything set on the full-width grid: CJK letters, CJK punctuation, full-width forms. */
export function isWide(c: CharClass): boolean {
  return (
    c === CharClass.Han ||
    c === CharClass.Kana ||
    c === CharClass.Hangul ||
    c === CharClass.CjkPunctuation ||
    c === CharClass.FullWidthDigit ||
    c === CharClass.FullWidthLatin
  );
}

/** A half-width letter or digit: what sits in a Latin word or a number. */
export function isLatinOrDigit(c: CharClass): boolean {
  return c === CharClass.Latin || c === CharClass.Digit;
}

/** Space or newline. */
export function isWhitespace(c: CharClass): boolean {
  return c === CharClass.Space || c === CharClass.Newline;
}

/** Curly and straight quotes, which both scripts use; their class alone does not say which script they belong to. */
export function isSharedQuote(code: number): boolean {
  return (
    code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x22 || code === 0x27
  );
}
