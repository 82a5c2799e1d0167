import { createHash } from 'node:crypto';
import { isSafePageId } from '../../../shared/model/page';

/** Key of a page across scans of the folder: its source file and the page inside it. */
export function pageKey(source: string, pageIndex: number): string {
  return `${source}#${pageIndex}`;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * A readable, safe page id for a new page: the scan's base name (`p12`), with `-003` for page 3 of a multi-page
 * file. Names with characters outside `[A-Za-z0-9_.-]` (Chinese file names) keep their safe part plus a short
 * hash of the file name, so two such names never collide. `taken` holds ids already in use; a clash gets `-2`, `-3`.
 */
export function newPageId(
  baseName: string,
  source: string,
  pageIndex: number,
  multiPage: boolean,
  taken: ReadonlySet<string>,
): string {
  let slug = baseName
    .replace(/[^A-Za-z0-9_\-.]+/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 120);
  if (slug !== baseName || slug === '') slug = `${slug === '' ? 'page' : slug}-${shortHash(source)}`;
  if (multiPage) slug = `${slug}-${String(pageIndex + 1).padStart(3, '0')}`;
  let id = slug;
  for (let n = 2; taken.has(id) || !isSafePageId(id); n += 1) id = `${slug}-${n}`;
  return id;
}
