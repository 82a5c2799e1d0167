import { CodeSet } from '../text/code-set';
import { CharClass, charClass, isUnspacedLetter, isSharedQuote, isWide } from '../text/char-class';

/** Marks after which a Chinese paragraph may end. */
const CJK_FINAL = new CodeSet('。！？…!?');
/** Closing marks that may follow a final mark (`。”`). */
const CLOSERS = new CodeSet('”’」』）》〉】"\')]');
/** Marks after which a Latin sentence, and so possibly a paragraph, ends. */
const LATIN_FINAL = new CodeSet('.!?:…');
/** Abbreviations whose period does not end a sentence (dictionary and reference style). */
const ABBREVIATIONS = new Set(
  'n v vi vt adj adv prep conj pron interj pl sing mr mrs ms dr st no vol p pp cf viz vs ch fig ed eds e.g i.e v.i v.t'.split(
    ' ',
  ),
);

/** JavaScript whitespace (what `\s` matches and `trim` removes), line terminators included. */
export function isJsWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for a space or tab (not a newline). */
export function isBlank(code: number): boolean {
  return charClass(code) === CharClass.Space;
}

/** Han or Kana letter at `index`. */
export function isUnspacedAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === code && isUnspacedLetter(charClass(code));
}

/** A mark that counts as CJK punctuation here: CJK/full-width punctuation, or a curly quote next to CJK. */
export function isCjkPunctuationCode(code: number): boolean {
  return charClass(code) === CharClass.CjkPunctuation;
}

/** Any punctuation mark, half- or full-width, dashes and quotes included. */
export function isPunctuationCode(code: number): boolean {
  const c = charClass(code);
  return c === CharClass.CjkPunctuation || c === CharClass.Punctuation;
}

/**
 * True when the line (trimmed) ends where a paragraph may end. In CJK text (`cjk`) a colon does not end one
 * (`报道：` runs on into the report).
 */
export function endsParagraphLike(line: string, cjk = false): boolean {
  return endsParagraphLikeIn(line, 0, line.length, cjk);
}

/** `endsParagraphLike` of the line `text[start, end)`; cuts it out only for a period, to test abbreviations. */
export function endsParagraphLikeIn(text: string, start: number, end: number, cjk = false): boolean {
  let i = end - 1;
  while (i >= start && isBlank(text.charCodeAt(i))) i--;
  if (i < start) return false;
  let code = text.charCodeAt(i);
  let closer = 0x20;
  if (CLOSERS.has(code) && i > start) {
    const before = text.charCodeAt(i - 1);
    if (!CJK_FINAL.has(before) && !LATIN_FINAL.has(before)) return false;
    closer = code;
    code = before;
    i--;
  }
  if (CJK_FINAL.has(code)) return true;
  if (!LATIN_FINAL.has(code) || (cjk && code === 0x3a)) return false;
  if (code !== 0x2e) return true;
  return !abbreviationBefore(text, start, i, closer);
}

/** Quotes and brackets that may close an abbreviation's sentence (`adj.)`); others end it for sure. */
const ABBREVIATION_CLOSERS = new CodeSet('"\'”’)');

/** A character of an abbreviation: an ASCII letter or a period (`e.g`). */
function isAbbreviationChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x2e;
}

/**
 * Whether the period at `p` of the line `text[start, …)` ends a listed abbreviation: the one to five letters
 * and periods before it, at the line's start or after whitespace or `(`, and only blanks or one closing quote
 * or bracket (`closer`, a space when none) after it. The test of
 * `/(?:^|[\s(])([A-Za-z.]{1,5})\.\s*["'”’)]?\s*$/` on the line, read backwards from the period instead of
 * cutting the line out and searching it from its start.
 */
function abbreviationBefore(text: string, start: number, p: number, closer: number): boolean {
  if (closer !== 0x20 && !ABBREVIATION_CLOSERS.has(closer)) return false;
  let r = p;
  while (r > start && isAbbreviationChar(text.charCodeAt(r - 1))) r--;
  if (p - r < 1 || p - r > 5) return false;
  if (r > start && !isJsWhitespace(text.charCodeAt(r - 1)) && text.charCodeAt(r - 1) !== 0x28) return false;
  return ABBREVIATIONS.has(text.slice(r, p).toLowerCase());
}

/** True when the line has letters and all of them are capitals: a heading or running head. */
export function isCapsHeading(line: string): boolean {
  return /[A-Z]{2}/.test(line) && !/[a-z\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(line);
}

/** Index of the first non-blank code unit of `text` at or after `from`, or `text.length`. */
export function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length && charClass(text.charCodeAt(i)) >= CharClass.Space) i++;
  return i;
}

/** Index just past the last non-whitespace code unit before `to`, or 0. */
export function skipBlanksBack(text: string, to: number): number {
  let i = to;
  while (i > 0 && charClass(text.charCodeAt(i - 1)) >= CharClass.Space) i--;
  return i;
}

/**
 * What joins two pieces of text across a removed break, from the code units on either side: nothing when
 * either side is CJK (Chinese is written without spaces; curly quotes go with their neighbour), one space
 * between Latin words, and between CJK and Latin/digits whatever the document does (`mixedSpace`).
 */
export function joinerFor(left: number, right: number, mixedSpace: boolean): string {
  const a = charClass(left);
  const b = charClass(right);
  const curly = (code: number): boolean => code > 0xff && isSharedQuote(code);
  const wideA = isWide(a) || (curly(left) && (isWide(b) || curly(right)));
  const wideB = isWide(b) || (curly(right) && (isWide(a) || curly(left)));
  if (wideA && wideB) return '';
  if (wideA || wideB) {
    const other = wideA ? b : a;
    if (other === CharClass.Latin || other === CharClass.Digit) return mixedSpace ? ' ' : '';
    return '';
  }
  return ' ';
}

/** True when a line has more CJK (wide) characters than Latin letters and digits. */
export function isMostlyWide(line: string): boolean {
  let wide = 0;
  let narrow = 0;
  for (let i = 0; i < line.length; i++) {
    const c = charClass(line.charCodeAt(i));
    if (isWide(c)) wide++;
    else if (c === CharClass.Latin || c === CharClass.Digit) narrow++;
  }
  return wide > narrow;
}
