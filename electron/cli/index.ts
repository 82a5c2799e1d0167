import { Command, CommanderError } from 'commander';
import { version } from '../../package.json';
import { registerExportCommand } from './commands/export';
import { registerFixCommand } from './commands/fix';
import { registerLintCommand } from './commands/lint';
import { registerOcrCommand } from './commands/ocr';
import { registerStatusCommand } from './commands/status';

/** The `jiaokan` program with every command registered; one line per command module. */
export function createProgram(): Command {
  const program = new Command('jiaokan')
    .description('Jiaokan (校勘): offline OCR and proofreading of scanned pages')
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  registerOcrCommand(program);
  registerLintCommand(program);
  registerFixCommand(program);
  registerStatusCommand(program);
  registerExportCommand(program);
  return program;
}

/** Runs the CLI. Usage errors exit 2 with commander's one-line message; help and --version exit 0. */
export async function runCli(argv: readonly string[]): Promise<void> {
  try {
    await createProgram().parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(
      `jiaokan: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}

void runCli(process.argv);
