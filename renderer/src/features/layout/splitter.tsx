import { useT } from '../../i18n/i18n-store';
import { clampSplit, splitAt } from './split';

/** Keyboard step of the splitter, as a share of the width. */
const KEY_STEP = 0.02;

/**
 * The draggable bar between the scan and the editor. `ratio` is the scan pane's share of `container`'s width;
 * arrows move it, a double click puts it back in the middle.
 */
export function Splitter({
  ratio,
  onChange,
  container,
}: {
  ratio: number;
  onChange: (ratio: number) => void;
  container: () => HTMLElement | null;
}) {
  const t = useT();
  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    const box = container()?.getBoundingClientRect();
    if (event.button !== 0 || !box) return;
    const bar = event.currentTarget;
    bar.setPointerCapture(event.pointerId);
    document.body.classList.add('resizing');
    const move = (e: PointerEvent) => onChange(splitAt(e.clientX, box.left, box.width));
    const up = () => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', up);
      bar.removeEventListener('pointercancel', up);
      document.body.classList.remove('resizing');
    };
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
    bar.addEventListener('pointercancel', up);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('splitter.label')}
      aria-valuemin={15}
      aria-valuemax={85}
      aria-valuenow={Math.round(ratio * 100)}
      tabIndex={0}
      data-testid="splitter"
      onPointerDown={onPointerDown}
      onDoubleClick={() => onChange(0.5)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft') onChange(clampSplit(ratio - KEY_STEP));
        else if (event.key === 'ArrowRight') onChange(clampSplit(ratio + KEY_STEP));
      }}
    />
  );
}
