import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { cancelJob, saveVersion } from '../../actions/page-actions';
import { registerCommand } from '../../commands/commands';
import type { Translate } from '../../i18n/i18n-store';
import { useT } from '../../i18n/i18n-store';
import { call, CallError, isCancelled, on } from '../../ipc/client';
import { newJobId } from '../../state/job-store';
import { usePageSession } from '../../state/page-store';
import { useWorkspace } from '../../state/workspace-store';
import { reportNote, reportProblem } from '../toasts/report';
import {
  canCombine,
  EXPORT_FORMAT_CHOICES,
  planExport,
  usesMode,
  type ExportFormat,
  type ExportPlan,
  type PlanProblem,
} from './export-plan';
import { useExportDialog } from './export-store';
import './export-dialog.css';

/** Existing files main found in the chosen folder: the question before replacing them. */
type Existing = Extract<NonNullable<ResponseOf<'export:run'>>, { kind: 'exists' }>;

/** Where the dialog is: choosing, waiting for main (folder dialog, then pages), or asking to replace files. */
type Phase =
  | { readonly kind: 'form' }
  | { readonly kind: 'running'; readonly jobId: string; readonly done: number; readonly total: number }
  | { readonly kind: 'confirm'; readonly existing: Existing };

/** A failed export as the dialog shows it: our headline, main's one line naming the file or page. */
interface Failure {
  readonly headline: MessageKey;
  readonly detail: string;
}

/** How many existing file names the replace question lists before it says "…". */
const NAMES_SHOWN = 4;

function problemText(problem: PlanProblem, t: Translate): string {
  switch (problem.kind) {
    case 'no-page':
      return t('export.rangeError.empty');
    case 'not-recognized':
      return t('export.notRecognized', { pages: problem.labels.join(', ') });
    case 'range': {
      const range = problem.problem;
      if (range.kind === 'empty') return t('export.rangeError.empty');
      if (range.kind === 'syntax') return t('export.rangeError.syntax', { part: range.part });
      return t('export.rangeError.beyond', { page: range.page, count: range.pageCount });
    }
  }
}

function failureOf(error: unknown): Failure {
  const detail = error instanceof Error ? error.message : String(error);
  const code = error instanceof CallError ? error.code : 'internal';
  const headline: MessageKey =
    code === 'read-only'
      ? 'export.error.read-only'
      : code === 'bad-input'
        ? 'export.error.bad-input'
        : code === 'disk-full'
          ? 'export.error.disk-full'
          : 'export.error.other';
  return { headline, detail };
}

/**
 * Export ▸ …: pages (current, a page list, all), format, text mode, one file or one per page; then main's folder
 * dialog, progress with Cancel, the question before replacing files, and a toast with the folder and file count.
 * Mounted once; the dialog's own state starts fresh each time it opens.
 */
export function ExportDialog() {
  const open = useExportDialog((s) => s.open);
  const hasWorkspace = useWorkspace((s) => s.workspace !== null);
  useEffect(
    () =>
      registerCommand('export', () => {
        if (useWorkspace.getState().workspace)
          useExportDialog.getState().show(usePageSession.getState().view !== null);
      }),
    [],
  );
  return open && hasWorkspace ? <ExportPanel /> : null;
}

/**
 * The open dialog. Unsaved edits of the current page are saved as a version first, so the export holds what the
 * user sees.
 */
function ExportPanel() {
  const t = useT();
  const choices = useExportDialog((s) => s.choices);
  const { hide, choose } = useExportDialog.getState();
  const pages = useWorkspace((s) => s.workspace?.pages ?? []);
  const current = usePageSession((s) => s.view?.page ?? null);
  const modified = usePageSession((s) => s.modified);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const jobRef = useRef<string | null>(null);
  const ids = useId();

  useEffect(
    () =>
      on('job:progress', (progress) => {
        if (progress.jobId !== jobRef.current || progress.kind !== 'exporting') return;
        setPhase({ kind: 'running', jobId: progress.jobId, done: progress.done, total: progress.total });
      }),
    [],
  );

  const plan: ExportPlan = planExport(choices, pages, current?.id ?? null);
  const savesFirst =
    modified && current !== null && plan.ok && plan.pageIds.includes(current.id) ? current.label : null;
  const running = phase.kind === 'running';

  const run = async (
    ready: Extract<ExportPlan, { ok: true }>,
    force: boolean,
    folder: 'choose' | 'previous',
  ) => {
    const jobId = newJobId();
    jobRef.current = jobId;
    setFailure(null);
    setPhase({ kind: 'running', jobId, done: 0, total: 0 });
    try {
      if (savesFirst !== null) {
        if (!(await saveVersion())) {
          setPhase({ kind: 'form' });
          return;
        }
      }
      const result = await call('export:run', {
        pageIds: ready.pageIds,
        format: ready.format,
        mode: ready.mode,
        combined: ready.combined,
        force,
        folder,
        jobId,
      });
      if (result === null) {
        setPhase({ kind: 'form' });
      } else if (result.kind === 'exists') {
        setPhase({ kind: 'confirm', existing: result });
      } else {
        hide();
        const [only] = result.files;
        if (result.files.length === 1 && only !== undefined)
          reportNote('export.doneOne', { name: only, folder: result.folder });
        else reportNote('export.doneMany', { count: result.files.length, folder: result.folder });
        for (const warning of result.warnings) reportProblem(warning);
      }
    } catch (error) {
      setPhase({ kind: 'form' });
      if (isCancelled(error)) reportNote('export.cancelled');
      else setFailure(failureOf(error));
    } finally {
      jobRef.current = null;
    }
  };

  const close = () => {
    if (!running) hide();
  };

  const formatRadio = (format: ExportFormat) => (
    <label key={format} className="export-choice">
      <input
        type="radio"
        name={`${ids}-format`}
        value={format}
        checked={choices.format === format}
        disabled={running}
        data-testid={`export-format-${format}`}
        onChange={() => choose({ format })}
      />
      <span>
        <span className="export-choice-label">{t(`export.format.${format}`)}</span>
        <span className="export-choice-hint">{t(`export.hint.${format}`)}</span>
      </span>
    </label>
  );

  if (phase.kind === 'confirm') {
    const files = phase.existing.files;
    const names = files.slice(0, NAMES_SHOWN).join(', ') + (files.length > NAMES_SHOWN ? ', …' : '');
    const [only] = files;
    return (
      <div className="export-backdrop">
        <div
          className="export-dialog export-confirm"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby={`${ids}-confirm`}
          data-testid="export-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setPhase({ kind: 'form' });
          }}
        >
          <h2 id={`${ids}-confirm`}>
            {files.length === 1 && only !== undefined
              ? t('export.replaceOne', { name: only })
              : t('export.replaceMany', { count: files.length })}
          </h2>
          <p className="export-confirm-body">
            {t('export.replaceBody', { folder: phase.existing.folder, names })}
          </p>
          <div className="export-actions">
            <button
              type="button"
              className="bar-button"
              data-testid="export-confirm-cancel"
              onClick={() => setPhase({ kind: 'form' })}
            >
              {t('export.cancel')}
            </button>
            <button
              type="button"
              className="bar-button primary danger"
              data-testid="export-replace"
              autoFocus
              onClick={() => plan.ok && void run(plan, true, 'previous')}
            >
              {t('export.replace')}
            </button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="export-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <form
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        data-testid="export-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
        }}
        onSubmit={(e) => {
          e.preventDefault();
          if (plan.ok && !running) void run(plan, false, 'choose');
        }}
      >
        <h2 id={`${ids}-title`}>{t('export.title')}</h2>

        <fieldset disabled={running}>
          <legend>{t('export.scope')}</legend>
          <label className="export-choice">
            <input
              autoFocus={choices.scope === 'current'}
              type="radio"
              name={`${ids}-scope`}
              checked={choices.scope === 'current'}
              disabled={!current}
              data-testid="export-scope-current"
              onChange={() => choose({ scope: 'current' })}
            />
            <span className="export-choice-label">
              {t('export.scopeCurrent', { page: current?.label ?? '—' })}
            </span>
          </label>
          <label className="export-choice export-range">
            <input
              type="radio"
              name={`${ids}-scope`}
              checked={choices.scope === 'range'}
              data-testid="export-scope-range"
              onChange={() => choose({ scope: 'range' })}
            />
            <span className="export-choice-label">{t('export.scopeRange')}</span>
            <input
              type="text"
              className="export-range-input"
              value={choices.range}
              placeholder={t('export.rangePlaceholder')}
              aria-label={t('export.scopeRange')}
              data-testid="export-range"
              onFocus={() => choose({ scope: 'range' })}
              onChange={(e) => choose({ scope: 'range', range: e.target.value })}
            />
            <span className="export-choice-hint">{t('export.rangeOf', { count: pages.length })}</span>
          </label>
          <label className="export-choice">
            <input
              type="radio"
              name={`${ids}-scope`}
              checked={choices.scope === 'all'}
              data-testid="export-scope-all"
              onChange={() => choose({ scope: 'all' })}
            />
            <span className="export-choice-label">{t('export.scopeAll', { count: pages.length })}</span>
          </label>
        </fieldset>

        <fieldset disabled={running}>
          <legend>{t('export.format')}</legend>
          <div className="export-formats">{EXPORT_FORMAT_CHOICES.map(formatRadio)}</div>
        </fieldset>

        <div className="export-columns">
          <fieldset disabled={running || !usesMode(choices.format)}>
            <legend>{t('export.mode')}</legend>
            <label className="export-choice">
              <input
                type="radio"
                name={`${ids}-mode`}
                checked={choices.mode === 'faithful' || !usesMode(choices.format)}
                data-testid="export-mode-faithful"
                onChange={() => choose({ mode: 'faithful' })}
              />
              <span>
                <span className="export-choice-label">{t('export.modeFaithful')}</span>
                <span className="export-choice-hint">{t('export.modeFaithfulHint')}</span>
              </span>
            </label>
            <label className="export-choice">
              <input
                type="radio"
                name={`${ids}-mode`}
                checked={choices.mode === 'normalized' && usesMode(choices.format)}
                data-testid="export-mode-normalized"
                onChange={() => choose({ mode: 'normalized' })}
              />
              <span>
                <span className="export-choice-label">{t('export.modeNormalized')}</span>
                <span className="export-choice-hint">{t('export.modeNormalizedHint')}</span>
              </span>
            </label>
          </fieldset>

          <fieldset disabled={running || choices.format === 'report'}>
            <legend>{t('export.files')}</legend>
            {choices.format === 'report' ? (
              <p className="export-choice-hint">{t('export.filesReport')}</p>
            ) : (
              <>
                <label className="export-choice">
                  <input
                    type="radio"
                    name={`${ids}-files`}
                    checked={!choices.combined || !canCombine(choices.format)}
                    data-testid="export-per-page"
                    onChange={() => choose({ combined: false })}
                  />
                  <span className="export-choice-label">{t('export.filesPerPage')}</span>
                </label>
                <label className="export-choice">
                  <input
                    type="radio"
                    name={`${ids}-files`}
                    checked={choices.combined && canCombine(choices.format)}
                    disabled={!canCombine(choices.format)}
                    data-testid="export-combined"
                    onChange={() => choose({ combined: true })}
                  />
                  <span className="export-choice-label">{t('export.filesCombined')}</span>
                </label>
              </>
            )}
          </fieldset>
        </div>

        {savesFirst !== null ? (
          <p className="export-note" data-testid="export-saves-first">
            {t('export.unsaved', { page: savesFirst })}
          </p>
        ) : null}
        {!plan.ok ? (
          <p className="export-problem" role="alert" data-testid="export-problem">
            {problemText(plan.problem, t)}
          </p>
        ) : null}
        {failure ? (
          <div className="export-problem" role="alert" data-testid="export-error">
            <strong>{t(failure.headline)}</strong>
            <span className="export-detail">{failure.detail}</span>
          </div>
        ) : null}
        {phase.kind === 'running' ? (
          <div className="export-progress" role="status" data-testid="export-progress">
            <span>
              {phase.total > 0
                ? t('export.progress', { done: phase.done, total: phase.total })
                : t('export.preparing')}
            </span>
            <div className={phase.total > 0 ? 'job-bar' : 'job-bar indeterminate'}>
              <div
                className="job-bar-fill"
                style={phase.total > 0 ? { width: `${(phase.done / phase.total) * 100}%` } : undefined}
              />
            </div>
          </div>
        ) : null}

        <div className="export-actions">
          {running ? (
            <button
              type="button"
              className="bar-button"
              data-testid="export-cancel-job"
              onClick={() => void cancelJob(phase.jobId)}
            >
              {t('export.cancel')}
            </button>
          ) : (
            <button type="button" className="bar-button" data-testid="export-close" onClick={close}>
              {t('export.cancel')}
            </button>
          )}
          <button
            type="submit"
            className="bar-button primary"
            disabled={!plan.ok || running}
            data-testid="export-start"
          >
            {t('export.start')}
          </button>
        </div>
      </form>
    </div>
  );
}
