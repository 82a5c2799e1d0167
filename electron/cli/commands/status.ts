import type { Command } from 'commander';
import { JiaokanError } from '../../../shared/ipc/errors';
import { openWorkspace, type PageSummary } from '../../services/workspace/workspace';

interface StatusOptions {
  readonly workspace: string;
  readonly format: string;
}

/** One line per page, aligned, then the "N of M proofread" total. */
export function formatStatusTable(pages: readonly PageSummary[]): string {
  const width = Math.max(4, ...pages.map((p) => p.id.length));
  const lines = pages.map(
    (p) =>
      `${p.id.padEnd(width)}  ${p.status.padEnd(11)}  ${String(p.versionCount).padStart(3)} versions  ${
        p.openFindings === null ? '  -' : String(p.openFindings).padStart(3)
      } findings  ${p.source}`,
  );
  const proofread = pages.filter((p) => p.status === 'proofread').length;
  return `${[...lines, `${proofread} of ${pages.length} proofread`].join('\n')}\n`;
}

/**
 * `jiaokan status --workspace DIR [--format json]`: pages with status, version count and open findings (as of
 * each page's last save). While the app has the folder open it reads in read-only mode, taking nothing from it.
 */
export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('list the pages of a workspace folder with status, versions and open findings')
    .requiredOption('--workspace <dir>', 'the workspace folder')
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: StatusOptions) => {
      if (options.format !== 'text' && options.format !== 'json') {
        throw new JiaokanError('bad-input', `unknown format ${options.format} (text or json)`);
      }
      const workspace = await openWorkspace(options.workspace);
      try {
        const view = workspace.view();
        for (const notice of view.notices) process.stderr.write(`jiaokan: ${notice.message}\n`);
        process.stdout.write(
          options.format === 'json'
            ? `${JSON.stringify({ name: view.name, readOnly: view.readOnly, pages: view.pages }, null, 2)}\n`
            : formatStatusTable(view.pages),
        );
      } finally {
        await workspace.close();
      }
    });
}
