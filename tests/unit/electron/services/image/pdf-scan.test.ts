import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfScan, pdfScanSize } from '../../../../../electron/services/image/pdf-scan';
import { createOcrService, type OcrService } from '../../../../../electron/services/ocr/ocr-service';
import { createSettingsStore } from '../../../../../electron/services/settings/settings';
import {
  createWorkspaceHandlers,
  type WorkspaceHandlers,
} from '../../../../../electron/services/workspace/handlers';
import { THUMBNAIL_SIZE } from '../../../../../electron/services/workspace/source-images';
import { fixtureDir } from '../../../../support/fixture-ocr';
import { removeFolder, tempFolder, writeFiles } from '../workspace/helpers';

const DEVIL = join(fixtureDir('en_devil'), 'page.jpg');

/** The headline strip of the English page as PNG: small enough to recognize in a second. */
async function strip(): Promise<{ png: Buffer; width: number; height: number }> {
  const { width = 0 } = await sharp(DEVIL).metadata();
  const png = await sharp(DEVIL).extract({ left: 0, top: 0, width, height: 460 }).png().toBuffer();
  return { png, width, height: 460 };
}

/** A scanned-looking PDF: page 1 the fixture JPEG, page 2 a PNG strip of it, each filling a page at 300 dpi. */
async function scannedPdf(jpeg: Uint8Array, png: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (const image of [await document.embedJpg(jpeg), await document.embedPng(png)]) {
    const size = { width: (image.width * 72) / 300, height: (image.height * 72) / 300 };
    document.addPage([size.width, size.height]).drawImage(image, { x: 0, y: 0, ...size });
  }
  return document.save();
}

/** Grey pixels of a decoded image, row by row. */
async function greyPixels(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await sharp(bytes).greyscale().raw().toBuffer());
}

/** A PDF with one page drawing a raw image XObject made from `data` and its dictionary entries. */
async function pdfWithImage(data: Uint8Array, entries: Record<string, unknown>): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const stream = document.context.flateStream(data, { Type: 'XObject', Subtype: 'Image', ...entries });
  const ref = document.context.register(stream);
  const page = document.addPage([100, 100]);
  page.node.setXObject(PDFName.of('Im0'), ref);
  return document.save();
}

describe('extractPdfScan', () => {
  let jpeg: Uint8Array;
  let stripImage: Awaited<ReturnType<typeof strip>>;
  let pdf: Uint8Array;
  beforeAll(async () => {
    jpeg = new Uint8Array(await readFile(DEVIL));
    stripImage = await strip();
    pdf = await scannedPdf(jpeg, stripImage.png);
  });

  it('gives back the embedded JPEG byte for byte, and the PNG pixel for pixel', async () => {
    const first = await extractPdfScan(pdf, 0, 'scan.pdf');
    expect(first.mime).toBe('image/jpeg');
    expect(Buffer.from(first.bytes).equals(Buffer.from(jpeg))).toBe(true);
    const { width, height } = await sharp(jpeg).metadata();
    expect([first.width, first.height]).toEqual([width, height]);
    expect(await pdfScanSize(pdf, 0)).toEqual({ width, height });

    const second = await extractPdfScan(pdf, 1, 'scan.pdf');
    expect([second.mime, second.width, second.height]).toEqual([
      'image/png',
      stripImage.width,
      stripImage.height,
    ]);
    expect(
      Buffer.from(await greyPixels(second.bytes)).equals(Buffer.from(await greyPixels(stripImage.png))),
    ).toBe(true);
  });

  it('decodes PNG-predicted rows (img2pdf) and 1-bit black and white', async () => {
    const width = 5;
    const height = 3;
    const grey = Uint8Array.from({ length: width * height }, (_, i) => (i * 37) % 256);
    // Rows filtered with Sub, Up and Paeth, as a PNG encoder would write them.
    const filtered: number[] = [];
    for (let y = 0; y < height; y++) {
      const filter = [1, 2, 4][y] as number;
      filtered.push(filter);
      for (let x = 0; x < width; x++) {
        const at = (xx: number, yy: number) => (xx < 0 || yy < 0 ? 0 : (grey[yy * width + xx] as number));
        const left = at(x - 1, y);
        const up = at(x, y - 1);
        const upLeft = at(x - 1, y - 1);
        const p = left + up - upLeft;
        const paeth =
          Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft)
            ? left
            : Math.abs(p - up) <= Math.abs(p - upLeft)
              ? up
              : upLeft;
        const predicted = filter === 1 ? left : filter === 2 ? up : paeth;
        filtered.push((at(x, y) - predicted + 256) & 0xff);
      }
    }
    const predicted = await pdfWithImage(Uint8Array.from(filtered), {
      Width: width,
      Height: height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
      DecodeParms: { Predictor: 15, Colors: 1, Columns: width },
    });
    const scan = await extractPdfScan(predicted, 0, 'img2pdf.pdf');
    expect(Array.from(await greyPixels(scan.bytes))).toEqual(Array.from(grey));

    // 10 pixels wide: two bytes per row, the second padded. Bits 1010000000 then 0111111111.
    const bits = await pdfWithImage(Uint8Array.from([0b10100000, 0b00000000, 0b01111111, 0b11000000]), {
      Width: 10,
      Height: 2,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 1,
    });
    const bw = await greyPixels((await extractPdfScan(bits, 0, 'fax.pdf')).bytes);
    expect(Array.from(bw).map((v) => (v > 127 ? 1 : 0))).toEqual([
      1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });

  it('refuses a drawn page, an unsupported encoding and a missing page with messages naming them', async () => {
    const drawn = await PDFDocument.create();
    const font = await drawn.embedFont(StandardFonts.Helvetica);
    drawn.addPage().drawText('typed, not scanned', { font, x: 50, y: 700 });
    await expect(extractPdfScan(await drawn.save(), 0, 'letter.pdf')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/^letter\.pdf page 1 holds no scanned image/),
    });
    const indexed = await pdfWithImage(deflateSync(Uint8Array.from([0, 1])), {
      Width: 2,
      Height: 1,
      ColorSpace: ['Indexed', 'DeviceRGB', 1, '<000000FFFFFF>'],
      BitsPerComponent: 8,
    });
    await expect(extractPdfScan(indexed, 0, 'odd.pdf')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/^odd\.pdf page 1: .*cannot show yet/),
    });
    await expect(extractPdfScan(pdf, 5, 'scan.pdf')).rejects.toMatchObject({ code: 'not-found' });
    await expect(extractPdfScan(new Uint8Array([1, 2, 3]), 0, 'junk.pdf')).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/^junk\.pdf: cannot be read as PDF/),
    });
  });
});

describe('PDF pages in a workspace', () => {
  let root: string;
  let appData: string;
  let handlers: WorkspaceHandlers;
  let ocr: OcrService;
  let stripImage: Awaited<ReturnType<typeof strip>>;
  let jpegSize: { width: number; height: number };

  beforeAll(async () => {
    root = await tempFolder();
    appData = await tempFolder('jiaokan-appdata-');
    stripImage = await strip();
    const jpeg = new Uint8Array(await readFile(DEVIL));
    const { width = 0, height = 0 } = await sharp(jpeg).metadata();
    jpegSize = { width, height };
    await writeFiles(root, { 'scan.pdf': await scannedPdf(jpeg, stripImage.png) });
    ocr = createOcrService({ workers: 1 });
    handlers = createWorkspaceHandlers({
      appDataDir: appData,
      samplePath: join(root, 'scan.pdf'),
      pickFolder: async () => root,
      pickImages: async () => [],
      emit: () => undefined,
      ocr,
      settings: createSettingsStore(appData),
    });
  });
  afterAll(async () => {
    await handlers.dispose();
    await ocr.close();
    await removeFolder(root);
    await removeFolder(appData);
  });

  it('lists each PDF page, shows its scan and thumbnail at the right size, and recognizes it', async () => {
    const view = await handlers['workspace:openFolder']({});
    expect(view?.pages.map((p) => [p.id, p.label, p.sourceKind])).toEqual([
      ['scan-001', 'scan.pdf #1', 'pdf'],
      ['scan-002', 'scan.pdf #2', 'pdf'],
    ]);
    const [first, second] = view?.pages.map((p) => p.id) ?? [];
    if (!first || !second) throw new Error('two pages expected');

    expect((await handlers['page:open']({ pageId: first })).imageSize).toEqual(jpegSize);
    const image = await handlers['page:image']({ pageId: first });
    expect([image.mime, image.width, image.height]).toEqual(['image/jpeg', jpegSize.width, jpegSize.height]);
    const thumb = await handlers['page:thumbnail']({ pageId: first });
    const thumbMeta = await sharp(thumb.bytes).metadata();
    expect([thumbMeta.width, thumbMeta.height]).toEqual([thumb.width, thumb.height]);
    expect(Math.max(thumb.width, thumb.height)).toBe(THUMBNAIL_SIZE);
    expect(thumb.width / thumb.height).toBeCloseTo(jpegSize.width / jpegSize.height, 1);

    const stripView = await handlers['page:image']({ pageId: second });
    expect([stripView.width, stripView.height]).toEqual([stripImage.width, stripImage.height]);
    const done = await handlers['ocr:recognize']({ pageId: second, language: 'eng', jobId: 'pdf-ocr' });
    expect(done.result.imageSize).toEqual({ width: stripImage.width, height: stripImage.height });
    expect(done.result.text).toContain("Devil's Dictionary");
    expect((await handlers['page:open']({ pageId: second })).versions).toHaveLength(1);
  });
});
