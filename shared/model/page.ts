/** Proofreading state of a page, in the order work moves through it. */
export const PAGE_STATUSES = ['new', 'recognized', 'in-progress', 'proofread'] as const;

/** Proofreading state of a page. */
export type PageStatus = (typeof PAGE_STATUSES)[number];

/** Kind of file a page comes from. */
export type PageSourceKind = 'image' | 'pdf' | 'text';

/**
 * One page of a workspace. `id` is a safe relative slug (letters, digits, `-`, `_`, `.`), never a path;
 * `source` is the scan's file name relative to the workspace folder.
 */
export interface Page {
  readonly id: string;
  readonly source: string;
  readonly sourceKind: PageSourceKind;
  /** Index of the page inside a multi-page source (TIFF, PDF); 0 otherwise. */
  readonly pageIndex: number;
  readonly status: PageStatus;
}

/** Matches a page id that cannot name anything outside its workspace. */
export const PAGE_ID_PATTERN = /^(?!\.)[A-Za-z0-9_\-.]{1,200}$/;

/** True when `id` is a page id that cannot escape the workspace folder. */
export function isSafePageId(id: string): boolean {
  return PAGE_ID_PATTERN.test(id) && !id.includes('..');
}
