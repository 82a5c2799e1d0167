/** Share of the width the scan pane may take, so neither pane can be dragged shut. */
export const MIN_SPLIT = 0.15;
export const MAX_SPLIT = 0.85;

/** The scan pane's share of the width for a splitter dragged to `x` inside a container from `left` to `left + width`. */
export function splitAt(x: number, left: number, width: number): number {
  if (width <= 0) return 0.5;
  return clampSplit((x - left) / width);
}

/** `ratio` limited to the allowed range. */
export function clampSplit(ratio: number): number {
  if (!Number.isFinite(ratio)) return 0.5;
  return Math.min(MAX_SPLIT, Math.max(MIN_SPLIT, ratio));
}
