import { useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n-store';
import { usePageSession } from '../../state/page-store';
import { useWorkspace } from '../../state/workspace-store';

/**
 * What main reports about the workspace and the shown page (read-only, rebuilt files, changed versions, a
 * missing scan) as banners across the window. The read-only one stays, since it explains why nothing saves;
 * the others can be dismissed (for this session).
 */
export function NoticeBanners() {
  const t = useT();
  const workspaceNotices = useWorkspace((s) => s.workspace?.notices);
  const pageNotices = usePageSession((s) => s.view?.notices);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = useMemo(() => {
    const seen = new Set<string>();
    return [...(workspaceNotices ?? []), ...(pageNotices ?? [])].filter((n) => {
      if (seen.has(n.message) || dismissed.has(n.message)) return false;
      seen.add(n.message);
      return true;
    });
  }, [workspaceNotices, pageNotices, dismissed]);
  if (notices.length === 0) return null;
  return (
    <div className="banners" data-testid="notice-banners">
      {notices.map((notice) => (
        <div
          key={notice.message}
          className={`banner banner-${notice.kind}`}
          role={notice.kind === 'read-only' ? 'status' : 'alert'}
          data-testid="notice-banner"
          data-kind={notice.kind}
        >
          <strong className="banner-title">{t(`notice.${notice.kind}`)}</strong>
          <span className="banner-text">{notice.message}</span>
          {notice.kind === 'read-only' ? null : (
            <button
              type="button"
              className="icon-button"
              data-testid="notice-dismiss"
              title={t('toast.dismiss')}
              aria-label={t('toast.dismiss')}
              onClick={() => setDismissed((d) => new Set([...d, notice.message]))}
            >
              ×
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
