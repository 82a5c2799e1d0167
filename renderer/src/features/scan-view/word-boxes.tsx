import { memo } from 'react';
import type { OcrResult } from '../../../../shared/model';
import { wordsOf } from '../../../../shared/model';
import { confidenceTint } from './confidence';

/**
 * The OCR word boxes over the scan, in image pixel coordinates (the SVG's viewBox is the image), so they scale
 * with the image without being recomputed. Boxes below `threshold` (0–100, the setting the low-confidence check
 * uses) are filled with their confidence tint; the others get a faint outline only, so the doubtful words stand
 * out. Hover text and clicks belong to the scan link layer above.
 */
export const WordBoxes = memo(function WordBoxes({ ocr, threshold }: { ocr: OcrResult; threshold: number }) {
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
        const low = word.confidence < threshold;
        return (
          <rect
            key={word.range.start}
            className={low ? 'word-box low' : 'word-box'}
            data-confidence={Math.round(word.confidence)}
            x={word.box.x0}
            y={word.box.y0}
            width={Math.max(1, word.box.x1 - word.box.x0)}
            height={Math.max(1, word.box.y1 - word.box.y0)}
            fill={low ? tint.fill : 'none'}
            stroke={tint.stroke}
            strokeOpacity={low ? 1 : 0.35}
          />
        );
      })}
    </svg>
  );
});
