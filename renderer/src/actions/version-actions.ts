import { call } from '../ipc/client';
import { forgetDraft } from '../features/drafts/autosave';
import { getPageEditor } from '../features/editor/editor-registry';
import { adjacentPage } from '../features/page-list/page-filter';
import { usePageList } from '../features/page-list/page-list-store';
import { useSavePrompt } from '../features/page-bar/save-prompt-store';
import { reportError, reportNote } from '../features/toasts/report';
import { usePageSession } from '../state/page-store';
import { useWorkspace, type PageSummary } from '../state/workspace-store';
import { openPage, saveVersion } from './page-actions';

/** Shows a changed page summary in the list and in the page session. */
function showSummary(summary: PageSummary): void {
  useWorkspace.getState().updatePage(summary);
  usePageSession.setState((s) =>
    s.view?.page.id === summary.id ? { view: { ...s.view, page: summary } } : s,
  );
}

/**
 * Ctrl+S: asks for an optional note before saving. Nothing to ask when the text is unchanged, and no saving in
 * a read-only workspace (the user is told why).
 */
export function requestSaveVersion(): void {
  const session = usePageSession.getState();
  const view = session.view;
  const text = getPageEditor()?.getModel()?.getValue();
  if (!view || text === undefined) return;
  if (useWorkspace.getState().workspace?.readOnly) {
    reportNote('version.readOnly');
    return;
  }
  if (text === session.savedText && view.versions.length > 0) {
    reportNote('version.nothingToSave', { n: view.versions.length });
    return;
  }
  useSavePrompt.getState().setOpen(true);
}

/**
 * Makes a new version from an old one's text (`version:restore`; nothing is deleted) and shows it in the
 * editor. Refused while the editor holds unsaved edits, so restoring can never drop them.
 */
export async function restoreVersion(n: number): Promise<void> {
  const session = usePageSession.getState();
  const view = session.view;
  if (!view || session.modified) return;
  const pageId = view.page.id;
  try {
    forgetDraft(pageId);
    const version = await call('version:restore', { pageId, n });
    const { text } = await call('version:read', { pageId, n: version.n });
    const current = usePageSession.getState().view;
    if (current?.page.id === pageId) {
      usePageSession.getState().showPage({
        ...current,
        text,
        versions: [...current.versions, version],
        draft: null,
      });
    }
    reportNote('version.restored', { n, m: version.n });
    useWorkspace.getState().setWorkspace(await call('workspace:current', {}));
  } catch (error) {
    reportError(error);
  }
}

/**
 * Marks the shown page proofread (saving unsaved edits first, as a version without a note), or, when it
 * already is, back in progress.
 */
export async function toggleProofread(): Promise<void> {
  const session = usePageSession.getState();
  const view = session.view;
  if (!view) return;
  if (useWorkspace.getState().workspace?.readOnly) {
    reportNote('version.readOnly');
    return;
  }
  const pageId = view.page.id;
  const status = view.page.status === 'proofread' ? 'in-progress' : 'proofread';
  try {
    if (status === 'proofread' && session.modified && !(await saveVersion(''))) return;
    showSummary(await call('page:setStatus', { pageId, status }));
  } catch (error) {
    reportError(error);
  }
}

/** PgDn / PgUp, Alt+→ / Alt+←: the next or previous page the page list shows. */
export async function stepPage(step: 1 | -1): Promise<void> {
  const pages = useWorkspace.getState().workspace?.pages ?? [];
  const currentId = usePageSession.getState().view?.page.id ?? null;
  const target = adjacentPage(pages, currentId, step, usePageList.getState().filter);
  if (target) await openPage(target.id, { recognizeIfNew: true });
}
