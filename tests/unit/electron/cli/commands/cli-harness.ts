import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Repository root, from this file's place in tests/unit/electron/cli/commands. */
export const ROOT = join(__dirname, '../../../../..');
const CLI = join(ROOT, 'out/main/cli.js');

/** Build the CLI with electron-vite unless the built one already knows `command`. */
export function ensureBuilt(command: string): void {
  const known =
    existsSync(CLI) && spawnSync('node', [CLI, command, '--help'], { encoding: 'utf8' }).status === 0;
  if (!known) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

/** Run the built CLI; returns exit code, stdout and stderr. */
export function runCli(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('node', [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
