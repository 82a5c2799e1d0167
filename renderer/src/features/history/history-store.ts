import { create } from 'zustand';

/** One side of a comparison: a saved version or a stored OCR run of the shown page. */
export type DiffSide =
  { readonly kind: 'version'; readonly n: number } | { readonly kind: 'ocr'; readonly run: number };

/** Two texts of one page to show side by side. */
export interface DiffPair {
  readonly pageId: string;
  readonly left: DiffSide;
  readonly right: DiffSide;
}

/** A short key naming one side (`v3`, `ocr2`), unique within a page. */
export function sideKey(side: DiffSide): string {
  return side.kind === 'version' ? `v${side.n}` : `ocr${side.run}`;
}

/** True when both name the same text. */
export function sameSide(a: DiffSide, b: DiffSide): boolean {
  return sideKey(a) === sideKey(b);
}

/**
 * The two sides in reading order: versions before OCR runs (the proofreader's text on the left, what OCR
 * offers on the right), older before newer within each kind.
 */
export function orderSides(a: DiffSide, b: DiffSide): [DiffSide, DiffSide] {
  const rank = (s: DiffSide): number => (s.kind === 'version' ? s.n : 1_000_000 + s.run);
  return rank(a) <= rank(b) ? [a, b] : [b, a];
}

interface HistoryState {
  readonly open: boolean;
  /** Texts ticked for comparison, at most two; picking a third drops the oldest pick. */
  readonly picked: readonly DiffSide[];
  readonly diff: DiffPair | null;
  toggle(): void;
  setOpen(open: boolean): void;
  pick(side: DiffSide): void;
  showDiff(pageId: string, a: DiffSide, b: DiffSide): void;
  closeDiff(): void;
  /** Another page is shown: its picks and diff no longer apply. */
  reset(): void;
}

/** The history panel and the diff view it opens. */
export const useHistory = create<HistoryState>()((set) => ({
  open: false,
  picked: [],
  diff: null,
  toggle() {
    set((s) => ({ open: !s.open }));
  },
  setOpen(open) {
    set({ open });
  },
  pick(side) {
    set((s) =>
      s.picked.some((p) => sameSide(p, side))
        ? { picked: s.picked.filter((p) => !sameSide(p, side)) }
        : { picked: [...s.picked, side].slice(-2) },
    );
  },
  showDiff(pageId, a, b) {
    const [left, right] = orderSides(a, b);
    set({ diff: { pageId, left, right } });
  },
  closeDiff() {
    set({ diff: null });
  },
  reset() {
    set({ picked: [], diff: null });
  },
}));
