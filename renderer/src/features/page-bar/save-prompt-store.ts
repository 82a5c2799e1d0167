import { create } from 'zustand';

interface SavePromptState {
  readonly open: boolean;
  setOpen(open: boolean): void;
}

/** Whether the note prompt of Ctrl+S is showing. */
export const useSavePrompt = create<SavePromptState>()((set) => ({
  open: false,
  setOpen(open) {
    set({ open });
  },
}));
