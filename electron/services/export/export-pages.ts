import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { JiaokanError } from '../../../shared/ipc/errors';
import { realign } from '../../../shared/formats/realign';
import { buildReport, reportToCsv, reportToJson, type ReportPageInput } from '../../../shared/formats/report';
import { toAlto } from '../../../shared/formats/to-alto';
import { toHocr } from '../../../shared/formats/to-hocr';
import { toMarkdown } from '../../../shared/formats/to-markdown';
import { combineTexts, toText, type ExportMode, type ToTextOptions } from '../../../shared/formats/to-text';
import type { OcrResult } from '../../../shared/model/ocr';
import { nodeAtomicFs, writeFileAtomic, type AtomicFs } from '../fs/atomic-write';
import { errnoCode, toFsError } from '../fs/fs-errors';
import type { PageImage } from '../workspace/source-images';
import type { PageSummary, PageView } from '../workspace/workspace';
import { renderSearchablePdf, type TextLayerFont } from './searchable-pdf';

/** Export formats; `report` writes report.csv and report.json for all chosen pages. */
export const EXPORT_FORMATS = ['txt', 'md', 'hocr', 'alto', 'pdf', 'report'] as const;

/** An export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The part of a workspace (electron/services/workspace) the export reads. */
export interface ExportSource {
  pageIds(): string[];
  summary(pageId: string): PageSummary;
  openPage(pageId: string): Promise<PageView>;
  pageImage(pageId: string): Promise<PageImage>;
}

/** One page's lint hooks (see electron/services/workspace/lint-prefs.ts `PageLint`). */
export interface ExportPageLint {
  /** Number of open findings of a text. */
  countFindings(text: string, ocr: OcrResult | null): number;
  /** The style pack's safe fixes applied to a text (normalized mode). */
  applyStyle(text: string): string;
}

/**
 * Lint hooks per page, so each page is checked with its own pack and ignore list; absent where no linter is
 * wired, and then the report leaves the findings columns empty.
 */
export interface ExportLint {
  forPage(pageId: string): Promise<ExportPageLint>;
}

/** Everything one export needs; paths are the caller's, already checked. */
export interface ExportRequest {
  readonly source: ExportSource;
  readonly pageIds: readonly string[];
  readonly format: ExportFormat;
  readonly mode: ExportMode;
  readonly outDir: string;
  /** One file for all pages where the format allows (txt, md, pdf); else one file per page. */
  readonly combined: boolean;
  /** Replace existing files; without it an existing file stops the export before anything is written. */
  readonly force: boolean;
  /** Fonts for the PDF text layer, Latin first (see assets/fonts). */
  readonly fonts: () => Promise<readonly TextLayerFont[]>;
  readonly lint?: ExportLint;
  readonly softwareVersion: string;
  readonly now: () => Date;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** The file system writes go through; tests inject failures (EACCES, EROFS, ENOSPC). Default: the disk. */
  readonly fs?: AtomicFs;
}

/** `conflict`: files of the export's names exist and `force` was not given; nothing was written. */
export class ExportConflictError extends JiaokanError {
  /** Names (relative to the folder) of every file the export would replace. */
  readonly existing: readonly string[];
  constructor(outDir: string, existing: readonly string[]) {
    const shown = existing.slice(0, 3).join(', ') + (existing.length > 3 ? ', …' : '');
    super(
      'conflict',
      existing.length === 1
        ? `${join(outDir, existing[0] as string)} already exists; choose another folder or replace it (--force).`
        : `${existing.length} files already exist in ${outDir} (${shown}); choose another folder or replace them (--force).`,
    );
    this.existing = existing;
  }
}

/** What an export wrote. */
export interface ExportOutcome {
  /** Absolute paths, in writing order. */
  readonly files: string[];
  /** Things the user should know that did not stop the export (characters a PDF cannot make searchable). */
  readonly warnings: string[];
}

interface LoadedPage {
  readonly id: string;
  /** `p` + 1-based position in the workspace: the name of the page's files. */
  readonly name: string;
  readonly summary: PageSummary;
  readonly view: PageView;
  readonly ocr: OcrResult | null;
}

const EXTENSION: Record<Exclude<ExportFormat, 'report'>, string> = {
  txt: 'txt',
  md: 'md',
  hocr: 'hocr',
  alto: 'xml',
  pdf: 'pdf',
};

const NEEDS_OCR: readonly ExportFormat[] = ['hocr', 'alto', 'pdf', 'report'];

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new JiaokanError('cancelled', 'Export cancelled.');
}

/**
 * Creates the folder and proves it takes a new file by writing and removing one. A real write, not a permission
 * check: permission bits say nothing to root, and a read-only mount or a full disk only shows when writing.
 */
async function prepareFolder(outDir: string, fs: AtomicFs): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    const probe = join(outDir, `.jiaokan-export-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    const handle = await fs.open(probe, 'wx', 0o644);
    try {
      await handle.writeFile('');
    } finally {
      await handle.close();
      await fs.unlink(probe).catch(() => undefined);
    }
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
      throw new JiaokanError('read-only', `Cannot export to ${outDir}: the folder is read-only.`);
    if (code === 'ENOTDIR' || code === 'EEXIST')
      throw new JiaokanError('bad-input', `Cannot export to ${outDir}: it is not a folder.`);
    throw toFsError(error, 'write', outDir);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The file names an export will write, decided before anything is written. */
function targetsOf(request: ExportRequest, pages: readonly LoadedPage[]): string[] {
  if (request.format === 'report') return ['report.csv', 'report.json'];
  const extension = EXTENSION[request.format];
  if (request.combined && request.format !== 'hocr' && request.format !== 'alto')
    return [`pages.${extension}`];
  return pages.map((p) => `${p.name}.${extension}`);
}

/**
 * Exports pages of a workspace: loads and checks every page first (a page never recognized, for the formats that
 * need OCR boxes, or an empty page stops the export with a message naming it), refuses to replace existing files
 * unless `force`, then writes each file atomically (temp file, rename), so a failure never leaves half a file.
 * Progress counts pages; `signal` cancels between pages.
 */
export async function exportPages(request: ExportRequest): Promise<ExportOutcome> {
  const order = request.source.pageIds();
  const pages: LoadedPage[] = [];
  for (const id of request.pageIds) {
    const position = order.indexOf(id);
    if (position < 0) throw new JiaokanError('not-found', `No page ${id} in this workspace.`);
    const view = await request.source.openPage(id);
    const summary = request.source.summary(id);
    const name = `p${position + 1}`;
    if (NEEDS_OCR.includes(request.format) && !view.ocr)
      throw new JiaokanError(
        'bad-input',
        `Page ${name} (${summary.label}) was never recognized: run OCR on it before exporting ${request.format}.`,
      );
    if (view.text.trim() === '')
      throw new JiaokanError(
        'bad-input',
        `Page ${name} (${summary.label}) is empty: there is no text to export.`,
      );
    pages.push({ id, name, summary, view, ocr: view.ocr });
  }
  if (pages.length === 0) throw new JiaokanError('bad-input', 'No pages to export.');
  const fs = request.fs ?? nodeAtomicFs;
  await prepareFolder(request.outDir, fs);
  const targets = targetsOf(request, pages);
  if (!request.force) {
    const existing: string[] = [];
    for (const target of targets) if (await exists(join(request.outDir, target))) existing.push(target);
    if (existing.length > 0) throw new ExportConflictError(request.outDir, existing);
  }

  const files: string[] = [];
  const warnings: string[] = [];
  const write = async (name: string, data: string | Uint8Array): Promise<void> => {
    const path = join(request.outDir, name);
    await writeFileAtomic(path, data, fs);
    files.push(path);
  };
  const total = pages.length;
  const progress = (done: number): void => request.onProgress?.(done, total);
  const textOptions = async (page: LoadedPage): Promise<ToTextOptions> => {
    if (!request.lint || request.mode !== 'normalized') return { mode: request.mode };
    const hooks = await request.lint.forPage(page.id);
    return { mode: request.mode, applyStyle: (text) => hooks.applyStyle(text) };
  };
  progress(0);

  switch (request.format) {
    case 'txt':
    case 'md': {
      const outputs: string[] = [];
      for (const [i, page] of pages.entries()) {
        checkCancelled(request.signal);
        const options = await textOptions(page);
        const output =
          request.format === 'txt'
            ? toText(page.view.text, options)
            : toMarkdown(page.view.text, layoutOf(page), options);
        if (request.combined) outputs.push(output);
        else await write(`${page.name}.${request.format}`, output);
        progress(i + 1);
      }
      if (request.combined)
        await write(
          `pages.${request.format}`,
          request.format === 'txt' ? combineTexts(outputs) : outputs.join('\n---\n\n'),
        );
      break;
    }
    case 'hocr':
    case 'alto':
      for (const [i, page] of pages.entries()) {
        checkCancelled(request.signal);
        const layout = layoutOf(page);
        const imageName = page.summary.source;
        const output =
          request.format === 'hocr'
            ? toHocr(layout, { imageName, pageIndex: page.summary.pageIndex })
            : toAlto(layout, {
                imageName,
                pageNumber: page.summary.pageIndex + 1,
                softwareVersion: request.softwareVersion,
                processedAt: request.now().toISOString(),
              });
        await write(`${page.name}.${EXTENSION[request.format]}`, output);
        progress(i + 1);
      }
      break;
    case 'pdf': {
      const fonts = await request.fonts();
      const batches = request.combined ? [pages] : pages.map((p) => [p]);
      let done = 0;
      for (const batch of batches) {
        const inputs = [];
        for (const page of batch) {
          checkCancelled(request.signal);
          inputs.push(await pdfInput(request.source, page));
        }
        const title = batch.length === 1 ? (batch[0] as LoadedPage).summary.label : 'Jiaokan export';
        const { bytes, missing } = await renderSearchablePdf(inputs, fonts, {
          title,
          producer: `Jiaokan ${request.softwareVersion}`,
        });
        if (missing.length > 0)
          warnings.push(
            `${batch.map((p) => p.name).join(', ')}: no font has ${missing.join(' ')}; the PDF text layer leaves ${missing.length === 1 ? 'it' : 'them'} out.`,
          );
        await write(request.combined ? 'pages.pdf' : `${(batch[0] as LoadedPage).name}.pdf`, bytes);
        done += batch.length;
        progress(done);
      }
      break;
    }
    case 'report': {
      const inputs: ReportPageInput[] = [];
      for (const [i, page] of pages.entries()) {
        checkCancelled(request.signal);
        const ocrText = (page.ocr as OcrResult).text;
        const lint = request.lint ? await request.lint.forPage(page.id) : null;
        inputs.push({
          pageId: page.id,
          label: page.summary.label,
          status: page.summary.status,
          ocrText,
          finalText: page.view.text,
          findings: lint
            ? {
                atOcr: lint.countFindings(ocrText, page.ocr),
                open: lint.countFindings(page.view.text, page.ocr),
              }
            : null,
        });
        progress(i + 1);
      }
      const report = buildReport(inputs, request.now().toISOString());
      await write('report.csv', reportToCsv(report));
      await write('report.json', reportToJson(report));
      break;
    }
  }
  return { files, warnings };
}

/** The corrected layout of a page; a page without OCR has none (Markdown then knows no headings). */
function layoutOf(page: LoadedPage): OcrResult {
  if (page.ocr) return realign(page.ocr, page.view.text);
  return {
    engine: 'text',
    engineVersion: '',
    language: 'und',
    imageSize: { width: 0, height: 0 },
    blocks: [],
    text: page.view.text,
    createdAt: '',
  };
}

async function pdfInput(source: ExportSource, page: LoadedPage) {
  const image = await source.pageImage(page.id);
  const imageType = image.mime === 'image/jpeg' ? ('jpeg' as const) : ('png' as const);
  const sharp = (await import('sharp')).default;
  const { density } = await sharp(image.bytes).metadata();
  const layout = realign(page.ocr as OcrResult, page.view.text);
  // OCR boxes are in the pixels of the image OCR saw; a scan shown at another size is scaled to it.
  const scaled =
    layout.imageSize.width === image.width && layout.imageSize.height === image.height
      ? layout
      : {
          ...layout,
          imageSize: { width: image.width, height: image.height },
          blocks: scaleBlocks(layout, image),
        };
  return { image: image.bytes, imageType, dpi: density && density > 0 ? density : 300, layout: scaled };
}

function scaleBlocks(layout: OcrResult, image: { width: number; height: number }): OcrResult['blocks'] {
  const sx = image.width / (layout.imageSize.width || image.width);
  const sy = image.height / (layout.imageSize.height || image.height);
  const box = (b: { x0: number; y0: number; x1: number; y1: number }) => ({
    x0: b.x0 * sx,
    y0: b.y0 * sy,
    x1: b.x1 * sx,
    y1: b.y1 * sy,
  });
  return layout.blocks.map((block) => ({
    ...block,
    box: box(block.box),
    lines: block.lines.map((line) => ({
      ...line,
      box: box(line.box),
      words: line.words.map((word) => ({ ...word, box: box(word.box) })),
    })),
  }));
}

/** The fonts shipped in assets/fonts for the PDF text layer, read from `folder`. */
export async function loadTextLayerFonts(folder: string): Promise<TextLayerFont[]> {
  const names = ['LiberationSans-Regular.ttf', 'DroidSansFallbackFull.ttf'];
  return Promise.all(
    names.map(async (name) => ({ bytes: new Uint8Array(await readFile(join(folder, name))) })),
  );
}

/** The folder of the shipped fonts: assets/fonts above this module, in the source tree or the built out/main. */
export function findFontFolder(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, 'assets', 'fonts');
    if (existsSync(join(candidate, 'LiberationSans-Regular.ttf'))) return candidate;
    if (dirname(folder) === folder)
      throw new JiaokanError('internal', 'the fonts of the PDF text layer are missing');
  }
}
