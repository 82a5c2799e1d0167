import { useEffect } from 'react';
import { useI18n, useT } from '../../i18n/i18n-store';
import { usePageSession } from '../../state/page-store';
import { useWorkspace } from '../../state/workspace-store';
import { onPageEditor } from '../editor/editor-registry';
import { discardOfferedDraft, restoreOfferedDraft } from './draft-actions';
import { useDrafts } from './draft-store';

/**
 * Offers back a draft found when the page opened ("Restore draft" / "Discard"). Until the user decides, and
 * in a read-only workspace, the editor is read-only: typing over an undecided draft would overwrite it, and
 * edits that cannot be saved would be lost.
 */
export function DraftBanner() {
  const t = useT();
  const locale = useI18n((s) => s.locale);
  const pageId = usePageSession((s) => s.view?.page.id ?? null);
  const offered = useDrafts((s) => s.offered);
  const readOnly = useWorkspace((s) => s.workspace?.readOnly ?? false);
  const shown = offered !== null && offered.pageId === pageId ? offered : null;
  const lockMessage = readOnly ? t('readOnly.editor') : shown ? t('draft.decideFirst') : null;

  useEffect(
    () =>
      onPageEditor((editor) => {
        editor?.updateOptions({
          readOnly: lockMessage !== null,
          readOnlyMessage: { value: lockMessage ?? '' },
        });
      }),
    [lockMessage],
  );

  if (!shown) return null;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(shown.savedAt),
  );
  return (
    <div className="banner banner-draft" role="alert" data-testid="draft-banner">
      <span className="banner-text">{t('draft.offered', { time })}</span>
      <button
        type="button"
        className="bar-button primary"
        data-testid="draft-restore"
        onClick={restoreOfferedDraft}
      >
        {t('draft.restore')}
      </button>
      <button
        type="button"
        className="bar-button"
        data-testid="draft-discard"
        onClick={() => void discardOfferedDraft()}
      >
        {t('draft.discard')}
      </button>
    </div>
  );
}
