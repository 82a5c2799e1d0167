import { useEffect, useRef } from 'react';
import { useI18n, useT } from '../../i18n/i18n-store';
import { monaco } from '../../monaco-setup';
import { reportNote } from '../toasts/report';
import { applyPlan } from './lint-session';
import { useLint } from './lint-store';
import { ruleTitle } from './rule-names';

/** Options of the preview: read-only, both sides wrapped like the editor, unchanged stretches folded away. */
const DIFF_OPTIONS: monaco.editor.IStandaloneDiffEditorConstructionOptions = {
  readOnly: true,
  originalEditable: false,
  automaticLayout: true,
  renderSideBySide: true,
  useInlineViewWhenSpaceIsLimited: false,
  wordWrap: 'on',
  diffWordWrap: 'on',
  renderWhitespace: 'all',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  renderOverviewRuler: false,
  hideUnchangedRegions: { enabled: true, contextLineCount: 1, minimumLineCount: 3 },
  fontFamily: "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', 'Microsoft YaHei UI', 'PingFang SC', monospace",
  fontSize: 14,
  lineHeight: 24,
};

/** Applies the previewed plan (one undo step) and closes the preview. */
function apply(): void {
  const preview = useLint.getState().preview;
  useLint.getState().setPreview(null);
  if (!preview) return;
  if (applyPlan(preview.plan)) reportNote('lint.applied', { fixes: preview.plan.applied });
  else reportNote('lint.previewStale');
}

/**
 * The change a batch of fixes would make, in Monaco's diff editor, with Apply / Cancel. Nothing touches the
 * page text until Apply; Escape cancels. The two models are the preview's own and are disposed on close.
 */
export function FixPreviewDialog() {
  const t = useT();
  const locale = useI18n((s) => s.locale);
  const preview = useLint((s) => s.preview);
  const host = useRef<HTMLDivElement>(null);
  const applyButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!preview || !element) return;
    const diff = monaco.editor.createDiffEditor(element, DIFF_OPTIONS);
    const original = monaco.editor.createModel(preview.plan.before, 'plaintext');
    const modified = monaco.editor.createModel(preview.plan.after, 'plaintext');
    diff.setModel({ original, modified });
    applyButton.current?.focus();
    return () => {
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [preview]);

  useEffect(() => {
    if (!preview) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        useLint.getState().setPreview(null);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [preview]);

  if (!preview) return null;
  const { plan, rule } = preview;
  return (
    <div className="lint-preview-backdrop" data-testid="fix-preview">
      <div className="lint-preview" role="dialog" aria-modal="true" aria-labelledby="lint-preview-title">
        <header className="lint-preview-head">
          <h2 id="lint-preview-title">
            {rule === null ? t('lint.previewSafe') : t('lint.previewRule', { rule: ruleTitle(rule, locale) })}
          </h2>
          <span className="lint-preview-summary" data-testid="fix-preview-summary">
            {t('lint.previewSummary', { fixes: plan.applied, chars: plan.changedChars })}
            {plan.skipped > 0 ? ` · ${t('lint.previewSkipped', { count: plan.skipped })}` : ''}
          </span>
        </header>
        <div className="lint-preview-sides">
          <span>{t('lint.previewOriginal')}</span>
          <span>{t('lint.previewModified')}</span>
        </div>
        <div className="lint-preview-diff" ref={host} data-testid="fix-preview-diff" />
        <footer className="lint-preview-actions">
          <button
            type="button"
            className="bar-button"
            data-testid="fix-preview-cancel"
            onClick={() => useLint.getState().setPreview(null)}
          >
            {t('lint.cancel')}
          </button>
          <button
            type="button"
            className="bar-button primary"
            ref={applyButton}
            data-testid="fix-preview-apply"
            onClick={apply}
          >
            {t('lint.apply')}
          </button>
        </footer>
      </div>
    </div>
  );
}
