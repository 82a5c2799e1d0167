import { useT } from '../../i18n/i18n-store';
import { runCommand } from '../../commands/commands';
import { useSettings } from '../../state/settings-store';
import { useScanZoom } from './scan-zoom-store';
import { HIGH_CONFIDENCE, LOW_CONFIDENCE, confidenceTint } from './confidence';

/** Zoom and box controls above the scan; each button runs the same command as its menu item and shortcut. */
export function ScanToolbar() {
  const t = useT();
  const scale = useScanZoom((s) => s.scale);
  const mode = useScanZoom((s) => s.mode);
  const showBoxes = useSettings((s) => s.settings?.showBoxes ?? true);
  const legend = `linear-gradient(to right, ${confidenceTint(LOW_CONFIDENCE).stroke}, ${
    confidenceTint((LOW_CONFIDENCE + HIGH_CONFIDENCE) / 2).stroke
  }, ${confidenceTint(HIGH_CONFIDENCE).stroke})`;
  return (
    <div className="pane-toolbar" role="toolbar">
      <button
        type="button"
        className="icon-button"
        title={t('scan.zoomOut')}
        aria-label={t('scan.zoomOut')}
        data-testid="zoom-out"
        onClick={() => runCommand({ command: 'zoom-out' })}
      >
        −
      </button>
      <span className="zoom-level" title={t('scan.zoomLevel')} data-testid="zoom-level">
        {Math.round(scale * 100)}%
      </span>
      <button
        type="button"
        className="icon-button"
        title={t('scan.zoomIn')}
        aria-label={t('scan.zoomIn')}
        data-testid="zoom-in"
        onClick={() => runCommand({ command: 'zoom-in' })}
      >
        +
      </button>
      <span className="toolbar-separator" />
      <button
        type="button"
        className="text-button"
        aria-pressed={mode === 'manual' && Math.abs(scale - 1) < 1e-6}
        title={t('scan.actualSizeTitle')}
        data-testid="zoom-actual"
        onClick={() => runCommand({ command: 'zoom-actual' })}
      >
        {t('scan.actualSize')}
      </button>
      <button
        type="button"
        className="text-button"
        aria-pressed={mode === 'fit-width'}
        title={t('scan.fitWidthTitle')}
        data-testid="zoom-fit"
        onClick={() => runCommand({ command: 'zoom-fit' })}
      >
        {t('scan.fitWidth')}
      </button>
      <span className="toolbar-spacer" />
      <label className="toggle" title={t('scan.boxesTitle')}>
        <input
          type="checkbox"
          checked={showBoxes}
          data-testid="toggle-boxes"
          onChange={() => runCommand({ command: 'toggle-boxes' })}
        />
        {t('scan.boxes')}
      </label>
      <span className="confidence-legend" aria-hidden="true">
        <span>{t('scan.legendLow')}</span>
        <span className="legend-bar" style={{ background: legend }} />
        <span>{t('scan.legendHigh')}</span>
      </span>
    </div>
  );
}
