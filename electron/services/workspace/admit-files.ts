import { extname } from 'node:path';
import { JiaokanError } from '../../../shared/ipc/errors';
import { decodeImage } from '../image/decode-image';
import { IMAGE_EXTENSIONS } from './scan-folder';
import type { ScratchFile } from './scratch';

/** Files that may become pages, and a one-line reason for each refused one. */
export interface Admission {
  readonly admitted: readonly ScratchFile[];
  readonly refused: readonly string[];
}

/** What a scratch workspace can hold beside images: PDFs, sidecars and text-only pages. */
const OTHER_EXTENSIONS = ['.pdf', '.txt', '.hocr', '.xml'];

/**
 * Checks files the user dropped or picked before they become pages, so a text file named `.png` or a truncated
 * JPEG is refused at once with its name and reason instead of turning into a page that cannot be shown.
 * Image files are decoded in full (the same check OCR makes); other kinds are read later by their importers.
 * Throws `bad-input` when nothing is usable, with the first reason.
 */
export async function admitFiles(files: readonly ScratchFile[]): Promise<Admission> {
  const admitted: ScratchFile[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const extension = extname(file.name).toLowerCase();
    if (OTHER_EXTENSIONS.includes(extension)) {
      admitted.push(file);
      continue;
    }
    if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
      refused.push(`${file.name}: not a supported scan (images, PDF or text)`);
      continue;
    }
    try {
      await decodeImage(file.bytes, file.name);
      admitted.push(file);
    } catch (error) {
      if (!(error instanceof JiaokanError)) throw error;
      refused.push(error.message);
    }
  }
  if (admitted.length === 0) throw new JiaokanError('bad-input', refused[0] ?? 'No file to open.');
  return { admitted, refused };
}
