import type { RawFinding, Rule } from '../types';

const SPLIT = /([—…])[^\S\n]*\n\s*([—…])/g;

/** `——` or `……` split across a line break: the two halves of one mark belong together. */
export const splitDashRule: Rule = {
  id: 'split-dash',
  category: 'break',
  severity: 'warning',
  description: { en: 'Dash or ellipsis split across lines', zh: '破折号或省略号被拆到两行' },
  detect(text) {
    const out: RawFinding[] = [];
    for (const m of text.matchAll(SPLIT)) {
      if (m[1] !== m[2]) continue;
      const start = m.index + 1;
      const end = m.index + m[0].length - 1;
      out.push({
        start,
        end,
        message: { en: 'Dash or ellipsis split across lines', zh: '破折号或省略号跨行断开' },
        fixes: [
          { label: { en: 'Join the mark', zh: '合并标点' }, safe: true, edits: [{ start, end, text: '' }] },
        ],
      });
    }
    return out;
  },
};
