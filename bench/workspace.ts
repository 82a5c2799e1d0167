// Time to open a workspace and show its first page (page:open + page:image + the first screen of thumbnails)
// for 20 and for 2,000 small pages, through the real IPC handlers. Prints the ratio; the target is ≤ 3, which
// holds only if opening does not decode every image.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createSettingsStore } from '../electron/services/settings/settings';
import { createWorkspaceHandlers } from '../electron/services/workspace/handlers';
import { median } from './median';

const VISIBLE_THUMBNAILS = 12;
const RUNS = 3;

async function makeFolder(pages: number, image: Buffer): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), `jiaokan-bench-${pages}-`));
  await Promise.all(Array.from({ length: pages }, (_, i) => writeFile(join(folder, `p${i + 1}.jpg`), image)));
  return folder;
}

async function timeFirstPage(folder: string, appData: string): Promise<number> {
  const handlers = createWorkspaceHandlers({
    appDataDir: appData,
    samplePath: '',
    pickFolder: async () => folder,
    pickImages: async () => [],
    emit: () => undefined,
    ocr: { recognize: () => Promise.reject(new Error('not used')), close: async () => undefined },
    settings: createSettingsStore(appData),
  });
  const start = performance.now();
  const view = await handlers['workspace:openFolder']({});
  const first = view?.pages[0];
  if (!first) throw new Error('no pages');
  await handlers['page:open']({ pageId: first.id });
  await handlers['page:image']({ pageId: first.id });
  await Promise.all(
    view.pages.slice(0, VISIBLE_THUMBNAILS).map((p) => handlers['page:thumbnail']({ pageId: p.id })),
  );
  const elapsed = performance.now() - start;
  await handlers.dispose();
  return elapsed;
}

/** Runs the benchmark and prints the figures. */
async function main(): Promise<void> {
  const image = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#eee' } })
    .jpeg()
    .toBuffer();
  const appData = await mkdtemp(join(tmpdir(), 'jiaokan-bench-app-'));
  const small = await makeFolder(20, image);
  const large = await makeFolder(2000, image);
  try {
    const figures: Record<string, { cold: number; warm: number }> = {};
    for (const [name, folder] of [
      ['20', small],
      ['2000', large],
    ] as const) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        // First run is cold: no workspace.json, no cached thumbnails.
        times.push(await timeFirstPage(folder, appData));
      }
      figures[name] = { cold: times[0] ?? NaN, warm: median(times.slice(1)) };
    }
    const row = (name: string): string => {
      const f = figures[name];
      return `${name.padStart(5)} pages: first open ${f?.cold.toFixed(0)} ms, reopen ${f?.warm.toFixed(0)} ms`;
    };
    process.stdout.write(`${row('20')}\n${row('2000')}\n`);
    const cold = (figures['2000']?.cold ?? NaN) / (figures['20']?.cold ?? NaN);
    const warm = (figures['2000']?.warm ?? NaN) / (figures['20']?.warm ?? NaN);
    process.stdout.write(
      `ratio 2000/20: first open ${cold.toFixed(2)}, reopen ${warm.toFixed(2)} (target ≤ 3)\n`,
    );
  } finally {
    await Promise.all([small, large, appData].map((f) => rm(f, { recursive: true, force: true })));
  }
}

// Run with jiti, not bench/run-ts.mjs: the workspace loads sharp lazily, and Vite's runner closes after import.
main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
