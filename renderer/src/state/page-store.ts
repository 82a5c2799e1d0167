import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/ipc/contract';

/** Everything main returns for an opened page: text, versions, OCR, image size. */
export type PageView = ResponseOf<'page:open'>;

/** The page image as the scan view shows it: an object URL of the bytes main sent, and its pixel size. */
export interface PageImage {
  readonly pageId: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/** Editor cursor, 1-based as Monaco and the status bar count. */
export interface CursorPosition {
  readonly line: number;
  readonly column: number;
}

interface PageSessionState {
  readonly view: PageView | null;
  readonly image: PageImage | null;
  /** True when the page's scan could not be loaded (the reason was shown as a toast). */
  readonly imageFailed: boolean;
  /** The text of the newest saved version: what "modified" compares against. */
  readonly savedText: string;
  /** Bumped whenever the editor must load `view.text` again (page switch, first OCR text arrived). */
  readonly textRevision: number;
  readonly modified: boolean;
  readonly cursor: CursorPosition;
  showPage(view: PageView): void;
  /**
   * Takes a new OCR run of `pageId` if it is still the page shown. The editor gets the OCR text only when main
   * made it the page's first version (the page had no text); otherwise only the boxes change.
   */
  applyOcr(
    pageId: string,
    result: NonNullable<PageView['ocr']>,
    run: PageView['ocrRuns'][number],
    version: PageView['versions'][number] | null,
  ): void;
  setImage(image: PageImage | null): void;
  setImageFailed(): void;
  setModified(modified: boolean): void;
  setSaved(text: string, versions: PageView['versions']): void;
  setCursor(cursor: CursorPosition): void;
  clear(): void;
}

/** The page being proofread: what main said about it plus what the editor reports back. */
export const usePageSession = create<PageSessionState>()((set, get) => ({
  view: null,
  image: null,
  imageFailed: false,
  savedText: '',
  textRevision: 0,
  modified: false,
  cursor: { line: 1, column: 1 },
  showPage(view) {
    set((s) => ({
      view,
      savedText: view.text,
      textRevision: s.textRevision + 1,
      modified: false,
      cursor: { line: 1, column: 1 },
    }));
  },
  applyOcr(pageId, result, run, version) {
    const current = get();
    const view = current.view;
    if (view?.page.id !== pageId) return;
    const firstText = version !== null && current.savedText === '' && !current.modified;
    const next: PageView = {
      ...view,
      ocr: result,
      ocrRuns: [...view.ocrRuns, run],
      versions: version ? [...view.versions, version] : view.versions,
      imageSize: result.imageSize,
      page: { ...view.page, hasOcr: true, versionCount: view.versions.length + (version ? 1 : 0) },
      text: firstText ? result.text : view.text,
    };
    if (firstText) set((s) => ({ view: next, savedText: result.text, textRevision: s.textRevision + 1 }));
    else set({ view: next });
  },
  setImage(image) {
    const previous = get().image;
    if (previous && previous.url !== image?.url) URL.revokeObjectURL(previous.url);
    set({ image, imageFailed: false });
  },
  setImageFailed() {
    get().setImage(null);
    set({ imageFailed: true });
  },
  setModified(modified) {
    if (get().modified !== modified) set({ modified });
  },
  setSaved(text, versions) {
    set((s) => ({ savedText: text, modified: false, view: s.view ? { ...s.view, text, versions } : s.view }));
  },
  setCursor(cursor) {
    set({ cursor });
  },
  clear() {
    get().setImage(null);
    set({ view: null, savedText: '', modified: false });
  },
}));
