import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHocr } from '../../shared/formats/from-hocr';
import { assembleText, type RawBlock } from '../../shared/formats/text-assembly';
import type { OcrResult } from '../../shared/model/ocr';

/** The fixture pages that carry a Tesseract hOCR file. */
export const FIXTURE_PAGES = ['zh_seed_air', 'zh_seed_mediation', 'en_devil'] as const;

/** Folder of a fixture page. */
export function fixtureDir(page: string): string {
  return join(__dirname, '..', 'fixtures', 'pages', page);
}

/** The OcrResult of a fixture page, read from its Tesseract hOCR. */
export function loadFixtureOcr(page: string): OcrResult {
  const source = readFileSync(join(fixtureDir(page), 'tesseract.hocr'), 'utf8');
  return fromHocr(source, { createdAt: '2025-01-01T00:00:00.000Z' });
}

/**
 * The same result laid out the way tesseract.js writes Chinese without `preserve_interword_spaces`: a space between
 * every two words of a line, Han included.
 */
export function spacedVariant(result: OcrResult): OcrResult {
  const raw: RawBlock[] = result.blocks.map((block) => ({
    box: block.box,
    kind: block.kind,
    lines: block.lines.map((line) => ({
      box: line.box,
      words: line.words.map((w, i) => ({
        text: w.text,
        box: w.box,
        confidence: w.confidence,
        spaceBefore: i > 0,
      })),
    })),
  }));
  const { blocks, text } = assembleText(raw);
  return { ...result, blocks, text };
}
