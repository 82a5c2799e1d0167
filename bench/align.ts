// Prints the time to map the cursor after a one-character edit on a 5,000-word page, as a fraction of one
// full-page character diff measured in the same run (issue 6 target: under 5 %).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffChars } from 'diff';
import { createAligner } from '../shared/align/aligner';
import { fromHocr } from '../shared/formats/from-hocr';
import { assembleText, type RawBlock } from '../shared/formats/text-assembly';
import { wordsOf, type OcrResult } from '../shared/model/ocr';
import { applyEdits, scriptedEdits } from '../tests/support/scripted-edits';
import { median } from './median';

const PAGES = ['zh_seed_air', 'zh_seed_mediation', 'en_devil'];
const TARGET_WORDS = 5000;

function fixture(page: string): OcrResult {
  const source = readFileSync(
    join(__dirname, '..', 'tests', 'fixtures', 'pages', page, 'tesseract.hocr'),
    'utf8',
  );
  return fromHocr(source, { createdAt: new Date(0).toISOString() });
}

/** A long page made of the fixture pages' blocks, repeated until it holds TARGET_WORDS words. */
function bigPage(): OcrResult {
  const sources = PAGES.map(fixture);
  const raw: RawBlock[] = [];
  let words = 0;
  while (words < TARGET_WORDS) {
    for (const source of sources) {
      for (const block of source.blocks) {
        if (words >= TARGET_WORDS) break;
        raw.push({
          kind: block.kind,
          box: block.box,
          lines: block.lines.map((line) => ({
            box: line.box,
            words: line.words.map((w, i) => ({ ...w, spaceBefore: i > 0 && source.language === 'eng' })),
          })),
        });
        words += block.lines.reduce((n, line) => n + line.words.length, 0);
      }
    }
  }
  const { blocks, text } = assembleText(raw);
  return { ...sources[0]!, blocks, text };
}

function time(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const page = bigPage();
const edited = applyEdits(page.text, scriptedEdits(page, 1));
const wordCount = wordsOf(page).length;

const fullDiff = time(() => void diffChars(page.text, edited), 7);
const fullAlign = time(() => createAligner(page).update(edited), 7);

const aligner = createAligner(page);
aligner.update(edited);
let cursor = Math.floor(edited.length / 2);
let typed = false;
const keystroke = time(() => {
  // Type one character at the cursor, or take it back, then find the word under the cursor.
  const text = aligner.text;
  const next = typed
    ? text.slice(0, cursor) + text.slice(cursor + 1)
    : `${text.slice(0, cursor)}字${text.slice(cursor)}`;
  typed = !typed;
  aligner.update(next);
  aligner.wordsAt({ start: cursor, end: cursor });
  cursor += typed ? 0 : 37;
}, 201);

console.log(`page: ${wordCount} words, ${page.text.length} UTF-16 units`);
console.log(`full-page diffChars (baseline): ${fullDiff.toFixed(2)} ms`);
console.log(`full-page alignment from scratch: ${fullAlign.toFixed(2)} ms`);
console.log(`one-character edit + cursor mapping: ${keystroke.toFixed(3)} ms`);
console.log(
  `ratio keystroke / full-page diffChars: ${((keystroke / fullDiff) * 100).toFixed(2)} % (target < 5 %)`,
);
console.log(`ratio keystroke / full-page alignment: ${((keystroke / fullAlign) * 100).toFixed(2)} %`);
