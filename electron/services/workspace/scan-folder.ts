import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { PageSourceKind } from '../../../shared/model/page';
import { toFsError } from '../fs/fs-errors';
import { naturalCompare } from './natural-order';

/** Extensions of scans that become pages; TIFF and PDF may hold several. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.bmp', '.tif', '.tiff'] as const;

/** OCR another system made, found beside a scan with the same base name. */
export interface Sidecars {
  readonly txt?: string;
  readonly hocr?: string;
  readonly alto?: string;
}

/** A file of the folder that becomes one or more pages. Paths are relative to the workspace folder. */
export interface SourceFile {
  readonly source: string;
  readonly sourceKind: PageSourceKind;
  readonly baseName: string;
  readonly sidecars: Sidecars;
  /** Only for TIFF and PDF, whose page count needs the file's header: size and mtime key the cached count. */
  readonly multiPage?: { readonly size: number; readonly mtimeMs: number };
}

function kindOf(extension: string): PageSourceKind | 'sidecar' | undefined {
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(extension)) return 'image';
  if (extension === '.pdf') return 'pdf';
  if (extension === '.txt' || extension === '.hocr' || extension === '.xml') return 'sidecar';
  return undefined;
}

/**
 * Lists the files of `root` (not recursing, skipping hidden files) that become pages, in natural order: every
 * scan, with the sidecars of its base name, and every `.txt` with no scan of its base name (a text-only page).
 * Only TIFF and PDF files are stat'ed; nothing is decoded, so a folder of thousands of scans lists fast.
 */
export async function scanFolder(root: string): Promise<SourceFile[]> {
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (error) {
    throw toFsError(error, 'list', root);
  }
  const scans: { name: string; base: string; kind: PageSourceKind }[] = [];
  const sidecarsByBase = new Map<string, { txt?: string; hocr?: string; alto?: string }>();
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const extension = extname(entry.name).toLowerCase();
    const kind = kindOf(extension);
    if (kind === undefined) continue;
    const base = entry.name.slice(0, entry.name.length - extension.length);
    if (kind === 'sidecar') {
      const found = sidecarsByBase.get(base) ?? {};
      const key = extension === '.txt' ? 'txt' : extension === '.hocr' ? 'hocr' : 'alto';
      found[key] = entry.name;
      sidecarsByBase.set(base, found);
    } else {
      scans.push({ name: entry.name, base, kind });
    }
  }
  const scanBases = new Set(scans.map((s) => s.base));
  const files: SourceFile[] = [];
  for (const scan of scans) {
    const extension = extname(scan.name).toLowerCase();
    let multiPage: SourceFile['multiPage'];
    if (scan.kind === 'pdf' || extension === '.tif' || extension === '.tiff') {
      try {
        const info = await stat(join(root, scan.name));
        multiPage = { size: info.size, mtimeMs: info.mtimeMs };
      } catch (error) {
        throw toFsError(error, 'read', join(root, scan.name));
      }
    }
    files.push({
      source: scan.name,
      sourceKind: scan.kind,
      baseName: scan.base,
      sidecars: sidecarsByBase.get(scan.base) ?? {},
      ...(multiPage ? { multiPage } : {}),
    });
  }
  for (const [base, sidecars] of sidecarsByBase) {
    if (scanBases.has(base) || sidecars.txt === undefined) continue;
    files.push({ source: sidecars.txt, sourceKind: 'text', baseName: base, sidecars: {} });
  }
  return files.sort((a, b) => naturalCompare(a.source, b.source));
}
