import { call } from '../../ipc/client';
import { usePageSession, type PageView } from '../../state/page-store';
import { reportError } from '../toasts/report';
import { adoptDraft, isSessionDraft } from './autosave';
import { useDrafts } from './draft-store';
import { replaceText, whenPageShown } from './editor-text';

let pendingApply: (() => void) | null = null;

function applyDraft(pageId: string, text: string): void {
  pendingApply?.();
  const revision = usePageSession.getState().textRevision;
  pendingApply = whenPageShown(pageId, revision, (editor) => {
    pendingApply = null;
    replaceText(editor, text);
  });
}

/**
 * After a page was shown: its draft comes back into the editor by itself when this session wrote it (the user
 * only switched pages); a draft from an earlier session (a crash) is offered in a banner instead.
 */
export function takeUpDraft(view: PageView): void {
  pendingApply?.();
  pendingApply = null;
  const pageId = view.page.id;
  const offered = view.draft && !isSessionDraft(pageId) ? { pageId, ...view.draft } : null;
  useDrafts.getState().offer(offered);
  if (view.draft && !offered) applyDraft(pageId, view.draft.text);
}

/** "Restore draft": the draft's text replaces the editor's (one undoable edit) and is autosaved from then on. */
export function restoreOfferedDraft(): void {
  const offered = useDrafts.getState().offered;
  if (!offered) return;
  useDrafts.getState().offer(null);
  adoptDraft(offered.pageId);
  applyDraft(offered.pageId, offered.text);
}

/** "Discard": deletes the draft file; the newest version stays in the editor. */
export async function discardOfferedDraft(): Promise<void> {
  const offered = useDrafts.getState().offered;
  if (!offered) return;
  try {
    await call('draft:discard', { pageId: offered.pageId });
    if (useDrafts.getState().offered === offered) useDrafts.getState().offer(null);
  } catch (error) {
    reportError(error);
  }
}
