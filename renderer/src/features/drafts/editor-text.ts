import type { monaco } from '../../monaco-setup';
import { onPageEditor, type PageEditor } from '../editor/editor-registry';

/**
 * True when `model` holds the text of page `pageId`, loaded at `revision` when one is given (the editor names
 * its models `/page/<id>?r=<textRevision>`).
 */
export function isModelOf(
  model: monaco.editor.ITextModel | null,
  pageId: string,
  revision?: number,
): boolean {
  if (model === null || model.uri.path !== `/page/${pageId}`) return false;
  return revision === undefined || model.uri.query === `r=${revision}`;
}

/**
 * Runs `apply` with the editor once it shows page `pageId` at text revision `revision`: now if it already does,
 * else when the editor next switches to it. The editor swaps models in an effect after a page is shown, so
 * callers that just showed a page wait here. Returns the cancel.
 */
export function whenPageShown(
  pageId: string,
  revision: number,
  apply: (editor: PageEditor) => void,
): () => void {
  let done = false;
  let detach: (() => void) | null = null;
  const stop = onPageEditor((editor) => {
    detach?.();
    detach = null;
    if (!editor || done) return;
    if (isModelOf(editor.getModel(), pageId, revision)) {
      done = true;
      apply(editor);
      return;
    }
    const subscription = editor.onDidChangeModel(() => {
      if (done || !isModelOf(editor.getModel(), pageId, revision)) return;
      done = true;
      subscription.dispose();
      apply(editor);
    });
    detach = () => subscription.dispose();
  });
  const cancel = (): void => {
    done = true;
    detach?.();
    stop();
  };
  if (done) cancel();
  return cancel;
}

/**
 * Replaces the whole text of the editor as one undoable edit, so Ctrl+Z returns to the saved version and the
 * editor's change listeners (modified flag, autosave) see it like typing. Edits the model itself, which a
 * read-only editor (waiting for this very decision) does not refuse.
 */
export function replaceText(editor: PageEditor, text: string): void {
  const model = editor.getModel();
  if (!model || model.getValue() === text) return;
  model.pushStackElement();
  model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
  model.pushStackElement();
}
