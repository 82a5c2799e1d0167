import { create } from 'zustand';

/** How the scan is scaled: following the pane width, or a scale the user chose. */
export type ZoomMode = 'fit-width' | 'manual';

interface ScanZoomState {
  readonly mode: ZoomMode;
  /** Screen CSS pixels per image pixel. */
  readonly scale: number;
  setFit(scale: number): void;
  setManual(scale: number): void;
}

/** Zoom of the scan view; every newly shown page starts at fit-width. */
export const useScanZoom = create<ScanZoomState>()((set) => ({
  mode: 'fit-width',
  scale: 1,
  setFit(scale) {
    set({ mode: 'fit-width', scale });
  },
  setManual(scale) {
    set({ mode: 'manual', scale });
  },
}));
