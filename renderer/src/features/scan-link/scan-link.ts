import { useEffect } from 'react';
import './scan-link.css';
import { createAligner } from '../../../../shared/align/aligner';
import type { OcrResult } from '../../../../shared/model/ocr';
import { registerCommand } from '../../commands/commands';
import { monaco } from '../../monaco-setup';
import { usePageSession } from '../../state/page-store';
import { onPageEditor, type PageEditor } from '../editor/editor-registry';
import { isPageModel } from '../editor/text-editor';
import { indexLines, wordOnNextLine } from './ocr-lines';
import { useScanLink } from './scan-link-store';

/** Editor decoration of the text that stands for the outlined OCR word(s), so both sides show the same extent. */
const LINKED_TEXT: monaco.editor.IModelDecorationOptions = {
  inlineClassName: 'scan-link-text',
};

let linkedEditor: PageEditor | null = null;

/** The editor model of the page the link is built for, or null while another page's text is still shown. */
function linkedModel(): monaco.editor.ITextModel | null {
  const model = linkedEditor?.getModel() ?? null;
  const pageId = usePageSession.getState().view?.page.id;
  return model && pageId !== undefined && isPageModel(model, pageId) ? model : null;
}

/**
 * Puts the cursor at the start of OCR word `index` in the text, reveals it and focuses the editor. The clicked (or
 * stepped-to) word stays outlined even where the proofreader deleted it and the cursor sits between neighbours.
 */
export function goToWord(index: number, follow: boolean): void {
  const editor = linkedEditor;
  const model = linkedModel();
  const aligner = useScanLink.getState().aligner;
  if (!editor || !model || !aligner || !aligner.words[index]) return;
  const range = aligner.rangeOfWord(index);
  const start = model.getPositionAt(range.start);
  const end = model.getPositionAt(range.end);
  editor.setSelection(new monaco.Selection(start.lineNumber, start.column, start.lineNumber, start.column));
  editor.revealRangeInCenterIfOutsideViewport(
    new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
  );
  editor.focus();
  useScanLink.getState().setSelected([index], index, follow);
}

/** Moves the cursor to the first word of the next (`1`) or previous (`-1`) OCR line; Alt+↓ / Alt+↑. */
export function stepLine(direction: 1 | -1): void {
  const { lines, cursorWord } = useScanLink.getState();
  if (!lines || cursorWord === null) return;
  const target = wordOnNextLine(lines, cursorWord, direction);
  if (target !== null) goToWord(target, true);
}

/**
 * Keeps the scan ↔ text link in step with the page: builds the aligner for the page's newest OCR run, feeds it
 * every change of the editor text (it re-diffs only the touched paragraphs), and turns each cursor or selection
 * move into the outlined word(s). Mounted once, by the app.
 */
export function useScanLinkSync(): void {
  useEffect(() => {
    let decorations: monaco.editor.IEditorDecorationsCollection | null = null;
    let subscriptions: monaco.IDisposable[] = [];

    const syncText = (): boolean => {
      const model = linkedModel();
      const aligner = useScanLink.getState().aligner;
      if (!model || !aligner) return false;
      aligner.update(model.getValue());
      return true;
    };

    const syncSelection = (follow: boolean) => {
      const editor = linkedEditor;
      const model = linkedModel();
      const aligner = useScanLink.getState().aligner;
      const selection = editor?.getSelection();
      if (!editor || !model || !aligner || !selection) {
        decorations?.clear();
        useScanLink.getState().setSelected([], null, false);
        return;
      }
      const start = model.getOffsetAt(selection.getStartPosition());
      const end = model.getOffsetAt(selection.getEndPosition());
      const cursor = model.getOffsetAt(selection.getPosition());
      const selected = aligner.wordsAt({ start, end });
      const cursorWord = aligner.wordsAt({ start: cursor, end: cursor })[0] ?? null;
      useScanLink.getState().setSelected(selected, cursorWord, follow);
      decorations?.set(
        selected.map((i) => {
          const range = aligner.rangeOfWord(i);
          const a = model.getPositionAt(range.start);
          const b = model.getPositionAt(range.end);
          return {
            range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column),
            options: LINKED_TEXT,
          };
        }),
      );
    };

    const rebuild = (ocr: OcrResult | null) => {
      const aligner = ocr ? createAligner(ocr) : null;
      useScanLink.getState().setLink(ocr, aligner, ocr && aligner ? indexLines(ocr, aligner.words) : null);
      if (syncText()) syncSelection(false);
    };

    const unsubscribePage = usePageSession.subscribe((state, previous) => {
      const ocr = state.view?.ocr ?? null;
      if (ocr !== (previous.view?.ocr ?? null) || ocr !== useScanLink.getState().ocr) rebuild(ocr);
    });
    rebuild(usePageSession.getState().view?.ocr ?? null);

    const unsubscribeEditor = onPageEditor((editor) => {
      for (const s of subscriptions) s.dispose();
      decorations?.clear();
      linkedEditor = editor;
      decorations = editor?.createDecorationsCollection() ?? null;
      subscriptions = editor
        ? [
            editor.onDidChangeModelContent(() => {
              syncText();
            }),
            // A click on the scan sets the selection itself and then pins the clicked word; this runs first.
            editor.onDidChangeCursorSelection((e) => {
              syncSelection(e.source !== 'api');
            }),
            editor.onDidChangeModel(() => {
              if (syncText()) syncSelection(false);
            }),
          ]
        : [];
      if (syncText()) syncSelection(false);
    });

    const unregister = [
      registerCommand('line-next', () => stepLine(1)),
      registerCommand('line-previous', () => stepLine(-1)),
    ];
    return () => {
      unsubscribePage();
      unsubscribeEditor();
      for (const s of subscriptions) s.dispose();
      decorations?.clear();
      linkedEditor = null;
      unregister.forEach((u) => u());
    };
  }, []);
}
