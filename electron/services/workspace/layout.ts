import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import { JiaokanError } from '../../../shared/ipc/errors';
import { isSafePageId } from '../../../shared/model/page';

/** Name of the folder Jiaokan keeps beside the user's scans. */
export const DATA_DIR = '.jiaokan';

/** Paths of one workspace's data files (see docs/storage.md). */
export interface WorkspaceLayout {
  readonly root: string;
  readonly dataDir: string;
  readonly workspaceFile: string;
  readonly lockFile: string;
  readonly pagesDir: string;
  readonly thumbsDir: string;
}

/** Paths of one page's data files. */
export interface PageLayout {
  readonly dir: string;
  readonly pageFile: string;
  readonly versionsFile: string;
  readonly versionsDir: string;
  readonly draftFile: string;
}

/** The data paths of the workspace at `root`. */
export function workspaceLayout(root: string): WorkspaceLayout {
  const dataDir = join(root, DATA_DIR);
  return {
    root,
    dataDir,
    workspaceFile: join(dataDir, 'workspace.json'),
    lockFile: join(dataDir, 'lock'),
    pagesDir: join(dataDir, 'pages'),
    thumbsDir: join(dataDir, 'thumbs'),
  };
}

/** True when `child` lies strictly inside `parent` after resolving `..` and symlink-free normalization. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * The data paths of a page. Second line of defence after the contract's PageIdSchema: an id that is not a safe
 * slug, or that would resolve outside `.jiaokan/pages`, is refused before any path is built from it.
 */
export function pageLayout(layout: WorkspaceLayout, pageId: string): PageLayout {
  const dir = join(layout.pagesDir, pageId);
  if (!isSafePageId(pageId) || !isInside(layout.pagesDir, dir)) {
    throw new JiaokanError('invalid-request', `Not a page id: ${JSON.stringify(pageId)}`);
  }
  return {
    dir,
    pageFile: join(dir, 'page.json'),
    versionsFile: join(dir, 'versions.json'),
    versionsDir: join(dir, 'versions'),
    draftFile: join(dir, 'draft.json'),
  };
}

/** File name of version `n`: zero-padded so a folder listing sorts in order. */
export function versionFileName(n: number): string {
  return `${String(n).padStart(4, '0')}.txt`;
}

/**
 * File name of version `n`'s own record (`0003.meta.json`: its Version entry), written after its text and before versions.json lists it, so a lost
 * versions.json can be rebuilt with the note, origin and time each version was saved with.
 */
export function versionMetaFileName(n: number): string {
  return `${String(n).padStart(4, '0')}.meta.json`;
}

/** File name of OCR run `run`; runs are never overwritten. */
export function ocrRunFileName(run: number): string {
  return `ocr-${String(run).padStart(4, '0')}.json`;
}

/** Parses `ocr-0003.json` → 3; undefined for other names. */
export function parseOcrRunFileName(name: string): number | undefined {
  const match = /^ocr-(\d{4,})\.json$/.exec(name);
  return match?.[1] ? Number(match[1]) : undefined;
}

/** Parses `0003.txt` → 3; undefined for other names. */
export function parseVersionFileName(name: string): number | undefined {
  const match = /^(\d{4,})\.txt$/.exec(name);
  return match?.[1] ? Number(match[1]) : undefined;
}
