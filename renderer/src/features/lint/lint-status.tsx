import { useMemo } from 'react';
import { useT } from '../../i18n/i18n-store';
import { usePageSession } from '../../state/page-store';
import { useLint } from './lint-store';
import { countBySeverity } from './markers';

/** Finding counts in the status bar; a click opens the problems panel. */
export function LintStatus() {
  const t = useT();
  const hasPage = usePageSession((s) => s.view !== null);
  const findings = useLint((s) => s.findings);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  if (!hasPage) return null;
  return (
    <button
      type="button"
      className="status-item lint-status"
      data-testid="status-findings"
      title={t('lint.statusTitle', { ...counts })}
      onClick={() => useLint.getState().setPanelOpen(true)}
    >
      <span className="lint-status-mark error">✕</span> {counts.error}{' '}
      <span className="lint-status-mark warning">!</span> {counts.warning}{' '}
      <span className="lint-status-mark info">i</span> {counts.info}
    </button>
  );
}
