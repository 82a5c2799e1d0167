import { create } from 'zustand';
import type { ExportChoices } from './export-plan';

interface ExportDialogState {
  readonly open: boolean;
  /** The last choices, kept while the app runs so a second export starts where the first left off. */
  readonly choices: ExportChoices;
  /** Opens the dialog; without a page shown, "current page" cannot be meant, so it offers all pages. */
  show(hasPage: boolean): void;
  hide(): void;
  choose(patch: Partial<ExportChoices>): void;
}

/** Whether the export dialog is up, and what it offers. */
export const useExportDialog = create<ExportDialogState>()((set) => ({
  open: false,
  choices: { scope: 'current', range: '', format: 'txt', mode: 'faithful', combined: false },
  show(hasPage) {
    set((s) => ({
      open: true,
      choices: !hasPage && s.choices.scope === 'current' ? { ...s.choices, scope: 'all' } : s.choices,
    }));
  },
  hide() {
    set({ open: false });
  },
  choose(patch) {
    set((s) => ({ choices: { ...s.choices, ...patch } }));
  },
}));
