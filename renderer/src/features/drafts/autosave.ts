import { call } from '../../ipc/client';
import { usePageSession } from '../../state/page-store';
import { useWorkspace } from '../../state/workspace-store';
import { onPageEditor } from '../editor/editor-registry';
import { reportError } from '../toasts/report';
import { autosaveDelay } from './autosave-timing';
import { useDrafts } from './draft-store';
import { isModelOf } from './editor-text';

interface PendingDraft {
  readonly pageId: string;
  readonly text: string;
  /** The newest version's text when the edit was made: a draft equal to it is no draft. */
  readonly savedText: string;
}

let pending: PendingDraft | null = null;
/** When the oldest edit of `pending` was made (ms since the epoch). */
let pendingSince = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
let writing: Promise<void> = Promise.resolve();

/** Pages whose draft on disk holds this session's edits; reopening such a page takes its draft back silently. */
const sessionDrafts = new Set<string>();

async function write(draft: PendingDraft): Promise<void> {
  if (draft.text === draft.savedText) {
    // Undone back to the saved version: the draft on disk would offer stale edits after a crash.
    if (!sessionDrafts.delete(draft.pageId)) return;
    await call('draft:discard', { pageId: draft.pageId });
    return;
  }
  await call('draft:save', { pageId: draft.pageId, text: draft.text });
  sessionDrafts.add(draft.pageId);
  // Main moves a new or recognized page to in-progress with its first draft; the list should say so.
  const summary = useWorkspace.getState().workspace?.pages.find((p) => p.id === draft.pageId);
  if (summary && (summary.status === 'new' || summary.status === 'recognized')) {
    useWorkspace.getState().setWorkspace(await call('workspace:current', {}));
  }
}

function stopTimer(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

/**
 * Writes the pending draft now and resolves when every draft write so far is done: before another page is
 * shown, so edits left behind on a page are on disk as its draft, and when the window closes.
 */
export function flushDraft(): Promise<void> {
  stopTimer();
  const draft = pending;
  pending = null;
  if (draft) writing = writing.then(() => write(draft)).catch(reportError);
  return writing;
}

/** Drops a page's pending draft: its text was just saved as a version, and main deleted the draft file. */
export function forgetDraft(pageId: string): void {
  if (pending?.pageId === pageId) {
    pending = null;
    stopTimer();
  }
  sessionDrafts.delete(pageId);
}

/** True when the page's draft on disk was written in this session (not left by a crash). */
export function isSessionDraft(pageId: string): boolean {
  return sessionDrafts.has(pageId);
}

/** Notes that the page's draft on disk is now this session's (the user took it back). */
export function adoptDraft(pageId: string): void {
  sessionDrafts.add(pageId);
}

function schedule(draft: PendingDraft): void {
  if (pending && pending.pageId !== draft.pageId) void flushDraft();
  const now = Date.now();
  if (!pending) pendingSince = now;
  pending = draft;
  stopTimer();
  timer = setTimeout(() => void flushDraft(), autosaveDelay(now, pendingSince));
}

/**
 * Autosaves the page editor's edits as the page's draft (`draft:save`) once typing pauses, and flushes when the
 * window unloads. Nothing is written for a read-only workspace or while an earlier draft waits for the user's
 * decision (the editor is read-only then). Returns the stop, for the app's effect cleanup.
 */
export function startAutosave(): () => void {
  let detach: (() => void) | null = null;
  const stop = onPageEditor((editor) => {
    detach?.();
    detach = null;
    if (!editor) return;
    const subscription = editor.onDidChangeModelContent(() => {
      const session = usePageSession.getState();
      const pageId = session.view?.page.id;
      const model = editor.getModel();
      if (pageId === undefined || !model || !isModelOf(model, pageId)) return;
      if (useWorkspace.getState().workspace?.readOnly) return;
      if (useDrafts.getState().offered?.pageId === pageId) return;
      schedule({ pageId, text: model.getValue(), savedText: session.savedText });
    });
    detach = () => subscription.dispose();
  });
  const onUnload = (): void => {
    void flushDraft();
  };
  window.addEventListener('beforeunload', onUnload);
  return () => {
    stop();
    detach?.();
    window.removeEventListener('beforeunload', onUnload);
  };
}
