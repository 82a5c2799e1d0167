import { z } from 'zod';
import { JobIdSchema, PageIdSchema } from './schemas';

/**
 * Progress of a long job, as a discriminated union on `kind`. `fraction` runs 0–1 within its phase.
 */
export const JobProgressSchema = z.discriminatedUnion('kind', [
  z.object({ jobId: JobIdSchema, kind: z.literal('queued') }),
  z.object({ jobId: JobIdSchema, kind: z.literal('loading-language'), fraction: z.number() }),
  z.object({
    jobId: JobIdSchema,
    kind: z.literal('recognizing'),
    pageId: PageIdSchema,
    fraction: z.number(),
  }),
  z.object({ jobId: JobIdSchema, kind: z.literal('exporting'), done: z.number(), total: z.number() }),
  z.object({ jobId: JobIdSchema, kind: z.literal('done') }),
  z.object({ jobId: JobIdSchema, kind: z.literal('cancelled') }),
  z.object({ jobId: JobIdSchema, kind: z.literal('failed'), message: z.string() }),
]);

/** Progress of a long job. */
export type JobProgress = z.infer<typeof JobProgressSchema>;

/** Push events from main to the renderer; each one's payload schema. */
export const events = {
  'job:progress': JobProgressSchema,
  /** The workspace changed on disk or by another action (page status, new version). */
  'workspace:changed': z.object({ pageIds: z.array(PageIdSchema) }),
} as const;

/** Name of a push event. */
export type EventName = keyof typeof events;

/** Payload of a push event. */
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
