import { create } from 'zustand';
import type { JobProgress } from '../../../shared/ipc/events';

/** A job this window started, with the latest progress main reported for it. */
export interface Job {
  readonly jobId: string;
  /** What the job works on, for the progress text (a page label). */
  readonly subject: string;
  /** The page the job works on, if it works on one. */
  readonly pageId: string | null;
  readonly progress: JobProgress;
}

interface JobState {
  readonly jobs: readonly Job[];
  start(jobId: string, subject: string, pageId: string | null): void;
  report(progress: JobProgress): void;
  finish(jobId: string): void;
}

/** Long jobs in flight (OCR now, export later), updated from `job:progress` events. */
export const useJobs = create<JobState>()((set) => ({
  jobs: [],
  start(jobId, subject, pageId) {
    set((s) => ({ jobs: [...s.jobs, { jobId, subject, pageId, progress: { jobId, kind: 'queued' } }] }));
  },
  report(progress) {
    set((s) => ({ jobs: s.jobs.map((j) => (j.jobId === progress.jobId ? { ...j, progress } : j)) }));
  },
  finish(jobId) {
    set((s) => ({ jobs: s.jobs.filter((j) => j.jobId !== jobId) }));
  },
}));

/** A fresh job id, valid for the contract's `JobIdSchema`. */
export function newJobId(): string {
  return crypto.randomUUID();
}
