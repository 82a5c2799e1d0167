import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type {
  NoticeSchema,
  PageSummarySchema,
  PageViewSchema,
  WorkspaceViewSchema,
} from '../../../shared/ipc/channels/workspace';
import { JiaokanError } from '../../../shared/ipc/errors';
import type { OcrResult } from '../../../shared/model/ocr';
import type { PageStatus } from '../../../shared/model/page';
import type { Version, VersionOrigin } from '../../../shared/model/version';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from '../fs/atomic-write';
import { errnoCode, toFsError } from '../fs/fs-errors';
import { workspaceLayout, pageLayout, type WorkspaceLayout } from './layout';
import { acquireLock, releaseLock, systemLockEnvironment, type LockEnvironment } from './lock';
import { naturalCompare } from './natural-order';
import { newPageId, pageKey } from './page-ids';
import {
  addOcrRun,
  appendVersion,
  deleteDraft,
  listOcrRuns,
  offeredDraft,
  readDraft,
  readNewestOcrRun,
  readOcrRun,
  readVersionText,
  readVersions,
  sha256Hex,
  writeDraft,
  writePageRecord,
  type OcrRunInfo,
  type StoreContext,
  type StoreNotice,
} from './page-store';
import { scanFolder, type Sidecars, type SourceFile } from './scan-folder';
import { readSidecar } from './sidecars';
import {
  countPages,
  makeThumbnail,
  pageImageSize,
  readPageImage,
  scannedPdfRenderer,
  type PageImage,
  type PdfRenderer,
} from './source-images';
import { readIndex, writeIndex, type PageCount, type PageEntry } from './workspace-index';

/** A notice as the UI shows it. */
export type Notice = z.infer<typeof NoticeSchema>;
/** A page as the page list shows it. */
export type PageSummary = z.infer<typeof PageSummarySchema>;
/** An open workspace as the UI sees it. */
export type WorkspaceView = z.infer<typeof WorkspaceViewSchema>;
/** Everything the editor needs to show a page (the model's readonly OcrResult in place of the schema's copy). */
export type PageView = Omit<z.infer<typeof PageViewSchema>, 'ocr'> & { readonly ocr: OcrResult | null };

/** What a workspace needs from outside; everything is optional and defaults to the real machine. */
export interface WorkspaceDeps {
  readonly fs?: AtomicFs;
  readonly now?: () => Date;
  readonly lock?: LockEnvironment;
  /**
   * Open findings of a page text, for the page list; null when no linter is available. `ocr` is the page's newest
   * OCR run (what the editor checks with), null when it has none.
   */
  readonly countFindings?: (
    text: string,
    ocr: OcrResult | null,
    pageId: string,
  ) => number | null | Promise<number | null>;
  /** How PDF pages become pictures; default the page's embedded scan, null for none. */
  readonly pdf?: PdfRenderer | null;
  /** Opaque id the UI uses for this workspace. */
  readonly id?: string;
  /** Display name; default the folder name. */
  readonly name?: string;
}

/** An open workspace: the pages of one folder and their versions, drafts and OCR runs. */
export interface Workspace {
  readonly root: string;
  readonly readOnly: boolean;
  view(): WorkspaceView;
  /** Page ids in page-list order. */
  pageIds(): string[];
  summary(pageId: string): PageSummary;
  openPage(pageId: string): Promise<PageView>;
  pageImage(pageId: string): Promise<PageImage>;
  thumbnail(pageId: string): Promise<PageImage>;
  setStatus(pageId: string, status: PageStatus): Promise<PageSummary>;
  saveDraft(pageId: string, text: string): Promise<{ savedAt: string }>;
  discardDraft(pageId: string): Promise<void>;
  saveVersion(pageId: string, text: string, note: string, origin: VersionOrigin): Promise<Version>;
  readVersion(pageId: string, n: number): Promise<{ version: Version; text: string }>;
  restoreVersion(pageId: string, n: number): Promise<Version>;
  /** Stores a new OCR result as the next run; makes the first version from it only when the page has none. */
  addOcrResult(pageId: string, result: OcrResult): Promise<{ run: OcrRunInfo; version: Version | null }>;
  readOcr(pageId: string, run: number): Promise<OcrResult>;
  /** Counts the open findings of the page's newest version again: its check settings (pack, ignore) changed. */
  recountFindings(pageId: string): Promise<PageSummary>;
  /** Releases the lock. */
  close(): Promise<void>;
}

interface LivePage extends PageEntry {
  readonly label: string;
  readonly multiPage: boolean;
  /** Sidecars (or the text file of a text-only page) not yet imported. */
  readonly pendingImport: Sidecars | null;
  readonly missingSource: boolean;
}

function labelOf(source: string, pageIndex: number, multiPage: boolean): string {
  if (multiPage) return `${source} #${pageIndex + 1}`;
  const dot = source.lastIndexOf('.');
  return dot > 0 ? source.slice(0, dot) : source;
}

function isReadOnlyError(error: unknown): boolean {
  return error instanceof JiaokanError
    ? error.code === 'read-only'
    : ['EACCES', 'EROFS', 'EPERM'].includes(errnoCode(error) ?? '');
}

/** Serializes the mutations of one workspace so read-modify-write of its JSON files never interleaves. */
function createQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** Reads the PNG header's size (bytes 16–24) of a cached thumbnail. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Opens the folder `root` as a workspace: lists its scans as pages (natural order, stable ids kept in
 * `.jiaokan/workspace.json`), imports sidecar OCR of new pages as their first version, and takes the lock.
 * Opens read-only, with a notice, when the folder cannot be written or another running Jiaokan holds it.
 * Decodes no image: thumbnails and sizes are made when asked for.
 */
export async function openWorkspace(root: string, deps: WorkspaceDeps = {}): Promise<Workspace> {
  const layout: WorkspaceLayout = workspaceLayout(root);
  const context: StoreContext = { fs: deps.fs ?? nodeAtomicFs, now: deps.now ?? (() => new Date()) };
  const lockEnv = deps.lock ?? systemLockEnvironment(context.now);
  const countFindings = deps.countFindings ?? (() => null);
  const pdf = deps.pdf === undefined ? scannedPdfRenderer : deps.pdf;
  const notices: Notice[] = [];
  const notice = (kind: Notice['kind'], message: string, pageId: string | null = null): void => {
    if (!notices.some((n) => n.message === message)) notices.push({ kind, message, pageId });
  };
  const fromStore = (items: readonly StoreNotice[], pageId: string | null = null): void => {
    for (const item of items) notice(item.kind, item.message, pageId);
  };

  try {
    const info = await stat(root);
    if (!info.isDirectory()) throw new JiaokanError('bad-input', `${root} is not a folder.`);
  } catch (error) {
    throw toFsError(error, 'read', root);
  }

  let readOnly = false;
  let readOnlyReason = '';
  let lockHeld = false;
  try {
    await mkdir(layout.dataDir, { recursive: true });
    const lock = await acquireLock(layout.lockFile, lockEnv, context.fs);
    if (lock.kind === 'held') {
      readOnly = true;
      readOnlyReason = `another Jiaokan (process ${lock.owner.pid} on ${lock.owner.host}, since ${lock.owner.startedAt}) has it open`;
    } else {
      lockHeld = true;
      if (lock.tookOverFrom) {
        notice(
          'recovered',
          `Took over the lock left by process ${lock.tookOverFrom.pid} on ${lock.tookOverFrom.host}, which is no longer running.`,
        );
      }
    }
  } catch (error) {
    if (!isReadOnlyError(error)) throw error;
    readOnly = true;
    readOnlyReason = 'the folder cannot be written';
  }
  if (readOnly) notice('read-only', `Opened read-only: ${readOnlyReason}. Changes cannot be saved.`);
  const writable = !readOnly;

  const { index, notices: indexNotices } = await readIndex(layout, context, writable);
  let lastWritten =
    indexNotices.length > 0 ? '' : JSON.stringify({ entries: index.pages, pageCounts: index.pageCounts });
  fromStore(indexNotices);
  const pageCounts: Record<string, PageCount> = { ...index.pageCounts };
  const known = new Map(index.pages.map((entry) => [pageKey(entry.source, entry.pageIndex), entry]));
  const taken = new Set(index.pages.map((entry) => entry.id));
  const pages: LivePage[] = [];

  const sourcePageCount = async (file: SourceFile): Promise<number> => {
    if (!file.multiPage) return 1;
    const cached = pageCounts[file.source];
    if (cached && cached.size === file.multiPage.size && cached.mtimeMs === file.multiPage.mtimeMs)
      return cached.pages;
    const pagesInFile = await countPages(join(root, file.source), file.sourceKind);
    pageCounts[file.source] = { ...file.multiPage, pages: pagesInFile };
    return pagesInFile;
  };

  for (const file of await scanFolder(root)) {
    let count: number;
    try {
      count = await sourcePageCount(file);
    } catch (error) {
      notice('error', error instanceof Error ? error.message : String(error));
      continue;
    }
    for (let pageIndex = 0; pageIndex < count; pageIndex += 1) {
      const key = pageKey(file.source, pageIndex);
      const existing = known.get(key);
      known.delete(key);
      const multiPage = count > 1;
      const hasImport = file.sourceKind === 'text' || Object.keys(file.sidecars).length > 0;
      const entry: PageEntry = existing ?? {
        id: newPageId(file.baseName, file.source, pageIndex, multiPage, taken),
        source: file.source,
        sourceKind: file.sourceKind,
        pageIndex,
        status: 'new',
        versionCount: 0,
        openFindings: null,
        ocrRuns: 0,
      };
      taken.add(entry.id);
      const pendingImport =
        entry.versionCount === 0 && entry.ocrRuns === 0 && hasImport
          ? file.sourceKind === 'text'
            ? { txt: file.source }
            : file.sidecars
          : null;
      pages.push({
        ...entry,
        label: labelOf(file.source, pageIndex, multiPage),
        multiPage,
        pendingImport,
        missingSource: false,
      });
    }
  }
  // Pages whose scan is gone keep their work and stay listed; pages that never had any simply disappear.
  for (const entry of known.values()) {
    if (entry.versionCount === 0 && entry.ocrRuns === 0) continue;
    pages.push({
      ...entry,
      label: labelOf(entry.source, entry.pageIndex, false),
      multiPage: false,
      pendingImport: null,
      missingSource: true,
    });
    notice(
      'missing-source',
      `The scan ${entry.source} of page ${entry.id} is missing; its versions are kept.`,
      entry.id,
    );
  }
  pages.sort((a, b) => naturalCompare(a.source, b.source) || a.pageIndex - b.pageIndex);
  const byId = new Map(pages.map((page) => [page.id, page]));

  const enqueue = createQueue();

  const find = (pageId: string): LivePage => {
    const page = byId.get(pageId);
    if (!page) throw new JiaokanError('not-found', `No page ${JSON.stringify(pageId)} in this workspace.`);
    return page;
  };
  const update = (pageId: string, patch: Partial<LivePage>): LivePage => {
    const next = { ...find(pageId), ...patch };
    byId.set(pageId, next);
    const at = pages.findIndex((p) => p.id === pageId);
    pages[at] = next;
    return next;
  };
  const assertWritable = (): void => {
    if (readOnly)
      throw new JiaokanError(
        'read-only',
        `This workspace is open read-only (${readOnlyReason}); nothing was saved.`,
      );
  };
  const saveIndex = async (): Promise<void> => {
    if (readOnly) return;
    const entries: PageEntry[] = pages.map(
      ({ id, source, sourceKind, pageIndex, status, versionCount, openFindings, ocrRuns }) => ({
        id,
        source,
        sourceKind,
        pageIndex,
        status,
        versionCount,
        openFindings,
        ocrRuns,
      }),
    );
    const content = JSON.stringify({ entries, pageCounts });
    // Reopening an unchanged folder of thousands of pages should not rewrite and fsync its index.
    if (content === lastWritten) return;
    await writeIndex(layout, { pages: entries, pageCounts }, context);
    lastWritten = content;
  };
  const savePageRecord = async (page: LivePage): Promise<void> => {
    await writePageRecord(
      pageLayout(layout, page.id),
      {
        id: page.id,
        source: page.source,
        sourceKind: page.sourceKind,
        pageIndex: page.pageIndex,
        status: page.status,
        openFindings: page.openFindings,
      },
      context,
    );
  };
  const toSummary = (page: LivePage): PageSummary => ({
    id: page.id,
    source: page.source,
    sourceKind: page.sourceKind,
    pageIndex: page.pageIndex,
    status: page.status,
    label: page.label,
    versionCount: page.versionCount,
    openFindings: page.openFindings,
    hasOcr: page.ocrRuns > 0 || page.pendingImport !== null,
  });
  const sourcePath = (page: LivePage): string => join(root, page.source);

  /** New version + status/findings bookkeeping; called inside the queue. */
  const addVersion = async (
    pageId: string,
    text: string,
    note: string,
    origin: VersionOrigin,
    ocr: OcrResult | null,
  ): Promise<Version> => {
    const page = find(pageId);
    const files = pageLayout(layout, pageId);
    const { versions, notices: found } = await readVersions(files, pageId, context, writable);
    fromStore(found, pageId);
    const version = await appendVersion(files, versions, text, note, origin, context);
    await deleteDraft(files, context);
    const edited = origin === 'edit' || origin === 'fix' || origin === 'restore';
    const status: PageStatus =
      page.status === 'proofread' || page.status === 'in-progress'
        ? page.status
        : edited
          ? 'in-progress'
          : 'recognized';
    const newestOcr = ocr ?? (await readNewestOcrRun(files, pageId));
    const next = update(pageId, {
      versionCount: versions.length + 1,
      status,
      openFindings: await countFindings(text, newestOcr, pageId),
      pendingImport: null,
    });
    await savePageRecord(next);
    await saveIndex();
    return version;
  };

  const importPage = async (page: LivePage, imports: Sidecars): Promise<void> => {
    const createdAt = context.now().toISOString();
    const imported = await readSidecar(
      root,
      imports,
      page.pageIndex,
      () => pageImageSize(sourcePath(page), page.sourceKind, page.pageIndex),
      createdAt,
    );
    if (!imported) {
      update(page.id, { pendingImport: null });
      return;
    }
    if (imported.ocr) {
      await addOcrRun(pageLayout(layout, page.id), imported.ocr, context);
      update(page.id, { ocrRuns: page.ocrRuns + 1 });
    }
    await addVersion(page.id, imported.text, '', 'import', imported.ocr);
  };

  if (writable) {
    for (const page of [...pages]) {
      if (!page.pendingImport) continue;
      try {
        await importPage(page, page.pendingImport);
      } catch (error) {
        update(page.id, { pendingImport: null });
        notice(
          'error',
          `Page ${page.id}: could not import ${error instanceof Error ? error.message : String(error)}`,
          page.id,
        );
      }
    }
    await saveIndex();
  }

  const verifiedTexts = async (
    pageId: string,
    versions: readonly Version[],
  ): Promise<{ text: string; bad: Notice[] }> => {
    const files = pageLayout(layout, pageId);
    const bad: Notice[] = [];
    let text: string | null = null;
    for (const version of [...versions].reverse()) {
      try {
        const content = await readVersionText(files, pageId, version);
        if (text === null) text = content;
      } catch (error) {
        if (!(error instanceof JiaokanError)) throw error;
        bad.push({ kind: 'tampered', message: error.message, pageId });
      }
    }
    return { text: text ?? '', bad };
  };

  const workspace: Workspace = {
    root,
    readOnly,
    view: () => ({
      id: deps.id ?? sha256Hex(root).slice(0, 16),
      name: deps.name ?? basename(root),
      readOnly,
      notices: [...notices],
      pages: pages.map(toSummary),
    }),
    pageIds: () => pages.map((p) => p.id),
    summary: (pageId) => toSummary(find(pageId)),

    openPage: async (pageId) => {
      const page = find(pageId);
      const files = pageLayout(layout, pageId);
      const pageNotices: Notice[] = [];
      const { versions, notices: found } = await readVersions(files, pageId, context, writable);
      for (const item of found) pageNotices.push({ kind: item.kind, message: item.message, pageId });
      const { text: newestText, bad } = await verifiedTexts(pageId, versions);
      pageNotices.push(...bad);
      const runs = await listOcrRuns(files, pageId);
      let ocr = runs.at(-1)?.result ?? null;
      let text = newestText;
      if (page.pendingImport && versions.length === 0) {
        // Read-only folder: show the sidecar's text without storing it.
        const preview = await readSidecar(
          root,
          page.pendingImport,
          page.pageIndex,
          () => pageImageSize(sourcePath(page), page.sourceKind, page.pageIndex),
          context.now().toISOString(),
        ).catch(() => null);
        if (preview) {
          text = preview.text;
          ocr = preview.ocr;
        }
      }
      const draft = offeredDraft(await readDraft(files, context, writable), versions, newestText);
      let imageSize = ocr?.imageSize ?? null;
      if (page.sourceKind !== 'text') {
        try {
          await stat(sourcePath(page));
          imageSize ??= await pageImageSize(sourcePath(page), page.sourceKind, page.pageIndex);
        } catch {
          pageNotices.push({
            kind: 'missing-source',
            message: `The scan ${page.source} is missing from the workspace folder.`,
            pageId,
          });
        }
      }
      for (const item of pageNotices) notice(item.kind, item.message, pageId);
      if (page.versionCount !== versions.length || page.ocrRuns !== runs.length) {
        update(pageId, { versionCount: versions.length, ocrRuns: runs.length });
        // The summary cache is refreshed opportunistically; the page files stay the truth if this fails.
        await enqueue(saveIndex).catch(() => undefined);
      }
      return {
        page: toSummary(find(pageId)),
        text,
        versions,
        draft: draft ? { text: draft.text, savedAt: draft.savedAt } : null,
        ocr,
        ocrRuns: runs.map((r) => r.info),
        imageSize,
        notices: pageNotices,
      };
    },

    pageImage: async (pageId) => {
      const page = find(pageId);
      return readPageImage(sourcePath(page), page.sourceKind, page.pageIndex, pdf);
    },

    thumbnail: async (pageId) => {
      const page = find(pageId);
      // pageLayout validates the id before it becomes part of a path.
      const cached = join(layout.thumbsDir, `${basename(pageLayout(layout, pageId).dir)}.png`);
      const source = sourcePath(page);
      let sourceTime: number;
      try {
        sourceTime = (await stat(source)).mtimeMs;
      } catch (error) {
        if (page.sourceKind === 'text')
          throw new JiaokanError('not-found', `${page.source} is a text-only page: it has no scan.`);
        throw toFsError(error, 'read', source);
      }
      try {
        if ((await stat(cached)).mtimeMs >= sourceTime) {
          const bytes = new Uint8Array(await readFile(cached));
          return { mime: 'image/png', bytes, ...pngSize(bytes) };
        }
      } catch {
        // not cached yet
      }
      const thumb = await makeThumbnail(source, page.sourceKind, page.pageIndex, pdf);
      if (!readOnly) {
        await mkdir(layout.thumbsDir, { recursive: true })
          .then(() => writeFileAtomic(cached, thumb.bytes, context.fs))
          .catch(() => undefined); // a cache: failing to keep it costs only time
      }
      return thumb;
    },

    setStatus: (pageId, status) =>
      enqueue(async () => {
        assertWritable();
        const next = update(pageId, { status });
        await savePageRecord(next);
        await saveIndex();
        return toSummary(next);
      }),

    saveDraft: (pageId, text) =>
      enqueue(async () => {
        assertWritable();
        const page = find(pageId);
        const files = pageLayout(layout, pageId);
        const { versions } = await readVersions(files, pageId, context, writable);
        const draft = await writeDraft(files, text, versions.at(-1)?.n ?? 0, context);
        if (page.status === 'new' || page.status === 'recognized') {
          const next = update(pageId, { status: 'in-progress' });
          await savePageRecord(next);
          await saveIndex();
        }
        return { savedAt: draft.savedAt };
      }),

    discardDraft: (pageId) =>
      enqueue(async () => {
        assertWritable();
        find(pageId);
        await deleteDraft(pageLayout(layout, pageId), context);
      }),

    saveVersion: (pageId, text, note, origin) =>
      enqueue(async () => {
        assertWritable();
        return addVersion(pageId, text, note, origin, null);
      }),

    readVersion: async (pageId, n) => {
      find(pageId);
      const files = pageLayout(layout, pageId);
      const { versions } = await readVersions(files, pageId, context, writable);
      const version = versions.find((v) => v.n === n);
      if (!version) throw new JiaokanError('not-found', `Page ${pageId} has no version ${n}.`);
      return { version, text: await readVersionText(files, pageId, version) };
    },

    restoreVersion: (pageId, n) =>
      enqueue(async () => {
        assertWritable();
        const { version, text } = await workspace.readVersion(pageId, n);
        return addVersion(pageId, text, `#${version.n}`, 'restore', null);
      }),

    addOcrResult: (pageId, result) =>
      enqueue(async () => {
        assertWritable();
        const files = pageLayout(layout, pageId);
        const run = await addOcrRun(files, result, context);
        const page = update(pageId, { ocrRuns: find(pageId).ocrRuns + 1, pendingImport: null });
        const { versions } = await readVersions(files, pageId, context, writable);
        if (versions.length > 0) {
          if (page.status === 'new') await savePageRecord(update(pageId, { status: 'recognized' }));
          await saveIndex();
          return { run, version: null };
        }
        return { run, version: await addVersion(pageId, result.text, '', 'ocr', result) };
      }),

    readOcr: async (pageId, run) => {
      find(pageId);
      return readOcrRun(pageLayout(layout, pageId), pageId, run);
    },

    recountFindings: (pageId) =>
      enqueue(async () => {
        assertWritable();
        find(pageId);
        const files = pageLayout(layout, pageId);
        const { versions } = await readVersions(files, pageId, context, writable);
        if (versions.length === 0) return toSummary(find(pageId));
        const { text } = await verifiedTexts(pageId, versions);
        const newestOcr = await readNewestOcrRun(files, pageId);
        const next = update(pageId, { openFindings: await countFindings(text, newestOcr, pageId) });
        await savePageRecord(next);
        await saveIndex();
        return toSummary(next);
      }),

    close: async () => {
      if (lockHeld) await releaseLock(layout.lockFile, lockEnv);
      lockHeld = false;
    },
  };
  return workspace;
}
