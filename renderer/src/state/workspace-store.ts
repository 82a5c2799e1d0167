import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/ipc/contract';

/** An open workspace as main describes it (opaque id, pages, notices). */
export type WorkspaceView = NonNullable<ResponseOf<'workspace:current'>>;

/** One page of the workspace, as the page list shows it. */
export type PageSummary = WorkspaceView['pages'][number];

interface WorkspaceState {
  readonly workspace: WorkspaceView | null;
  setWorkspace(workspace: WorkspaceView | null): void;
  /** Replaces one page's summary after a call that changed it (status, version count, OCR). */
  updatePage(page: PageSummary): void;
}

/** The open workspace. Every page, be it a single opened image or the sample, belongs to one. */
export const useWorkspace = create<WorkspaceState>()((set) => ({
  workspace: null,
  setWorkspace(workspace) {
    set({ workspace });
  },
  updatePage(page) {
    set((s) =>
      s.workspace
        ? {
            workspace: { ...s.workspace, pages: s.workspace.pages.map((p) => (p.id === page.id ? page : p)) },
          }
        : s,
    );
  },
}));
