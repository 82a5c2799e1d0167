/** Pixel box in the source image, origin top-left, end-exclusive (x1, y1 lie just past the last pixel). */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Size of a source image in pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Half-open range `[start, end)` of UTF-16 code units in a text, as JavaScript and Monaco count. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The smallest box holding all of `boxes`; undefined for none. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x0);
    y0 = Math.min(y0, b.y0);
    x1 = Math.max(x1, b.x1);
    y1 = Math.max(y1, b.y1);
  }
  return { x0, y0, x1, y1 };
}
