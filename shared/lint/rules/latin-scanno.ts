import type { RawFinding, Rule } from '../types';
import { LATIN_SCANNOS, REAL_WORD_SCANNOS } from './scanno-data';

const WORD = /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g;

/**
 * Latin scannos: listed misreadings (`tbe`, `arid`), `rn` read for `m` in listed words, and digits inside a
 * word (`l1ke`, `w0rd`: `1`/`l`, `0`/`o` confusions). Ordinals and codes (`2nd`, `A4`, `mp3`) are allowed.
 */
export const latinScannoRule: Rule = {
  id: 'latin-scanno',
  category: 'spelling',
  severity: 'warning',
  description: { en: 'Likely OCR misreading of a Latin word', zh: '疑似 OCR 误识的西文单词' },
  detect(text) {
    const out: RawFinding[] = [];
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      const lower = word.toLowerCase();
      const listed = LATIN_SCANNOS[lower];
      if (listed !== undefined && /^[a-z]/.test(word)) {
        const real = REAL_WORD_SCANNOS.has(lower);
        out.push({
          start,
          end,
          severity: real ? 'info' : 'warning',
          message: {
            en: `“${word}” is a common misreading of “${listed}”`,
            zh: `“${word}”常为“${listed}”的误识`,
          },
          fixes: [
            {
              label: { en: `Replace with “${listed}”`, zh: `改为“${listed}”` },
              safe: false,
              edits: [{ start, end, text: listed }],
            },
          ],
        });
        continue;
      }
      if (/[a-z][01][a-z]/i.test(word) && !/^\d+(st|nd|rd|th|s)$/i.test(word)) {
        const guess = word.replace(/([a-z])1(?=[a-z])/gi, '$1l').replace(/([a-z])0(?=[a-z])/gi, '$1o');
        out.push({
          start,
          end,
          message: { en: `Digit inside the word “${word}”`, zh: `单词“${word}”中有数字` },
          fixes: [
            {
              label: { en: `Replace with “${guess}”`, zh: `改为“${guess}”` },
              safe: false,
              edits: [{ start, end, text: guess }],
            },
          ],
        });
      }
    }
    return out;
  },
};
