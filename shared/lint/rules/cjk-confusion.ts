import { HAS_OCR } from '../scan';
import type { Rule } from '../types';
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
  needs: HAS_OCR,
  detect(scan, context, out) {
    const text = scan.text;
    const ocr = context.env.ocr;
    if (!ocr) return;
    for (const w of ocr.words) {
      if (w.confidence >= context.confidenceThreshold) continue;
      for (let i = w.start; i < w.end; i++) {
        if (CJK_CONFUSIONS[text[i] ?? ''] !== undefined) out.report(i, i + 1);
      }
    }
  },
  materialize(found, out) {
    const i = found.start;
    const ch = out.text[i] ?? '';
    const alts = CJK_CONFUSIONS[ch] ?? '';
    const fixes = [...alts].map((alt) =>
      out.replace({ en: `Replace with “${alt}”`, zh: `改为“${alt}”` }, false, i, i + 1, alt),
    );
    return out.finding(
      i,
      i + 1,
      {
        en: `“${ch}” may be misread for “${[...alts].join('”/“')}”`,
        zh: `“${ch}”可能是“${[...alts].join('”/“')}”的误识`,
      },
      fixes,
    );
  },
};
