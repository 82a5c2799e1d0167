import { NO_LINE_END, NO_LINE_START } from '../breaks';
import { isMostlyWide, skipBlanks, skipBlanksBack } from '../text-utils';
import type { RawFinding, Rule } from '../types';

/**
 * clreq line rules: a CJK line must not start with a closing mark (`，。）”`) nor end with an opening one
 * (`（“`). When OCR output breaks there, the break is a column artifact; joining the lines fixes it.
 */
export const lineEdgePunctuationRule: Rule = {
  id: 'line-edge-punctuation',
  category: 'break',
  severity: 'error',
  description: {
    en: 'Line starts with a closing mark or ends with an opening one',
    zh: '行首有闭合标点或行末有开启标点',
  },
  detect(text) {
    const out: RawFinding[] = [];
    const end = skipBlanksBack(text, text.length);
    for (let nl = text.indexOf('\n'); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      const s = skipBlanksBack(text, nl);
      const e = skipBlanks(text, nl);
      if (s === 0 || e >= end || text.slice(s, e).split('\n').length > 2) continue;
      const lineStart = text.lastIndexOf('\n', s - 1) + 1;
      const lineEnd = text.indexOf('\n', e);
      if (!isMostlyWide(text.slice(lineStart, lineEnd < 0 ? end : lineEnd))) continue;
      const closing = NO_LINE_START.has(text.charCodeAt(e));
      const opening = NO_LINE_END.has(text.charCodeAt(s - 1));
      if (!closing && !opening) continue;
      out.push({
        start: closing ? s : s - 1,
        end: closing ? e + 1 : e,
        message: closing
          ? { en: 'Line starts with a closing mark', zh: '行首出现闭合标点' }
          : { en: 'Line ends with an opening mark', zh: '行末出现开启标点' },
        fixes: [
          {
            label: { en: 'Join the lines', zh: '合并为一行' },
            safe: true,
            edits: [{ start: s, end: e, text: '' }],
          },
        ],
      });
    }
    return out;
  },
};
