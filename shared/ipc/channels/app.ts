import { z } from 'zod';
import { channel } from '../define';
import { LanguageSchema, PageIdSchema } from '../schemas';

/** UI languages with a translation file. */
export const UiLocaleSchema = z.enum(['zh-CN', 'en']);

/** Settings kept by main across runs. `uiLocale` null means: follow the system language. */
export const SettingsSchema = z.object({
  uiLocale: UiLocaleSchema.nullable(),
  ocrLanguage: LanguageSchema,
  lintPack: z.string().max(64),
  confidenceThreshold: z.number().min(0).max(100),
  showBoxes: z.boolean(),
  lastWorkspace: z.string().nullable(),
  lastPageId: PageIdSchema.nullable(),
  lastCursor: z.number().int().min(0).nullable(),
});

export const appChannels = {
  /** Facts the UI shows or defaults from: the system's language, the app version. */
  'app:info': channel(
    z.object({}),
    z.object({ version: z.string(), systemLocale: z.string(), platform: z.string() }),
  ),
  'settings:get': channel(z.object({}), SettingsSchema),
  /** Merges the given fields into the settings and returns the result. */
  'settings:set': channel(SettingsSchema.partial(), SettingsSchema),
} as const;
