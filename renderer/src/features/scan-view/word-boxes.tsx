import { memo } from 'react';
import type { OcrResult } from '../../../../shared/model';
import { wordsOf } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-store';
import { confidenceTint } from './confidence';

/**
 * The OCR word boxes over the scan, in image pixel coordinates (the SVG's viewBox is the image), so they scale
 * with the image without being recomputed. Each box is tinted by its confidence and names its word on hover.
 */
export const WordBoxes = memo(function WordBoxes({ ocr }: { ocr: OcrResult }) {
  const t = useT();
  const { width, height } = ocr.imageSize;
  return (
    <svg
      className="word-boxes"
      data-testid="word-boxes"
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      {wordsOf(ocr).map((word) => {
        const tint = confidenceTint(word.confidence);
        return (
          <rect
            key={word.range.start}
            className="word-box"
            data-confidence={Math.round(word.confidence)}
            x={word.box.x0}
            y={word.box.y0}
            width={Math.max(1, word.box.x1 - word.box.x0)}
            height={Math.max(1, word.box.y1 - word.box.y0)}
            fill={tint.fill}
            stroke={tint.stroke}
          >
            <title>{t('scan.wordTitle', { text: word.text, confidence: Math.round(word.confidence) })}</title>
          </rect>
        );
      })}
    </svg>
  );
});
