import { create } from 'zustand';
import type { Aligner } from '../../../../shared/align/aligner';
import type { OcrResult } from '../../../../shared/model/ocr';
import type { LineIndex } from './ocr-lines';

/** What links the shown page's text to its scan right now; word indices refer to `aligner.words`. */
interface ScanLinkState {
  /** The OCR result the link is built on (the page's newest run), with its aligner and line index. */
  readonly ocr: OcrResult | null;
  readonly aligner: Aligner | null;
  readonly lines: LineIndex | null;
  /** The OCR words under the editor's selection (or the one word at the cursor). */
  readonly selected: readonly number[];
  /** The word at the cursor itself (the active end of a selection): what the line strip and Alt+↑/↓ go by. */
  readonly cursorWord: number | null;
  /** Bumped when the scan should bring `cursorWord` into view (the cursor moved in the text, not by a click). */
  readonly follow: number;
  /** The word box under the mouse pointer on the scan. */
  readonly hover: number | null;
  setLink(ocr: OcrResult | null, aligner: Aligner | null, lines: LineIndex | null): void;
  setSelected(selected: readonly number[], cursorWord: number | null, follow: boolean): void;
  setHover(hover: number | null): void;
}

/** The scan ↔ text link of the page being proofread. */
export const useScanLink = create<ScanLinkState>()((set) => ({
  ocr: null,
  aligner: null,
  lines: null,
  selected: [],
  cursorWord: null,
  follow: 0,
  hover: null,
  setLink(ocr, aligner, lines) {
    set({ ocr, aligner, lines, selected: [], cursorWord: null, hover: null });
  },
  setSelected(selected, cursorWord, follow) {
    set((s) => ({
      selected: sameIndices(s.selected, selected) ? s.selected : selected,
      cursorWord,
      follow: follow ? s.follow + 1 : s.follow,
    }));
  },
  setHover(hover) {
    set({ hover });
  },
}));

function sameIndices(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
