import type { PageStatus } from '../../../../shared/model/page';

/** Which pages the list shows: all, or those of one status. */
export type StatusFilter = 'all' | PageStatus;

/** The page fields the list's logic looks at. */
export interface ListedPage {
  readonly id: string;
  readonly status: PageStatus;
}

/** True when `page` is shown under `filter`. */
export function matchesFilter(page: ListedPage, filter: StatusFilter): boolean {
  return filter === 'all' || page.status === filter;
}

/** How many pages are proofread, for "N of M proofread". */
export function proofreadCount(pages: readonly ListedPage[]): number {
  return pages.reduce((n, page) => n + (page.status === 'proofread' ? 1 : 0), 0);
}

/**
 * The page `step` pages away (+1 next, −1 previous) from `currentId` among the pages the filter shows, in
 * workspace order. The current page need not match the filter itself (its status may just have changed);
 * without a current page the first or last shown page is the answer. Null at either end.
 */
export function adjacentPage<P extends ListedPage>(
  pages: readonly P[],
  currentId: string | null,
  step: 1 | -1,
  filter: StatusFilter,
): P | null {
  const at = currentId === null ? -1 : pages.findIndex((p) => p.id === currentId);
  let i = at === -1 ? (step === 1 ? 0 : pages.length - 1) : at + step;
  for (; i >= 0 && i < pages.length; i += step) {
    const page = pages[i];
    if (page && matchesFilter(page, filter)) return page;
  }
  return null;
}
