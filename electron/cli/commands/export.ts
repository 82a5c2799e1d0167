import { resolve } from 'node:path';
import type { Command } from 'commander';
import { version } from '../../../package.json';
import { JiaokanError } from '../../../shared/ipc/errors';
import { applyFixes, safeFixes } from '../../../shared/lint/fix';
import { lint } from '../../../shared/lint/engine';
import type { PackName } from '../../../shared/lint/types';
import type { ExportMode } from '../../../shared/formats/to-text';
import { parsePageRange } from '../../../shared/util/page-range';
import {
  EXPORT_FORMATS,
  exportPages,
  findFontFolder,
  loadTextLayerFonts,
  type ExportFormat,
  type ExportLint,
  type ExportPageLint,
} from '../../services/export/export-pages';
import { openWorkspace } from '../../services/workspace/workspace';
import { packOption, runCommand } from './lint-input';

interface ExportOptions {
  readonly workspace: string;
  readonly format: string;
  readonly pages?: string;
  readonly mode: string;
  readonly force?: boolean;
  readonly combined?: boolean;
  readonly pack?: string;
  readonly out: string;
}

/** Page numbers (1-based) from `1-20,25`; throws a usage error naming the bad part. */
export function parsePageList(spec: string, pageCount: number): number[] {
  const parsed = parsePageRange(spec, pageCount);
  if (parsed.ok) return parsed.pages;
  const problem = parsed.problem;
  if (problem.kind === 'beyond')
    throw new JiaokanError(
      'invalid-request',
      `page ${problem.page} does not exist (the workspace has ${problem.pageCount})`,
    );
  const part = problem.kind === 'syntax' ? problem.part : spec;
  throw new JiaokanError('invalid-request', `bad page range "${part}" (use e.g. 1-20,25)`);
}

/** The same pack for every page: the CLI's --pack, else the engine's default. */
function lintHooks(pack: PackName | undefined): ExportLint {
  const hooks: ExportPageLint = {
    countFindings: (text, ocr) => lint(text, { pack, ...(ocr ? { ocr } : {}) }).length,
    applyStyle: (text) => applyFixes(text, safeFixes(lint(text, { pack }))).text,
  };
  return { forPage: async () => hooks };
}

/**
 * `jiaokan export --workspace DIR --format F [--pages 1-20] [--mode faithful|normalized] [--force] --out DIR`:
 * writes p1.txt, p1.md, p1.hocr, p1.xml or p1.pdf per page (pages.* with --combined), or report.csv + report.json.
 * Existing files stop the export unless --force; every file is written atomically.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'export the proofread pages of a workspace as text, Markdown, hOCR, ALTO, searchable PDF or a report',
    )
    .requiredOption('--workspace <dir>', 'the workspace folder')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(', '))
    .requiredOption('--out <dir>', 'folder to write to (created if missing)')
    .option('--pages <list>', 'page numbers, e.g. 1-20,25 (default: all)')
    .option('--mode <mode>', 'faithful or normalized', 'faithful')
    .option('--combined', 'one file for all pages (txt, md, pdf)')
    .option('--pack <name>', 'style pack for normalized mode and the report: mainland, taiwan-hk or faithful')
    .option('--force', 'replace existing files')
    .action(async (options: ExportOptions) => {
      await runCommand(async () => {
        if (!(EXPORT_FORMATS as readonly string[]).includes(options.format))
          throw new JiaokanError(
            'invalid-request',
            `unknown format ${options.format} (${EXPORT_FORMATS.join(', ')})`,
          );
        if (options.mode !== 'faithful' && options.mode !== 'normalized')
          throw new JiaokanError('invalid-request', `unknown mode ${options.mode} (faithful or normalized)`);
        const pack = packOption(options.pack);
        const workspace = await openWorkspace(resolve(options.workspace));
        try {
          const ids = workspace.pageIds();
          const numbers = options.pages ? parsePageList(options.pages, ids.length) : ids.map((_, i) => i + 1);
          const outcome = await exportPages({
            source: workspace,
            pageIds: numbers.map((n) => ids[n - 1] as string),
            format: options.format as ExportFormat,
            mode: options.mode as ExportMode,
            outDir: resolve(options.out),
            combined: options.combined === true,
            force: options.force === true,
            fonts: () => loadTextLayerFonts(findFontFolder(__dirname)),
            lint: lintHooks(pack),
            softwareVersion: version,
            now: () => new Date(),
            onProgress: (done, total) => {
              if (process.stderr.isTTY) process.stderr.write(`\rexporting ${done}/${total}`);
            },
          });
          if (process.stderr.isTTY) process.stderr.write('\n');
          for (const warning of outcome.warnings) process.stderr.write(`jiaokan: ${warning}\n`);
          for (const file of outcome.files) process.stdout.write(`${file}\n`);
          return 0;
        } finally {
          await workspace.close();
        }
      });
    });
}
