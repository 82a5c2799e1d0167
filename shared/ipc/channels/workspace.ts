import { z } from 'zod';
import { channel } from '../define';
import {
  JobIdSchema,
  LanguageSchema,
  OcrResultSchema,
  PageIdSchema,
  PageStatusSchema,
  PageTextSchema,
  VersionSchema,
} from '../schemas';

/** A page as the page list shows it. */
export const PageSummarySchema = z.object({
  id: PageIdSchema,
  source: z.string(),
  sourceKind: z.enum(['image', 'pdf', 'text']),
  pageIndex: z.number().int().min(0),
  status: PageStatusSchema,
  /** Short display name, e.g. `p12` or `scan.tif #3`. */
  label: z.string(),
  versionCount: z.number().int().min(0),
  /** Open findings at the last save; null before the page has text. */
  openFindings: z.number().int().min(0).nullable(),
  hasOcr: z.boolean(),
});

/** Something the user must know about the workspace: read-only, rebuilt files, tampered versions. */
export const NoticeSchema = z.object({
  kind: z.enum(['read-only', 'recovered', 'tampered', 'missing-source', 'error']),
  message: z.string(),
  pageId: PageIdSchema.nullable(),
});

/** An open workspace. `id` is opaque: the renderer never sees or sends a file system path. */
export const WorkspaceViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  readOnly: z.boolean(),
  notices: z.array(NoticeSchema),
  pages: z.array(PageSummarySchema),
});

/** One stored OCR run of a page; runs are numbered from 1 and never overwritten. */
export const OcrRunInfoSchema = z.object({
  run: z.number().int().min(1),
  engine: z.string(),
  language: z.string(),
  createdAt: z.string(),
});

/** Everything the editor needs to show a page. */
export const PageViewSchema = z.object({
  page: PageSummarySchema,
  /** The newest version's text, or '' when there is none yet. */
  text: z.string(),
  versions: z.array(VersionSchema),
  /** Unsaved edits newer than the newest version, offered back after a crash. */
  draft: z.object({ text: z.string(), savedAt: z.string() }).nullable(),
  ocr: OcrResultSchema.nullable(),
  ocrRuns: z.array(OcrRunInfoSchema),
  imageSize: z.object({ width: z.number(), height: z.number() }).nullable(),
  /** What is wrong with this page's files (rebuilt list, changed versions, missing scan); empty when all is well. */
  notices: z.array(NoticeSchema),
});

/** Image bytes for display; formats the browser cannot show (TIFF, PDF pages) arrive as PNG. */
export const ImageDataSchema = z.object({
  mime: z.string(),
  bytes: z.instanceof(Uint8Array),
  width: z.number(),
  height: z.number(),
});

const pageRef = z.object({ pageId: PageIdSchema });

export const workspaceChannels = {
  /** Main shows the folder dialog; null when the user cancels. */
  'workspace:openFolder': channel(z.object({}), WorkspaceViewSchema.nullable()),
  /** Main shows the file dialog for images; the chosen files open as pages of a scratch workspace. */
  'workspace:openImages': channel(z.object({}), WorkspaceViewSchema.nullable()),
  /** Files dropped on the window arrive as bytes, never as paths. */
  'workspace:openDropped': channel(
    z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) }))
        .min(1)
        .max(500),
    }),
    WorkspaceViewSchema,
  ),
  /** The bundled sample page, in a scratch workspace. */
  'workspace:openSample': channel(z.object({}), WorkspaceViewSchema),
  /** The workspace open at the last exit, if it still exists. */
  'workspace:reopenLast': channel(z.object({}), WorkspaceViewSchema.nullable()),
  'workspace:current': channel(z.object({}), WorkspaceViewSchema.nullable()),
  'page:open': channel(pageRef, PageViewSchema),
  'page:image': channel(pageRef, ImageDataSchema),
  'page:thumbnail': channel(pageRef, ImageDataSchema),
  'page:setStatus': channel(z.object({ pageId: PageIdSchema, status: PageStatusSchema }), PageSummarySchema),
  /** Autosave of unsaved edits, for crash recovery. */
  'draft:save': channel(
    z.object({ pageId: PageIdSchema, text: PageTextSchema }),
    z.object({ savedAt: z.string() }),
  ),
  'draft:discard': channel(pageRef, z.object({})),
  'version:save': channel(
    z.object({
      pageId: PageIdSchema,
      text: PageTextSchema,
      note: z.string().max(2000),
      origin: z.enum(['edit', 'fix']),
    }),
    VersionSchema,
  ),
  'version:read': channel(
    z.object({ pageId: PageIdSchema, n: z.number().int().min(1) }),
    z.object({ version: VersionSchema, text: z.string() }),
  ),
  /** Makes a new version with an old version's text; nothing is deleted. */
  'version:restore': channel(z.object({ pageId: PageIdSchema, n: z.number().int().min(1) }), VersionSchema),
  /**
   * Recognizes a page and stores the result as a new OCR run. The first version is made from it only when the
   * page has none; the proofreader's text is never replaced. Progress arrives as `job:progress` events.
   */
  'ocr:recognize': channel(
    z.object({ pageId: PageIdSchema, language: LanguageSchema, jobId: JobIdSchema }),
    z.object({ run: OcrRunInfoSchema, result: OcrResultSchema, version: VersionSchema.nullable() }),
  ),
  'ocr:read': channel(z.object({ pageId: PageIdSchema, run: z.number().int().min(1) }), OcrResultSchema),
  /** Cancels a running job; false when no such job runs. */
  'job:cancel': channel(z.object({ jobId: JobIdSchema }), z.object({ cancelled: z.boolean() })),
} as const;
