import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromAlto } from '../../../shared/formats/from-alto';
import { fromHocr } from '../../../shared/formats/from-hocr';
import { JiaokanError } from '../../../shared/ipc/errors';
import type { Size } from '../../../shared/model/geometry';
import type { OcrResult } from '../../../shared/model/ocr';
import { toFsError } from '../fs/fs-errors';
import type { Sidecars } from './scan-folder';

/** Text (and, for hOCR and ALTO, word boxes) brought in from another OCR system. */
export interface ImportedText {
  readonly text: string;
  readonly ocr: OcrResult | null;
  /** The file it came from, relative to the workspace. */
  readonly file: string;
}

async function read(root: string, name: string): Promise<string> {
  try {
    return await readFile(join(root, name), 'utf8');
  } catch (error) {
    throw toFsError(error, 'read', join(root, name));
  }
}

/**
 * Reads the sidecar of one page: hOCR first, then ALTO (both carry boxes), then plain text. For a multi-page
 * scan, hOCR and ALTO pick their page `pageIndex`, and plain text its form-feed-separated part (as Tesseract
 * writes). Returns null when there is no sidecar for this page; throws `bad-input` naming a file that is not what
 * its extension says.
 */
export async function readSidecar(
  root: string,
  sidecars: Sidecars,
  pageIndex: number,
  imageSize: () => Promise<Size | null>,
  createdAt: string,
): Promise<ImportedText | null> {
  const boxed = sidecars.hocr ?? sidecars.alto;
  if (boxed !== undefined) {
    const source = await read(root, boxed);
    try {
      const ocr =
        sidecars.hocr !== undefined
          ? fromHocr(source, { pageIndex, createdAt })
          : fromAlto(source, { pageIndex, createdAt, imageSize: (await imageSize()) ?? undefined });
      return { text: ocr.text, ocr, file: boxed };
    } catch (error) {
      if (error instanceof JiaokanError) throw error;
      throw new JiaokanError(
        'bad-input',
        `${boxed}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (sidecars.txt === undefined) return null;
  const parts = (await read(root, sidecars.txt)).split('\f');
  const text = parts.length > 1 ? parts[pageIndex] : pageIndex === 0 ? parts[0] : undefined;
  return text === undefined ? null : { text, ocr: null, file: sidecars.txt };
}
