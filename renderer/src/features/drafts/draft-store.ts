import { create } from 'zustand';

/** A draft found when a page opened: unsaved edits from an earlier session (a crash, a closed window). */
export interface OfferedDraft {
  readonly pageId: string;
  readonly text: string;
  /** ISO 8601, when it was autosaved. */
  readonly savedAt: string;
}

interface DraftState {
  /** The draft the banner offers back; the editor stays read-only until the user restores or discards it. */
  readonly offered: OfferedDraft | null;
  offer(draft: OfferedDraft | null): void;
}

/** Drafts waiting for the user's decision. */
export const useDrafts = create<DraftState>()((set) => ({
  offered: null,
  offer(offered) {
    set({ offered });
  },
}));
