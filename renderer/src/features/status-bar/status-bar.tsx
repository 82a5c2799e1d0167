import { wordsOf } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-store';
import { LintStatus } from '../lint/lint-status';
import { usePageSession } from '../../state/page-store';
import { useWorkspace } from '../../state/workspace-store';
import { useMemo } from 'react';

/** The bar at the bottom: workspace, OCR figures of the page, cursor, and whether the text is saved. */
export function StatusBar() {
  const t = useT();
  const workspace = useWorkspace((s) => s.workspace);
  const view = usePageSession((s) => s.view);
  const cursor = usePageSession((s) => s.cursor);
  const modified = usePageSession((s) => s.modified);
  const ocr = view?.ocr ?? null;
  const figures = useMemo(() => {
    if (!ocr) return null;
    const words = wordsOf(ocr);
    const mean = words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.confidence, 0) / words.length;
    return { words: words.length, mean: Math.round(mean) };
  }, [ocr]);
  const versions = view?.versions.length ?? 0;
  return (
    <footer className="status-bar" data-testid="status-bar">
      {workspace ? (
        <span className="status-item">{t('status.workspace', { name: workspace.name })}</span>
      ) : null}
      {workspace?.readOnly ? <span className="status-item warning">{t('status.readOnly')}</span> : null}
      {view ? (
        <span className="status-item" data-testid="status-ocr">
          {figures
            ? `${t('status.words', { count: figures.words })} · ${t('status.meanConfidence', { value: figures.mean })}`
            : t('status.noOcr')}
        </span>
      ) : null}
      <LintStatus />
      <span className="status-spacer" />
      {view ? (
        <>
          <span className="status-item">
            {t('status.position', { line: cursor.line, column: cursor.column })}
          </span>
          <span className="status-item">{t('status.versions', { count: versions })}</span>
          <span className="status-item" data-testid="status-saved">
            {modified ? t('status.modified') : versions > 0 ? t('status.saved', { n: versions }) : ''}
          </span>
        </>
      ) : null}
    </footer>
  );
}
