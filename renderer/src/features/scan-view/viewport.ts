/**
 * Zoom arithmetic of the scan view, free of the DOM so it can be tested. A scale is screen CSS pixels per
 * image pixel; 1 is the 1:1 view.
 */

/** Smallest and largest scale the view allows. */
export const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;

/** The scales the zoom buttons step through, as in an image viewer. */
export const ZOOM_STEPS: readonly number[] = [
  0.05, 0.1, 0.125, 0.167, 0.25, 0.333, 0.5, 0.667, 0.75, 0.9, 1, 1.25, 1.5, 2, 3, 4, 6, 8,
];

/** `scale` clamped to the allowed range. */
export function clampScale(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The scale at which an image `imageWidth` px wide fills `availableWidth` CSS px (margins already taken off). */
export function fitWidthScale(imageWidth: number, availableWidth: number): number {
  if (imageWidth <= 0 || availableWidth <= 0) return 1;
  return clampScale(availableWidth / imageWidth);
}

/**
 * The next zoom step above (`direction` 1) or below (-1) `scale`. A scale between steps (after fit-width or a
 * wheel zoom) goes to the nearest step in that direction, never skipping one.
 */
export function stepScale(scale: number, direction: 1 | -1): number {
  const epsilon = 1e-3;
  if (direction > 0) return ZOOM_STEPS.find((s) => s > scale * (1 + epsilon)) ?? MAX_SCALE;
  for (let i = ZOOM_STEPS.length - 1; i >= 0; i--) {
    const step = ZOOM_STEPS[i];
    if (step !== undefined && step < scale * (1 - epsilon)) return step;
  }
  return MIN_SCALE;
}

/**
 * The scale after a Ctrl+wheel event of `deltaY` CSS px (negative = away from the user = zoom in). Continuous,
 * so a touchpad pinch feels smooth; one mouse notch (100 px) changes the scale by about 16 %.
 */
export function wheelScale(scale: number, deltaY: number): number {
  return clampScale(scale * Math.exp(-deltaY * 0.0015));
}

/** A point in image pixels. */
export interface ImagePoint {
  readonly x: number;
  readonly y: number;
}

/**
 * The image point shown at viewport position (`anchorX`, `anchorY`) when the image's top-left corner sits at
 * (`stageLeft`, `stageTop`) in the scrolled content and the content is scrolled by (`scrollLeft`, `scrollTop`).
 */
export function imagePointAt(
  anchorX: number,
  anchorY: number,
  view: { scrollLeft: number; scrollTop: number; stageLeft: number; stageTop: number; scale: number },
): ImagePoint {
  return {
    x: (view.scrollLeft + anchorX - view.stageLeft) / view.scale,
    y: (view.scrollTop + anchorY - view.stageTop) / view.scale,
  };
}

/** The scroll offsets that put image `point` back under viewport position (`anchorX`, `anchorY`) after a zoom. */
export function scrollToKeep(
  point: ImagePoint,
  anchorX: number,
  anchorY: number,
  view: { stageLeft: number; stageTop: number; scale: number },
): { scrollLeft: number; scrollTop: number } {
  return {
    scrollLeft: Math.max(0, view.stageLeft + point.x * view.scale - anchorX),
    scrollTop: Math.max(0, view.stageTop + point.y * view.scale - anchorY),
  };
}
