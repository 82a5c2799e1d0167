import type { Command } from 'commander';
import { applyFixes, safeFixes } from '../../../shared/lint/fix';
import { lint } from '../../../shared/lint/engine';
import type { Fix } from '../../../shared/model';
import { writeFileAtomic } from '../../services/fs/atomic-write';
import { packOption, readOcrFile, readTextFile, runCommand } from './lint-input';

interface FixOptions {
  readonly safe?: boolean;
  readonly output?: string;
  readonly ocr?: string;
  readonly pack?: string;
}

/**
 * `jiaokan fix FILE [--safe] [-o OUT]`: write the text with fixes applied, to stdout or atomically to OUT.
 * `--safe` applies only the fixes a proofreader can take without looking; without it, the first suggested
 * fix of every finding is applied. Overlapping fixes: the first one wins. The input file is never changed
 * unless OUT names it.
 */
export function registerFixCommand(program: Command): void {
  program
    .command('fix')
    .description('apply fixes to an OCR text file')
    .argument('<file>', 'UTF-8 text file')
    .option('--safe', 'apply only safe fixes')
    .option('-o, --output <file>', 'write here (atomically) instead of stdout')
    .option('--ocr <file>', 'OcrResult JSON the text came from')
    .option('--pack <name>', 'rule pack: mainland, taiwan-hk or faithful')
    .action(async (file: string, options: FixOptions) => {
      await runCommand(async () => {
        const pack = packOption(options.pack);
        const ocr = options.ocr ? await readOcrFile(options.ocr) : undefined;
        const { text, bom } = await readTextFile(file);
        const findings = lint(text, { pack, ocr });
        const fixes: Fix[] = options.safe
          ? safeFixes(findings)
          : findings.flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []));
        const fixed = applyFixes(text, fixes).text;
        const out = bom ? `\ufeff${fixed}` : fixed;
        if (options.output) await writeFileAtomic(options.output, out);
        else process.stdout.write(out);
        return 0;
      });
    });
}
