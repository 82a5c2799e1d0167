import { basename } from 'node:path';
import type { Handlers } from '../../../shared/ipc/contract';
import { JiaokanError } from '../../../shared/ipc/errors';
import type { EmitEvent } from '../ipc/dispatch';
import type { SettingsStore } from '../settings/settings';
import { readPageLint } from '../workspace/lint-prefs';
import {
  ExportConflictError,
  exportPages,
  loadTextLayerFonts,
  type ExportLint,
  type ExportSource,
} from './export-pages';

/** What the export channel needs from the rest of main. */
export interface ExportHandlerDeps {
  /** The open workspace (its root holds each page's lint.json); throws `not-found` when none is. */
  readonly workspace: () => ExportSource & { readonly root: string };
  /** Shows the folder dialog; null when cancelled. */
  readonly pickFolder: () => Promise<string | null>;
  readonly emit: EmitEvent;
  /** Running jobs by id, shared with `job:cancel`. */
  readonly jobs: Map<string, AbortController>;
  readonly settings: SettingsStore;
  /** Folder holding the text-layer fonts (assets/fonts). */
  readonly fontFolder: string;
  readonly softwareVersion: string;
  readonly now?: () => Date;
}

/**
 * `export:run` over the open workspace, with progress events and cancellation by job id. Remembers the folder
 * last picked, so the retry after "replace these files?" goes to the same folder without a second dialog.
 */
export function createExportHandlers(deps: ExportHandlerDeps): Pick<Handlers, 'export:run'> {
  let picked: string | null = null;
  return {
    'export:run': async (request) => {
      const source = deps.workspace();
      if (request.folder === 'previous' && picked === null)
        throw new JiaokanError('bad-input', 'No export folder was chosen yet.');
      const folder = request.folder === 'previous' ? picked : await deps.pickFolder();
      if (folder === null) return null;
      picked = folder;
      if (deps.jobs.has(request.jobId))
        throw new JiaokanError('conflict', `A job ${request.jobId} is already running.`);
      const controller = new AbortController();
      deps.jobs.set(request.jobId, controller);
      const lintHooks: ExportLint = {
        forPage: (pageId) => readPageLint(source.root, pageId, deps.settings),
      };
      try {
        const outcome = await exportPages({
          source,
          pageIds: request.pageIds,
          format: request.format,
          mode: request.mode,
          outDir: folder,
          combined: request.combined,
          force: request.force,
          fonts: () => loadTextLayerFonts(deps.fontFolder),
          lint: lintHooks,
          softwareVersion: deps.softwareVersion,
          now: deps.now ?? (() => new Date()),
          signal: controller.signal,
          onProgress: (done, total) =>
            deps.emit('job:progress', { jobId: request.jobId, kind: 'exporting', done, total }),
        });
        deps.emit('job:progress', { jobId: request.jobId, kind: 'done' });
        return {
          kind: 'written' as const,
          folder,
          files: outcome.files.map((f) => basename(f)),
          warnings: outcome.warnings,
        };
      } catch (error) {
        if (error instanceof ExportConflictError) {
          deps.emit('job:progress', { jobId: request.jobId, kind: 'cancelled' });
          return { kind: 'exists' as const, folder, files: [...error.existing] };
        }
        if (error instanceof JiaokanError && error.code === 'cancelled')
          deps.emit('job:progress', { jobId: request.jobId, kind: 'cancelled' });
        else
          deps.emit('job:progress', {
            jobId: request.jobId,
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
        throw error;
      } finally {
        deps.jobs.delete(request.jobId);
      }
    },
  };
}
