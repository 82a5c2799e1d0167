/**
 * Paragraph units of the engine: each runs from its first character to the start of the next paragraph, so
 * the blank lines after it belong to it and every offset of the text lies in exactly one unit. A unit ends at a
 * whitespace run holding two or more line breaks.
 */

const SEPARATOR = /\n[^\S\n]*\n\s*/g;

/** Start offsets of the paragraph units of `text[from, to)`; `from` is always the first. */
export function paragraphStarts(text: string, from = 0, to = text.length): number[] {
  const starts = [from];
  SEPARATOR.lastIndex = from;
  // `test` leaves the separator's end in `lastIndex` and builds no match array or matched string.
  while (SEPARATOR.test(text)) {
    const end = SEPARATOR.lastIndex;
    if (end >= to) break;
    starts.push(end);
  }
  return starts;
}
