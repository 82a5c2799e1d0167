import { create } from 'zustand';
import type { StatusFilter } from './page-filter';

interface PageListState {
  readonly collapsed: boolean;
  readonly filter: StatusFilter;
  toggle(): void;
  setFilter(filter: StatusFilter): void;
}

/** The page list's own state: folded away or not, and which statuses it shows (page turning follows it). */
export const usePageList = create<PageListState>()((set) => ({
  collapsed: false,
  filter: 'all',
  toggle() {
    set((s) => ({ collapsed: !s.collapsed }));
  },
  setFilter(filter) {
    set({ filter });
  },
}));
