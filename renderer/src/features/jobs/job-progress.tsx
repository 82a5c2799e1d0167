import { assertNever } from '../../../../shared/util/assert';
import type { Translate } from '../../i18n/i18n-store';
import { useT } from '../../i18n/i18n-store';
import { cancelJob } from '../../actions/page-actions';
import { useJobs, type Job } from '../../state/job-store';

/** The bar's fill (0–1) for a job's progress; null shows an indeterminate bar. */
function fractionOf(job: Job): number | null {
  const p = job.progress;
  switch (p.kind) {
    case 'queued':
      return null;
    case 'loading-language':
      return null;
    case 'recognizing':
      return p.fraction;
    case 'exporting':
      return p.total > 0 ? p.done / p.total : null;
    case 'done':
      return 1;
    case 'cancelled':
    case 'failed':
      return null;
    default:
      return assertNever(p, 'job progress');
  }
}

function describe(job: Job, t: Translate): string {
  const p = job.progress;
  switch (p.kind) {
    case 'queued':
      return t('job.queued');
    case 'loading-language':
      return t('job.loadingLanguage', { percent: Math.round(p.fraction * 100) });
    case 'recognizing':
      return t('job.recognizing', { page: job.subject, percent: Math.round(p.fraction * 100) });
    case 'exporting':
      return `${p.done} / ${p.total}`;
    case 'done':
      return t('job.recognizing', { page: job.subject, percent: 100 });
    case 'cancelled':
      return t('job.cancelled', { page: job.subject });
    case 'failed':
      return p.message;
    default:
      return assertNever(p, 'job progress');
  }
}

/** One strip per running job under the top bar: what it does, how far, and Cancel. */
export function JobProgressStrip() {
  const t = useT();
  const jobs = useJobs((s) => s.jobs);
  if (jobs.length === 0) return null;
  return (
    <div className="job-strips">
      {jobs.map((job) => {
        const fraction = fractionOf(job);
        return (
          <div
            key={job.jobId}
            className="job-strip"
            role="status"
            data-testid="job-progress"
            data-kind={job.progress.kind}
          >
            <span className="job-text">{describe(job, t)}</span>
            <div className={fraction === null ? 'job-bar indeterminate' : 'job-bar'}>
              <div
                className="job-bar-fill"
                style={fraction === null ? undefined : { width: `${fraction * 100}%` }}
              />
            </div>
            <button
              type="button"
              className="bar-button"
              data-testid="job-cancel"
              onClick={() => void cancelJob(job.jobId)}
            >
              {t('job.cancel')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
