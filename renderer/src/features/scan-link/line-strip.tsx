import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n-store';
import { usePageSession } from '../../state/page-store';
import { stripWindow } from './geometry';
import { useScanLink } from './scan-link-store';

/** Outline colour of the current word; the same as on the scan (`.scan-link-outline` in scan-link.css). */
const OUTLINE = '#1565c0';

/** Decodes the page image the scan view already holds (same object URL, so nothing is fetched again). */
function usePageBitmap(url: string | null): HTMLImageElement | null {
  const [decoded, setDecoded] = useState<{ url: string; image: HTMLImageElement } | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    const image = new Image();
    image.src = url;
    image
      .decode()
      .then(() => {
        if (live) setDecoded({ url, image });
      })
      // An image that cannot be decoded is reported by the scan view; the strip just stays empty.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [url]);
  return decoded && decoded.url === url ? decoded.image : null;
}

/**
 * The line strip above the editor: the scan of the OCR line the cursor is on, magnified to the strip's height, with
 * the word(s) at the cursor outlined, so most corrections need no look at the full page (FineReader's
 * verification view). Alt+↑/↓ step through the lines.
 */
export function LineStrip() {
  const t = useT();
  const image = usePageSession((s) => s.image);
  const lines = useScanLink((s) => s.lines);
  const aligner = useScanLink((s) => s.aligner);
  const cursorWord = useScanLink((s) => s.cursorWord);
  const selected = useScanLink((s) => s.selected);
  const bitmap = usePageBitmap(image?.url ?? null);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  // The frame mounts only once the page has OCR lines and an image, so it is observed from its ref callback.
  useEffect(() => {
    if (!frame) return;
    const observer = new ResizeObserver(() =>
      setSize({ width: frame.clientWidth, height: frame.clientHeight }),
    );
    observer.observe(frame);
    return () => observer.disconnect();
  }, [frame]);

  const lineIndex = cursorWord === null ? -1 : (lines?.lineOfWord[cursorWord] ?? -1);
  const line = lineIndex < 0 ? undefined : lines?.lines[lineIndex];
  const word = cursorWord === null ? undefined : aligner?.words[cursorWord];

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || size.width === 0 || size.height === 0) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(size.width * ratio);
    canvas.height = Math.round(size.height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    if (!line || !bitmap || !aligner) return;
    const { source, scale } = stripWindow(line.box, word?.box ?? null, size.width, size.height);
    // Only the part inside the image is drawn; past the page edge the strip stays white.
    const sx = Math.max(0, source.x0);
    const sy = Math.max(0, source.y0);
    const sw = Math.min(bitmap.naturalWidth, source.x1) - sx;
    const sh = Math.min(bitmap.naturalHeight, source.y1) - sy;
    if (sw > 0 && sh > 0) {
      context.imageSmoothingQuality = 'high';
      context.drawImage(
        bitmap,
        sx,
        sy,
        sw,
        sh,
        (sx - source.x0) * scale,
        (sy - source.y0) * scale,
        sw * scale,
        sh * scale,
      );
    }
    context.strokeStyle = OUTLINE;
    context.lineWidth = 2;
    for (const i of selected) {
      const box = aligner.words[i]?.box;
      if (!box || lines?.lineOfWord[i] !== lineIndex) continue;
      context.strokeRect(
        (box.x0 - source.x0) * scale - 2,
        (box.y0 - source.y0) * scale - 2,
        (box.x1 - box.x0) * scale + 4,
        (box.y1 - box.y0) * scale + 4,
      );
    }
  }, [size, line, word, bitmap, aligner, selected, lines, lineIndex]);

  if (!lines || lines.lines.length === 0 || !image) return null;
  return (
    <div
      className="line-strip"
      data-testid="line-strip"
      data-line={lineIndex}
      data-word={cursorWord ?? -1}
      role="img"
      aria-label={t('lineStrip.label')}
    >
      <div ref={setFrame} className="line-strip-frame">
        <canvas
          ref={canvasRef}
          className="line-strip-canvas"
          style={{ width: size.width, height: size.height }}
        />
      </div>
      <div className="line-strip-caption">
        <span data-testid="line-strip-position">
          {lineIndex < 0
            ? t('lineStrip.noLine')
            : t('lineStrip.position', { line: lineIndex + 1, count: lines.lines.length })}
        </span>
        {word ? (
          <span className="line-strip-word" data-testid="line-strip-word">
            {t('scan.wordTitle', { text: word.text, confidence: Math.round(word.confidence) })}
          </span>
        ) : null}
        <span className="line-strip-keys">{t('lineStrip.keys')}</span>
      </div>
    </div>
  );
}
