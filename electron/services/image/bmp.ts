/** Raw pixels decoded from a BMP, rows top to bottom, `channels` bytes per pixel (3 = RGB, 4 = RGBA). */
export interface BmpPixels {
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly data: Uint8Array;
}

/** What a BMP header says before any pixel is read: enough to refuse a huge or unsupported file cheaply. */
export interface BmpHeader {
  readonly width: number;
  readonly height: number;
  readonly bitsPerPixel: number;
  readonly compression: number;
  readonly topDown: boolean;
  readonly pixelOffset: number;
  readonly headerSize: number;
  readonly colorsUsed: number;
}

/** Thrown for a BMP this decoder cannot read; the message is the reason, without the file name. */
export class BmpError extends Error {}

const BI_RGB = 0;
const BI_BITFIELDS = 3;
const BI_ALPHABITFIELDS = 6;

/** True when the bytes start with the BMP signature `BM`. */
export function isBmp(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d;
}

/** Reads the file and info headers (BITMAPINFOHEADER or later; OS/2 core headers are refused). */
export function readBmpHeader(bytes: Uint8Array): BmpHeader {
  if (!isBmp(bytes) || bytes.length < 54) throw new BmpError('not a BMP file, or its header is cut off');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerSize = view.getUint32(14, true);
  if (headerSize < 40) throw new BmpError('old OS/2 BMP headers are not supported');
  const rawHeight = view.getInt32(22, true);
  return {
    width: view.getInt32(18, true),
    height: Math.abs(rawHeight),
    topDown: rawHeight < 0,
    bitsPerPixel: view.getUint16(28, true),
    compression: view.getUint32(30, true),
    pixelOffset: view.getUint32(10, true),
    headerSize,
    colorsUsed: view.getUint32(46, true),
  };
}

/** Position of the lowest set bit and the width of a channel mask, to pull a channel out of a 32-bit pixel. */
function maskShape(mask: number): { shift: number; max: number } {
  if (mask === 0) return { shift: 0, max: 0 };
  let shift = 0;
  while (((mask >>> shift) & 1) === 0) shift += 1;
  return { shift, max: mask >>> shift };
}

/**
 * Decodes an uncompressed BMP: 8-bit palette, 24-bit BGR, or 32-bit (BGRX, or channel masks via BI_BITFIELDS).
 * sharp/libvips cannot read BMP, and these are what scanners and Windows tools write. Compressed (RLE, JPEG/PNG
 * inside) and 1/4/16-bit files are refused with a reason.
 */
export function decodeBmp(bytes: Uint8Array): BmpPixels {
  const header = readBmpHeader(bytes);
  const { width, height, bitsPerPixel, compression, topDown, pixelOffset } = header;
  if (width <= 0 || height <= 0) throw new BmpError(`bad BMP size ${width}×${height}`);
  if (![8, 24, 32].includes(bitsPerPixel)) {
    throw new BmpError(`${bitsPerPixel}-bit BMP is not supported (8, 24 and 32-bit are)`);
  }
  const masked = compression === BI_BITFIELDS || compression === BI_ALPHABITFIELDS;
  if (compression !== BI_RGB && !(masked && bitsPerPixel === 32)) {
    throw new BmpError('compressed BMP is not supported (only uncompressed)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stride = Math.ceil((width * bitsPerPixel) / 32) * 4;
  if (pixelOffset + stride * height > bytes.length) throw new BmpError('the file is truncated');

  // Masks sit after the 40-byte info header (BITFIELDS) or inside a V4/V5 header.
  const masks = masked
    ? [view.getUint32(54, true), view.getUint32(58, true), view.getUint32(62, true)]
    : [0x00ff0000, 0x0000ff00, 0x000000ff];
  const alphaMask =
    masked && (compression === BI_ALPHABITFIELDS || header.headerSize >= 56) ? view.getUint32(66, true) : 0;
  const channels: 3 | 4 = alphaMask !== 0 ? 4 : 3;
  const shapes = [...masks, alphaMask].map(maskShape);

  let palette: Uint8Array | undefined;
  if (bitsPerPixel === 8) {
    const count = header.colorsUsed || 256;
    const start = 14 + header.headerSize;
    if (start + count * 4 > pixelOffset) throw new BmpError('the palette is cut off');
    palette = bytes.subarray(start, start + count * 4);
  }

  const data = new Uint8Array(width * height * channels);
  for (let row = 0; row < height; row += 1) {
    const source = pixelOffset + (topDown ? row : height - 1 - row) * stride;
    let out = row * width * channels;
    for (let x = 0; x < width; x += 1) {
      if (palette) {
        const index = (bytes[source + x] ?? 0) * 4;
        if (index + 2 >= palette.length) throw new BmpError('a pixel points past the palette');
        data[out] = palette[index + 2] ?? 0;
        data[out + 1] = palette[index + 1] ?? 0;
        data[out + 2] = palette[index] ?? 0;
      } else if (bitsPerPixel === 24) {
        const p = source + x * 3;
        data[out] = bytes[p + 2] ?? 0;
        data[out + 1] = bytes[p + 1] ?? 0;
        data[out + 2] = bytes[p] ?? 0;
      } else {
        const pixel = view.getUint32(source + x * 4, true);
        for (let c = 0; c < channels; c += 1) {
          const shape = shapes[c];
          if (!shape || shape.max === 0) continue;
          data[out + c] = Math.round(
            (((pixel & ((shape.max << shape.shift) >>> 0)) >>> shape.shift) * 255) / shape.max,
          );
        }
      }
      out += channels;
    }
  }
  return { width, height, channels, data };
}
