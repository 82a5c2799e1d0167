import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineFacts } from '../../../../shared/lint/breaks';
import { lineWidth } from '../../../../shared/lint/layout';
import { LINE_STRIDE, measuredLine, measureParagraph } from '../../../../shared/lint/measure';

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
});
