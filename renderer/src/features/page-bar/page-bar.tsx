import { useEffect } from 'react';
import { requestSaveVersion, stepPage, toggleProofread } from '../../actions/version-actions';
import { registerCommand } from '../../commands/commands';
import { useT } from '../../i18n/i18n-store';
import { usePageSession } from '../../state/page-store';
import { useWorkspace } from '../../state/workspace-store';
import { DraftBanner } from '../drafts/draft-banner';
import { useHistory } from '../history/history-store';
import { usePageList } from '../page-list/page-list-store';
import { SavePrompt } from './save-prompt';
import { useSavePrompt } from './save-prompt-store';
import './page-bar.css';

/**
 * The bar above the text: the page's status, Save version (Ctrl+S, with a note), Mark proofread and the
 * history toggle; below it the note prompt and the draft banner. Registers the page commands.
 */
export function PageBar() {
  const t = useT();
  const view = usePageSession((s) => s.view);
  const modified = usePageSession((s) => s.modified);
  const readOnly = useWorkspace((s) => s.workspace?.readOnly ?? false);
  // The list's summary is refreshed after every save; the page view's copy is as of opening.
  const summary = useWorkspace((s) => s.workspace?.pages.find((p) => p.id === view?.page.id)) ?? view?.page;
  const historyOpen = useHistory((s) => s.open);

  useEffect(() => {
    const unregister = [
      registerCommand('save-version', requestSaveVersion),
      registerCommand('mark-proofread', () => void toggleProofread()),
      registerCommand('next-page', () => void stepPage(1)),
      registerCommand('previous-page', () => void stepPage(-1)),
      registerCommand('toggle-history', () => useHistory.getState().toggle()),
      registerCommand('toggle-page-list', () => usePageList.getState().toggle()),
    ];
    return () => unregister.forEach((u) => u());
  }, []);

  // A note typed for one page must not be saved with another's text.
  const pageId = view?.page.id;
  useEffect(() => useSavePrompt.getState().setOpen(false), [pageId]);

  if (!view || !summary) return null;
  const proofread = summary.status === 'proofread';
  return (
    <>
      <div className="pane-toolbar page-bar" data-testid="page-bar">
        <span className={`status-badge status-${summary.status}`} data-testid="page-bar-status">
          {t(`pageStatus.${summary.status}`)}
        </span>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="bar-button"
          data-testid="save-version"
          disabled={readOnly}
          title={readOnly ? t('pageBar.readOnlyTitle') : t('pageBar.saveTitle')}
          onClick={requestSaveVersion}
        >
          {modified ? `${t('pageBar.save')} •` : t('pageBar.save')}
        </button>
        <button
          type="button"
          className={`bar-button${proofread ? ' done' : ''}`}
          data-testid="mark-proofread"
          aria-pressed={proofread}
          disabled={readOnly}
          title={
            readOnly
              ? t('pageBar.readOnlyTitle')
              : proofread
                ? t('pageBar.proofreadTitle')
                : t('pageBar.markProofreadTitle')
          }
          onClick={() => void toggleProofread()}
        >
          {proofread ? t('pageBar.proofread') : t('pageBar.markProofread')}
        </button>
        <button
          type="button"
          className={`bar-button${historyOpen ? ' active' : ''}`}
          data-testid="history-toggle"
          aria-pressed={historyOpen}
          title={t('pageBar.historyTitle')}
          onClick={() => useHistory.getState().toggle()}
        >
          {t('pageBar.history', { count: view.versions.length })}
        </button>
      </div>
      <SavePrompt />
      <DraftBanner />
    </>
  );
}
