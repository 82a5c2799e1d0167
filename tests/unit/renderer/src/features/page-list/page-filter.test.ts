import { describe, expect, it } from 'vitest';
import {
  adjacentPage,
  matchesFilter,
  proofreadCount,
  type ListedPage,
} from '../../../../../../renderer/src/features/page-list/page-filter';

const pages: ListedPage[] = [
  { id: 'p1', status: 'proofread' },
  { id: 'p2', status: 'new' },
  { id: 'p3', status: 'in-progress' },
  { id: 'p4', status: 'proofread' },
  { id: 'p5', status: 'recognized' },
];

describe('page filter', () => {
  it('shows every page under all, else only one status', () => {
    expect(pages.filter((p) => matchesFilter(p, 'all'))).toHaveLength(5);
    expect(pages.filter((p) => matchesFilter(p, 'proofread')).map((p) => p.id)).toEqual(['p1', 'p4']);
  });

  it('counts proofread pages', () => {
    expect(proofreadCount(pages)).toBe(2);
    expect(proofreadCount([])).toBe(0);
  });

  it('steps to the neighbour in workspace order and stops at the ends', () => {
    expect(adjacentPage(pages, 'p2', 1, 'all')?.id).toBe('p3');
    expect(adjacentPage(pages, 'p2', -1, 'all')?.id).toBe('p1');
    expect(adjacentPage(pages, 'p5', 1, 'all')).toBeNull();
    expect(adjacentPage(pages, 'p1', -1, 'all')).toBeNull();
  });

  it('skips pages the filter hides, also from a current page it hides', () => {
    expect(adjacentPage(pages, 'p1', 1, 'proofread')?.id).toBe('p4');
    expect(adjacentPage(pages, 'p3', -1, 'proofread')?.id).toBe('p1');
    expect(adjacentPage(pages, 'p4', 1, 'proofread')).toBeNull();
  });

  it('starts at the first or last shown page when no page is current', () => {
    expect(adjacentPage(pages, null, 1, 'in-progress')?.id).toBe('p3');
    expect(adjacentPage(pages, 'gone', -1, 'all')?.id).toBe('p5');
  });
});
