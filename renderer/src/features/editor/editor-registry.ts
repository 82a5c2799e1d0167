import type { monaco } from '../../monaco-setup';

/** The Monaco editor that shows the page text. */
export type PageEditor = monaco.editor.IStandaloneCodeEditor;

let current: PageEditor | null = null;
const listeners = new Set<(editor: PageEditor | null) => void>();

/**
 * Called by the editor feature when its editor mounts (and with null when it unmounts), so other features —
 * lint markers, code actions, scan-to-text links — can attach to it without owning it.
 */
export function setPageEditor(editor: PageEditor | null): void {
  current = editor;
  for (const listener of listeners) listener(editor);
}

/** The page editor if mounted. */
export function getPageEditor(): PageEditor | null {
  return current;
}

/**
 * Calls `listener` now with the current editor and again whenever it is replaced. Returns the unsubscribe; a
 * feature disposes what it attached to an editor when it is told about the next one.
 */
export function onPageEditor(listener: (editor: PageEditor | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => {
    listeners.delete(listener);
  };
}
