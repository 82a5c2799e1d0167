import { create } from 'zustand';
import type { MessageKey, MessageParams } from '../../../shared/i18n';

/**
 * Words of a toast: a UI string (translated when shown, so a language switch reaches toasts already up) or
 * text that comes translated or from main (a file name and reason).
 */
export type ToastText =
  { readonly key: MessageKey; readonly params?: MessageParams } | { readonly raw: string };

/** A message in the corner: errors stay until dismissed, notes fade on their own. */
export interface Toast {
  readonly id: number;
  readonly kind: 'error' | 'note';
  readonly title: ToastText | null;
  readonly message: ToastText;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  push(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

/** How long a note stays, in milliseconds. */
const NOTE_LIFETIME_MS = 5000;

/** At most this many toasts are shown; older ones give way so the corner never fills the window. */
const MAX_TOASTS = 5;

let nextId = 1;

/** Toast messages. */
export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  push(toast) {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
    if (toast.kind === 'note') setTimeout(() => get().dismiss(id), NOTE_LIFETIME_MS);
    return id;
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
}));
