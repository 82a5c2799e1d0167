// Time to open a workspace and SHOW its first page in the real UI (Chromium, built renderer, real handlers):
// from File ▸ Open Folder until the page list shows its rows with their thumbnails, the first page's scan is
// decoded and its text is in the editor. 20 and 2,000 small pages in the same run, alternated; target ratio ≤ 3.
// Also counts page:thumbnail calls at open and after scrolling the whole list, which a virtualized list keeps far
// below the page count. The test bridge (Playwright's exposeBinding, JSON over the debugger protocol) is much slower
// than Electron's structured-clone IPC at carrying the 2,000-page list, so its cost for the same answer
// (workspace:current) is measured too and the figures are also given without it.
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { launchApp } from '../tests/e2e/harness/launch';
import { realHandlers } from '../tests/e2e/harness/real-handlers';
import { median } from './median';

const WARM_RUNS = 3;

/** True in the page once the first page is shown: list rows with loaded thumbnails, scan decoded, text in. */
const SHOWN = `(() => {
  const rows = [...document.querySelectorAll('[data-testid=page-row]')];
  if (rows.length === 0 || rows[0].getAttribute('aria-selected') !== 'true') return false;
  const thumbs = [...document.querySelectorAll('[data-testid=page-row] .page-thumb img')];
  if (thumbs.length < rows.length || !thumbs.every((img) => img.complete && img.naturalWidth > 0)) return false;
  const scan = document.querySelector('.scan-image');
  if (!scan || !scan.complete || scan.naturalWidth === 0) return false;
  return (document.querySelector('[data-testid=text-editor] .view-lines')?.textContent ?? '').length > 0;
})()`;

/** Scrolls the page list from top to bottom one frame per step, like a fast drag of the scroll bar. */
const SCROLL_THROUGH = `(async () => {
  const list = document.querySelector('[data-testid=page-list-scroll]');
  let most = 0;
  for (let step = 0; step <= 60; step += 1) {
    list.scrollTop = (list.scrollHeight - list.clientHeight) * step / 60;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    most = Math.max(most, document.querySelectorAll('[data-testid=page-row]').length);
  }
  return most;
})()`;

async function makeFolder(pages: number, image: Buffer): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), `jiaokan-bench-ui-${pages}-`));
  await Promise.all(Array.from({ length: pages }, (_, i) => writeFile(join(folder, `p${i + 1}.jpg`), image)));
  // The first page brings its text, so showing it starts no OCR job that would load the CPU mid-measurement.
  await writeFile(join(folder, 'p1.txt'), 'First page.\n');
  return folder;
}

/**
 * Polls a page expression until it is true. (waitForFunction would evaluate the string with eval, which the
 * app's CSP forbids; evaluate goes through the debugger protocol.)
 */
async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${expression.slice(0, 80)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Runs the benchmark and prints the figures. */
async function main(): Promise<void> {
  const image = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#eee' } })
    .jpeg()
    .toBuffer();
  const start = await makeFolder(1, image);
  const folders = { '20': await makeFolder(20, image), '2000': await makeFolder(2000, image) };
  let thumbnailCalls = 0;
  const app = await launchApp((env) => {
    // Start on a one-page folder instead of recognizing the bundled sample.
    writeFileSync(
      join(env.appDataDir, 'settings.json'),
      JSON.stringify({ lastWorkspace: start, lastPageId: 'p1', lastCursor: 0 }),
    );
    const table = realHandlers(env);
    return {
      ...table,
      'page:thumbnail': (request) => {
        thumbnailCalls += 1;
        return table['page:thumbnail'](request);
      },
    };
  });
  try {
    await until(app.page, SHOWN, 60_000);
    const times: Record<string, number[]> = { '20': [], '2000': [] };
    const calls: Record<string, number> = {};
    for (let run = 0; run <= WARM_RUNS; run += 1) {
      for (const name of ['20', '2000'] as const) {
        thumbnailCalls = 0;
        app.env.dialogs.nextFolder = folders[name];
        const began = performance.now();
        app.env.emit('menu:command', { command: 'open-folder' });
        // The previous workspace's first page also matches SHOWN: wait for this one's row count first.
        await until(
          app.page,
          `document.querySelector('[data-testid=proofread-count]')?.textContent?.endsWith(' / ${name}')`,
          120_000,
        );
        await until(app.page, SHOWN, 120_000);
        times[name]?.push(performance.now() - began);
        if (run === 0) calls[name] = thumbnailCalls;
      }
    }
    const bridge: Record<string, number> = {};
    for (const name of ['2000', '20'] as const) {
      if (name === '20') {
        app.env.dialogs.nextFolder = folders[name];
        app.env.emit('menu:command', { command: 'open-folder' });
        await until(
          app.page,
          `document.querySelector('[data-testid=proofread-count]')?.textContent?.endsWith(' / 20')`,
          60_000,
        );
      }
      const samples: number[] = [];
      for (let run = 0; run < WARM_RUNS; run += 1) {
        const began = performance.now();
        await app.page.evaluate(`window.jiaokan.invoke('workspace:current', {}).then((r) => r.ok)`);
        samples.push(performance.now() - began);
      }
      bridge[name] = median(samples);
    }
    app.env.dialogs.nextFolder = folders['2000'];
    app.env.emit('menu:command', { command: 'open-folder' });
    await until(app.page, SHOWN, 60_000);
    thumbnailCalls = 0;
    const mostRows = (await app.page.evaluate(SCROLL_THROUGH)) as number;
    await app.page.waitForTimeout(2000);
    const scrolled = thumbnailCalls;

    const row = (name: '20' | '2000'): string => {
      const [cold = NaN, ...warm] = times[name] ?? [];
      return `${name.padStart(5)} pages: first open ${cold.toFixed(0)} ms, reopen ${median(warm).toFixed(0)} ms (median of ${warm.length}), ${calls[name]} thumbnails asked`;
    };
    const ratio = (pick: (t: number[]) => number): string =>
      (pick(times['2000'] ?? []) / pick(times['20'] ?? [])).toFixed(2);
    process.stdout.write(`open and show the first page in the UI (Chromium, real handlers)\n`);
    process.stdout.write(`${row('20')}\n${row('2000')}\n`);
    process.stdout.write(
      `ratio 2000/20: first open ${ratio((t) => t[0] ?? NaN)}, reopen ${ratio((t) => median(t.slice(1)))} (target ≤ 3)\n`,
    );
    const lessBridge = (name: '20' | '2000'): number =>
      median((times[name] ?? []).slice(1)) - (bridge[name] ?? NaN);
    process.stdout.write(
      `test bridge carrying the page list (workspace:current): ${bridge['20']?.toFixed(0)} ms for 20, ${bridge['2000']?.toFixed(0)} ms for 2,000; ` +
        `reopen without it ${lessBridge('20').toFixed(0)} / ${lessBridge('2000').toFixed(0)} ms, ratio ${(lessBridge('2000') / lessBridge('20')).toFixed(2)}\n`,
    );
    process.stdout.write(
      `scrolling the 2,000-page list top to bottom in 60 frames: at most ${mostRows} rows in the DOM, ${scrolled} thumbnails asked\n`,
    );
  } finally {
    await app.close();
    await Promise.all([start, ...Object.values(folders)].map((f) => rm(f, { recursive: true, force: true })));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
