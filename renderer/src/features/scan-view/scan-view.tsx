import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { registerCommand } from '../../commands/commands';
import { useT } from '../../i18n/i18n-store';
import { reportError } from '../toasts/report';
import { usePageSession } from '../../state/page-store';
import { useSettings } from '../../state/settings-store';
import { ScanToolbar } from './scan-toolbar';
import { useScanZoom } from './scan-zoom-store';
import {
  fitWidthScale,
  imagePointAt,
  scrollToKeep,
  stepScale,
  wheelScale,
  type ImagePoint,
} from './viewport';
import { WordBoxes } from './word-boxes';
import { ScanLinkOverlay } from '../scan-link/scan-link-overlay';

/** Space around the page inside the pane, in CSS px (matches `.scan-stage` margin in styles.css). */
const STAGE_MARGIN = 16;

/** Pointer travel in CSS px before a press on the scan counts as a drag (pan) rather than a click. */
const DRAG_THRESHOLD = 3;

interface PendingAnchor {
  readonly point: ImagePoint;
  readonly x: number;
  readonly y: number;
}

/**
 * The scan pane: the page image with its word boxes, fit-width when a page opens, zoom by Ctrl+wheel, buttons,
 * menu and shortcuts (around the pointer or the pane centre), pan by dragging.
 */
export function ScanView() {
  const t = useT();
  const image = usePageSession((s) => s.image);
  const imageFailed = usePageSession((s) => s.imageFailed);
  const ocr = usePageSession((s) => s.view?.ocr ?? null);
  const label = usePageSession((s) => s.view?.page.label ?? '');
  const showBoxes = useSettings((s) => s.settings?.showBoxes ?? true);
  const threshold = useSettings((s) => s.settings?.confidenceThreshold ?? 60);
  const scale = useScanZoom((s) => s.scale);
  const mode = useScanZoom((s) => s.mode);
  const viewportRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const pending = useRef<PendingAnchor | null>(null);

  const fitScale = useCallback((): number | null => {
    const viewport = viewportRef.current;
    if (!viewport || !image) return null;
    return fitWidthScale(image.width, viewport.clientWidth - 2 * STAGE_MARGIN);
  }, [image]);

  /** Zooms to `next`, keeping the image point under (`x`, `y`) (viewport px; default: the centre) in place. */
  const zoomTo = useCallback((next: number, x?: number, y?: number) => {
    const viewport = viewportRef.current;
    const stage = stageRef.current;
    if (!viewport || !stage) return;
    const ax = x ?? viewport.clientWidth / 2;
    const ay = y ?? viewport.clientHeight / 2;
    const current = useScanZoom.getState().scale;
    pending.current = {
      x: ax,
      y: ay,
      point: imagePointAt(ax, ay, {
        scrollLeft: viewport.scrollLeft,
        scrollTop: viewport.scrollTop,
        stageLeft: stage.offsetLeft,
        stageTop: stage.offsetTop,
        scale: current,
      }),
    };
    useScanZoom.getState().setManual(next);
  }, []);

  const fit = useCallback(() => {
    const next = fitScale();
    if (next === null) return;
    useScanZoom.getState().setFit(next);
    viewportRef.current?.scrollTo({ left: 0, top: 0 });
  }, [fitScale]);

  // Each page opens at fit-width, scrolled to the top.
  useLayoutEffect(() => {
    if (image) fit();
  }, [image, fit]);

  // While in fit-width mode, follow the pane's width (window resize, splitter drag).
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const observer = new ResizeObserver(() => {
      if (useScanZoom.getState().mode !== 'fit-width') return;
      const next = fitScale();
      if (next !== null) useScanZoom.getState().setFit(next);
    });
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [fitScale]);

  // After a zoom has re-laid out the stage, scroll so the anchored image point is where it was.
  useLayoutEffect(() => {
    const anchor = pending.current;
    const viewport = viewportRef.current;
    const stage = stageRef.current;
    if (!anchor || !viewport || !stage) return;
    pending.current = null;
    const target = scrollToKeep(anchor.point, anchor.x, anchor.y, {
      stageLeft: stage.offsetLeft,
      stageTop: stage.offsetTop,
      scale,
    });
    viewport.scrollLeft = target.scrollLeft;
    viewport.scrollTop = target.scrollTop;
  }, [scale]);

  // Ctrl+wheel zooms around the pointer; a non-passive listener, so the page itself does not zoom.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const rect = viewport.getBoundingClientRect();
      const delta = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 40 : event.deltaY;
      zoomTo(
        wheelScale(useScanZoom.getState().scale, delta),
        event.clientX - rect.left,
        event.clientY - rect.top,
      );
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [zoomTo]);

  useEffect(() => {
    const toggleBoxes = () => {
      const settings = useSettings.getState();
      const shown = settings.settings?.showBoxes ?? true;
      settings.update({ showBoxes: !shown }).catch(reportError);
    };
    const unregister = [
      registerCommand('zoom-in', () => zoomTo(stepScale(useScanZoom.getState().scale, 1))),
      registerCommand('zoom-out', () => zoomTo(stepScale(useScanZoom.getState().scale, -1))),
      registerCommand('zoom-actual', () => zoomTo(1)),
      registerCommand('zoom-fit', fit),
      registerCommand('toggle-boxes', toggleBoxes),
    ];
    return () => unregister.forEach((u) => u());
  }, [zoomTo, fit]);

  // Pan by dragging with the primary button.
  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    const viewport = viewportRef.current;
    if (event.button !== 0 || !viewport) return;
    const start = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
    let dragging = false;
    const move = (e: PointerEvent) => {
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!dragging) {
        dragging = true;
        viewport.setPointerCapture(e.pointerId);
        viewport.classList.add('panning');
      }
      viewport.scrollLeft = start.left - dx;
      viewport.scrollTop = start.top - dy;
    };
    const up = (e: PointerEvent) => {
      viewport.removeEventListener('pointermove', move);
      viewport.removeEventListener('pointerup', up);
      viewport.removeEventListener('pointercancel', up);
      viewport.classList.remove('panning');
      if (viewport.hasPointerCapture(e.pointerId)) viewport.releasePointerCapture(e.pointerId);
    };
    viewport.addEventListener('pointermove', move);
    viewport.addEventListener('pointerup', up);
    viewport.addEventListener('pointercancel', up);
  };

  const width = image ? image.width * scale : 0;
  const height = image ? image.height * scale : 0;
  return (
    <section className="scan-pane" aria-label={t('scan.imageLabel', { page: label })}>
      <ScanToolbar />
      <div
        ref={viewportRef}
        className="scan-viewport"
        data-testid="scan-viewport"
        data-zoom-mode={mode}
        onPointerDown={onPointerDown}
      >
        {image ? (
          <div ref={stageRef} className="scan-stage" style={{ width, height }} data-testid="scan-stage">
            <img
              className="scan-image"
              src={image.url}
              width={width}
              height={height}
              alt={t('scan.imageLabel', { page: label })}
              draggable={false}
            />
            {showBoxes && ocr ? <WordBoxes ocr={ocr} threshold={threshold} /> : null}
            {ocr ? <ScanLinkOverlay scale={scale} viewport={viewportRef} /> : null}
          </div>
        ) : (
          <div className="scan-placeholder" data-testid="scan-placeholder">
            {imageFailed ? t('scan.unavailable') : label ? t('scan.loading') : null}
          </div>
        )}
      </div>
    </section>
  );
}
