import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { PAGE_STATUSES } from '../../../../shared/model/page';
import { openPage } from '../../actions/page-actions';
import { useT } from '../../i18n/i18n-store';
import { call, on } from '../../ipc/client';
import { usePageSession } from '../../state/page-store';
import { useWorkspace, type PageSummary } from '../../state/workspace-store';
import { matchesFilter, proofreadCount, type StatusFilter } from './page-filter';
import { usePageList } from './page-list-store';
import { useThumbnail } from './use-thumbnail';
import './page-list.css';

/** Row height in CSS pixels; fixed, so the virtualizer never measures. */
const ROW_HEIGHT = 60;

/** Rows rendered beyond the visible ones on each side, so a short scroll shows rows already laid out. */
const OVERSCAN = 6;

/** Quiet time after a `workspace:changed` burst before the summaries are fetched again, in milliseconds. */
const REFRESH_DELAY_MS = 200;

const FILTERS: readonly StatusFilter[] = ['all', ...PAGE_STATUSES];

/**
 * The pages of the workspace in the left sidebar: thumbnail, label, status and open findings per page, a
 * status filter, and "N of M proofread". Virtualized: a folder of thousands of pages renders (and asks
 * thumbnails for) only the rows in view.
 */
export function PageList() {
  const t = useT();
  const workspace = useWorkspace((s) => s.workspace);
  const collapsed = usePageList((s) => s.collapsed);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = on('workspace:changed', () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        call('workspace:current', {}).then(
          (next) => useWorkspace.getState().setWorkspace(next),
          () => undefined, // the next change or save refreshes it again
        );
      }, REFRESH_DELAY_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, []);

  if (!workspace) return null;
  if (collapsed) {
    return (
      <aside className="page-list collapsed" data-testid="page-list">
        <button
          type="button"
          className="icon-button"
          data-testid="page-list-toggle"
          title={t('pages.expand')}
          aria-label={t('pages.expand')}
          onClick={() => usePageList.getState().toggle()}
        >
          »
        </button>
      </aside>
    );
  }
  return <ExpandedList pages={workspace.pages} workspaceId={workspace.id} />;
}

function ExpandedList({
  pages,
  workspaceId,
}: {
  readonly pages: readonly PageSummary[];
  readonly workspaceId: string;
}) {
  const t = useT();
  const filter = usePageList((s) => s.filter);
  const currentId = usePageSession((s) => s.view?.page.id ?? null);
  const shown = useMemo(() => pages.filter((p) => matchesFilter(p, filter)), [pages, filter]);
  const done = useMemo(() => proofreadCount(pages), [pages]);
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer is read afresh on every render; this component is not memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => shown[index]?.id ?? index,
  });

  const currentIndex = shown.findIndex((p) => p.id === currentId);
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  return (
    <aside className="page-list" data-testid="page-list" aria-label={t('pages.title')}>
      <div className="pane-toolbar">
        <span className="pane-title">{t('pages.title')}</span>
        <span className="page-list-progress" data-testid="proofread-count">
          {t('pages.proofreadCount', { done, total: pages.length })}
        </span>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="icon-button"
          data-testid="page-list-toggle"
          title={t('pages.collapse')}
          aria-label={t('pages.collapse')}
          onClick={() => usePageList.getState().toggle()}
        >
          «
        </button>
      </div>
      <label className="page-list-filter">
        <span>{t('pages.filter')}</span>
        <select
          className="bar-select"
          value={filter}
          data-testid="page-filter"
          onChange={(e) => {
            const chosen = FILTERS.find((f) => f === e.target.value);
            if (chosen) usePageList.getState().setFilter(chosen);
          }}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {f === 'all' ? t('pages.filterAll') : t(`pageStatus.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="page-list-scroll" ref={scroller} data-testid="page-list-scroll">
        {shown.length === 0 ? <p className="page-list-empty">{t('pages.noMatch')}</p> : null}
        <div className="page-list-rows" role="listbox" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const page = shown[item.index];
            return page ? (
              <PageRow
                key={page.id}
                page={page}
                top={item.start}
                current={page.id === currentId}
                workspaceId={workspaceId}
              />
            ) : null;
          })}
        </div>
      </div>
    </aside>
  );
}

function PageRow({
  page,
  top,
  current,
  workspaceId,
}: {
  readonly page: PageSummary;
  readonly top: number;
  readonly current: boolean;
  readonly workspaceId: string;
}) {
  const t = useT();
  const thumbnail = useThumbnail(workspaceId, page.id, page.sourceKind !== 'text');
  const findings = page.openFindings;
  return (
    <button
      type="button"
      role="option"
      aria-selected={current}
      className={`page-row${current ? ' current' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      data-testid="page-row"
      data-page-id={page.id}
      data-status={page.status}
      title={page.source}
      onClick={() => {
        if (!current) void openPage(page.id, { recognizeIfNew: true });
      }}
    >
      <span className="page-thumb" aria-hidden="true">
        {thumbnail ? (
          <img src={thumbnail.url} alt="" width={thumbnail.width} height={thumbnail.height} />
        ) : page.sourceKind === 'text' ? (
          <span className="page-thumb-text">{t('pages.textOnly')}</span>
        ) : null}
      </span>
      <span className="page-row-body">
        <span className="page-row-label">{page.label}</span>
        <span className={`status-badge status-${page.status}`} data-testid="page-status">
          {t(`pageStatus.${page.status}`)}
        </span>
      </span>
      {findings !== null && findings > 0 ? (
        <span
          className="findings-count"
          data-testid="page-findings"
          title={t('pages.findings', { count: findings })}
        >
          {findings}
        </span>
      ) : null}
    </button>
  );
}
