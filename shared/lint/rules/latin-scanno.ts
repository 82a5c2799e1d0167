import { HAS_WORDS } from '../scan';
import type { Rule } from '../types';
import { LATIN_SCANNOS, REAL_WORD_SCANNOS } from './scanno-data';

/** Longest listed scanno: longer words need no look-up. */
const LONGEST = Math.max(...Object.keys(LATIN_SCANNOS).map((k) => k.length));

/** Whether some listed scanno has length `n` and starts with the letter `a`–`z` (index `n * 26 + letter`). */
const SHAPES = ((): Uint8Array => {
  const t = new Uint8Array((LONGEST + 1) * 26);
  for (const k of Object.keys(LATIN_SCANNOS)) {
    const letter = k.charCodeAt(0) - 0x61;
    if (letter >= 0 && letter < 26) t[k.length * 26 + letter] = 1;
  }
  return t;
})();

/** Hash of `text[start, end)` in lower case (ASCII letters and digits: `| 0x20` lowers a letter, keeps a digit). */
function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 0x20)) | 0;
  return h & (HASH_SLOTS - 1);
}

const HASH_SLOTS = 4096;
/** Whether some listed scanno has each hash: most words are ruled out without cutting them out of the text. */
const HASHES = ((): Uint8Array => {
  const t = new Uint8Array(HASH_SLOTS);
  for (const k of Object.keys(LATIN_SCANNOS)) t[wordHash(k, 0, k.length)] = 1;
  return t;
})();

/** What the word `text[start, end)` is a listed misreading of, if it is one. */
function scanno(text: string, start: number, end: number): string | undefined {
  if (SHAPES[(end - start) * 26 + text.charCodeAt(start) - 0x61] !== 1) return undefined;
  if (HASHES[wordHash(text, start, end)] !== 1) return undefined;
  const key = text.slice(start, end).toLowerCase();
  return Object.hasOwn(LATIN_SCANNOS, key) ? LATIN_SCANNOS[key] : undefined;
}

/** Variant of a word with a digit inside (a listed scanno is variant 0). */
const DIGIT = 1;

/** True when `text[start, end)` holds `0` or `1`. */
function hasZeroOrOne(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x30 || c === 0x31) return true;
  }
  return false;
}

/**
 * Latin scannos: listed misreadings (`tbe`, `arid`), `rn` read for `m` in listed words, and digits inside a
 * word (`l1ke`, `w0rd`: `1`/`l`, `0`/`o` confusions). Ordinals and codes (`2nd`, `A4`, `mp3`) are allowed.
 */
export const latinScannoRule: Rule = {
  id: 'latin-scanno',
  category: 'spelling',
  severity: 'warning',
  description: { en: 'Likely OCR misreading of a Latin word', zh: '疑似 OCR 误识的西文单词' },
  needs: HAS_WORDS,
  detect(scan, _context, out) {
    const text = scan.text;
    for (let k = 0; k < scan.wordCount; k++) {
      const start = scan.data[scan.wordsAt + 2 * k] ?? 0;
      const end = scan.data[scan.wordsAt + 2 * k + 1] ?? 0;
      const first = text.charCodeAt(start);
      const listed =
        end - start <= LONGEST && first >= 0x61 && first <= 0x7a ? scanno(text, start, end) : undefined;
      if (listed !== undefined) {
        out.report(start, end);
        continue;
      }
      if (!scan.zeroOneInWords || !hasZeroOrOne(text, start, end)) continue;
      const word = text.slice(start, end);
      if (/[a-z][01][a-z]/i.test(word) && !/^\d+(st|nd|rd|th|s)$/i.test(word)) out.report(start, end, DIGIT);
    }
  },
  materialize(found, out) {
    const { start, end } = found;
    const word = out.text.slice(start, end);
    if (found.variant === DIGIT) {
      const guess = word.replace(/([a-z])1(?=[a-z])/gi, '$1l').replace(/([a-z])0(?=[a-z])/gi, '$1o');
      return out.finding(start, end, { en: `Digit inside the word “${word}”`, zh: `单词“${word}”中有数字` }, [
        out.replace({ en: `Replace with “${guess}”`, zh: `改为“${guess}”` }, false, start, end, guess),
      ]);
    }
    const listed = scanno(out.text, start, end) ?? word;
    const real = REAL_WORD_SCANNOS.has(word.toLowerCase());
    return out.finding(
      start,
      end,
      { en: `“${word}” is a common misreading of “${listed}”`, zh: `“${word}”常为“${listed}”的误识` },
      [out.replace({ en: `Replace with “${listed}”`, zh: `改为“${listed}”` }, false, start, end, listed)],
      real ? 'info' : 'warning',
    );
  },
};
