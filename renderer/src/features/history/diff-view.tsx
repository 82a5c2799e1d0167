import { useEffect, useMemo, useRef, useState } from 'react';
import { changeSize } from '../../../../shared/text/change-size';
import { monaco } from '../../monaco-setup';
import { useT } from '../../i18n/i18n-store';
import { usePageSession, type PageView } from '../../state/page-store';
import { useWorkspace } from '../../state/workspace-store';
import { ChangeCounts, sideLabel } from './history-panel';
import { sideKey, useHistory, type DiffPair } from './history-store';
import { sideText } from './page-texts';

/**
 * Read-only, side by side, and blind to nothing: whitespace differences are exactly what OCR gets wrong, so
 * they are shown and counted.
 */
const DIFF_OPTIONS: monaco.editor.IStandaloneDiffEditorConstructionOptions = {
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  useInlineViewWhenSpaceIsLimited: false,
  ignoreTrimWhitespace: false,
  automaticLayout: true,
  wordWrap: 'on',
  diffWordWrap: 'on',
  renderWhitespace: 'all',
  minimap: { enabled: false },
  renderOverviewRuler: false,
  scrollBeyondLastLine: false,
  fontFamily: "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', 'Microsoft YaHei UI', 'PingFang SC', monospace",
  fontSize: 14,
  lineHeight: 24,
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false },
};

/** The comparison the history panel asked for, over the work area; Esc or the close button ends it. */
export function DiffView() {
  const diff = useHistory((s) => s.diff);
  const view = usePageSession((s) => s.view);
  const workspaceId = useWorkspace((s) => s.workspace?.id ?? null);
  if (!diff || !view || view.page.id !== diff.pageId || workspaceId === null) return null;
  return (
    <DiffPane
      key={`${diff.pageId}/${sideKey(diff.left)}/${sideKey(diff.right)}`}
      diff={diff}
      view={view}
      workspaceId={workspaceId}
    />
  );
}

interface Texts {
  readonly left: string;
  readonly right: string;
}

function DiffPane({
  diff,
  view,
  workspaceId,
}: {
  readonly diff: DiffPair;
  readonly view: PageView;
  readonly workspaceId: string;
}) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [texts, setTexts] = useState<Texts | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    Promise.all([
      sideText(workspaceId, diff.pageId, diff.left),
      sideText(workspaceId, diff.pageId, diff.right),
    ]).then(
      ([left, right]) => alive && setTexts({ left, right }),
      (error: unknown) => alive && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      alive = false;
    };
  }, [workspaceId, diff]);

  useEffect(() => {
    const element = container.current;
    if (!texts || !element) return;
    const editor = monaco.editor.createDiffEditor(element, DIFF_OPTIONS);
    const original = monaco.editor.createModel(texts.left, 'plaintext');
    const modified = monaco.editor.createModel(texts.right, 'plaintext');
    editor.setModel({ original, modified });
    return () => {
      editor.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [texts]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      useHistory.getState().closeDiff();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const size = useMemo(() => (texts ? changeSize(texts.left, texts.right) : null), [texts]);
  return (
    <section className="diff-view" data-testid="diff-view" aria-label={t('diff.title')}>
      <div className="pane-toolbar diff-toolbar">
        <span className="pane-title">{t('diff.title')}</span>
        <span className="diff-side" data-testid="diff-left">
          {sideLabel(t, diff.left, view)}
        </span>
        <span className="diff-arrow" aria-hidden="true">
          →
        </span>
        <span className="diff-side" data-testid="diff-right">
          {sideLabel(t, diff.right, view)}
        </span>
        {size ? <ChangeCounts size={size} /> : null}
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="bar-button"
          data-testid="diff-close"
          title={t('diff.closeTitle')}
          onClick={() => useHistory.getState().closeDiff()}
        >
          {t('diff.close')}
        </button>
      </div>
      {failure ? (
        <p className="diff-failure" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="diff-editor" ref={container} data-testid="diff-editor" />
    </section>
  );
}
