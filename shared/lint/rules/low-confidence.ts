import { HAS_OCR } from '../scan';
import type { Rule } from '../types';

/** Words the OCR engine was unsure of (below the document's confidence threshold); needs OCR data. */
export const lowConfidenceRule: Rule = {
  id: 'low-confidence',
  category: 'confidence',
  severity: 'info',
  description: { en: 'Word recognized with low confidence', zh: '识别置信度低的词' },
  needs: HAS_OCR,
  detect(_scan, context, out) {
    const ocr = context.env.ocr;
    if (!ocr) return;
    for (const w of ocr.words) {
      if (w.confidence >= context.confidenceThreshold || w.end <= w.start) continue;
      out.report(w.start, w.end, 0, Math.round(w.confidence));
    }
  },
  materialize(found, out) {
    const c = found.a;
    return out.finding(
      found.start,
      found.end,
      { en: `Low OCR confidence (${c}%)`, zh: `识别置信度低（${c}%）` },
      [],
    );
  },
};
