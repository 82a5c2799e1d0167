import { z } from 'zod';
import { channel } from '../define';
import { JobIdSchema, PageIdSchema } from '../schemas';

/** Formats the export writes (see docs/export.md). */
export const ExportFormatSchema = z.enum(['txt', 'md', 'hocr', 'alto', 'pdf', 'report']);

export const exportChannels = {
  /**
   * Exports pages of the open workspace. Main shows the folder dialog (the renderer never sends a path); null when
   * the user cancels it. Progress arrives as `job:progress` events of kind `exporting`; `job:cancel` stops it.
   */
  'export:run': channel(
    z.object({
      pageIds: z.array(PageIdSchema).min(1).max(100_000),
      format: ExportFormatSchema,
      mode: z.enum(['faithful', 'normalized']),
      combined: z.boolean(),
      /** Replace files of the same name; without it an existing file fails the call with `conflict`. */
      force: z.boolean(),
      jobId: JobIdSchema,
    }),
    z
      .object({
        folder: z.string(),
        /** Names of the files written, relative to `folder`. */
        files: z.array(z.string()),
        warnings: z.array(z.string()),
      })
      .nullable(),
  ),
} as const;
