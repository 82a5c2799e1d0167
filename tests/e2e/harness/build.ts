import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const REPO_ROOT = resolve(__dirname, '../../..');

/** Where electron-vite puts the built renderer. */
export const RENDERER_OUT = join(REPO_ROOT, 'out/renderer');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds main, preload and renderer with electron-vite unless out/renderer is newer than every source the
 * renderer is made of (renderer/, shared/, the build config), so a test run after `npm run build` starts at once.
 */
export function ensureBuilt(): void {
  const index = join(RENDERER_OUT, 'index.html');
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    const sources = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'].map((p) =>
      newestMtime(join(REPO_ROOT, p)),
    );
    if (sources.every((mtime) => mtime <= built)) return;
  }
  execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: 'pipe' });
}
