import { call, isCancelled } from '../ipc/client';
import { reportError, reportNote } from '../features/toasts/report';
import { getPageEditor } from '../features/editor/editor-registry';
import { flushDraft, forgetDraft } from '../features/drafts/autosave';
import { takeUpDraft } from '../features/drafts/draft-actions';
import { useHistory } from '../features/history/history-store';
import { newJobId, useJobs } from '../state/job-store';
import { usePageSession } from '../state/page-store';
import { useSettings } from '../state/settings-store';
import { useWorkspace, type WorkspaceView } from '../state/workspace-store';

function labelOf(pageId: string): string {
  return useWorkspace.getState().workspace?.pages.find((p) => p.id === pageId)?.label ?? pageId;
}

async function refreshWorkspace(): Promise<void> {
  const current = await call('workspace:current', {});
  useWorkspace.getState().setWorkspace(current);
}

/** Loads a page's image bytes into an object URL for the scan view; text pages have none. */
async function loadImage(pageId: string): Promise<void> {
  const session = usePageSession.getState();
  const data = await call('page:image', { pageId }).catch((error: unknown) => {
    if (usePageSession.getState().view?.page.id === pageId) session.setImageFailed();
    throw error;
  });
  if (usePageSession.getState().view?.page.id !== pageId) return;
  const url = URL.createObjectURL(new Blob([data.bytes], { type: data.mime }));
  session.setImage({ pageId, url, width: data.width, height: data.height });
}

/** Counts page opens, so a page whose answer arrives after a later request (fast PgDn) is not shown. */
let openRequests = 0;

/**
 * Shows a page: text, versions and OCR first, then the image. Edits left on the previous page are written as
 * its draft first. With `recognizeIfNew`, a scan that has neither text nor OCR yet is recognized right away in
 * the chosen OCR language.
 */
export async function openPage(pageId: string, options: { recognizeIfNew: boolean }): Promise<void> {
  const request = ++openRequests;
  try {
    await flushDraft();
    const view = await call('page:open', { pageId });
    if (request !== openRequests) return;
    const session = usePageSession.getState();
    if (session.view?.page.id !== pageId) useHistory.getState().reset();
    session.setImage(null);
    session.showPage(view);
    takeUpDraft(view);
    const fresh = !view.page.hasOcr && view.versions.length === 0 && view.page.sourceKind !== 'text';
    // The image first: a scan that cannot be shown cannot be recognized either, and one message is enough.
    if (view.page.sourceKind !== 'text') await loadImage(pageId);
    if (options.recognizeIfNew && fresh) {
      const language = useSettings.getState().settings?.ocrLanguage ?? 'chi_sim';
      await recognize(pageId, language);
    }
  } catch (error) {
    reportError(error);
  }
}

/**
 * Recognizes a page as a cancellable job. The result is stored by main as a new OCR run beside earlier ones; the
 * editor takes its text only when the page had none, so re-running OCR never touches the proofreader's text.
 */
export async function recognize(pageId: string, language: string): Promise<void> {
  const jobs = useJobs.getState();
  const label = labelOf(pageId);
  const jobId = newJobId();
  jobs.start(jobId, label, pageId);
  try {
    const response = await call('ocr:recognize', { pageId, language, jobId });
    usePageSession.getState().applyOcr(pageId, response.result, response.run, response.version);
    const words = response.result.blocks.reduce(
      (n, b) => n + b.lines.reduce((m, l) => m + l.words.length, 0),
      0,
    );
    reportNote('job.done', { page: label, words });
    await refreshWorkspace();
  } catch (error) {
    if (isCancelled(error)) reportNote('job.cancelled', { page: label });
    else reportError(error);
  } finally {
    useJobs.getState().finish(jobId);
  }
}

/** Asks main to stop a job; the running call then fails with `cancelled`. */
export async function cancelJob(jobId: string): Promise<void> {
  try {
    await call('job:cancel', { jobId });
  } catch (error) {
    reportError(error);
  }
}

/**
 * Saves the editor's text as a new version of the current page with an optional note; nothing when it is
 * unchanged. True when the text is saved (now or already).
 */
export async function saveVersion(note = ''): Promise<boolean> {
  const session = usePageSession.getState();
  const view = session.view;
  const text = getPageEditor()?.getModel()?.getValue();
  if (!view || text === undefined) return false;
  const label = view.page.label;
  if (text === session.savedText && view.versions.length > 0) {
    reportNote('version.nothingToSave', { n: view.versions.length });
    return true;
  }
  try {
    forgetDraft(view.page.id);
    const version = await call('version:save', { pageId: view.page.id, text, note, origin: 'edit' });
    const current = usePageSession.getState();
    if (current.view?.page.id === view.page.id) current.setSaved(text, [...current.view.versions, version]);
    reportNote('version.saved', { n: version.n, page: label });
    await refreshWorkspace();
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

/**
 * Shows a workspace that was just opened and its most relevant page: the first page that was not in the
 * previous view of the same workspace (the files just added), else the remembered page, else the first.
 */
export async function showWorkspace(next: WorkspaceView, remembered: string | null = null): Promise<void> {
  const previous = useWorkspace.getState().workspace;
  const known = new Set(previous && previous.id === next.id ? previous.pages.map((p) => p.id) : []);
  useWorkspace.getState().setWorkspace(next);
  const added = next.pages.find((p) => !known.has(p.id));
  const target =
    (known.size > 0 ? added : undefined) ??
    next.pages.find((p) => p.id === remembered) ??
    added ??
    next.pages[0];
  if (!target) {
    usePageSession.getState().clear();
    return;
  }
  await openPage(target.id, { recognizeIfNew: true });
}
