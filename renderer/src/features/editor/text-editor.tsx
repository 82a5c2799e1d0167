import { Editor } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { monaco } from '../../monaco-setup';
import { useT } from '../../i18n/i18n-store';
import { languageName } from '../top-bar/language-options';
import { usePageSession } from '../../state/page-store';
import { setPageEditor, type PageEditor } from './editor-registry';
import { LineStrip } from '../scan-link/line-strip';

/** Editor options for proofreading: every space visible (spaces are what OCR gets wrong), no code helpers. */
const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  language: 'plaintext',
  automaticLayout: true,
  wordWrap: 'on',
  minimap: { enabled: false },
  renderWhitespace: 'all',
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false },
  fontFamily: "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', 'Microsoft YaHei UI', 'PingFang SC', monospace",
  fontSize: 15,
  lineHeight: 26,
  lineNumbersMinChars: 3,
  folding: false,
  glyphMargin: true,
  scrollBeyondLastLine: false,
  quickSuggestions: false,
  suggestOnTriggerCharacters: false,
  wordBasedSuggestions: 'off',
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  links: false,
  fixedOverflowWidgets: true,
  padding: { top: 8, bottom: 8 },
  smoothScrolling: true,
};

/** URI of a page's text model; one model per shown page text, so markers and decorations attach per page. */
function modelUri(pageId: string, revision: number): monaco.Uri {
  return monaco.Uri.from({ scheme: 'jiaokan', path: `/page/${pageId}`, query: `r=${revision}` });
}

/** True when `model` holds the text of page `pageId` (while a page switch is under way it may still be the last). */
export function isPageModel(model: monaco.editor.ITextModel, pageId: string): boolean {
  return model.uri.scheme === 'jiaokan' && model.uri.path === `/page/${pageId}`;
}

/**
 * The page text in Monaco. The editor mounts once; each page (and the first OCR text of a page) gets a fresh
 * model, the previous one is disposed. Edits are reported to the page session (modified flag, cursor).
 */
export function TextEditor() {
  const t = useT();
  const view = usePageSession((s) => s.view);
  const revision = usePageSession((s) => s.textRevision);
  const [editor, setEditor] = useState<PageEditor | null>(null);
  // Monaco's own placeholder outlives a model swap, so the hint for a page without text is ours.
  const [empty, setEmpty] = useState(false);
  const pageId = view?.page.id ?? null;

  useEffect(() => {
    if (!editor) return;
    setPageEditor(editor);
    const subscriptions = [
      editor.onDidChangeModelContent(() => {
        const session = usePageSession.getState();
        session.setModified(editor.getModel()?.getValue() !== session.savedText);
        setEmpty(editor.getModel()?.getValueLength() === 0);
      }),
      editor.onDidChangeModel(() => setEmpty(editor.getModel()?.getValueLength() === 0)),
      editor.onDidChangeCursorPosition((e) => {
        usePageSession.getState().setCursor({ line: e.position.lineNumber, column: e.position.column });
      }),
    ];
    return () => {
      for (const s of subscriptions) s.dispose();
      setPageEditor(null);
    };
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    const model =
      pageId === null
        ? null
        : monaco.editor.createModel(
            usePageSession.getState().view?.text ?? '',
            'plaintext',
            modelUri(pageId, revision),
          );
    const previous = editor.getModel();
    editor.setModel(model);
    previous?.dispose();
    editor.setScrollTop(0);
  }, [editor, pageId, revision]);

  useEffect(() => {
    editor?.updateOptions({
      ariaLabel: t('editor.label', { page: view?.page.label ?? '' }),
    });
  }, [editor, t, view?.page.label]);

  useEffect(
    () => () => {
      editor?.getModel()?.dispose();
    },
    [editor],
  );

  const run = view?.ocrRuns.at(-1);
  return (
    <>
      <div className="pane-toolbar">
        <span className="pane-title">{t('editor.title')}</span>
        {view ? <span className="pane-subtitle">{view.page.label}</span> : null}
        <span className="toolbar-spacer" />
        {run ? (
          <span className="pane-subtitle" data-testid="ocr-run">
            {t('editor.ocrRun', { run: run.run, language: languageName(run.language, t) })}
          </span>
        ) : null}
      </div>
      <LineStrip />
      <div className="text-editor" data-testid="text-editor">
        <Editor options={OPTIONS} theme="vs" onMount={(mounted) => setEditor(mounted)} keepCurrentModel />
        {view && empty ? (
          <div className="editor-hint" data-testid="editor-hint">
            {t('editor.noText')}
          </div>
        ) : null}
      </div>
    </>
  );
}
