import { readdir, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { PageStatusSchema } from '../../../shared/ipc/schemas';
import type { PageSourceKind, PageStatus } from '../../../shared/model/page';
import { writeFileAtomic } from '../fs/atomic-write';
import { errnoCode, toFsError } from '../fs/fs-errors';
import { pageLayout, type WorkspaceLayout } from './layout';
import {
  countOcrRuns,
  keepAside,
  readPageRecord,
  readVersions,
  type StoreContext,
  type StoreNotice,
} from './page-store';

const PageEntrySchema = z.object({
  id: z.string(),
  source: z.string(),
  sourceKind: z.enum(['image', 'pdf', 'text']),
  pageIndex: z.number().int().min(0),
  status: PageStatusSchema,
  versionCount: z.number().int().min(0),
  openFindings: z.number().int().min(0).nullable(),
  ocrRuns: z.number().int().min(0),
});

const PageCountSchema = z.object({ size: z.number(), mtimeMs: z.number(), pages: z.number().int().min(1) });

const WorkspaceFileSchema = z.object({
  format: z.literal(1),
  pages: z.array(PageEntrySchema),
  pageCounts: z.record(z.string(), PageCountSchema),
});

/**
 * A page as workspace.json lists it: identity plus a summary cache, so a workspace of thousands of pages opens
 * from one file. The page's own files (page.json, versions.json) stay the truth; opening a page refreshes this.
 */
export interface PageEntry {
  readonly id: string;
  readonly source: string;
  readonly sourceKind: PageSourceKind;
  readonly pageIndex: number;
  readonly status: PageStatus;
  readonly versionCount: number;
  readonly openFindings: number | null;
  readonly ocrRuns: number;
}

/** Cached page count of a TIFF or PDF, valid while its size and mtime match. */
export type PageCount = z.infer<typeof PageCountSchema>;

/** The content of workspace.json. */
export interface WorkspaceIndex {
  readonly pages: readonly PageEntry[];
  readonly pageCounts: Readonly<Record<string, PageCount>>;
}

/** Rebuilds the page list from the page folders (their page.json and version files). */
async function rebuildIndex(
  layout: WorkspaceLayout,
  context: StoreContext,
  writable: boolean,
): Promise<{ index: WorkspaceIndex; notices: StoreNotice[] }> {
  let names: string[] = [];
  try {
    names = await readdir(layout.pagesDir);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw toFsError(error, 'list', layout.pagesDir);
  }
  const pages: PageEntry[] = [];
  const notices: StoreNotice[] = [];
  for (const name of names) {
    let page;
    try {
      page = pageLayout(layout, name);
    } catch {
      continue;
    }
    const record = await readPageRecord(page);
    if (!record) continue;
    const { versions, notices: pageNotices } = await readVersions(page, name, context, writable);
    notices.push(...pageNotices);
    pages.push({
      id: name,
      source: record.source,
      sourceKind: record.sourceKind,
      pageIndex: record.pageIndex,
      status: record.status,
      versionCount: versions.length,
      openFindings: record.openFindings,
      ocrRuns: await countOcrRuns(page),
    });
  }
  return { index: { pages, pageCounts: {} }, notices };
}

/**
 * Reads workspace.json. When it is missing, the page list is rebuilt from the page folders (a fresh folder has
 * none); when it is damaged, it is also kept aside (never overwritten) and a notice says what happened.
 */
export async function readIndex(
  layout: WorkspaceLayout,
  context: StoreContext,
  writable: boolean,
): Promise<{ index: WorkspaceIndex; notices: StoreNotice[] }> {
  let raw: string | undefined;
  try {
    raw = await readFile(layout.workspaceFile, 'utf8');
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw toFsError(error, 'read', layout.workspaceFile);
  }
  if (raw !== undefined) {
    try {
      return { index: WorkspaceFileSchema.parse(JSON.parse(raw)), notices: [] };
    } catch {
      // damaged: rebuilt below
    }
  }
  const rebuilt = await rebuildIndex(layout, context, writable);
  if (raw === undefined) return rebuilt;
  const kept = writable ? await keepAside(layout.workspaceFile, context.now()) : undefined;
  return {
    index: rebuilt.index,
    notices: [
      {
        kind: 'recovered',
        message: `workspace.json was damaged; the page list was rebuilt from ${rebuilt.index.pages.length} page folder(s)${kept ? `, and the damaged file was kept as ${kept}` : ''}.`,
      },
      ...rebuilt.notices,
    ],
  };
}

/** Writes workspace.json atomically. */
export async function writeIndex(
  layout: WorkspaceLayout,
  index: WorkspaceIndex,
  context: StoreContext,
): Promise<void> {
  await writeFileAtomic(
    layout.workspaceFile,
    `${JSON.stringify({ format: 1, pages: index.pages, pageCounts: index.pageCounts })}\n`,
    context.fs,
  );
}
