import { CallError } from '../../ipc/client';
import { t } from '../../i18n/i18n-store';
import { useToasts } from '../../state/toast-store';

/** Shows a failure as a dismissible error toast: a translated title from its code, main's one-line message. */
export function reportError(error: unknown): void {
  const title = error instanceof CallError ? t(`error.${error.code}`) : t('toast.errorTitle');
  const message = error instanceof Error ? error.message : String(error);
  useToasts.getState().push({ kind: 'error', title, message });
}

/** Shows a short note that fades by itself. */
export function reportNote(message: string): void {
  useToasts.getState().push({ kind: 'note', title: '', message });
}
