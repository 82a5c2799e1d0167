import { onPageEditor } from '../editor/editor-registry';
import { isModelOf } from '../drafts/editor-text';
import { usePageSession } from '../../state/page-store';
import { useSettings } from '../../state/settings-store';

/** Quiet time after the cursor stops before its offset is saved, in milliseconds. */
const SAVE_DELAY_MS = 800;

/**
 * Remembers the editor cursor as a text offset in the settings (`lastCursor`, debounced), and puts it back once
 * when the page it was on opens again after the app starts. Returns the stop, for the app's effect cleanup.
 */
export function startCursorMemory(): () => void {
  let restore: { pageId: string; offset: number } | null | undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let detach: (() => void) | null = null;

  /** Taken from the settings as loaded at startup, before this session's own saves change them. */
  const restoreTarget = (): { pageId: string; offset: number } | null | undefined => {
    if (restore !== undefined) return restore;
    const settings = useSettings.getState().settings;
    if (!settings) return undefined;
    const { lastPageId, lastCursor } = settings;
    restore = lastPageId !== null && lastCursor !== null ? { pageId: lastPageId, offset: lastCursor } : null;
    return restore;
  };

  const stop = onPageEditor((editor) => {
    detach?.();
    detach = null;
    if (!editor) return;
    const subscriptions = [
      editor.onDidChangeModel(() => {
        const pageId = usePageSession.getState().view?.page.id;
        const target = restoreTarget();
        if (target === undefined || pageId === undefined || !isModelOf(editor.getModel(), pageId)) return;
        // Only the first page shown after startup may return to the remembered place.
        restore = null;
        const model = editor.getModel();
        if (!target || target.pageId !== pageId || !model) return;
        const position = model.getPositionAt(target.offset);
        editor.setPosition(position);
        editor.revealPositionInCenter(position);
      }),
      editor.onDidChangeCursorPosition((event) => {
        const model = editor.getModel();
        const pageId = usePageSession.getState().view?.page.id;
        if (!model || pageId === undefined || !isModelOf(model, pageId)) return;
        const offset = model.getOffsetAt(event.position);
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          if (useSettings.getState().settings?.lastCursor === offset) return;
          // A cursor that cannot be remembered is not worth interrupting the user for.
          void useSettings
            .getState()
            .update({ lastCursor: offset })
            .catch(() => undefined);
        }, SAVE_DELAY_MS);
      }),
    ];
    detach = () => subscriptions.forEach((s) => s.dispose());
  });
  return () => {
    stop();
    detach?.();
    if (timer !== null) clearTimeout(timer);
  };
}
