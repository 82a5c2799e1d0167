import { useLayoutEffect, useRef, type CSSProperties, type RefObject } from 'react';
import type { Box, Size } from '../../../../shared/model/geometry';
import { useT } from '../../i18n/i18n-store';
import { revealScroll, wordAtPoint } from './geometry';
import { goToWord } from './scan-link';
import { useScanLink } from './scan-link-store';

/** Space kept between the outlined word and the edge of the scan pane when it scrolls to show it, in CSS px. */
const REVEAL_MARGIN = 48;

/** Room the tooltip needs below a box before it goes above it instead, in CSS px. */
const TOOLTIP_ROOM = 32;

/**
 * Where the hover tooltip sits (CSS px in the stage): under the box, or above it near the page bottom; from the
 * box's left edge, or ending at its right edge in the right half of the page, so it stays on the page.
 */
function tooltipPlace(box: Box, scale: number, image: Size): CSSProperties {
  const width = image.width * scale;
  const height = image.height * scale;
  const vertical =
    box.y1 * scale + TOOLTIP_ROOM > height
      ? { bottom: height - box.y0 * scale + 4 }
      : { top: box.y1 * scale + 4 };
  const horizontal =
    (box.x0 + box.x1) / 2 > image.width / 2 ? { right: width - box.x1 * scale } : { left: box.x0 * scale };
  return { ...vertical, ...horizontal };
}

/**
 * The scan side of the link, laid over the page image: the outline of the word(s) at the editor's cursor, the
 * hovered box with its recognized text and confidence, and a click on a box moving the cursor to that word.
 * `scale` is screen CSS px per image px; `viewport` is the scrolling pane, which follows the cursor.
 */
export function ScanLinkOverlay({
  scale,
  viewport,
}: {
  scale: number;
  viewport: RefObject<HTMLDivElement | null>;
}) {
  const t = useT();
  const aligner = useScanLink((s) => s.aligner);
  const imageSize = useScanLink((s) => s.ocr?.imageSize);
  const selected = useScanLink((s) => s.selected);
  const cursorWord = useScanLink((s) => s.cursorWord);
  const follow = useScanLink((s) => s.follow);
  const hover = useScanLink((s) => s.hover);
  const layerRef = useRef<HTMLDivElement>(null);
  const words = aligner?.words ?? [];

  // The cursor moved in the text: scroll the scan only if its word is not already comfortably in view.
  useLayoutEffect(() => {
    const pane = viewport.current;
    const layer = layerRef.current;
    const word = cursorWord === null ? undefined : aligner?.words[cursorWord];
    if (!pane || !layer || !word || follow === 0) return;
    const stage = layer.offsetParent instanceof HTMLElement ? layer.offsetParent : null;
    const left = stage?.offsetLeft ?? 0;
    const top = stage?.offsetTop ?? 0;
    const target = revealScroll(
      {
        x0: left + word.box.x0 * scale,
        y0: top + word.box.y0 * scale,
        x1: left + word.box.x1 * scale,
        y1: top + word.box.y1 * scale,
      },
      { left: pane.scrollLeft, top: pane.scrollTop, width: pane.clientWidth, height: pane.clientHeight },
      REVEAL_MARGIN,
    );
    if (target) pane.scrollTo({ left: target.left, top: target.top });
    // Only a new cursor move scrolls; zooming keeps its own anchor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [follow]);

  const wordAt = (clientX: number, clientY: number): number => {
    const rect = layerRef.current?.getBoundingClientRect();
    if (!rect || scale <= 0) return -1;
    return wordAtPoint(words, { x: (clientX - rect.left) / scale, y: (clientY - rect.top) / scale });
  };

  const hovered = hover === null ? undefined : words[hover];
  return (
    <div
      ref={layerRef}
      className={`scan-link-layer${hovered ? ' over-word' : ''}`}
      data-testid="scan-link-layer"
      onPointerMove={(event) => {
        const index = wordAt(event.clientX, event.clientY);
        const next = index < 0 ? null : index;
        if (next !== useScanLink.getState().hover) useScanLink.getState().setHover(next);
      }}
      onPointerLeave={() => useScanLink.getState().setHover(null)}
      // A drag pans the scan and captures the pointer on the pane, so only a press and release in place
      // reaches this layer as a click.
      onClick={(event) => {
        const index = wordAt(event.clientX, event.clientY);
        if (index >= 0) goToWord(index, false);
      }}
    >
      <svg
        className="scan-link-marks"
        viewBox={`0 0 ${imageSize?.width ?? 1} ${imageSize?.height ?? 1}`}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        {hovered ? (
          <rect
            className="scan-link-hover"
            x={hovered.box.x0}
            y={hovered.box.y0}
            width={Math.max(1, hovered.box.x1 - hovered.box.x0)}
            height={Math.max(1, hovered.box.y1 - hovered.box.y0)}
          />
        ) : null}
        {selected.map((i) => {
          const word = words[i];
          if (!word) return null;
          return (
            <rect
              key={i}
              className="scan-link-outline"
              data-testid="linked-box"
              data-word={i}
              x={word.box.x0}
              y={word.box.y0}
              width={Math.max(1, word.box.x1 - word.box.x0)}
              height={Math.max(1, word.box.y1 - word.box.y0)}
            />
          );
        })}
      </svg>
      {hovered ? (
        <div
          className="scan-link-tooltip"
          data-testid="word-tooltip"
          role="tooltip"
          style={tooltipPlace(hovered.box, scale, imageSize ?? { width: 0, height: 0 })}
        >
          {t('scan.wordTitle', { text: hovered.text, confidence: Math.round(hovered.confidence) })}
        </div>
      ) : null}
    </div>
  );
}
