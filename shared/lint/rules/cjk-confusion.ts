import type { RawFix, Rule } from '../types';
import { CJK_CONFUSIONS } from './scanno-data';

/**
 * Look-alike Chinese characters (己/已/巳, 未/末, 土/士, 日/曰, 人/入) in a word the OCR was unsure of: each
 * look-alike is offered, none safely. Without OCR confidences nothing is reported: these are all common
 * characters and only the engine's doubt makes them suspect.
 */
export const cjkConfusionRule: Rule = {
  id: 'cjk-confusion',
  category: 'spelling',
  severity: 'info',
  description: { en: 'Look-alike Chinese character in an uncertain word', zh: '低置信度词中的形近字' },
  detect(scan, context, out) {
    const text = scan.text;
    const ocr = context.env.ocr;
    if (!ocr) return;
    for (const w of ocr.words) {
      if (w.confidence >= context.confidenceThreshold) continue;
      for (let i = w.start; i < w.end; i++) {
        const ch = text[i] ?? '';
        const alts = CJK_CONFUSIONS[ch];
        if (!alts) continue;
        const fixes: RawFix[] = [...alts].map((alt) => ({
          label: { en: `Replace with “${alt}”`, zh: `改为“${alt}”` },
          safe: false,
          edits: [{ start: i, end: i + 1, text: alt }],
        }));
        out.report(
          i,
          i + 1,
          {
            en: `“${ch}” may be misread for “${[...alts].join('”/“')}”`,
            zh: `“${ch}”可能是“${[...alts].join('”/“')}”的误识`,
          },
          fixes,
        );
      }
    }
  },
};
