import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderSearchablePdf } from '../../../../../electron/services/export/searchable-pdf';
import { wordsOf } from '../../../../../shared/model/ocr';
import { correctedPage } from '../../../../support/corrected-page';
import { FIXTURE_PAGES, fixtureDir } from '../../../../support/fixture-ocr';

const FONTS = join(__dirname, '..', '..', '..', '..', '..', 'assets', 'fonts');
const HAN_RUN = /^\p{Script=Han}{2,}/u;

describe.each(FIXTURE_PAGES)('searchable PDF of %s', (page) => {
  it('gives back the corrected text with pdftotext and renders the scan unchanged with pdftoppm', async () => {
    const { text, layout } = correctedPage(page);
    const image = readFileSync(join(fixtureDir(page), 'page.jpg'));
    const { bytes, missing } = await renderSearchablePdf(
      [{ image, imageType: 'jpeg', dpi: 300, layout }],
      ['LiberationSans-Regular.ttf', 'DroidSansFallbackFull.ttf'].map((name) => ({
        bytes: readFileSync(join(FONTS, name)),
      })),
      { title: page, producer: 'Jiaokan test' },
    );
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-pdf-'));
    const file = join(dir, 'p.pdf');
    writeFileSync(file, bytes);
    expect(bytes.length).toBeLessThan(image.length + 400_000);

    // Only a misread bracket (U+3008) on one page lacks a glyph in both fonts.
    expect(missing.length).toBeLessThanOrEqual(1);
    const searchable = [...text].filter((c) => !missing.includes(c)).join('');
    // In content-stream order (-raw), the same characters in the same order, up to line layout…
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(raw.replace(/\s+/g, '')).toBe(searchable.replace(/\s+/g, ''));
    // …and every word comes out whole: no space between the Han characters of a run. (Between two lines
    // pdftotext may print a space or a break; that is line layout.)
    const spaced = raw.replace(/\s+/g, ' ');
    const words = wordsOf(layout).filter((w) => ![...w.text].some((c) => missing.includes(c)));
    expect(words.filter((w) => !spaced.includes(w.text)).map((w) => w.text)).toEqual([]);
    if (/\p{Script=Han}/u.test(text))
      expect(words.filter((w) => HAN_RUN.test(w.text)).length).toBeGreaterThan(words.length / 3);

    // The scan is embedded as it is: pdfimages gives back the very bytes…
    execFileSync('pdfimages', ['-j', file, join(dir, 'image')]);
    expect(Buffer.compare(readFileSync(join(dir, 'image-000.jpg')), image)).toBe(0);
    // …and pdftoppm renders it at its size, up to the rasterizer's resampling.
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', file, join(dir, 'render')]);
    const rendered = await sharp(join(dir, 'render.png'))
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const original = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(rendered.info.width).toBe(original.info.width);
    expect(rendered.info.height).toBe(original.info.height);
    let difference = 0;
    for (let i = 0; i < original.data.length; i++)
      difference += Math.abs((rendered.data[i] as number) - (original.data[i] as number));
    expect(difference / original.data.length).toBeLessThan(8);
  });
});
