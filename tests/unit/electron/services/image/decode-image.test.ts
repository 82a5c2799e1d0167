import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, MAX_SIDE, readImageFile } from '../../../../../electron/services/image/decode-image';
import { JiaokanError } from '../../../../../shared/ipc/errors';

const WIDTH = 7;
const HEIGHT = 5;

/** A small RGB test card: every pixel distinct, so a flipped row or swapped channel shows. */
function card(): Uint8Array {
  const data = new Uint8Array(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y += 1)
    for (let x = 0; x < WIDTH; x += 1) {
      const i = (y * WIDTH + x) * 3;
      data[i] = x * 30;
      data[i + 1] = y * 50;
      data[i + 2] = 255 - x * 10 - y * 5;
    }
  return data;
}

/** Writes `rgb` as a BMP: 24-bit, 32-bit BGRX, or 8-bit with a palette of the card's own colours. */
function encodeBmp(rgb: Uint8Array, bits: 8 | 24 | 32, topDown = false): Uint8Array {
  const paletteSize = bits === 8 ? WIDTH * HEIGHT * 4 : 0;
  const stride = Math.ceil((WIDTH * bits) / 32) * 4;
  const offset = 54 + paletteSize;
  const out = new Uint8Array(offset + stride * HEIGHT);
  const view = new DataView(out.buffer);
  out[0] = 0x42;
  out[1] = 0x4d;
  view.setUint32(2, out.length, true);
  view.setUint32(10, offset, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, WIDTH, true);
  view.setInt32(22, topDown ? -HEIGHT : HEIGHT, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, bits, true);
  view.setUint32(46, bits === 8 ? WIDTH * HEIGHT : 0, true);
  for (let y = 0; y < HEIGHT; y += 1) {
    const row = offset + (topDown ? y : HEIGHT - 1 - y) * stride;
    for (let x = 0; x < WIDTH; x += 1) {
      const p = (y * WIDTH + x) * 3;
      const [r, g, b] = [rgb[p] ?? 0, rgb[p + 1] ?? 0, rgb[p + 2] ?? 0];
      if (bits === 8) {
        const index = y * WIDTH + x;
        out.set([b, g, r, 0], 54 + index * 4);
        out[row + x] = index;
      } else {
        out.set([b, g, r], row + x * (bits / 8));
      }
    }
  }
  return out;
}

async function pixels(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await sharp(bytes).removeAlpha().toColourspace('srgb').raw().toBuffer());
}

async function expectBadInput(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JiaokanError);
  expect((error as JiaokanError).code).toBe('bad-input');
  expect((error as JiaokanError).message).toMatch(message);
  expect((error as JiaokanError).message).not.toContain('\n');
}

const rgb = card();
const raw = { raw: { width: WIDTH, height: HEIGHT, channels: 3 as const } };

describe('decodeImage', () => {
  it('keeps PNG and JPEG bytes as they are', async () => {
    const png = await sharp(rgb, raw).png().toBuffer();
    const fromPng = await decodeImage(png, 'a.png');
    expect(fromPng).toMatchObject({
      width: WIDTH,
      height: HEIGHT,
      pageCount: 1,
      format: 'png',
      mime: 'image/png',
    });
    expect(fromPng.png).toBe(png);
    const jpeg = await sharp(rgb, raw).jpeg().toBuffer();
    const fromJpeg = await decodeImage(jpeg, 'a.jpg');
    expect(fromJpeg).toMatchObject({ format: 'jpeg', mime: 'image/jpeg', width: WIDTH });
    expect(fromJpeg.png).toBe(jpeg);
  });

  it('re-encodes WebP losslessly as PNG', async () => {
    const webp = await sharp(rgb, raw).webp({ lossless: true }).toBuffer();
    const decoded = await decodeImage(webp, 'a.webp');
    expect(decoded).toMatchObject({ format: 'webp', mime: 'image/png', width: WIDTH, height: HEIGHT });
    expect(await pixels(decoded.png)).toEqual(rgb);
  });

  it('applies EXIF orientation, so boxes and display share one frame', async () => {
    const jpeg = await sharp(rgb, raw).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const decoded = await decodeImage(jpeg, 'rotated.jpg');
    expect(decoded).toMatchObject({ width: HEIGHT, height: WIDTH, mime: 'image/png' });
  });

  it('reads every page of a multi-page TIFF', async () => {
    const page = (value: number): Promise<Buffer> =>
      sharp({ create: { width: 4, height: 3, channels: 3, background: { r: value, g: value, b: value } } })
        .png()
        .toBuffer();
    const tiff = await sharp([await page(0), await page(200)], { join: { animated: true } })
      .tiff()
      .toBuffer();
    const first = await decodeImage(tiff, 'scan.tiff');
    const second = await decodeImage(tiff, 'scan.tiff', 1);
    expect(first).toMatchObject({ format: 'tiff', pageCount: 2, width: 4, height: 3, mime: 'image/png' });
    expect((await pixels(first.png))[0]).toBe(0);
    expect((await pixels(second.png))[0]).toBe(200);
    await expectBadInput(decodeImage(tiff, 'scan.tiff', 2), /^scan\.tiff: has 2 pages, no page 3$/);
  });

  for (const [bits, topDown] of [
    [24, false],
    [24, true],
    [32, false],
    [8, false],
  ] as const) {
    it(`decodes ${bits}-bit ${topDown ? 'top-down' : 'bottom-up'} BMP pixel for pixel`, async () => {
      const decoded = await decodeImage(encodeBmp(rgb, bits, topDown), 'a.bmp');
      expect(decoded).toMatchObject({
        format: 'bmp',
        width: WIDTH,
        height: HEIGHT,
        pageCount: 1,
        mime: 'image/png',
      });
      expect(await pixels(decoded.png)).toEqual(rgb);
    });
  }

  it('refuses compressed and cut-off BMP files with a reason', async () => {
    const rle = encodeBmp(rgb, 8);
    new DataView(rle.buffer).setUint32(30, 1, true);
    await expectBadInput(decodeImage(rle, 'rle.bmp'), /^rle\.bmp: compressed BMP is not supported/);
    await expectBadInput(
      decodeImage(encodeBmp(rgb, 24).subarray(0, 80), 'cut.bmp'),
      /^cut\.bmp: the file is truncated$/,
    );
  });

  it('refuses an image over the size limit from its header alone', async () => {
    const huge = encodeBmp(rgb, 24).subarray(0, 54);
    new DataView(huge.buffer, huge.byteOffset).setInt32(18, MAX_SIDE + 1, true);
    await expectBadInput(
      decodeImage(huge, 'huge.bmp'),
      /^huge\.bmp: the image is 20001×5 px, more than 20,000 px on a side$/,
    );
  });

  it('refuses formats outside the list', async () => {
    const gif = await sharp(rgb, raw).gif().toBuffer();
    await expectBadInput(decodeImage(gif, 'a.gif'), /^a\.gif: GIF images are not supported/);
  });
});

describe('readImageFile and bad input', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jiaokan-image-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads a real scan', async () => {
    const decoded = await readImageFile(join(__dirname, '../../../../fixtures/pages/en_devil/page.jpg'));
    expect(decoded.format).toBe('jpeg');
    expect(decoded.width).toBeGreaterThan(2000);
  });

  it('names the file and the reason for each bad input', async () => {
    await expectBadInput(readImageFile(join(folder, 'missing.png')), /^missing\.png: no such file$/);
    await mkdir(join(folder, 'dir.png'));
    await expectBadInput(readImageFile(join(folder, 'dir.png')), /^dir\.png: is a folder/);
    await writeFile(join(folder, 'empty.png'), '');
    await expectBadInput(readImageFile(join(folder, 'empty.png')), /^empty\.png: the file is empty$/);
    await writeFile(join(folder, 'text.png'), 'This is a text file, not a picture.\n');
    await expectBadInput(readImageFile(join(folder, 'text.png')), /^text\.png: not an image/);
    const jpeg = await readFile(join(__dirname, '../../../../fixtures/pages/en_devil/page.jpg'));
    await writeFile(join(folder, 'truncated.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    await expectBadInput(
      readImageFile(join(folder, 'truncated.jpg')),
      /^truncated\.jpg: the file is truncated$/,
    );
    const png = await sharp(rgb, raw).png().toBuffer();
    await writeFile(join(folder, 'truncated.png'), png.subarray(0, png.length - 20));
    await expectBadInput(readImageFile(join(folder, 'truncated.png')), /^truncated\.png: /);
    const wide = await sharp({ create: { width: MAX_SIDE + 1, height: 2, channels: 3, background: 'white' } })
      .png()
      .toBuffer();
    await writeFile(join(folder, 'wide.png'), wide);
    await expectBadInput(readImageFile(join(folder, 'wide.png')), /^wide\.png: the image is 20001×2 px/);
  });
});
