import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { JiaokanError } from '../../../shared/ipc/errors';
import { OcrResultSchema, PageStatusSchema, VersionSchema } from '../../../shared/ipc/schemas';
import type { OcrResult } from '../../../shared/model/ocr';
import type { PageSourceKind, PageStatus } from '../../../shared/model/page';
import type { Version, VersionOrigin } from '../../../shared/model/version';
import { createFileExclusive, syncFolder, writeFileAtomic, type AtomicFs } from '../fs/atomic-write';
import { errnoCode, toFsError } from '../fs/fs-errors';
import {
  ocrRunFileName,
  parseOcrRunFileName,
  parseVersionFileName,
  versionFileName,
  versionMetaFileName,
  type PageLayout,
} from './layout';

/** What page storage needs from outside: the file system (tests inject failures) and the clock. */
export interface StoreContext {
  readonly fs: AtomicFs;
  readonly now: () => Date;
}

/** Something found wrong on disk while reading a page, for the user to see. */
export interface StoreNotice {
  readonly kind: 'recovered' | 'tampered';
  readonly message: string;
}

/** Hex SHA-256 of the UTF-8 bytes of `text`, as recorded in each Version. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const VersionsFileSchema = z.object({ format: z.literal(1), versions: z.array(VersionSchema) });

/** `page.json`: who the page is (so a lost workspace.json can be rebuilt) and its status. */
export const PageRecordSchema = z.object({
  format: z.literal(1),
  id: z.string(),
  source: z.string(),
  sourceKind: z.enum(['image', 'pdf', 'text']),
  pageIndex: z.number().int().min(0),
  status: PageStatusSchema,
  openFindings: z.number().int().min(0).nullable(),
});

/** The stored identity and status of a page. */
export interface PageRecord {
  readonly id: string;
  readonly source: string;
  readonly sourceKind: PageSourceKind;
  readonly pageIndex: number;
  readonly status: PageStatus;
  readonly openFindings: number | null;
}

const DraftFileSchema = z.object({
  format: z.literal(1),
  /** How many versions existed when the draft was written: a draft older than the newest version is stale. */
  baseVersion: z.number().int().min(0),
  savedAt: z.string(),
  text: z.string(),
});

/** Unsaved edits kept for crash recovery. */
export interface Draft {
  readonly baseVersion: number;
  readonly savedAt: string;
  readonly text: string;
}

/** One stored OCR run's identity, without the words. */
export interface OcrRunInfo {
  readonly run: number;
  readonly engine: string;
  readonly language: string;
  readonly createdAt: string;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw toFsError(error, 'read', path);
  }
}

async function ensureDir(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw toFsError(error, 'create', path);
  }
}

/**
 * Moves a damaged file aside under a name that is not yet taken (`versions.json.corrupt-<time>`), so the
 * evidence survives and the rebuilt file can take its place. Returns the new name.
 */
export async function keepAside(path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n += 1) {
    const target = `${path}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}`;
    try {
      await stat(target);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw toFsError(error, 'read', target);
      await rename(path, target).catch((renameError: unknown) => {
        throw toFsError(renameError, 'write', target);
      });
      return target;
    }
  }
}

async function listVersionFiles(page: PageLayout): Promise<number[]> {
  try {
    const names = await readdir(page.versionsDir);
    return names
      .map(parseVersionFileName)
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw toFsError(error, 'list', page.versionsDir);
  }
}

/**
 * Version `n`'s own record as saved beside its text, when it is there, parses, and describes exactly `text`
 * (same number and SHA-256); else undefined.
 */
async function readVersionMeta(page: PageLayout, n: number, text: string): Promise<Version | undefined> {
  const raw = await readIfExists(join(page.versionsDir, versionMetaFileName(n))).catch(() => undefined);
  if (raw === undefined) return undefined;
  try {
    const meta = VersionSchema.parse(JSON.parse(raw));
    return meta.n === n && meta.sha256 === sha256Hex(text) ? meta : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Rebuilds the version list from the version files when versions.json is lost or damaged. Texts and hashes are
 * exact. Note, origin and time come from each version's own record (`0003.meta.json`); a version saved without
 * one (by an older Jiaokan) gets its file's mtime, no note, and origin `import` for the first, `edit` after.
 * Returns the versions and how many of them had no usable record.
 */
async function rebuildVersions(page: PageLayout): Promise<{ versions: Version[]; guessed: number }> {
  const versions: Version[] = [];
  let guessed = 0;
  for (const n of await listVersionFiles(page)) {
    const path = join(page.versionsDir, versionFileName(n));
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw toFsError(error, 'read', path);
    });
    const meta = await readVersionMeta(page, n, text);
    if (meta) {
      versions.push(meta);
      continue;
    }
    guessed += 1;
    const info = await stat(path);
    versions.push({
      n,
      createdAt: info.mtime.toISOString(),
      note: '',
      origin: n === 1 ? 'import' : 'edit',
      sha256: sha256Hex(text),
      chars: text.length,
    });
  }
  return { versions, guessed };
}

/**
 * The page's version list. A missing or damaged versions.json is rebuilt from the version files; the damaged
 * file is kept aside (when the folder is writable) and a notice says so. Version files written by a save that
 * crashed before versions.json was updated are not listed: the save never completed.
 */
export async function readVersions(
  page: PageLayout,
  pageId: string,
  context: StoreContext,
  writable: boolean,
): Promise<{ versions: Version[]; notices: StoreNotice[] }> {
  const raw = await readIfExists(page.versionsFile);
  if (raw !== undefined) {
    let parsed: z.infer<typeof VersionsFileSchema> | undefined;
    try {
      parsed = VersionsFileSchema.parse(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (parsed) return { versions: parsed.versions, notices: [] };
  }
  const files = await listVersionFiles(page);
  if (raw === undefined && files.length === 0) return { versions: [], notices: [] };
  const { versions, guessed } = await rebuildVersions(page);
  let where = '';
  if (writable) {
    if (raw !== undefined)
      where = `; the damaged file was kept as ${await keepAside(page.versionsFile, context.now())}`;
    await writeVersionsFile(page, versions, context);
  }
  const what = raw === undefined ? 'was missing' : 'was damaged';
  return {
    versions,
    notices: [
      {
        kind: 'recovered',
        message: `Page ${pageId}: versions.json ${what}; rebuilt ${versions.length} version(s) from the version files${guessed > 0 ? ` (the notes and origins of ${guessed} could not be recovered)` : ''}${where}.`,
      },
    ],
  };
}

async function writeVersionsFile(
  page: PageLayout,
  versions: readonly Version[],
  context: StoreContext,
): Promise<void> {
  await writeFileAtomic(
    page.versionsFile,
    `${JSON.stringify({ format: 1, versions }, null, 1)}\n`,
    context.fs,
  );
}

/**
 * Reads a version's text and checks it against its recorded SHA-256. A file changed behind our back is never
 * returned: the caller gets a `conflict` error naming the version.
 */
export async function readVersionText(page: PageLayout, pageId: string, version: Version): Promise<string> {
  const path = join(page.versionsDir, versionFileName(version.n));
  const text = await readIfExists(path);
  if (text === undefined) {
    throw new JiaokanError('not-found', `Version ${version.n} of page ${pageId} is missing (${path}).`);
  }
  if (sha256Hex(text) !== version.sha256) {
    throw new JiaokanError(
      'conflict',
      `Version ${version.n} of page ${pageId} was changed outside Jiaokan (its SHA-256 no longer matches); it is not used.`,
    );
  }
  return text;
}

/**
 * Saves a new immutable version: the text file first, then the list that records it, each atomically. A crash
 * between the two leaves an unlisted file that the next save replaces; the listed versions never change.
 */
export async function appendVersion(
  page: PageLayout,
  versions: readonly Version[],
  text: string,
  note: string,
  origin: VersionOrigin,
  context: StoreContext,
): Promise<Version> {
  const n = versions.reduce((max, v) => Math.max(max, v.n), 0) + 1;
  const version: Version = {
    n,
    createdAt: context.now().toISOString(),
    note,
    origin,
    sha256: sha256Hex(text),
    chars: text.length,
  };
  await ensureDir(page.versionsDir);
  await writeFileAtomic(join(page.versionsDir, versionFileName(n)), text, context.fs);
  await writeFileAtomic(
    join(page.versionsDir, versionMetaFileName(n)),
    `${JSON.stringify(version)}\n`,
    context.fs,
  );
  await writeVersionsFile(page, [...versions, version], context);
  return version;
}

/** The page's draft, or null. A damaged draft is kept aside and ignored. */
export async function readDraft(
  page: PageLayout,
  context: StoreContext,
  writable: boolean,
): Promise<Draft | null> {
  const raw = await readIfExists(page.draftFile);
  if (raw === undefined) return null;
  try {
    const { baseVersion, savedAt, text } = DraftFileSchema.parse(JSON.parse(raw));
    return { baseVersion, savedAt, text };
  } catch {
    if (writable) await keepAside(page.draftFile, context.now());
    return null;
  }
}

/** Writes the draft atomically; `baseVersion` is the number of the newest version it was typed over. */
export async function writeDraft(
  page: PageLayout,
  text: string,
  baseVersion: number,
  context: StoreContext,
): Promise<Draft> {
  const draft: Draft = { baseVersion, savedAt: context.now().toISOString(), text };
  await ensureDir(page.dir);
  await writeFileAtomic(page.draftFile, `${JSON.stringify({ format: 1, ...draft })}\n`, context.fs);
  return draft;
}

/** Removes the draft (after a version saved it, or when the user discards it). */
export async function deleteDraft(page: PageLayout, context: StoreContext): Promise<void> {
  try {
    await unlink(page.draftFile);
    await syncFolder(page.dir, context.fs);
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw toFsError(error, 'delete', page.draftFile);
  }
}

/** The draft the user should be offered back: newer than the newest version and different from it. */
export function offeredDraft(
  draft: Draft | null,
  versions: readonly Version[],
  newestText: string,
): Draft | null {
  if (!draft) return null;
  const newest = versions.at(-1)?.n ?? 0;
  if (draft.baseVersion < newest || draft.text === newestText) return null;
  return draft;
}

/** Reads page.json; null when the page has no stored record or it is damaged. */
export async function readPageRecord(page: PageLayout): Promise<PageRecord | null> {
  const raw = await readIfExists(page.pageFile);
  if (raw === undefined) return null;
  try {
    const { id, source, sourceKind, pageIndex, status, openFindings } = PageRecordSchema.parse(
      JSON.parse(raw),
    );
    return { id, source, sourceKind, pageIndex, status, openFindings };
  } catch {
    return null;
  }
}

/** Writes page.json atomically. */
export async function writePageRecord(
  page: PageLayout,
  record: PageRecord,
  context: StoreContext,
): Promise<void> {
  await ensureDir(page.dir);
  await writeFileAtomic(page.pageFile, `${JSON.stringify({ format: 1, ...record })}\n`, context.fs);
}

async function listOcrRunNumbers(page: PageLayout): Promise<number[]> {
  try {
    return (await readdir(page.dir))
      .map(parseOcrRunFileName)
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw toFsError(error, 'list', page.dir);
  }
}

/** Reads one stored OCR run. */
export async function readOcrRun(page: PageLayout, pageId: string, run: number): Promise<OcrResult> {
  const path = join(page.dir, ocrRunFileName(run));
  const raw = await readIfExists(path);
  if (raw === undefined) throw new JiaokanError('not-found', `Page ${pageId} has no OCR run ${run}.`);
  try {
    return OcrResultSchema.parse(JSON.parse(raw));
  } catch {
    throw new JiaokanError('io', `OCR run ${run} of page ${pageId} is damaged (${path}).`);
  }
}

/**
 * The newest readable OCR run of a page, or null: what saving, counting findings and export need. Reads runs from
 * the newest down and stops at the first that parses, so a page re-recognized many times costs one read, not all.
 */
export async function readNewestOcrRun(page: PageLayout, pageId: string): Promise<OcrResult | null> {
  for (const run of (await listOcrRunNumbers(page)).reverse()) {
    const result = await readOcrRun(page, pageId, run).catch(() => undefined);
    if (result) return result;
  }
  return null;
}

/** The stored OCR runs of a page, oldest first; damaged run files are skipped. */
export async function listOcrRuns(
  page: PageLayout,
  pageId: string,
): Promise<{ info: OcrRunInfo; result: OcrResult }[]> {
  const runs: { info: OcrRunInfo; result: OcrResult }[] = [];
  for (const run of await listOcrRunNumbers(page)) {
    const result = await readOcrRun(page, pageId, run).catch(() => undefined);
    if (result)
      runs.push({
        info: { run, engine: result.engine, language: result.language, createdAt: result.createdAt },
        result,
      });
  }
  return runs;
}

/** Stores an OCR result as the next run; earlier runs are never overwritten (exclusive create). */
export async function addOcrRun(
  page: PageLayout,
  result: OcrResult,
  context: StoreContext,
): Promise<OcrRunInfo> {
  await ensureDir(page.dir);
  const existing = await listOcrRunNumbers(page);
  const data = `${JSON.stringify(result)}\n`;
  for (let run = (existing.at(-1) ?? 0) + 1; ; run += 1) {
    if (await createFileExclusive(join(page.dir, ocrRunFileName(run)), data, context.fs)) {
      return { run, engine: result.engine, language: result.language, createdAt: result.createdAt };
    }
  }
}

/** The number of stored OCR runs, without reading them. */
export async function countOcrRuns(page: PageLayout): Promise<number> {
  return (await listOcrRunNumbers(page)).length;
}
