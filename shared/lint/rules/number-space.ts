import { CharClass, charClass, isWide } from '../../text/char-class';
import { GAP_NUMBER, gapCodes, gapEnd, gapsOfKind, gapStart, gapLeft, gapRight, needGaps } from '../scan';
import type { Message, Rule } from '../types';
import { gapFinding, GapMerger } from './gaps';

const MESSAGE: Message = { en: 'Space inside a number', zh: '数字中间有空格' };
const LABEL: Message = { en: 'Remove the space', zh: '删除空格' };

const merger = new GapMerger(0);

const isDigitCode = (code: number): boolean => charClass(code) === CharClass.Digit;

/**
 * A space inside a number (`4 123`, `126. 61`): between digit groups inside CJK text, or around a decimal
 * point. In Latin text a space between two numbers is usually two numbers, so only the decimal case counts.
 */
export const numberSpaceRule: Rule = {
  id: 'number-space',
  category: 'spacing',
  severity: 'warning',
  description: { en: 'Space inside a number', zh: '数字中间有空格' },
  needs: needGaps(GAP_NUMBER),
  detect(scan, _context, out) {
    const text = scan.text;
    merger.begin(text, out);
    const count = gapsOfKind(scan, GAP_NUMBER);
    for (let k = 0; k < count; k++) {
      const gStart = gapStart(scan, k);
      const gEnd = gapEnd(scan, k);
      const codes = gapCodes(scan, k);
      const left = gapLeft(codes);
      const right = gapRight(codes);
      const decimal =
        (left === 0x2e && isDigitCode(text.charCodeAt(gStart - 2)) && isDigitCode(right)) ||
        (right === 0x2e && isDigitCode(left) && isDigitCode(text.charCodeAt(gEnd + 1)));
      let grouped = false;
      if (!decimal && isDigitCode(left) && isDigitCode(right)) {
        let i = gStart - 1;
        while (i >= 0 && (isDigitCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i--;
        let j = gEnd;
        while (j < text.length && (isDigitCode(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2e)) j++;
        const wideBefore = i < 0 || isWide(charClass(text.charCodeAt(i)));
        const wideAfter = j >= text.length || isWide(charClass(text.charCodeAt(j)));
        grouped = wideBefore && wideAfter && (j - gEnd === 3 || gStart - 1 - i <= 3);
      }
      if (decimal || grouped) merger.add(gStart, gEnd, decimal);
    }
    merger.flush();
  },
  materialize(found, out) {
    return gapFinding(found, out, MESSAGE, LABEL);
  },
};
