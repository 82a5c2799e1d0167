/**
 * Colours for word boxes by OCR confidence (0–100): red at or below `LOW_CONFIDENCE`, through amber, to green at
 * `HIGH_CONFIDENCE` and above, so the eye finds the doubtful words first.
 */

/** Confidence at and below which a box is fully red. */
export const LOW_CONFIDENCE = 50;

/** Confidence at and above which a box is fully green. */
export const HIGH_CONFIDENCE = 95;

/** Hue in degrees (0 red … 120 green) for a confidence. */
export function confidenceHue(confidence: number): number {
  const t = (confidence - LOW_CONFIDENCE) / (HIGH_CONFIDENCE - LOW_CONFIDENCE);
  return Math.round(Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * 120);
}

/** Fill and outline colours (CSS) of a word box. Low-confidence boxes are filled more strongly. */
export function confidenceTint(confidence: number): { fill: string; stroke: string } {
  const hue = confidenceHue(confidence);
  const alpha = hue < 60 ? 0.28 : 0.14;
  return {
    fill: `hsla(${hue}, 85%, 48%, ${alpha})`,
    stroke: `hsla(${hue}, 80%, 38%, 0.85)`,
  };
}
