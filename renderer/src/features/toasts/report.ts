import type { MessageKey, MessageParams } from '../../../../shared/i18n';
import { CallError } from '../../ipc/client';
import { useToasts } from '../../state/toast-store';

/** Shows a failure as a dismissible error toast: a title from its code, main's one-line message. */
export function reportError(error: unknown): void {
  const key: MessageKey = error instanceof CallError ? `error.${error.code}` : 'toast.errorTitle';
  const message = error instanceof Error ? error.message : String(error);
  useToasts.getState().push({ kind: 'error', title: { key }, message: { raw: message } });
}

/** Shows a problem main reported about the workspace (a notice), which stays until dismissed. */
export function reportProblem(message: string): void {
  useToasts.getState().push({ kind: 'error', title: null, message: { raw: message } });
}

/** Shows a short note that fades by itself. */
export function reportNote(key: MessageKey, params?: MessageParams): void {
  useToasts.getState().push({ kind: 'note', title: null, message: params ? { key, params } : { key } });
}
