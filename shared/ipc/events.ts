import { z } from 'zod';
import { UiLocaleSchema } from './channels/app';
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

/**
 * A command picked in the application menu. The renderer runs it, so a menu item and its shortcut or button take
 * the same path; main only forwards the pick.
 */
export const MenuCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('open-images') }),
  z.object({ command: z.literal('open-folder') }),
  z.object({ command: z.literal('save-version') }),
  z.object({ command: z.literal('export') }),
  z.object({ command: z.literal('zoom-in') }),
  z.object({ command: z.literal('zoom-out') }),
  z.object({ command: z.literal('zoom-actual') }),
  z.object({ command: z.literal('zoom-fit') }),
  z.object({ command: z.literal('toggle-boxes') }),
  z.object({ command: z.literal('line-next') }),
  z.object({ command: z.literal('line-previous') }),
  z.object({ command: z.literal('next-page') }),
  z.object({ command: z.literal('previous-page') }),
  z.object({ command: z.literal('toggle-page-list') }),
  z.object({ command: z.literal('toggle-history') }),
  z.object({ command: z.literal('mark-proofread') }),
  z.object({ command: z.literal('set-ui-locale'), locale: UiLocaleSchema }),
]);

/** A command picked in the application menu. */
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** Push events from main to the renderer; each one's payload schema. */
export const events = {
  'job:progress': JobProgressSchema,
  /** The workspace changed on disk or by another action (page status, new version). */
  'workspace:changed': z.object({ pageIds: z.array(PageIdSchema) }),
  'menu:command': MenuCommandSchema,
} as const;

/** Name of a push event. */
export type EventName = keyof typeof events;

/** Payload of a push event. */
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
