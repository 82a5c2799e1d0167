import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offeredDraft, type Draft } from '../../../../../electron/services/workspace/page-store';
import { VersionSchema } from '../../../../../shared/ipc/schemas';
import { removeFolder, smallImage, tempFolder, writeFiles } from './helpers';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const repo = resolve(__dirname, '../../../../..');
const outDir = join(repo, '.jiaokan-tmp', 'crash-child');
const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

let root: string;
beforeAll(async () => {
  // Bundle the child once so each of the hundreds of spawns starts in plain Node, without a TypeScript loader.
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: join(__dirname, 'crash-child.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'child.mjs' } },
    },
  });
  root = await tempFolder('jiaokan-crash-');
  await writeFiles(root, { 'p1.png': await smallImage('png') });
});
afterAll(async () => {
  await removeFolder(root);
  await removeFolder(outDir);
});

interface Progress {
  lastDone: string | null;
  pending: string | null;
  nextStep: number;
}

/** Runs the child until it has made progress, then SIGKILLs it at a random moment; resolves with what it said. */
function runAndKill(firstStep: number, progress: Progress): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(outDir, 'child.mjs'), root, String(firstStep)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, step, hash] = line.split(' ');
        if (word === 'ready' && !timer) {
          // Anywhere from before the first write to a few dozen writes in.
          timer = setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
        } else if (word === 'begin' && hash) {
          progress.pending = hash;
          progress.nextStep = Number(step) + 1;
        } else if (word === 'done' && hash) {
          progress.lastDone = hash;
          progress.pending = null;
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // 'close', not 'exit': only then has every line the child wrote been read.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') done();
      else fail(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs at random moments with every version whole and the last reported text kept`, async () => {
    const progress: Progress = { lastDone: null, pending: null, nextStep: 1 };
    const pageDir = join(root, '.jiaokan', 'pages', 'p1');
    let maxVersions = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      await runAndKill(progress.nextStep, progress);
      let versions: { n: number; sha256: string }[] = [];
      try {
        const parsed = (await readJson(join(pageDir, 'versions.json'))) as { versions: unknown[] };
        versions = parsed.versions.map((v) => VersionSchema.parse(v));
      } catch (error) {
        // Before the first version exists there is no file; after that it must always parse.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      for (const version of versions) {
        const text = await readFile(
          join(pageDir, 'versions', `${String(version.n).padStart(4, '0')}.txt`),
          'utf8',
        );
        expect(sha(text), `kill ${kill}: version ${version.n} is torn`).toBe(version.sha256);
      }
      const newest = versions.at(-1);
      const newestText = newest
        ? await readFile(join(pageDir, 'versions', `${String(newest.n).padStart(4, '0')}.txt`), 'utf8')
        : '';
      let draft: Draft | null = null;
      try {
        draft = (await readJson(join(pageDir, 'draft.json'))) as Draft;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const offered = offeredDraft(
        draft,
        versions.map((v) => VersionSchema.parse(v)),
        newestText,
      );
      const shown = sha(offered ? offered.text : newestText);
      // What reopening shows is the last write the child reported complete (the empty page before the first),
      // or the write it was in the middle of.
      expect([progress.lastDone ?? sha(''), progress.pending], `kill ${kill}`).toContain(shown);
      // Whichever survived is where the next child starts from (a write done but not yet reported counts).
      progress.lastDone = shown;
      progress.pending = null;
      maxVersions = Math.max(maxVersions, versions.length);
    }
    // The kills really landed among writes, not only before the first one.
    expect(progress.nextStep).toBeGreaterThan(KILLS / 2);
    expect(maxVersions).toBeGreaterThan(10);
  }, 180_000);
});
