import { describe, expect, it } from 'vitest';
import { createAligner } from '../../../../../../shared/align/aligner';
import { wordsOf } from '../../../../../../shared/model/ocr';
import { indexLines, wordOnNextLine } from '../../../../../../renderer/src/features/scan-link/ocr-lines';
import { FIXTURE_PAGES, loadFixtureOcr } from '../../../../../support/fixture-ocr';

describe('indexLines', () => {
  for (const page of FIXTURE_PAGES) {
    it(`puts every word of ${page} on the line that holds it`, () => {
      const result = loadFixtureOcr(page);
      const aligner = createAligner(result);
      const index = indexLines(result, aligner.words);
      const lineCount = result.blocks.reduce(
        (n, b) => n + b.lines.filter((l) => l.words.length > 0).length,
        0,
      );
      expect(index.lines).toHaveLength(lineCount);
      expect(index.lineOfWord.every((l) => l >= 0)).toBe(true);
      let k = 0;
      for (const block of result.blocks) {
        for (const line of block.lines) {
          if (line.words.length === 0) continue;
          expect(index.lines[k]?.words.map((i) => aligner.words[i])).toEqual(line.words);
          k++;
        }
      }
      expect(wordsOf(result)).toHaveLength(aligner.words.length);
    });
  }

  it('steps to the first word of the next and previous line, and stops at either end', () => {
    const result = loadFixtureOcr('en_devil');
    const aligner = createAligner(result);
    const index = indexLines(result, aligner.words);
    const second = index.lines[1];
    const third = index.lines[2];
    if (!second || !third) throw new Error('fixture has fewer than three lines');
    const middle = second.words[Math.floor(second.words.length / 2)] as number;
    expect(wordOnNextLine(index, middle, 1)).toBe(third.words[0]);
    expect(wordOnNextLine(index, middle, -1)).toBe(index.lines[0]?.words[0]);
    expect(wordOnNextLine(index, index.lines[0]?.words[0] as number, -1)).toBeNull();
    const last = index.lines.at(-1)?.words.at(-1) as number;
    expect(wordOnNextLine(index, last, 1)).toBeNull();
  });
});
