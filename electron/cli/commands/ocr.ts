import { mkdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import sharp from 'sharp';
import { toHocr } from '../../../shared/formats/to-hocr';
import { JiaokanError } from '../../../shared/ipc/errors';
import type { OcrResult } from '../../../shared/model/ocr';
import { writeFileAtomic } from '../../services/fs/atomic-write';
import { readImageFile, type DecodedImage } from '../../services/image/decode-image';
import { parseLanguage } from '../../services/ocr/language-data';
import { createOcrService, type OcrProgress, type OcrService } from '../../services/ocr/ocr-service';
import { recognizeWorkspace } from './ocr-workspace';

/** Output formats of `jiaokan ocr`. */
export const OCR_FORMATS = ['txt', 'json', 'hocr'] as const;

/** One output format of `jiaokan ocr`. */
export type OcrFormat = (typeof OCR_FORMATS)[number];

/**
 * One page to recognize: where it comes from (for messages and output names) and how to get its pixels. File
 * mode makes one per image page; another source (a workspace) only has to make these too.
 */
export interface OcrPageSource {
  /** Shown in progress and error lines: the file name, with the page for multi-page files. */
  readonly label: string;
  /** Output file name without extension. */
  readonly outputName: string;
  /** Image file name and 0-based page within it, recorded in hOCR. */
  readonly imageName: string;
  readonly pageIndex: number;
  load(): Promise<DecodedImage>;
}

/** Where results go: each recognized page once, and each page that failed, in input order or as they come. */
export interface OcrSink {
  result(page: OcrPageSource, result: OcrResult, image: DecodedImage): Promise<void>;
  failure(page: OcrPageSource, error: unknown): Promise<void>;
}

/** How the pages are recognized and reported. */
export interface OcrRunOptions {
  readonly language: string;
  readonly service: OcrService;
  /** Pages handled at once: the pool size, so decoding the next page overlaps recognition. */
  readonly concurrency: number;
  readonly onProgress?: (page: OcrPageSource, index: number, progress: OcrProgress | 'done') => void;
}

/**
 * Recognizes every page, `concurrency` at a time, handing each outcome to the sink. A page that cannot be read
 * or recognized is reported and the others go on. Returns how many failed.
 */
export async function recognizePages(
  pages: readonly OcrPageSource[],
  sink: OcrSink,
  options: OcrRunOptions,
): Promise<number> {
  let next = 0;
  let failures = 0;
  const runner = async (): Promise<void> => {
    while (next < pages.length) {
      const index = next;
      next += 1;
      const page = pages[index];
      if (!page) continue;
      try {
        const image = await page.load();
        const result = await options.service.recognize(image.png, {
          language: options.language,
          onProgress: (progress) => options.onProgress?.(page, index, progress),
        });
        options.onProgress?.(page, index, 'done');
        await sink.result(page, result, image);
      } catch (error) {
        failures += 1;
        await sink.failure(page, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, runner));
  return failures;
}

/** A result in the chosen format. */
export function formatResult(
  result: OcrResult,
  format: OcrFormat,
  page: Pick<OcrPageSource, 'imageName' | 'pageIndex'>,
): string {
  switch (format) {
    case 'txt':
      return result.text;
    case 'json':
      return `${JSON.stringify(result)}\n`;
    case 'hocr':
      return toHocr(result, { imageName: page.imageName, pageIndex: page.pageIndex });
  }
}

/** Pages in an image file without decoding it: only TIFF holds several; unreadable files count 1 (and fail later). */
async function pageCountOf(file: string): Promise<number> {
  if (!/\.tiff?$/i.test(file)) return 1;
  try {
    return (await sharp(file).metadata()).pages ?? 1;
  } catch {
    return 1;
  }
}

/** Pages of the image files: one per page, so a multi-page TIFF gives `scan.p1`, `scan.p2`… */
async function filePages(files: readonly string[]): Promise<OcrPageSource[]> {
  const pages: OcrPageSource[] = [];
  const stems = files.map((file) => basename(file, extname(file)));
  for (const [i, file] of files.entries()) {
    // Two inputs with one stem (a.jpg, a.png) keep their extension in the output name.
    const stem =
      stems.filter((s) => s === stems[i]).length > 1 ? basename(file) : (stems[i] ?? basename(file));
    const pageCount = await pageCountOf(file);
    for (let page = 0; page < pageCount; page += 1) {
      pages.push({
        label: pageCount > 1 ? `${basename(file)} (page ${page + 1})` : basename(file),
        outputName: pageCount > 1 ? `${stem}.p${page + 1}` : stem,
        imageName: basename(file),
        pageIndex: page,
        load: () => readImageFile(file, page),
      });
    }
  }
  return pages;
}

function errorLine(page: OcrPageSource, error: unknown): string {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  // Image errors already start with the file name.
  return message.startsWith(`${page.imageName}:`) ? message : `${page.label}: ${message}`;
}

/** Writes results to stdout in the order of `pages`, whatever order they finish in. */
function stdoutSink(format: OcrFormat, pages: readonly OcrPageSource[]): OcrSink {
  const done = new Map<OcrPageSource, string>();
  let printed = 0;
  const flush = (): void => {
    for (let page = pages[printed]; page !== undefined && done.has(page); page = pages[printed]) {
      const text = done.get(page) ?? '';
      if (text !== '' && format === 'txt' && pages.length > 1)
        process.stdout.write(`==> ${page.label} <==\n`);
      process.stdout.write(text);
      printed += 1;
    }
  };
  return {
    result: async (page, result) => {
      done.set(page, formatResult(result, format, page));
      flush();
    },
    failure: async (page, error) => {
      process.stderr.write(`jiaokan: ${errorLine(page, error)}\n`);
      done.set(page, '');
      flush();
    },
  };
}

/** Writes each result to `<dir>/<outputName>.<format>` atomically; failures go to stderr. */
function folderSink(dir: string, format: OcrFormat): OcrSink {
  return {
    result: async (page, result) => {
      await writeFileAtomic(join(dir, `${page.outputName}.${format}`), formatResult(result, format, page));
    },
    failure: async (page, error) => {
      process.stderr.write(`jiaokan: ${errorLine(page, error)}\n`);
    },
  };
}

interface OcrCommandOptions {
  readonly lang: string;
  readonly format: string;
  readonly out?: string;
  readonly progress?: boolean;
  readonly workers?: string;
  readonly workspace?: string;
}

function parseFormat(format: string): OcrFormat {
  const formats: readonly string[] = OCR_FORMATS;
  if (!formats.includes(format)) {
    throw new JiaokanError('invalid-request', `unknown format "${format}" (${OCR_FORMATS.join(', ')})`);
  }
  return format as OcrFormat;
}

function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new JiaokanError('invalid-request', `--workers wants a whole number from 1 to 64, not "${value}"`);
  }
  return n;
}

/** Progress lines on stderr: rewritten in place on a terminal, one line per page and phase otherwise. */
function progressReporter(total: number, tty: boolean): NonNullable<OcrRunOptions['onProgress']> {
  const lastShown = new Map<number, string>();
  return (page, index, progress) => {
    const prefix = `[${index + 1}/${total}] ${page.label}`;
    if (progress === 'done') {
      process.stderr.write(tty ? `\r\x1b[K${prefix}: done\n` : `${prefix}: done\n`);
      return;
    }
    const percent = Math.round(progress.fraction * 100);
    const step = tty ? `${progress.phase}${percent}` : progress.phase;
    if (lastShown.get(index) === step) return;
    lastShown.set(index, step);
    const what = progress.phase === 'loading-language' ? 'loading language' : 'recognizing';
    process.stderr.write(tty ? `\r\x1b[K${prefix}: ${what} ${percent}%` : `${prefix}: ${what}\n`);
  };
}

/**
 * Which pages a run works on: image arguments or a workspace, exactly one of the two. In workspace mode the
 * results are stored in the workspace, so --out and --format do not apply.
 */
function checkInputs(images: readonly string[], options: OcrCommandOptions, command: Command): void {
  if (options.workspace === undefined) {
    if (images.length === 0)
      throw new JiaokanError('invalid-request', 'give image files to recognize, or --workspace DIR');
    return;
  }
  if (images.length > 0)
    throw new JiaokanError('invalid-request', 'give image files or --workspace DIR, not both');
  const misplaced = ['out', 'format'].filter((name) => command.getOptionValueSource(name) === 'cli');
  if (misplaced.length > 0)
    throw new JiaokanError(
      'invalid-request',
      `--${misplaced.join(' and --')} cannot be used with --workspace: results are stored in the workspace`,
    );
}

/**
 * `jiaokan ocr IMAGE... --lang chi_sim --format txt|json|hocr [--out DIR]`: recognize page images offline.
 * Results go to stdout (txt with a `==> name <==` header per page when there are several, json one OcrResult
 * per line) or to DIR as `<image name>.<format>`, each written atomically. Unreadable images get one line on
 * stderr and the others are still done; exit 2 if any failed or on bad usage.
 * `jiaokan ocr --workspace DIR [--lang L]` recognizes every page of a workspace that has no text yet, storing
 * each result as it comes (resumable), with a line per page on stderr.
 */
export function registerOcrCommand(program: Command): void {
  program
    .command('ocr')
    .description(
      'recognize the text of scanned page images (PNG, JPEG, WebP, BMP, TIFF), or of a workspace, offline',
    )
    .argument('[images...]', 'page image files; every page of a multi-page TIFF is recognized')
    .option('--workspace <dir>', 'recognize every page of this workspace that has no text yet (resumable)')
    .option('--lang <language>', 'chi_sim, chi_tra, eng, or several joined with +', 'chi_sim')
    .option('--format <format>', `output format: ${OCR_FORMATS.join(', ')}`, 'txt')
    .option('--out <dir>', 'write one file per page into this folder instead of stdout')
    .option('--workers <n>', 'OCR worker threads (default: min(2, CPU cores))')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .action(async (images: string[], options: OcrCommandOptions, command: Command) => {
      let service: OcrService | undefined;
      try {
        checkInputs(images, options, command);
        const format = parseFormat(options.format);
        parseLanguage(options.lang);
        const workers = parseWorkers(options.workers);
        if (options.workspace !== undefined) {
          // One page at a time, stored before the next starts: that is what makes a killed run resumable.
          service = createOcrService({ workers: 1 });
          const summary = await recognizeWorkspace(resolve(options.workspace), {
            language: options.lang,
            service,
            log: (line) => process.stderr.write(`${line}\n`),
          });
          process.exitCode = summary.failed > 0 ? 2 : 0;
          return;
        }
        const outDir = options.out;
        const pages = await filePages(images);
        if (format === 'hocr' && !outDir && pages.length > 1) {
          throw new JiaokanError('invalid-request', 'several hOCR documents need --out DIR (one file each)');
        }
        if (outDir) await mkdir(outDir, { recursive: true });
        service = createOcrService(workers === undefined ? {} : { workers });
        const sink = outDir ? folderSink(outDir, format) : stdoutSink(format, pages);
        const showProgress = options.progress === true || process.stderr.isTTY === true;
        const failures = await recognizePages(pages, sink, {
          language: options.lang,
          service,
          concurrency: workers ?? 2,
          ...(showProgress
            ? { onProgress: progressReporter(pages.length, process.stderr.isTTY === true) }
            : {}),
        });
        process.exitCode = failures > 0 ? 2 : 0;
      } catch (error) {
        process.stderr.write(
          `jiaokan: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
        );
        process.exitCode = 2;
      } finally {
        await service?.close();
      }
    });
}
