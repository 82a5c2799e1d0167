import { useT, type Translate } from '../../i18n/i18n-store';
import { useToasts, type ToastText } from '../../state/toast-store';

function render(text: ToastText, t: Translate): string {
  return 'raw' in text ? text.raw : t(text.key, text.params);
}

/** Toasts in the lower right corner; each can be dismissed, the app keeps working underneath. */
export function ToastList() {
  const t = useT();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast ${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
          data-testid={toast.kind === 'error' ? 'toast-error' : 'toast-note'}
        >
          <div className="toast-body">
            {toast.title ? <div className="toast-title">{render(toast.title, t)}</div> : null}
            <div className="toast-message">{render(toast.message, t)}</div>
          </div>
          <button
            type="button"
            className="toast-close"
            title={t('toast.dismiss')}
            aria-label={t('toast.dismiss')}
            data-testid="toast-dismiss"
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
