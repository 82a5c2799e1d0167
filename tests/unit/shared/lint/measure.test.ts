import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineFacts } from '../../../../shared/lint/breaks';
import { lineWidth } from '../../../../shared/lint/layout';
import { LINE_STRIDE, measuredLine, measureParagraph } from '../../../../shared/lint/measure';
import { CharClass, charClass, isUnspacedLetter, isWide } from '../../../../shared/text/char-class';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures');

/** Line j of `text` as the break rule reads it: up to the next `\n`, the last one to the end. */
function linesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (;;) {
    const i = text.indexOf('\n', s);
    out.push([s, i < 0 ? text.length : i]);
    if (i < 0) return out;
    s = i + 1;
  }
}

function expectSameFacts(text: string): void {
  const m = measureParagraph(text);
  const lines = linesOf(text);
  lines.forEach(([s, e], j) => {
    expect(measuredLine(text, m.lines, m.linesAt + j * LINE_STRIDE, s, e)).toEqual(lineFacts(text, s, e));
  });
  const content = lines.filter(([s, e]) => text.slice(s, e).trim().length > 0);
  expect(Array.from(m.lines.subarray(m.widthsAt, m.widthsAt + m.widthCount))).toEqual(
    content.slice(0, -1).map(([s, e]) => lineWidth(text, s, e)),
  );
  const strip = (line: string): string => line.replace(/\r$/, '');
  const cut = (start: number, end: number): string => (start < 0 ? '' : text.slice(start, end));
  expect(cut(m.firstStart, m.firstEnd)).toBe(content[0] ? strip(text.slice(...content[0])) : '');
  expect(cut(m.lastStart, m.lastEnd)).toBe(
    content.at(-1) ? strip(text.slice(...(content.at(-1) ?? [0, 0]))) : '',
  );
  if (content.length === 0)
    expect([m.firstStart, m.firstEnd, m.lastStart, m.lastEnd]).toEqual([-1, -1, -1, -1]);
}

describe('measureParagraph', () => {
  it('gives each line the facts lineFacts computes, on real OCR text', () => {
    const seed = readFileSync(join(FIXTURES, 'seed', '000_0f2d5836bb069117.txt'), 'utf8');
    const english = readFileSync(join(FIXTURES, 'pages', 'en_devil', 'tesseract.txt'), 'utf8');
    for (const text of [seed, english]) for (const para of text.split(/\n\s*\n/)) expectSameFacts(para);
  });

  it('handles blank lines, CR, caps headings, folios, spaced CJK and surrogates', () => {
    for (const text of [
      '',
      '\n\n',
      'THE DEVIL\r\n  12  \r\nIn the beginning —\n\n',
      '完 成 目 标 ，\n\u3000\u3000改造𠀀完成\nxvii\n',
      'A lone line',
      'ab\u0085\n\u1680cd ',
    ]) {
      expectSameFacts(text);
    }
  });

  it('keeps each paragraph’s facts when later paragraphs fill the shared chunk', () => {
    const text = 'AB CD\nxii\n完成目标。';
    const first = measureParagraph(text);
    const before = [0, 1, 2].map((j) =>
      measuredLine(text, first.lines, first.linesAt + j * LINE_STRIDE, 0, 0),
    );
    for (let k = 0; k < 20000; k++) measureParagraph('一行\n两行\nthree lines');
    const after = [0, 1, 2].map((j) =>
      measuredLine(text, first.lines, first.linesAt + j * LINE_STRIDE, 0, 0),
    );
    expect(after).toEqual(before);
    expect(before.map((f) => [f.capsHeading, f.folio, f.mostlyWide])).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]);
  });

  it('tallies the document style: spaced and tight CJK pairs, mixed spacing, % and digit widths', () => {
    expect(measureParagraph('完 成目标 391 起，126.61公顷 ５０％ 20%')).toMatchObject({
      cjkGapSpaced: 1,
      cjkGapTight: 3,
      mixedSpaced: 1,
      mixedTight: 1,
      percentHalf: 1,
      percentFull: 1,
      digitHalf: 10,
      digitFull: 2,
      cjkLines: 7,
      latinLines: 0,
    });
  });

  it('lists gaps, words and lone letters and tells wide and CJK letters as their definitions say, in random text', () => {
    // Pieces that meet every path of the walk: Latin prose (lower-case words after one space), capitals,
    // one-letter words, digits, Han runs and spaced-out Han, marks of both widths, other spaces, CR and LF.
    const pieces = [
      'word',
      'ab',
      'a',
      'i',
      'The',
      'It',
      'Of a',
      'NASA',
      'AB',
      'Q',
      'x1',
      '0',
      '42',
      'é',
      ' ',
      ' ',
      ' ',
      '  ',
      '\t',
      '\u3000',
      '\n',
      '\r\n',
      '\n\n',
      '完',
      '成',
      '目标',
      '，',
      '。',
      ',',
      '.',
      '(',
      '|',
      '—',
      '𠀀',
    ];
    let seed = 7;
    // mulberry32: a fixed seed, so a failure names the same text every run.
    const random = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
      return ((r ^ (r >>> 14)) >>> 0) % n;
    };
    const isLatin = (code: number): boolean => charClass(code) === CharClass.Latin;
    const lineSeparator = (code: number): boolean => code !== code || charClass(code) === CharClass.Newline;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = random(40);
      for (let k = 0; k < length; k++) text += pieces[random(pieces.length)];
      const m = measureParagraph(text);
      const list = (at: number, count: number): number[] => Array.from(m.data.subarray(at, at + count));
      const words = [...text.matchAll(/[A-Za-z0-9]+/g)]
        .filter((w) => /[A-Za-z]/.test(w[0]))
        .flatMap((w) => [w.index, w.index + w[0].length]);
      expect(list(m.wordsAt, 2 * m.wordCount), JSON.stringify(text)).toEqual(words);
      const lone: number[] = [];
      const gaps: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (
          code === 0x7c ||
          (isLatin(code) && !isLatin(text.charCodeAt(i - 1)) && !isLatin(text.charCodeAt(i + 1)))
        )
          lone.push(i);
        if (charClass(code) === CharClass.Space && charClass(text.charCodeAt(i - 1)) !== CharClass.Space) {
          let e = i;
          while (charClass(text.charCodeAt(e)) === CharClass.Space) e++;
          const left = text.charCodeAt(i - 1);
          const right = text.charCodeAt(e);
          // One space between two words, a Latin letter on one side, is left out (`WORD_GAP`).
          const classes = [charClass(left), charClass(right)];
          const wordGap =
            e - i === 1 &&
            classes.every((c) => c === CharClass.Latin || c === CharClass.Digit) &&
            classes.includes(CharClass.Latin);
          if (i > 0 && !lineSeparator(left) && !lineSeparator(right) && !wordGap)
            gaps.push(i, e, (left << 16) | right);
        }
      }
      const classes = Array.from({ length: text.length }, (_, i) => charClass(text.charCodeAt(i)));
      expect(m.wide, JSON.stringify(text)).toBe(classes.some(isWide));
      expect(m.unspacedLetters, JSON.stringify(text)).toBe(classes.some(isUnspacedLetter));
      expect(list(m.loneLatinAt, m.loneLatinCount), JSON.stringify(text)).toEqual(lone);
      expect(list(m.gapsAt, 3 * m.gapCount), JSON.stringify(text)).toEqual(gaps);
      expectSameFacts(text);
    }
  });
});
