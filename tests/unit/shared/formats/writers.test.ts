import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fromHocr } from '../../../../shared/formats/from-hocr';
import { toAlto } from '../../../../shared/formats/to-alto';
import { toHocr } from '../../../../shared/formats/to-hocr';
import { toMarkdown } from '../../../../shared/formats/to-markdown';
import { toText, reflowParagraph } from '../../../../shared/formats/to-text';
import { wordsOf } from '../../../../shared/model/ocr';
import { correctedPage } from '../../../support/corrected-page';
import { FIXTURE_PAGES, fixtureDir } from '../../../support/fixture-ocr';

const GOLDEN = join(__dirname, '..', '..', '..', 'fixtures', 'golden');
const SCHEMA = join(__dirname, '..', '..', '..', 'fixtures', 'schemas', 'alto-4-4.xsd');

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it (then review the diff before committing). */
function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('text writers', () => {
  it('re-flows CJK without spaces and Latin with spaces, joining hyphenated words', () => {
    expect(reflowParagraph('近两天\n内昌吉')).toBe('近两天内昌吉');
    expect(reflowParagraph('the quick\nbrown fox')).toBe('the quick brown fox');
    expect(reflowParagraph('to re-\njoice')).toBe('to rejoice');
    expect(reflowParagraph('Jean-\nPaul')).toBe('Jean- Paul');
  });

  it('leaves faithful text as proofread and calls the style pack only in normalized mode', () => {
    const calls: string[] = [];
    const applyStyle = (t: string): string => {
      calls.push(t);
      return t.replace('a', 'A');
    };
    expect(toText('a b\nc\n\n\n', { mode: 'faithful', applyStyle })).toBe('a b\nc\n');
    expect(calls).toEqual([]);
    expect(toText('a b\nc\n\nd', { mode: 'normalized', applyStyle })).toBe('A b c\n\nd\n');
  });
});

describe.each(FIXTURE_PAGES)('exports of %s after a scripted correction', (page) => {
  const { text, layout } = correctedPage(page);
  const alto = toAlto(layout, {
    imageName: 'page.jpg',
    softwareVersion: '0.1.0',
    processedAt: '2025-01-01T00:00:00Z',
  });
  const hocr = toHocr(layout, { imageName: 'page.jpg' });

  it('writes text and Markdown as in the golden files', () => {
    const faithful = toText(text, { mode: 'faithful' });
    expect(faithful).toBe(`${text.trimEnd()}\n`);
    const normalized = toText(text, { mode: 'normalized' });
    // Re-flowing moves only whitespace and the hyphens of split words; no line break is left inside a paragraph.
    expect(normalized.replace(/[\s-]+/g, '')).toBe(text.replace(/[\s-]+/g, ''));
    expect(normalized).not.toMatch(/[^\n]\n[^\n]/u);
    expectGolden(`${page}/p.txt`, faithful);
    expectGolden(`${page}/p.normalized.txt`, normalized);
    expectGolden(`${page}/p.md`, toMarkdown(text, layout, { mode: 'normalized' }));
    expectGolden(`${page}/p.xml`, alto);
    expectGolden(`${page}/p.hocr`, hocr);
  });

  it('writes ALTO that validates against the ALTO 4.4 schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-alto-'));
    const file = join(dir, 'p.xml');
    writeFileSync(file, alto);
    expect(() =>
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { stdio: 'pipe' }),
    ).not.toThrow();
    expect(alto).toContain('<softwareName>Jiaokan</softwareName>');
    expect(alto).toContain('CS="true"');
    const han = /\p{Script=Han}/u.test(text);
    // Chinese has no spaces between words, so no SP; English has one between every two words of a line.
    if (han) expect(alto).not.toMatch(/<String[^>]*CONTENT="\p{Script=Han}[^"]*"\/>\n<SP/u);
    else expect((alto.match(/<SP /g) ?? []).length).toBeGreaterThan(100);
  });

  it('writes hOCR that reads back with every word box on the ink of its word', async () => {
    const back = fromHocr(hocr, { createdAt: '2025-01-01T00:00:00Z' });
    const words = wordsOf(back);
    expect(words.map((w) => w.text).join('')).toBe(text.replace(/\s+/g, ''));
    const image = sharp(join(fixtureDir(page), 'page.jpg')).greyscale();
    const { width, height } = await image.metadata();
    const pixels = await image.raw().toBuffer();
    let inked = 0;
    for (const w of words) {
      expect(w.box.x0).toBeGreaterThanOrEqual(0);
      expect(w.box.y0).toBeGreaterThanOrEqual(0);
      expect(w.box.x1).toBeLessThanOrEqual(back.imageSize.width);
      expect(w.box.y1).toBeLessThanOrEqual(back.imageSize.height);
      let darkest = 255;
      for (let y = Math.max(0, w.box.y0); y < Math.min(height ?? 0, w.box.y1); y++)
        for (let x = Math.max(0, w.box.x0); x < Math.min(width ?? 0, w.box.x1); x++)
          darkest = Math.min(darkest, pixels[y * (width ?? 0) + x] ?? 255);
      if (darkest < 200) inked++;
    }
    // Inserted words sit in the gaps between words and may hold no ink; nearly every other box holds print
    // (the page background is about 240; Tesseract's own boxes miss a few faint commas).
    expect(inked).toBeGreaterThanOrEqual(0.97 * (words.length - words.filter((w) => w.corrected).length));
  });
});
