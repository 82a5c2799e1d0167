const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Orders file names as people number pages: digit runs compare as numbers (`p2` < `p10`), case and accents only
 * break ties, and the plain code-unit order breaks the rest so the order is total and stable across machines.
 */
export function naturalCompare(a: string, b: string): number {
  const byNumber = collator.compare(a, b);
  if (byNumber !== 0) return byNumber;
  return a < b ? -1 : a > b ? 1 : 0;
}
