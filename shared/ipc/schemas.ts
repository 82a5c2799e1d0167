import { z } from 'zod';
import { LANGUAGE_CODES, PAGE_STATUSES, VERSION_ORIGINS, isSafePageId } from '../model';

/** Runtime shapes of the model, used to validate IPC requests and files read back from disk. */
export const BoxSchema = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
export const TextRangeSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const OcrWordSchema = z.object({
  text: z.string(),
  box: BoxSchema,
  confidence: z.number(),
  range: TextRangeSchema,
  corrected: z.boolean().optional(),
});
export const OcrLineSchema = z.object({ words: z.array(OcrWordSchema), box: BoxSchema });
export const OcrBlockSchema = z.object({
  lines: z.array(OcrLineSchema),
  box: BoxSchema,
  kind: z.enum(['text', 'heading', 'caption', 'image', 'table', 'other']),
});
export const OcrResultSchema = z.object({
  engine: z.enum(['tesseract.js', 'hocr', 'alto', 'text']),
  engineVersion: z.string(),
  language: z.string(),
  imageSize: z.object({ width: z.number(), height: z.number() }),
  blocks: z.array(OcrBlockSchema),
  text: z.string(),
  createdAt: z.string(),
});

export const VersionSchema = z.object({
  n: z.number().int().min(1),
  createdAt: z.string(),
  note: z.string(),
  origin: z.enum(VERSION_ORIGINS),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.number().int().min(0),
});

/** A page id that cannot name a path outside the workspace (`../../etc/passwd` and `/etc` fail). */
export const PageIdSchema = z.string().refine(isSafePageId, { message: 'not a page id' });
export const PageStatusSchema = z.enum(PAGE_STATUSES);

/** One language (`chi_sim`) or a `+`-joined combination (`chi_sim+eng`) of shipped languages. */
export const LanguageSchema = z
  .string()
  .max(64)
  .refine((s) => s.split('+').every((c) => (LANGUAGE_CODES as readonly string[]).includes(c)), {
    message: 'unknown language code',
  });

/** A job id chosen by the caller, so it can cancel before the call returns. */
export const JobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Text sent for saving; 50 MB of UTF-16 is far past any page. */
export const PageTextSchema = z.string().max(50_000_000);
