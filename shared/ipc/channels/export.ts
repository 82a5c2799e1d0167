import { z } from 'zod';
import { channel } from '../define';
import { JobIdSchema, PageIdSchema } from '../schemas';

/** Formats the export writes (see docs/export.md). */
export const ExportFormatSchema = z.enum(['txt', 'md', 'hocr', 'alto', 'pdf', 'report']);

export const exportChannels = {
  /**
   * Exports pages of the open workspace. Main shows the folder dialog (the renderer never sends a path), or with
   * `folder: 'previous'` reuses the folder the user picked in this window's last export (the retry after "Replace
   * these files?"). Null when the user cancels the dialog. Progress arrives as `job:progress` events of kind
   * `exporting`; `job:cancel` stops it.
   */
  'export:run': channel(
    z.object({
      pageIds: z.array(PageIdSchema).min(1).max(100_000),
      format: ExportFormatSchema,
      mode: z.enum(['faithful', 'normalized']),
      combined: z.boolean(),
      /** Replace files of the same name; without it existing files end the call with `exists`. */
      force: z.boolean(),
      folder: z.enum(['choose', 'previous']),
      jobId: JobIdSchema,
    }),
    z
      .discriminatedUnion('kind', [
        z.object({
          kind: z.literal('written'),
          folder: z.string(),
          /** Names of the files written, relative to `folder`. */
          files: z.array(z.string()),
          warnings: z.array(z.string()),
        }),
        z.object({
          /** Files of these names exist and `force` was off: nothing was written; ask, then retry with force. */
          kind: z.literal('exists'),
          folder: z.string(),
          files: z.array(z.string()),
        }),
      ])
      .nullable(),
  ),
} as const;
