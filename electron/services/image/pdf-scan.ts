import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';
import { JiaokanError } from '../../../shared/ipc/errors';
import type { Size } from '../../../shared/model/geometry';
import { MAX_SIDE } from './decode-image';

/** One page's scan, pulled out of a PDF: the bytes to show and recognize, and their pixel size. */
export interface PdfScan {
  readonly mime: 'image/png' | 'image/jpeg';
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** An image XObject drawn on a page, undecoded. */
interface ImageObject {
  readonly stream: PDFRawStream;
  readonly width: number;
  readonly height: number;
}

/** Form XObjects nested deeper than this are not searched (scanners wrap the image at most once or twice). */
const MAX_FORM_DEPTH = 3;

const name = (value: string) => PDFName.of(value);

function numberOf(dict: PDFDict, key: string): number {
  const value = dict.lookup(name(key));
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

/** The filters of a stream, first to last (`/Filter /X` or `/Filter [/X /Y]`). */
function filtersOf(dict: PDFDict): string[] {
  const filter = dict.lookup(name('Filter'));
  const names = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  return names.map((n) => (n instanceof PDFName ? n.decodeText() : String(n)));
}

/** Images reachable from a resource dictionary, directly or through form XObjects. */
function imagesIn(document: PDFDocument, resources: PDFDict | undefined, depth: number): ImageObject[] {
  const xobjects = resources?.lookupMaybe(name('XObject'), PDFDict);
  if (!xobjects) return [];
  const found: ImageObject[] = [];
  for (const key of xobjects.keys()) {
    const entry: PDFObject | undefined = xobjects.get(key);
    const stream = entry instanceof PDFRef ? document.context.lookup(entry) : entry;
    if (!(stream instanceof PDFRawStream)) continue;
    const subtype = stream.dict.lookup(name('Subtype'));
    if (subtype === name('Image')) {
      found.push({
        stream,
        width: numberOf(stream.dict, 'Width'),
        height: numberOf(stream.dict, 'Height'),
      });
    } else if (subtype === name('Form') && depth < MAX_FORM_DEPTH) {
      found.push(...imagesIn(document, stream.dict.lookupMaybe(name('Resources'), PDFDict), depth + 1));
    }
  }
  return found;
}

async function loadPage(
  bytes: Uint8Array,
  pageIndex: number,
): Promise<{ document: PDFDocument; images: ImageObject[] }> {
  const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  if (pageIndex < 0 || pageIndex >= document.getPageCount())
    throw new JiaokanError('not-found', `The PDF has no page ${pageIndex + 1}.`);
  const page = document.getPage(pageIndex);
  return { document, images: imagesIn(document, page.node.Resources(), 0) };
}

/** The page's scan: its largest image (a scanned page is one picture; a logo or stamp beside it is smaller). */
function largest(images: readonly ImageObject[]): ImageObject | null {
  let best: ImageObject | null = null;
  for (const image of images)
    if (!best || image.width * image.height > best.width * best.height) best = image;
  return best;
}

/** Undoes the PNG row filters (`/Predictor` 10–15) of a Flate stream: each row starts with its filter byte. */
function unpredictPng(data: Uint8Array, rowBytes: number, pixelBytes: number): Uint8Array {
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  for (let y = 0; y < rows; y++) {
    const filter = data[y * (rowBytes + 1)] ?? 0;
    const source = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const raw = data[source + x] ?? 0;
      const left = x >= pixelBytes ? (out[row + x - pixelBytes] ?? 0) : 0;
      const up = y > 0 ? (out[row - rowBytes + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= pixelBytes ? (out[row - rowBytes + x - pixelBytes] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[row + x] = (raw + predicted) & 0xff;
    }
  }
  return out;
}

/** Colour components of the image's colour space, or 0 for one we do not decode (Indexed, Lab, Separation…). */
function componentsOf(dict: PDFDict): number {
  const space = dict.lookup(name('ColorSpace'));
  if (space === name('DeviceGray') || space === name('CalGray')) return 1;
  if (space === name('DeviceRGB') || space === name('CalRGB')) return 3;
  if (space instanceof PDFArray && space.lookup(0) === name('ICCBased')) {
    const profile = space.lookup(1);
    const n = profile instanceof PDFRawStream ? numberOf(profile.dict, 'N') : 0;
    return n === 1 || n === 3 ? n : 0;
  }
  return 0;
}

/**
 * Decodes an image XObject to PNG or passes its JPEG through. Handles what scanners and img2pdf write: DCT
 * (JPEG), and Flate with or without PNG predictors at 8 bits (grey, RGB) or 1 bit (black and white). Anything
 * else (JBIG2, CCITT fax, JPEG 2000, indexed colour) is refused with a message saying so.
 */
async function decodeImage(image: ImageObject, label: string): Promise<PdfScan> {
  const sharp = (await import('sharp')).default;
  const { stream, width, height } = image;
  if (width <= 0 || height <= 0) throw new JiaokanError('bad-input', `${label}: the scan has no size.`);
  if (width > MAX_SIDE || height > MAX_SIDE)
    throw new JiaokanError('bad-input', `${label}: the scan is ${width}×${height} px, too large.`);
  const filters = filtersOf(stream.dict);
  if (filters.length === 1 && filters[0] === 'DCTDecode') {
    const metadata = await sharp(stream.contents).metadata();
    if (metadata.space === 'cmyk') {
      const png = await sharp(stream.contents).toColourspace('srgb').png().toBuffer();
      return { mime: 'image/png', bytes: new Uint8Array(png), width, height };
    }
    return { mime: 'image/jpeg', bytes: stream.contents, width, height };
  }
  const bits = numberOf(stream.dict, 'BitsPerComponent');
  const components = componentsOf(stream.dict);
  const supported =
    (filters.length === 0 || (filters.length === 1 && filters[0] === 'FlateDecode')) &&
    ((bits === 8 && components > 0) || (bits === 1 && components === 1));
  if (!supported)
    throw new JiaokanError(
      'bad-input',
      `${label}: the scan is stored as ${filters.join('+') || 'raw'} ${bits}-bit data, which Jiaokan cannot show yet; convert the PDF to images (PNG or TIFF) first.`,
    );
  let data: Uint8Array = filters.length === 0 ? stream.contents : inflateSync(stream.contents);
  const rowBytes = Math.ceil((width * components * bits) / 8);
  const parms = stream.dict.lookupMaybe(name('DecodeParms'), PDFDict);
  if (parms && numberOf(parms, 'Predictor') >= 10)
    data = unpredictPng(data, rowBytes, Math.max(1, (components * bits) >> 3));
  if (data.length < rowBytes * height)
    throw new JiaokanError('bad-input', `${label}: the scan's data is truncated.`);
  let pixels: Uint8Array;
  if (bits === 1) {
    // One bit per pixel, rows padded to whole bytes; 0 is black unless /Decode [1 0] says otherwise.
    const decode = stream.dict.lookup(name('Decode'));
    const first = decode instanceof PDFArray ? decode.lookup(0) : undefined;
    const inverted = first instanceof PDFNumber && first.asNumber() === 1;
    pixels = new Uint8Array(width * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const bit = ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        pixels[y * width + x] = (bit === 1) !== inverted ? 255 : 0;
      }
  } else {
    pixels = data.subarray(0, rowBytes * height);
  }
  const channels = bits === 1 ? 1 : (components as 1 | 3);
  const png = await sharp(pixels, { raw: { width, height, channels } }).png().toBuffer();
  return { mime: 'image/png', bytes: new Uint8Array(png), width, height };
}

/**
 * The scan of page `pageIndex` (0-based) of a PDF made from scans: the largest image on the page, decoded.
 * PDFs whose pages are drawn (text, vector graphics) have no such image and are refused with a clear message:
 * rendering them would need a PDF rasterizer, which this build does not ship.
 */
export async function extractPdfScan(
  bytes: Uint8Array,
  pageIndex: number,
  fileName: string,
): Promise<PdfScan> {
  const label = `${fileName} page ${pageIndex + 1}`;
  const { images } = await loadPage(bytes, pageIndex).catch((error: unknown) => {
    if (error instanceof JiaokanError) throw error;
    throw new JiaokanError('bad-input', `${fileName}: cannot be read as PDF (${(error as Error).message})`);
  });
  const image = largest(images);
  if (!image)
    throw new JiaokanError(
      'bad-input',
      `${label} holds no scanned image: Jiaokan shows PDFs made from scans (one image per page), not drawn pages.`,
    );
  return decodeImage(image, label);
}

/** Pixel size of the scan on a PDF page, from the image's dictionary (no decoding); null when it has none. */
export async function pdfScanSize(bytes: Uint8Array, pageIndex: number): Promise<Size | null> {
  const { images } = await loadPage(bytes, pageIndex);
  const image = largest(images);
  return image ? { width: image.width, height: image.height } : null;
}
