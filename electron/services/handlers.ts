import type { Handlers } from '../../shared/ipc/contract';
import { version } from '../../package.json';
import { createExportHandlers } from './export/handlers';
import { findFontFolder } from './export/export-pages';
import type { EmitEvent } from './ipc/dispatch';
import { createOcrService, type OcrServiceOptions } from './ocr/ocr-service';
import { createSettingsStore } from './settings/settings';
import { createLintPrefsHandlers } from './workspace/lint-prefs';
import {
  createAppHandlers,
  createWorkspaceHandlers,
  type AppInfo,
  type WorkspaceHandlerDeps,
} from './workspace/handlers';

/** What the handler table is built from; main passes Electron's dialogs and window, the e2e harness stand-ins. */
export interface HandlerDeps {
  /** The app's own data folder: settings, scratch workspaces, the OCR language folder. */
  readonly appDataDir: string;
  /** The bundled sample scan, opened on first start. */
  readonly samplePath: string;
  readonly info: AppInfo;
  /** Shows the folder dialog; null when cancelled. */
  readonly pickFolder: () => Promise<string | null>;
  /** Shows the image file dialog; empty when cancelled. */
  readonly pickImages: () => Promise<string[]>;
  /** Sends a push event to the window. */
  readonly emit: EmitEvent;
  /** OCR pool knobs (worker count, where language data comes from). */
  readonly ocr?: Omit<OcrServiceOptions, 'dataParent'>;
  /** Storage knobs for tests (file system, clock, lock environment). */
  readonly workspace?: WorkspaceHandlerDeps['workspace'];
}

/** The handler table plus the shutdown of what it holds (OCR workers, the workspace lock). */
export type HandlerTable = Handlers & {
  /** Stops OCR workers and closes the open workspace; call once at quit. */
  dispose(): Promise<void>;
};

/**
 * The one table of every IPC channel's implementation, bound by electron/main's ipc binder and by the e2e
 * harness alike, so the tests drive exactly what the app runs.
 */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const settings = createSettingsStore(deps.appDataDir);
  const ocr = createOcrService({ ...deps.ocr, dataParent: deps.appDataDir });
  const jobs = new Map<string, AbortController>();
  const workspace = createWorkspaceHandlers({
    jobs,
    appDataDir: deps.appDataDir,
    samplePath: deps.samplePath,
    pickFolder: deps.pickFolder,
    pickImages: deps.pickImages,
    emit: deps.emit,
    ocr,
    settings,
    ...(deps.workspace ? { workspace: deps.workspace } : {}),
  });
  const { dispose: closeWorkspace, current, ...workspaceHandlers } = workspace;
  return {
    ...createAppHandlers(deps.info, settings),
    ...workspaceHandlers,
    ...createLintPrefsHandlers({ workspace: current, settings, emit: deps.emit }),
    ...createExportHandlers({
      workspace: current,
      pickFolder: deps.pickFolder,
      emit: deps.emit,
      jobs,
      settings,
      fontFolder: findFontFolder(__dirname),
      softwareVersion: version,
    }),
    async dispose() {
      await closeWorkspace();
      await ocr.close();
    },
  };
}
