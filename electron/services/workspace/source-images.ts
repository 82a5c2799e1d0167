import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { JiaokanError } from '../../../shared/ipc/errors';
import type { Size } from '../../../shared/model/geometry';
import type { PageSourceKind } from '../../../shared/model/page';
import { toFsError } from '../fs/fs-errors';
import { isBmp, readBmpHeader } from '../image/bmp';

// sharp, pdf-lib and the decoder load on first use: listing a workspace or saving a version (the CLI's status,
// a process restarted after a crash) must not pay their start-up time.
const loadSharp = async () => (await import('sharp')).default;
const loadPdfDocument = async () => (await import('pdf-lib')).PDFDocument;
const loadDecodeImage = async () => (await import('../image/decode-image')).decodeImage;
const loadPdfScan = async () => await import('../image/pdf-scan');

/** Image bytes for display or OCR, with their MIME type and pixel size. */
export interface PageImage {
  readonly mime: string;
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Turns a PDF page into a picture; injected so another renderer (a rasterizer) can stand in for the default. */
export interface PdfRenderer {
  /** Page `pageIndex` (0-based) as an image, at `dpi` where the renderer draws; `fileName` is for messages. */
  render(bytes: Uint8Array, pageIndex: number, dpi: number, fileName: string): Promise<PageImage>;
}

/**
 * The default PDF renderer: the page's own scan, pulled out at its own resolution (a scanned PDF is one image
 * per page, so this is the exact picture and costs no rasterizing). Drawn pages are refused with a message.
 */
export const scannedPdfRenderer: PdfRenderer = {
  render: async (bytes, pageIndex, _dpi, fileName) =>
    (await loadPdfScan()).extractPdfScan(bytes, pageIndex, fileName),
};

/** Resolution PDF pages are rendered at for OCR and display: 300 dpi keeps Chinese CER low (docs/STACK.md §8). */
export const PDF_DPI = 300;

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 200;

async function readSource(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const failure = toFsError(error, 'read', path);
    if (failure.code === 'not-found') {
      throw new JiaokanError('not-found', `The scan ${basename(path)} is missing from the workspace folder.`);
    }
    throw failure;
  }
}

/** Pages in a TIFF or PDF file (1 for other images). Reads headers, not pixels. */
export async function countPages(path: string, kind: PageSourceKind): Promise<number> {
  const bytes = await readSource(path);
  try {
    if (kind === 'pdf') {
      const PDFDocument = await loadPdfDocument();
      const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
      return document.getPageCount();
    }
    if (isBmp(bytes)) return 1;
    const sharp = await loadSharp();
    return (await sharp(bytes).metadata()).pages ?? 1;
  } catch (error) {
    throw new JiaokanError(
      'bad-input',
      `${basename(path)}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/**
 * Pixel size of a page as OCR and display see it (upright after EXIF orientation), from the file header only.
 * A PDF page is the size of its scan; a page without one measures at PDF_DPI.
 */
export async function pageImageSize(
  path: string,
  kind: PageSourceKind,
  pageIndex: number,
): Promise<Size | null> {
  if (kind === 'text') return null;
  const bytes = await readSource(path);
  try {
    if (kind === 'pdf') {
      const scan = await (await loadPdfScan()).pdfScanSize(bytes, pageIndex);
      if (scan) return scan;
      const PDFDocument = await loadPdfDocument();
      const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
      const { width, height } = document.getPage(pageIndex).getSize();
      return { width: Math.round((width * PDF_DPI) / 72), height: Math.round((height * PDF_DPI) / 72) };
    }
    if (isBmp(bytes)) {
      const header = readBmpHeader(bytes);
      return { width: header.width, height: header.height };
    }
    const sharp = await loadSharp();
    const metadata = await sharp(bytes, { page: pageIndex }).metadata();
    const turned = (metadata.orientation ?? 1) >= 5;
    const height = metadata.pageHeight ?? metadata.height;
    return turned ? { width: height, height: metadata.width } : { width: metadata.width, height };
  } catch {
    return null;
  }
}

/** One page of a scan, decoded and upright: the original bytes of an upright JPEG/PNG, else PNG. */
export async function readPageImage(
  path: string,
  kind: PageSourceKind,
  pageIndex: number,
  pdf: PdfRenderer | null,
): Promise<PageImage> {
  if (kind === 'text')
    throw new JiaokanError('not-found', `${basename(path)} is a text-only page: it has no scan.`);
  const bytes = await readSource(path);
  if (kind === 'pdf') {
    if (!pdf)
      throw new JiaokanError(
        'bad-input',
        `${basename(path)}: PDF pages cannot be rendered on this installation.`,
      );
    return pdf.render(bytes, pageIndex, PDF_DPI, basename(path));
  }
  const decodeImage = await loadDecodeImage();
  const decoded = await decodeImage(bytes, basename(path), pageIndex);
  return { mime: decoded.mime, bytes: decoded.png, width: decoded.width, height: decoded.height };
}

/**
 * A small PNG of a page for the page list, at most THUMBNAIL_SIZE px on its longest side. JPEGs shrink while
 * decoding, so this costs a fraction of a full decode.
 */
export async function makeThumbnail(
  path: string,
  kind: PageSourceKind,
  pageIndex: number,
  pdf: PdfRenderer | null,
): Promise<PageImage> {
  let input: Uint8Array;
  let page = pageIndex;
  if (kind === 'pdf') {
    if (!pdf)
      throw new JiaokanError(
        'bad-input',
        `${basename(path)}: PDF pages cannot be rendered on this installation.`,
      );
    input = (await pdf.render(await readSource(path), pageIndex, 24, basename(path))).bytes;
    page = 0;
  } else {
    input = await readSource(path);
    if (isBmp(input)) {
      const decodeImage = await loadDecodeImage();
      input = (await decodeImage(input, basename(path), pageIndex)).png;
      page = 0;
    }
  }
  const sharp = await loadSharp();
  try {
    const { data, info } = await sharp(input, { page })
      .rotate()
      .resize({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE, fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 6 })
      .toBuffer({ resolveWithObject: true });
    return { mime: 'image/png', bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch (error) {
    throw new JiaokanError(
      'bad-input',
      `${basename(path)}: cannot make a thumbnail (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
}
