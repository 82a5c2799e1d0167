import { useEffect, useMemo, useState } from 'react';
import { changeSize, type ChangeSize } from '../../../../shared/text/change-size';
import { restoreVersion } from '../../actions/version-actions';
import { useI18n, useT, type Translate } from '../../i18n/i18n-store';
import { usePageSession, type PageView } from '../../state/page-store';
import { useWorkspace } from '../../state/workspace-store';
import { languageName } from '../top-bar/language-options';
import { sameSide, useHistory, type DiffSide } from './history-store';
import { sideText } from './page-texts';
import './history.css';

/** A name for one side of a comparison, as the panel and the diff header show it. */
export function sideLabel(t: Translate, side: DiffSide, view: PageView): string {
  if (side.kind === 'ocr') return t('history.ocrRun', { run: side.run });
  const version = view.versions.find((v) => v.n === side.n);
  const origin = version ? ` · ${t(`origin.${version.origin}`)}` : '';
  return `${t('history.version', { n: side.n })}${origin}`;
}

/** "+12 −3": characters added and removed. */
export function ChangeCounts({ size }: { readonly size: ChangeSize }) {
  const t = useT();
  return (
    <span
      className="change-counts"
      title={t('history.changeTitle', { added: size.added, removed: size.removed })}
      data-testid="change-counts"
    >
      <span className="change-added">+{size.added}</span>{' '}
      <span className="change-removed">−{size.removed}</span>
    </span>
  );
}

/** Texts of every version of the page, by version number; null for one that cannot be read (changed on disk). */
function useVersionTexts(workspaceId: string, view: PageView): ReadonlyMap<number, string | null> {
  const [texts, setTexts] = useState<ReadonlyMap<number, string | null>>(new Map());
  const pageId = view.page.id;
  const versions = view.versions;
  useEffect(() => {
    let alive = true;
    void Promise.all(
      versions.map((v) =>
        sideText(workspaceId, pageId, { kind: 'version', n: v.n }).then(
          (text): [number, string | null] => [v.n, text],
          (): [number, string | null] => [v.n, null],
        ),
      ),
    ).then((entries) => {
      if (alive) setTexts(new Map(entries));
    });
    return () => {
      alive = false;
    };
  }, [workspaceId, pageId, versions]);
  return texts;
}

/**
 * The history of the shown page: every version, newest first, with its time, origin, note and size of change,
 * and the page's OCR runs. Tick two to compare them; restore an old version as a new one.
 */
export function HistoryPanel() {
  const open = useHistory((s) => s.open);
  const view = usePageSession((s) => s.view);
  const workspaceId = useWorkspace((s) => s.workspace?.id ?? null);
  if (!open || !view || workspaceId === null) return null;
  return <HistoryList view={view} workspaceId={workspaceId} />;
}

function HistoryList({ view, workspaceId }: { readonly view: PageView; readonly workspaceId: string }) {
  const t = useT();
  const locale = useI18n((s) => s.locale);
  const picked = useHistory((s) => s.picked);
  const modified = usePageSession((s) => s.modified);
  const readOnly = useWorkspace((s) => s.workspace?.readOnly ?? false);
  const texts = useVersionTexts(workspaceId, view);
  const pageId = view.page.id;
  const format = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  const sizes = useMemo(() => {
    const result = new Map<number, ChangeSize>();
    let previous = '';
    for (const version of view.versions) {
      const text = texts.get(version.n);
      if (text === undefined || text === null) {
        previous = text ?? previous;
        continue;
      }
      result.set(version.n, changeSize(previous, text));
      previous = text;
    }
    return result;
  }, [texts, view.versions]);
  const newest = view.versions.at(-1)?.n ?? null;
  const [first, second] = picked;
  const isPicked = (side: DiffSide) => picked.some((p) => sameSide(p, side));
  const history = useHistory.getState();

  return (
    <aside className="history-panel" data-testid="history-panel" aria-label={t('history.title')}>
      <div className="pane-toolbar">
        <span className="pane-title">{t('history.title')}</span>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="icon-button"
          title={t('history.close')}
          aria-label={t('history.close')}
          onClick={() => history.setOpen(false)}
        >
          ×
        </button>
      </div>
      <div className="history-compare">
        <button
          type="button"
          className="bar-button primary"
          data-testid="history-compare"
          disabled={!first || !second}
          onClick={() => first && second && history.showDiff(pageId, first, second)}
        >
          {first && second
            ? t('history.compare', { left: sideLabel(t, first, view), right: sideLabel(t, second, view) })
            : t('history.comparePick')}
        </button>
      </div>
      <div className="history-scroll">
        <h3 className="history-heading">{t('history.versions')}</h3>
        {view.versions.length === 0 ? <p className="history-empty">{t('history.empty')}</p> : null}
        <ol className="history-list">
          {[...view.versions].reverse().map((version) => {
            const side: DiffSide = { kind: 'version', n: version.n };
            const size = sizes.get(version.n);
            const unreadable = texts.get(version.n) === null;
            const previous = view.versions.findLast((v) => v.n < version.n && texts.get(v.n) !== null);
            return (
              <li
                key={version.n}
                className={`history-row${isPicked(side) ? ' picked' : ''}`}
                data-testid="history-version"
                data-n={version.n}
              >
                <label className="history-pick" title={t('history.pick')}>
                  <input
                    type="checkbox"
                    checked={isPicked(side)}
                    disabled={unreadable}
                    onChange={() => history.pick(side)}
                  />
                  <span className="history-n">{t('history.version', { n: version.n })}</span>
                </label>
                <span className={`origin-badge origin-${version.origin}`}>
                  {t(`origin.${version.origin}`)}
                </span>
                <span className="toolbar-spacer" />
                {unreadable ? (
                  <span className="history-unreadable">{t('history.unreadable')}</span>
                ) : size ? (
                  previous ? (
                    <button
                      type="button"
                      className="link-button"
                      title={t('history.compareWithPrevious')}
                      onClick={() => history.showDiff(pageId, { kind: 'version', n: previous.n }, side)}
                    >
                      <ChangeCounts size={size} />
                    </button>
                  ) : (
                    <ChangeCounts size={size} />
                  )
                ) : null}
                <div className="history-meta">
                  <time dateTime={version.createdAt}>{format.format(new Date(version.createdAt))}</time>
                  {version.n === newest ? (
                    <span className="history-current">{t('history.current')}</span>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      data-testid="restore-version"
                      disabled={modified || readOnly || unreadable}
                      title={
                        readOnly
                          ? t('pageBar.readOnlyTitle')
                          : modified
                            ? t('history.restoreBlocked')
                            : t('history.restoreTitle')
                      }
                      onClick={() => void restoreVersion(version.n)}
                    >
                      {t('history.restore')}
                    </button>
                  )}
                </div>
                {version.note ? <div className="history-note">{version.note}</div> : null}
              </li>
            );
          })}
        </ol>
        {view.ocrRuns.length > 0 ? (
          <>
            <h3 className="history-heading">{t('history.ocrRuns')}</h3>
            <ol className="history-list">
              {[...view.ocrRuns].reverse().map((run) => {
                const side: DiffSide = { kind: 'ocr', run: run.run };
                return (
                  <li
                    key={run.run}
                    className={`history-row${isPicked(side) ? ' picked' : ''}`}
                    data-testid="history-ocr-run"
                    data-run={run.run}
                  >
                    <label className="history-pick" title={t('history.pick')}>
                      <input type="checkbox" checked={isPicked(side)} onChange={() => history.pick(side)} />
                      <span className="history-n">{t('history.ocrRun', { run: run.run })}</span>
                    </label>
                    <span className="origin-badge origin-ocr">{languageName(run.language, t)}</span>
                    <div className="history-meta">
                      <time dateTime={run.createdAt}>{format.format(new Date(run.createdAt))}</time>
                      {newest !== null ? (
                        <button
                          type="button"
                          className="link-button"
                          data-testid="compare-ocr"
                          onClick={() => history.showDiff(pageId, { kind: 'version', n: newest }, side)}
                        >
                          {t('history.compareWithVersion', { n: newest })}
                        </button>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </>
        ) : null}
      </div>
    </aside>
  );
}
