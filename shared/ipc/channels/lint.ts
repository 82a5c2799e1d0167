import { z } from 'zod';
import { channel } from '../define';
import { PageIdSchema } from '../schemas';

/** Rule packs a document can be checked with (shared/lint/packs.ts). */
export const PackNameSchema = z.enum(['mainland', 'taiwan-hk', 'faithful']);

/** One accepted finding: its rule, the text it covers and a little text on each side (shared/lint/ignore.ts). */
export const IgnoreEntrySchema = z.object({
  rule: z.string().min(1).max(64),
  text: z.string().max(10_000),
  before: z.string().max(64),
  after: z.string().max(64),
});

/** How one page is checked: its rule pack and the findings the proofreader accepted. */
export const LintPrefsSchema = z.object({
  pack: PackNameSchema,
  ignore: z.array(IgnoreEntrySchema).max(20_000),
});

export const lintChannels = {
  /** The page's check settings; a page never set uses the settings' default pack and ignores nothing. */
  'page:lintPrefs': channel(z.object({ pageId: PageIdSchema }), LintPrefsSchema),
  /** Stores the page's check settings (`.jiaokan/pages/<id>/lint.json`) and returns them. */
  'page:setLintPrefs': channel(z.object({ pageId: PageIdSchema, prefs: LintPrefsSchema }), LintPrefsSchema),
} as const;
