import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ChannelName, Handlers, ResponseOf } from '../../../shared/ipc/contract';
import { JiaokanError } from '../../../shared/ipc/errors';
import { toFsError } from '../fs/fs-errors';
import type { EmitEvent } from '../ipc/dispatch';
import type { OcrService } from '../ocr/ocr-service';
import type { SettingsStore } from '../settings/settings';
import { pageFindingCounter } from './lint-prefs';
import { admitFiles } from './admit-files';
import { createScratchFolder, type ScratchFile } from './scratch';
import type { PageImage } from './source-images';
import { openWorkspace, type PageView, type Workspace, type WorkspaceDeps } from './workspace';

/** The channels these handlers serve. */
export type WorkspaceChannel =
  | 'workspace:openFolder'
  | 'workspace:openImages'
  | 'workspace:openDropped'
  | 'workspace:openSample'
  | 'workspace:reopenLast'
  | 'workspace:current'
  | 'page:open'
  | 'page:image'
  | 'page:thumbnail'
  | 'page:setStatus'
  | 'draft:save'
  | 'draft:discard'
  | 'version:save'
  | 'version:read'
  | 'version:restore'
  | 'ocr:recognize'
  | 'ocr:read'
  | 'job:cancel';

/** Handlers of the workspace channels, plus closing the open workspace (releases its lock) at quit. */
export type WorkspaceHandlers = Pick<Handlers, WorkspaceChannel> & {
  dispose(): Promise<void>;
  /** The open workspace, for other services' handlers (export); throws `not-found` when none is. */
  current(): Workspace;
};

/** What the workspace handlers need; main passes dialogs and the window's emitter, tests pass stand-ins. */
export interface WorkspaceHandlerDeps {
  /** The app's own data folder: scratch workspaces live under it. */
  readonly appDataDir: string;
  /** The bundled sample scan. */
  readonly samplePath: string;
  /** Shows the folder dialog; null when cancelled. */
  readonly pickFolder: () => Promise<string | null>;
  /** Shows the image file dialog; empty when cancelled. */
  readonly pickImages: () => Promise<string[]>;
  readonly emit: EmitEvent;
  readonly ocr: OcrService;
  readonly settings: SettingsStore;
  /** Storage knobs (file system, clock, lock environment, PDF renderer) for tests. */
  readonly workspace?: Omit<WorkspaceDeps, 'countFindings' | 'id' | 'name'>;
  /** Running jobs by id, shared with other services' jobs so `job:cancel` reaches them too. */
  readonly jobs?: Map<string, AbortController>;
}

function toPageViewResponse(view: PageView): ResponseOf<'page:open'> {
  // The model's OcrResult is deeply readonly; the response type is zod's mutable copy of the same shape.
  return { ...view, ocr: view.ocr as ResponseOf<'page:open'>['ocr'] };
}

/** The same bytes typed as backed by a plain ArrayBuffer, as the contract's schema wants (copied only if shared). */
function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

function toImageResponse(image: PageImage): ResponseOf<'page:image'> {
  return { mime: image.mime, bytes: ownBytes(image.bytes), width: image.width, height: image.height };
}

async function readChosenFile(path: string): Promise<ScratchFile> {
  try {
    return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    throw toFsError(error, 'read', path);
  }
}

/**
 * The main-side implementation of the workspace channels over one open workspace at a time. Opening another
 * workspace closes the previous one (its lock is released). OCR jobs run with an AbortController per job id, so
 * `job:cancel` can stop them, and report `job:progress` through `emit`.
 */
export function createWorkspaceHandlers(deps: WorkspaceHandlerDeps): WorkspaceHandlers {
  let current: Workspace | null = null;
  let opening: Promise<unknown> = Promise.resolve();
  const jobs = deps.jobs ?? new Map<string, AbortController>();

  const open = (root: string, name?: string): Promise<ResponseOf<'workspace:current'> & object> => {
    const work = opening.then(async () => {
      // The same folder again (a reloaded window): closing it later would release the lock the reopen renewed.
      if (current?.root === root) {
        await current.close();
        current = null;
      }
      const next = await openWorkspace(root, {
        ...deps.workspace,
        countFindings: pageFindingCounter(root, deps.settings),
        ...(name ? { name } : {}),
      });
      await current?.close();
      current = next;
      await deps.settings.set({ lastWorkspace: root, lastPageId: null, lastCursor: null });
      return next.view();
    });
    opening = work.catch(() => undefined);
    return work;
  };

  const workspace = (): Workspace => {
    if (!current) throw new JiaokanError('not-found', 'No workspace is open.');
    return current;
  };

  const changed = (pageId: string): void => deps.emit('workspace:changed', { pageIds: [pageId] });

  const openScratch = async (
    files: readonly ScratchFile[],
    name: string,
  ): Promise<ResponseOf<'workspace:openSample'>> => {
    const { admitted, refused } = await admitFiles(files);
    const folder = await createScratchFolder(deps.appDataDir, admitted, new Date(), deps.workspace?.fs);
    const view = await open(folder, name);
    const notices = refused.map((message) => ({ kind: 'error' as const, message, pageId: null }));
    return { ...view, notices: [...notices, ...view.notices] };
  };

  return {
    'workspace:openFolder': async () => {
      const folder = await deps.pickFolder();
      return folder === null ? null : open(folder);
    },
    'workspace:openImages': async () => {
      const paths = await deps.pickImages();
      if (paths.length === 0) return null;
      const files = await Promise.all(paths.map(readChosenFile));
      return openScratch(files, files.length === 1 ? (files[0]?.name ?? 'images') : `${files.length} images`);
    },
    'workspace:openDropped': async ({ files }) =>
      openScratch(files, files.length === 1 ? (files[0]?.name ?? 'dropped') : `${files.length} files`),
    'workspace:openSample': async () =>
      openScratch([await readChosenFile(deps.samplePath)], basename(deps.samplePath)),
    'workspace:reopenLast': async () => {
      const { lastWorkspace, lastPageId, lastCursor } = await deps.settings.get();
      if (lastWorkspace === null) return null;
      try {
        if (!(await stat(lastWorkspace)).isDirectory()) return null;
      } catch {
        return null;
      }
      const view = await open(lastWorkspace);
      // open() forgets the page; reopening returns to it.
      await deps.settings.set({ lastPageId, lastCursor });
      return view;
    },
    'workspace:current': async () => current?.view() ?? null,

    'page:open': async ({ pageId }) => {
      const view = await workspace().openPage(pageId);
      await deps.settings.set({ lastPageId: pageId }).catch(() => undefined);
      return toPageViewResponse(view);
    },
    'page:image': async ({ pageId }) => toImageResponse(await workspace().pageImage(pageId)),
    'page:thumbnail': async ({ pageId }) => toImageResponse(await workspace().thumbnail(pageId)),
    'page:setStatus': async ({ pageId, status }) => {
      const summary = await workspace().setStatus(pageId, status);
      changed(pageId);
      return summary;
    },
    'draft:save': async ({ pageId, text }) => workspace().saveDraft(pageId, text),
    'draft:discard': async ({ pageId }) => {
      await workspace().discardDraft(pageId);
      return {};
    },
    'version:save': async ({ pageId, text, note, origin }) => {
      const version = await workspace().saveVersion(pageId, text, note, origin);
      changed(pageId);
      return version;
    },
    'version:read': async ({ pageId, n }) => workspace().readVersion(pageId, n),
    'version:restore': async ({ pageId, n }) => {
      const version = await workspace().restoreVersion(pageId, n);
      changed(pageId);
      return version;
    },

    'ocr:recognize': async ({ pageId, language, jobId }) => {
      const ws = workspace();
      if (jobs.has(jobId)) throw new JiaokanError('conflict', `A job ${jobId} is already running.`);
      const controller = new AbortController();
      jobs.set(jobId, controller);
      deps.emit('job:progress', { jobId, kind: 'queued' });
      try {
        const image = await ws.pageImage(pageId);
        if (controller.signal.aborted) throw new JiaokanError('cancelled', 'Recognition was cancelled.');
        const result = await deps.ocr.recognize(image.bytes, {
          language,
          signal: controller.signal,
          onProgress: ({ phase, fraction }) =>
            deps.emit(
              'job:progress',
              phase === 'loading-language'
                ? { jobId, kind: 'loading-language', fraction }
                : { jobId, kind: 'recognizing', pageId, fraction },
            ),
        });
        if (controller.signal.aborted) throw new JiaokanError('cancelled', 'Recognition was cancelled.');
        const stored = await ws.addOcrResult(pageId, result);
        deps.emit('job:progress', { jobId, kind: 'done' });
        changed(pageId);
        return {
          run: stored.run,
          result: result as ResponseOf<'ocr:recognize'>['result'],
          version: stored.version,
        };
      } catch (error) {
        const cancelled =
          controller.signal.aborted || (error instanceof JiaokanError && error.code === 'cancelled');
        deps.emit(
          'job:progress',
          cancelled
            ? { jobId, kind: 'cancelled' }
            : { jobId, kind: 'failed', message: error instanceof Error ? error.message : String(error) },
        );
        throw cancelled && !(error instanceof JiaokanError)
          ? new JiaokanError('cancelled', 'Recognition was cancelled.')
          : error;
      } finally {
        jobs.delete(jobId);
      }
    },
    'ocr:read': async ({ pageId, run }) => (await workspace().readOcr(pageId, run)) as ResponseOf<'ocr:read'>,
    'job:cancel': async ({ jobId }) => {
      const controller = jobs.get(jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },

    current: workspace,
    dispose: async () => {
      for (const controller of jobs.values()) controller.abort();
      await current?.close();
      current = null;
    },
  };
}

/** Facts app:info reports; main reads them from Electron's `app`. */
export interface AppInfo {
  readonly version: string;
  readonly systemLocale: string;
  readonly platform: string;
}

/** Handlers of app:info and the settings channels. */
export function createAppHandlers(
  info: AppInfo,
  settings: SettingsStore,
): Pick<Handlers, 'app:info' | 'settings:get' | 'settings:set'> {
  return {
    'app:info': async () => ({ ...info }),
    'settings:get': async () => settings.get(),
    'settings:set': async (patch) => settings.set(patch),
  };
}

/** Every channel served here, for a test that the table covers the contract's workspace part. */
export const WORKSPACE_CHANNELS: readonly ChannelName[] = [
  'workspace:openFolder',
  'workspace:openImages',
  'workspace:openDropped',
  'workspace:openSample',
  'workspace:reopenLast',
  'workspace:current',
  'page:open',
  'page:image',
  'page:thumbnail',
  'page:setStatus',
  'draft:save',
  'draft:discard',
  'version:save',
  'version:read',
  'version:restore',
  'ocr:recognize',
  'ocr:read',
  'job:cancel',
];
