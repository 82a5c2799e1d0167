import type { Box } from '../../../../shared/model/geometry';
import type { OcrWord } from '../../../../shared/model/ocr';

/** A scroll position, in CSS px of the scrolled content. */
export interface ScrollPosition {
  readonly left: number;
  readonly top: number;
}

/** A scrolled viewport: its scroll offsets and its visible size, in CSS px. */
export interface ScrollView extends ScrollPosition {
  readonly width: number;
  readonly height: number;
}

/** One axis of `revealScroll`: the new scroll offset, or the old one when the span is already well inside. */
function revealAxis(start: number, end: number, scroll: number, size: number, margin: number): number {
  const inner = Math.max(0, Math.min(margin, (size - (end - start)) / 2));
  if (start >= scroll + inner && end <= scroll + size - inner) return scroll;
  // A span bigger than the view shows its start; otherwise scroll just far enough to leave the margin.
  if (end - start > size - 2 * inner || start < scroll + inner) return Math.max(0, start - inner);
  return Math.max(0, end - size + inner);
}

/**
 * Where to scroll so that `box` (CSS px in the scrolled content) is visible with `margin` px around it; null when it
 * already is, so a cursor moving inside the visible part of the page never makes the view jump.
 */
export function revealScroll(box: Box, view: ScrollView, margin: number): ScrollPosition | null {
  const left = revealAxis(box.x0, box.x1, view.left, view.width, margin);
  const top = revealAxis(box.y0, box.y1, view.top, view.height, margin);
  return left === view.left && top === view.top ? null : { left, top };
}

/** Index of the word whose box contains `point` (source-image pixels); the smallest box wins an overlap; -1 if none. */
export function wordAtPoint(words: readonly OcrWord[], point: { x: number; y: number }): number {
  let found = -1;
  let area = Infinity;
  words.forEach((word, i) => {
    const { x0, y0, x1, y1 } = word.box;
    if (point.x < x0 || point.x >= x1 || point.y < y0 || point.y >= y1) return;
    const size = (x1 - x0) * (y1 - y0);
    if (size < area) {
      found = i;
      area = size;
    }
  });
  return found;
}

/** The part of the page image a line strip shows, and at what magnification. */
export interface StripWindow {
  /** Source rectangle in image pixels; may reach past the image edge (that part is drawn blank). */
  readonly source: Box;
  /** Strip CSS px per image pixel. */
  readonly scale: number;
}

/**
 * The window of the page image shown in a line strip `width` × `height` CSS px: the line's full height (plus a
 * little space above and below) magnified to the strip's height, and horizontally the whole line when it fits,
 * else a stretch centred on `focus` (the current word), kept inside the line.
 */
export function stripWindow(line: Box, focus: Box | null, width: number, height: number): StripWindow {
  const lineHeight = Math.max(1, line.y1 - line.y0);
  const padY = lineHeight * 0.18;
  const padX = lineHeight * 0.5;
  const sourceHeight = lineHeight + 2 * padY;
  const scale = height / sourceHeight;
  const sourceWidth = width / scale;
  const lineStart = line.x0 - padX;
  const lineEnd = line.x1 + padX;
  let x0 = lineStart;
  if (lineEnd - lineStart > sourceWidth && focus) {
    const centre = (focus.x0 + focus.x1) / 2;
    x0 = Math.min(lineEnd - sourceWidth, Math.max(lineStart, centre - sourceWidth / 2));
  }
  const y0 = line.y0 - padY;
  return { source: { x0, y0, x1: x0 + sourceWidth, y1: y0 + sourceHeight }, scale };
}
