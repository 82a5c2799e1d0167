import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import sharp from 'sharp';
import { JiaokanError } from '../../../shared/ipc/errors';
import { BmpError, decodeBmp, isBmp, readBmpHeader } from './bmp';

/** Image formats Jiaokan opens. */
export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'bmp' | 'tiff';

/** Largest width or height accepted, in pixels: beyond it a page would take gigabytes to decode and recognize. */
export const MAX_SIDE = 20_000;

/** One page of an image file, ready to show and to recognize. */
export interface DecodedImage {
  /** Size in pixels, after EXIF orientation: the frame OCR boxes are in. */
  readonly width: number;
  readonly height: number;
  /** Pages in the file (TIFF can hold several); 1 for the other formats. */
  readonly pageCount: number;
  readonly format: ImageFormat;
  /**
   * The page as bytes Chromium and tesseract.js both read: the original bytes of an upright JPEG or PNG, else
   * the page re-encoded losslessly as PNG. `mime` says which.
   */
  readonly png: Uint8Array;
  readonly mime: 'image/png' | 'image/jpeg';
}

const SUPPORTED: readonly string[] = ['png', 'jpeg', 'webp', 'tiff'];

function bad(name: string, reason: string): JiaokanError {
  return new JiaokanError('bad-input', `${name}: ${reason}`);
}

function checkSize(name: string, width: number, height: number): void {
  if (width > MAX_SIDE || height > MAX_SIDE) {
    throw bad(
      name,
      `the image is ${width}×${height} px, more than ${MAX_SIDE.toLocaleString('en')} px on a side`,
    );
  }
  if (width <= 0 || height <= 0) throw bad(name, `the image has no pixels (${width}×${height})`);
}

// Fast PNG settings: the PNG is a working copy for display and OCR, and level 9 costs 6× the time for −30 %.
const PNG_OPTIONS = { compressionLevel: 1 } as const;

async function decodeBmpFile(bytes: Uint8Array, name: string, page: number): Promise<DecodedImage> {
  if (page !== 0) throw bad(name, `has 1 page, no page ${page + 1}`);
  try {
    const header = readBmpHeader(bytes);
    checkSize(name, header.width, header.height);
    const pixels = decodeBmp(bytes);
    const png = await sharp(pixels.data, {
      raw: { width: pixels.width, height: pixels.height, channels: pixels.channels },
    })
      .png(PNG_OPTIONS)
      .toBuffer();
    return {
      width: pixels.width,
      height: pixels.height,
      pageCount: 1,
      format: 'bmp',
      png,
      mime: 'image/png',
    };
  } catch (error) {
    if (error instanceof BmpError) throw bad(name, error.message);
    throw error;
  }
}

/** sharp's messages for unreadable data, reworded for a person. */
function sharpReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/premature end|truncat|end of (file|stream)|short read|unexpected end/i.test(message))
    return 'the file is truncated';
  if (/unsupported image format/i.test(message)) return 'not an image (or not a supported format)';
  return `cannot be decoded (${message.split('\n')[0]?.trim() ?? 'unknown error'})`;
}

/**
 * Decodes and validates one page of an image file held in memory. `name` is the file name used in error
 * messages; `page` is 0-based (TIFF). Supported: PNG, JPEG, WebP, BMP (uncompressed 8/24/32-bit), TIFF with any
 * number of pages. The header is checked before any pixel is decoded, so an oversized image is refused at once;
 * the pixels are then decoded in full so a truncated or corrupt file is refused here rather than shown half
 * grey. Every refusal is a `bad-input` JiaokanError `<name>: <reason>`.
 */
export async function decodeImage(bytes: Uint8Array, name: string, page = 0): Promise<DecodedImage> {
  if (bytes.length === 0) throw bad(name, 'the file is empty');
  if (!Number.isInteger(page) || page < 0) throw bad(name, `no page ${page}`);
  if (isBmp(bytes)) return decodeBmpFile(bytes, name, page);

  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch (error) {
    throw bad(name, sharpReason(error));
  }
  const format = metadata.format;
  if (!SUPPORTED.includes(format)) {
    throw bad(name, `${format.toUpperCase()} images are not supported (PNG, JPEG, WebP, BMP, TIFF are)`);
  }
  const imageFormat = format as ImageFormat;
  checkSize(name, metadata.width, metadata.height);
  const pageCount = imageFormat === 'tiff' ? (metadata.pages ?? 1) : 1;
  if (page >= pageCount)
    throw bad(name, `has ${pageCount} page${pageCount === 1 ? '' : 's'}, no page ${page + 1}`);

  const orientation = metadata.orientation ?? 1;
  const keep =
    orientation === 1 &&
    ((imageFormat === 'png' && metadata.pages === undefined) ||
      (imageFormat === 'jpeg' && (metadata.channels === 1 || metadata.channels === 3)));
  try {
    // failOn 'truncated': libjpeg and libpng only warn on a cut-off file and sharp would return grey rows.
    const image = sharp(bytes, { failOn: 'truncated', page, limitInputPixels: MAX_SIDE * MAX_SIDE }).rotate();
    if (keep) {
      const { info } = await image.raw().toBuffer({ resolveWithObject: true });
      return {
        width: info.width,
        height: info.height,
        pageCount,
        format: imageFormat,
        png: bytes,
        mime: imageFormat === 'jpeg' ? 'image/jpeg' : 'image/png',
      };
    }
    const { data, info } = await image.png(PNG_OPTIONS).toBuffer({ resolveWithObject: true });
    return {
      width: info.width,
      height: info.height,
      pageCount,
      format: imageFormat,
      png: data,
      mime: 'image/png',
    };
  } catch (error) {
    throw bad(name, sharpReason(error));
  }
}

/**
 * Reads and decodes one page of an image file; missing files, folders and empty files are `bad-input` errors
 * naming the file, like undecodable content.
 */
export async function readImageFile(path: string, page = 0): Promise<DecodedImage> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw bad(name, 'is a folder, not an image file');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof JiaokanError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw bad(name, 'no such file');
    if (code === 'EACCES' || code === 'EPERM') throw bad(name, 'no permission to read the file');
    throw bad(name, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return decodeImage(bytes, name, page);
}
