import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support';

describe('blank-line', () => {
  it('flags a blank line that splits a Chinese sentence', () => {
    const text = '抓好重点领域污染整治，强化监\n督执法，督促各行业、各领域落\n实大气污染防治\n\n要求。';
    expect(findingsOf('blank-line', text)).toHaveLength(1);
  });

  it('keeps a blank line after a paragraph that ends with 。, even at the column edge', () => {
    const text =
      '多名在昌吉市务工的甘肃籍农民\n工，围在李艳丽身边反映情况。\n\n看着眼前这些农民工辛苦干\n了好几个月的活。';
    expect(findingsOf('blank-line', text)).toEqual([]);
  });

  it('flags an English blank line before a lower-case continuation, not after a heading', () => {
    const text =
      'A Cynic’s Word Book\n\nABSURDITY, n. A\nstatement or belief manifestly\n\ninconsistent with one’s own opinion.';
    const f = findingsOf('blank-line', text);
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]?.end ?? 0)).toMatch(/^inconsistent/);
  });

  it('judges a caps heading by its content when an ideographic space trails it', () => {
    // U+3000 is a space here but counts against a caps heading inside a line; trailing, it must not.
    for (const text of [
      'THE DEVIL\n\nand then he went',
      'THE DEVIL\u3000\n\nand then he went',
      'a long line of text that goes on\nTHE DEVIL \u3000\n\nand then he went',
    ]) {
      expect(findingsOf('blank-line', text)).toEqual([]);
    }
  });
});
