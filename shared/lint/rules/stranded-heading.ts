import { lineWidth } from '../layout';
import { endsParagraphLike, isJsWhitespace, isMostlyWide } from '../text-utils';
import type { Message, Rule } from '../types';

const AT_END: Message = {
  en: 'Short line without a final mark at the end of the page: a stranded heading or byline?',
  zh: '页末无句末标点的短行：是否为错位的标题或署名？',
};
const MID_SENTENCE: Message = {
  en: 'Short line interrupting a sentence: a stranded heading or caption?',
  zh: '打断句子的短行：是否为错位的标题或图注？',
};

/**
 * A headline, caption or byline stranded where the reading order went wrong: a short one-line paragraph without
 * a final mark at the very end of the page, or between two pieces of one sentence (the paragraph before it
 * breaks off mid-sentence). Information only: where it belongs is for the proofreader to decide.
 */
export const strandedHeadingRule: Rule = {
  id: 'stranded-heading',
  category: 'structure',
  severity: 'info',
  description: { en: 'Heading, caption or byline out of place', zh: '标题、图注或署名位置错乱' },
  detect(scan, context, out) {
    const text = scan.text;
    const end = scan.contentEnd;
    let start = 0;
    while (start < end && isJsWhitespace(text.charCodeAt(start))) start++;
    if (start >= end) return;
    // One line only: no line feed inside the body (most paragraphs leave here, before any string is cut).
    for (let k = 0; k < scan.newlineCount; k++) {
      const nl = scan.data[scan.newlinesAt + k] ?? 0;
      if (nl >= end) break;
      if (nl >= start) return;
    }
    const body = text.slice(start, end);
    if (endsParagraphLike(body, isMostlyWide(body))) return;
    const column = context.env.columnWidth;
    if (column > 0 && lineWidth(body) > column * 0.8) return;
    const { previousLine, nextLine } = context.env;
    const atEnd = nextLine === null && previousLine !== null;
    const midSentence =
      previousLine !== null &&
      nextLine !== null &&
      !endsParagraphLike(previousLine, isMostlyWide(previousLine));
    if (!atEnd && !midSentence) return;
    out.report(start, end, atEnd ? 0 : 1);
  },
  materialize(found, out) {
    return out.finding(found.start, found.end, found.variant === 0 ? AT_END : MID_SENTENCE, []);
  },
};
