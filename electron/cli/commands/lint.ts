import type { Command } from 'commander';
import { JiaokanError } from '../../../shared/ipc/errors';
import { lint } from '../../../shared/lint/engine';
import type { Finding } from '../../../shared/model';
import { packOption, readOcrFile, readTextFile, runCommand } from './lint-input';

interface LintOptions {
  readonly format: string;
  readonly ocr?: string;
  readonly pack?: string;
}

/** 1-based line and column (UTF-16 units) of `offset` in `text`. */
function lineColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, offset - lineStart + 1];
}

/**
 * `jiaokan lint FILE... [--format json|text] [--ocr OCR.json] [--pack NAME]`: check text files. JSON output is
 * one array of findings (offsets into the UTF-8-decoded text, BOM not counted; a `file` field when several files
 * are given). Exit 0 when it ran, 1 when a finding has severity `error`, 2 on bad usage or unreadable input.
 */
export function registerLintCommand(program: Command): void {
  program
    .command('lint')
    .description('check OCR text for spacing, break, punctuation and spelling artifacts')
    .argument('<files...>', 'UTF-8 text files')
    .option('--format <format>', 'json or text', 'text')
    .option('--ocr <file>', 'OcrResult JSON the text came from (word boxes, confidences)')
    .option('--pack <name>', 'rule pack: mainland, taiwan-hk or faithful')
    .action(async (files: string[], options: LintOptions) => {
      await runCommand(async () => {
        if (options.format !== 'json' && options.format !== 'text') {
          throw new JiaokanError('invalid-request', `unknown format "${options.format}" (json or text)`);
        }
        const pack = packOption(options.pack);
        const ocr = options.ocr ? await readOcrFile(options.ocr) : undefined;
        const inputs = await Promise.all(
          files.map(async (file) => ({ file, ...(await readTextFile(file)) })),
        );
        const results: { file: string; text: string; findings: Finding[] }[] = inputs.map(
          ({ file, text }) => ({
            file,
            text,
            findings: lint(text, { pack, ocr }),
          }),
        );
        if (options.format === 'json') {
          const many = files.length > 1;
          const all = results.flatMap((r) => r.findings.map((f) => (many ? { file: r.file, ...f } : f)));
          process.stdout.write(`${JSON.stringify(all)}\n`);
        } else {
          for (const r of results) {
            for (const f of r.findings) {
              const [line, column] = lineColumn(r.text, f.start);
              process.stdout.write(`${r.file}:${line}:${column}: ${f.severity} ${f.rule}: ${f.message}\n`);
            }
          }
        }
        return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
      });
    });
}
