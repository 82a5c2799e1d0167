import { call } from '../ipc/client';
import { flushDraft } from '../features/drafts/autosave';
import { reportError } from '../features/toasts/report';
import { useSettings } from '../state/settings-store';
import { showWorkspace } from './page-actions';

/** File ▸ Open…: main shows the image dialog; a cancelled dialog changes nothing. */
export async function openImages(): Promise<void> {
  try {
    // Edits waiting for the autosave belong to the workspace still open: write them before main switches.
    await flushDraft();
    const view = await call('workspace:openImages', {});
    if (view) await showWorkspace(view);
  } catch (error) {
    reportError(error);
  }
}

/** File ▸ Open Folder…: every scan in the folder becomes a page. */
export async function openFolder(): Promise<void> {
  try {
    await flushDraft();
    const view = await call('workspace:openFolder', {});
    if (view) await showWorkspace(view);
  } catch (error) {
    reportError(error);
  }
}

/** Files dropped on the window: their bytes go to main (never their paths), which adds them as pages. */
export async function openDropped(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  try {
    const payload = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    await flushDraft();
    const view = await call('workspace:openDropped', { files: payload });
    await showWorkspace(view);
  } catch (error) {
    reportError(error);
  }
}

/**
 * First screen (the UI language is already set, see loadUiLocale): the last workspace, or on first start
 * the bundled sample page (recognized right away when it has no OCR yet).
 */
export async function startup(): Promise<void> {
  try {
    const settings = useSettings.getState().settings ?? (await useSettings.getState().load());
    const last = await call('workspace:reopenLast', {}).catch((error: unknown) => {
      reportError(error);
      return null;
    });
    if (last && last.pages.length > 0) {
      await showWorkspace(last, settings.lastPageId);
      return;
    }
    await showWorkspace(await call('workspace:openSample', {}));
  } catch (error) {
    reportError(error);
  }
}
