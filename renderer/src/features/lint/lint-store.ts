import { create } from 'zustand';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import type { Finding } from '../../../../shared/model';
import type { FixPlan } from './fix-plan';

/** A page's check settings: its rule pack and the findings the proofreader accepted. */
export type LintPrefs = ResponseOf<'page:lintPrefs'>;

/** A change waiting in the diff preview: what it is called and what it does. */
export interface FixPreview {
  /** Rule id for "fix all of this rule"; null for "apply all safe fixes". */
  readonly rule: string | null;
  readonly plan: FixPlan;
}

interface LintState {
  /** The page the prefs belong to. */
  readonly pageId: string | null;
  /** Null while the page's prefs are being read. */
  readonly prefs: LintPrefs | null;
  /** The findings of the editor's text as last checked, sorted by position. */
  readonly findings: readonly Finding[];
  /** The editor model version the findings describe. */
  readonly versionId: number;
  readonly panelOpen: boolean;
  readonly preview: FixPreview | null;
  setPrefs(pageId: string | null, prefs: LintPrefs | null): void;
  setFindings(findings: readonly Finding[], versionId: number): void;
  setPanelOpen(open: boolean): void;
  setPreview(preview: FixPreview | null): void;
}

/** What the checks found in the page text and how the page is checked; fed by the lint session. */
export const useLint = create<LintState>()((set) => ({
  pageId: null,
  prefs: null,
  findings: [],
  versionId: 0,
  panelOpen: true,
  preview: null,
  setPrefs(pageId, prefs) {
    set({ pageId, prefs });
  },
  setFindings(findings, versionId) {
    set({ findings, versionId });
  },
  setPanelOpen(panelOpen) {
    set({ panelOpen });
  },
  setPreview(preview) {
    set({ preview });
  },
}));
