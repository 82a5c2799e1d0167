import { describe, expect, it } from 'vitest';
import { createAligner, type Aligner } from '../../../../shared/align/aligner';
import { lint } from '../../../../shared/lint/engine';
import { applyFixes, safeFixes } from '../../../../shared/lint/fix';
import type { OcrResult } from '../../../../shared/model/ocr';
import { FIXTURE_PAGES, loadFixtureOcr, spacedVariant } from '../../../support/fixture-ocr';
import {
  applyEdits,
  scriptedEdits,
  shiftOffset,
  touchesWord,
  type ScriptedEdit,
} from '../../../support/scripted-edits';

function tinyResult(text: string, words: readonly [number, number][]): OcrResult {
  return {
    engine: 'text',
    engineVersion: 'test',
    language: 'eng',
    imageSize: { width: 1000, height: 100 },
    text,
    createdAt: '2025-01-01T00:00:00.000Z',
    blocks: [
      {
        kind: 'text',
        box: { x0: 0, y0: 0, x1: 1000, y1: 100 },
        lines: [
          {
            box: { x0: 0, y0: 0, x1: 1000, y1: 100 },
            words: words.map(([start, end], i) => ({
              text: text.slice(start, end),
              range: { start, end },
              confidence: 90,
              box: { x0: i * 100, y0: 0, x1: i * 100 + 90, y1: 100 },
            })),
          },
        ],
      },
    ],
  };
}

/** Checks the promise of issue 6: every word the edits left whole maps back to exactly itself. */
function expectUntouchedWordsExact(aligner: Aligner, edits: readonly ScriptedEdit[]): number {
  let checked = 0;
  aligner.words.forEach((word, i) => {
    if (touchesWord(word.range, edits)) return;
    const start = shiftOffset(word.range.start, edits);
    const range = { start, end: start + word.text.length };
    expect(aligner.text.slice(range.start, range.end)).toBe(word.text);
    expect(aligner.rangeOfWord(i)).toEqual(range);
    expect(aligner.wordsAt(range)).toEqual([i]);
    expect(aligner.wordsAt({ start: range.start, end: range.start })).toEqual([i]);
    expect(aligner.boxesAt({ start: range.end - 1, end: range.end - 1 })).toEqual([word.box]);
    checked++;
  });
  return checked;
}

/** Edited words (replaced, inserted next to, deleted) map to themselves or to a word next to them. */
function expectChangedWordsNearby(aligner: Aligner, edits: readonly ScriptedEdit[]): void {
  for (const edit of edits) {
    if (edit.kind === 'join' || edit.kind === 'unspace') continue;
    const start = shiftOffset(
      edit.start,
      edits.filter((other) => other !== edit),
    );
    const range = { start, end: start + edit.text.length };
    expect(aligner.text.slice(range.start, range.end)).toBe(edit.text);
    const found = aligner.wordsAt(range);
    expect(found.length).toBeGreaterThan(0);
    const ocrWords = aligner.words
      .map((w, i) => ({ w, i }))
      .filter(({ w }) => w.range.end >= edit.start - 1 && w.range.start <= edit.end + 1)
      .map(({ i }) => i);
    const neighbours = new Set(ocrWords.flatMap((i) => [i - 1, i, i + 1]));
    for (const i of found) expect(neighbours.has(i)).toBe(true);
  }
}

/**
 * The safe fixes of the lint engine on the OCR text, as edits in OCR coordinates: a fix that only changes
 * whitespace is layout (like a joined line), anything else replaces characters.
 */
function safeFixEdits(result: OcrResult): ScriptedEdit[] {
  const fixes = safeFixes(lint(result.text, { ocr: result }));
  // What "clean up all safe" applies: a fix that overlaps an earlier one is skipped whole.
  const skipped = new Set(applyFixes(result.text, fixes).skipped);
  const edits = fixes.filter((fix) => !skipped.has(fix)).flatMap((fix) => fix.edits);
  return edits.map((e) => ({
    ...e,
    kind: /^\s*$/.test(result.text.slice(e.start, e.end)) && /^\s*$/.test(e.text) ? 'join' : 'replace',
  }));
}

/** Scripted edits that keep clear of the fixes (touching one would make both unverifiable), merged with them. */
function withFixes(fixes: readonly ScriptedEdit[], edits: readonly ScriptedEdit[]): ScriptedEdit[] {
  const clear = edits.filter((e) => !fixes.some((f) => e.start <= f.end && f.start <= e.end));
  return [...fixes, ...clear].sort((a, b) => a.start - b.start || a.end - b.end);
}

describe('createAligner', () => {
  it('maps an untouched text one to one', () => {
    const aligner = createAligner(
      tinyResult('foo bar baz\n', [
        [0, 3],
        [4, 7],
        [8, 11],
      ]),
    );
    expect(aligner.wordsAt({ start: 5, end: 5 })).toEqual([1]);
    expect(aligner.rangeOfWord(2)).toEqual({ start: 8, end: 11 });
    expect(aligner.offsetToOcr(9)).toBe(9);
  });

  it('maps inserted text to its neighbours and deleted words to an empty range', () => {
    const aligner = createAligner(
      tinyResult('foo bar baz\n', [
        [0, 3],
        [4, 7],
        [8, 11],
      ]),
    );
    aligner.update('foo NEWWORD bar \n');
    expect(aligner.rangeOfWord(2)).toEqual({ start: 16, end: 16 });
    const inserted = aligner.text.indexOf('NEWWORD');
    const mapped = aligner.wordsAt({ start: inserted, end: inserted + 7 });
    expect(mapped.length).toBe(1);
    expect([0, 1]).toContain(mapped[0]);
    expect(aligner.rangeOfWord(1)).toEqual({ start: 12, end: 15 });
  });

  it('keeps a word on its box when the cursor sits right after it', () => {
    const aligner = createAligner(
      tinyResult('foo bar\n', [
        [0, 3],
        [4, 7],
      ]),
    );
    aligner.update('foo bar!\n');
    expect(aligner.wordsAt({ start: 7, end: 7 })).toEqual([1]);
    expect(aligner.wordsAt({ start: 3, end: 3 })).toEqual([0]);
  });

  it('distinguishes the two sides of a deletion', () => {
    const aligner = createAligner(
      tinyResult('ab cd ef\n', [
        [0, 2],
        [3, 5],
        [6, 8],
      ]),
    );
    aligner.update('ab ef\n');
    expect(aligner.offsetToOcr(3, 'before')).toBe(3);
    expect(aligner.offsetToOcr(3, 'after')).toBe(6);
    expect(aligner.ocrToOffset(4)).toBe(3);
  });

  it('interpolates inside replaced text', () => {
    const aligner = createAligner(
      tinyResult('aaaa XXXX bbbb\n', [
        [0, 4],
        [5, 9],
        [10, 14],
      ]),
    );
    aligner.update('aaaa YYYYYYYY bbbb\n');
    expect(aligner.positionToOcr(9)).toBeCloseTo(7);
    expect(aligner.wordsAt({ start: 5, end: 13 })).toEqual([1]);
  });

  it('is the same after many small updates as after one big one', () => {
    const result = loadFixtureOcr('en_devil');
    const edits = scriptedEdits(result, 7);
    const oneShot = createAligner(result);
    oneShot.update(applyEdits(result.text, edits));
    const stepwise = createAligner(result);
    // Apply edits from the last to the first, as a proofreader might, one keystroke-sized update each.
    for (let k = edits.length - 1; k >= 0; k--) stepwise.update(applyEdits(result.text, edits.slice(k)));
    expect(stepwise.text).toBe(oneShot.text);
    expectUntouchedWordsExact(stepwise, edits);
  });

  for (const page of FIXTURE_PAGES) {
    for (const spaced of [false, true]) {
      it(`maps every untouched word of ${page}${spaced ? ' (spaced like tesseract.js)' : ''} to its own box`, () => {
        const plain = loadFixtureOcr(page);
        const result = spaced ? spacedVariant(plain) : plain;
        for (const seed of [1, 2, 3]) {
          const edits = scriptedEdits(result, seed);
          expect(
            edits.filter((e) => e.kind === 'replace' || e.kind === 'insert' || e.kind === 'delete').length,
          ).toBeGreaterThan(6);
          const aligner = createAligner(result);
          aligner.update(applyEdits(result.text, edits));
          const checked = expectUntouchedWordsExact(aligner, edits);
          expect(checked).toBeGreaterThan(aligner.words.length * 0.8);
          expectChangedWordsNearby(aligner, edits);
        }
      });
    }
  }

  for (const page of FIXTURE_PAGES) {
    for (const spaced of [false, true]) {
      it(`keeps every untouched word of ${page}${spaced ? ' (spaced)' : ''} on its box after the safe fixes and edits`, () => {
        const plain = loadFixtureOcr(page);
        const result = spaced ? spacedVariant(plain) : plain;
        const fixes = safeFixEdits(result);
        expect(fixes.length).toBeGreaterThan(0);
        let wordEdits = 0;
        for (const seed of [4, 5, 6]) {
          const edits = withFixes(fixes, scriptedEdits(result, seed));
          wordEdits += edits.filter((e) => e.kind === 'insert' || e.kind === 'delete').length;
          const aligner = createAligner(result);
          // As in the app: "clean up all safe" first, then the proofreader's own edits.
          aligner.update(applyEdits(result.text, fixes));
          aligner.update(applyEdits(result.text, edits));
          const checked = expectUntouchedWordsExact(aligner, edits);
          expect(checked).toBeGreaterThan(aligner.words.length * 0.8);
          expectChangedWordsNearby(aligner, edits);
        }
        expect(wordEdits).toBeGreaterThan(3);
      });
    }
  }
});
