/** Code units of text shown on each side of a finding in the problems panel. */
export const EXCERPT_CONTEXT = 8;

/** A finding's text with a little context, whitespace made visible (what a proofreader looks for). */
export interface Excerpt {
  readonly before: string;
  readonly hit: string;
  readonly after: string;
}

/** Spaces, tabs and line breaks as visible marks, so `完 成` and a stray break can be seen in one line. */
export function visibleWhitespace(text: string): string {
  return text
    .replace(/\r?\n/g, '↵')
    .replace(/\t/g, '→')
    .replace(/[ \u00a0]/g, '·')
    .replace(/\u3000/g, '□');
}

/**
 * The excerpt of `[start, end)` in `text`: the covered text and up to `EXCERPT_CONTEXT` code units on each side,
 * cut at line breaks beyond the first so the context stays on the finding's line.
 */
export function excerptOf(text: string, start: number, end: number): Excerpt {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  let before = text.slice(from, start);
  const cutBefore = before.lastIndexOf('\n', before.length - 2);
  if (cutBefore >= 0) before = before.slice(cutBefore + 1);
  let after = text.slice(end, end + EXCERPT_CONTEXT);
  const cutAfter = after.indexOf('\n', 1);
  if (cutAfter >= 0) after = after.slice(0, cutAfter);
  return {
    before: visibleWhitespace(before),
    hit: visibleWhitespace(text.slice(start, end)),
    after: visibleWhitespace(after),
  };
}
