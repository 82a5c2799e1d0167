// OCR throughput on the fixture pages: Jiaokan's OCR service with 1 worker and with the pool, against native
// Tesseract run one process per core with OMP_THREAD_LIMIT=1, in the same run; plus where the time of one page
// goes (worker start, language load, image decode, recognition). `npm run bench:ocr [-- --repeat N]`.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import Tesseract from 'tesseract.js';
import { decodeImage } from '../electron/services/image/decode-image';
import { bundledLanguageFolder, createLanguageFolder } from '../electron/services/ocr/language-data';
import { createOcrService } from '../electron/services/ocr/ocr-service';
import type { LanguageCode } from '../shared/model/ocr';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGES: readonly { name: string; language: LanguageCode }[] = [
  { name: 'zh_seed_air', language: 'chi_sim' },
  { name: 'zh_seed_mediation', language: 'chi_sim' },
  { name: 'en_devil', language: 'eng' },
];

interface Job {
  readonly name: string;
  readonly language: LanguageCode;
  readonly path: string;
  readonly bytes: Uint8Array;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const perMinute = (pages: number, ms: number): number => (pages * 60_000) / ms;

/** Runs `jobs` through `work`, `concurrency` at a time (`lane` says which); returns the wall time in ms. */
async function timed<T>(
  jobs: readonly T[],
  concurrency: number,
  work: (job: T, lane: number) => Promise<void>,
): Promise<number> {
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      while (next < jobs.length) {
        const job = jobs[next];
        next += 1;
        if (job) await work(job, lane);
      }
    }),
  );
  return performance.now() - start;
}

/**
 * Jiaokan's OCR service on `jobs`. Cold: the workers start inside the timing, as for the first pages of a
 * session. Warm (steady state, what a long batch runs at): each worker first recognizes one page untimed, so
 * its thread, engine and V8's optimized wasm code exist — the first page in a fresh worker is ~0.5 s slower.
 */
async function service(jobs: readonly Job[], workers: number, warm = false): Promise<number> {
  const ocr = createOcrService({ workers });
  try {
    const first = jobs[0];
    if (warm && first) {
      const image = await decodeImage(first.bytes, first.name);
      await Promise.all(
        Array.from({ length: workers }, () => ocr.recognize(image.png, { language: first.language })),
      );
    }
    return await timed(jobs, workers, async (job) => {
      const image = await decodeImage(job.bytes, job.name);
      await ocr.recognize(image.png, { language: job.language });
    });
  } finally {
    await ocr.close();
  }
}

async function native(jobs: readonly Job[], processes: number, tessdata?: string): Promise<number> {
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  return timed(jobs, processes, async (job) => {
    const data = tessdata ? ['--tessdata-dir', tessdata] : [];
    await run('tesseract', [...data, job.path, 'stdout', '-l', job.language, '--psm', '3'], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  });
}

/** A plain tesseract.js worker for `language` with local data, as the service makes them but without the pool. */
function bareWorker(
  language: LanguageCode,
  langPath: string,
  logger?: (message: Tesseract.LoggerMessage) => void,
): Promise<Tesseract.Worker> {
  return Tesseract.createWorker([language], Tesseract.OEM.LSTM_ONLY, {
    langPath,
    cacheMethod: 'none',
    ...(logger ? { logger } : {}),
    errorHandler: () => undefined,
  });
}

const bareParameters = (language: LanguageCode): Partial<Tesseract.WorkerParams> => ({
  tessedit_pageseg_mode: Tesseract.PSM.AUTO,
  preserve_interword_spaces: language.startsWith('chi_') ? '1' : '0',
});

/**
 * The most any application on tesseract.js can get from these pages: bare workers started and warmed up before
 * the clock starts (one per lane and language, so none is ever re-initialized), the file bytes as they are, and
 * only the plain-text output (the cheapest one). No Jiaokan code runs. `perPage` gets each page's time on an
 * otherwise idle worker when `lanes` is 1.
 */
async function bareCeiling(
  jobs: readonly Job[],
  lanes: number,
  langPath: string,
  perPage?: Map<string, number>,
): Promise<number> {
  const workers = new Map<string, Tesseract.Worker>();
  const languages = [...new Set(jobs.map((j) => j.language))];
  try {
    for (let lane = 0; lane < lanes; lane++) {
      for (const language of languages) {
        const worker = await bareWorker(language, langPath);
        await worker.setParameters(bareParameters(language));
        const warmUp = jobs.find((j) => j.language === language);
        if (warmUp) await worker.recognize(warmUp.bytes, {}, { text: true });
        workers.set(`${lane}:${language}`, worker);
      }
    }
    return await timed(jobs, lanes, async (job, lane) => {
      const worker = workers.get(`${lane}:${job.language}`);
      if (!worker) throw new Error(`no worker for ${job.language}`);
      const start = performance.now();
      await worker.recognize(job.bytes, {}, { text: true });
      perPage?.set(job.name, performance.now() - start);
    });
  } finally {
    await Promise.all([...workers.values()].map((w) => w.terminate()));
  }
}

/** Times the stages of one page in a bare tesseract.js worker, from its progress messages. */
async function breakdown(job: Job, langPath: string): Promise<Record<string, number>> {
  const marks: { status: string; progress: number; at: number }[] = [];
  const start = performance.now();
  const worker = await bareWorker(job.language, langPath, (m) =>
    marks.push({ status: m.status, progress: m.progress, at: performance.now() }),
  );
  const ready = performance.now();
  const end = (status: string): number => marks.filter((m) => m.status === status).at(-1)?.at ?? start;
  const coreReady = end('initializing tesseract');
  const languageLoaded = end('loading language traineddata');
  await worker.setParameters(bareParameters(job.language));
  const decodeStart = performance.now();
  const decoded = await decodeImage(job.bytes, job.name);
  const decodeEnd = performance.now();
  // No output asks for recognition: the worker only loads the image into Tesseract (leptonica decode in wasm).
  await worker.recognize(decoded.png, {}, { text: false });
  const setImageEnd = performance.now();
  await worker.recognize(decoded.png, {}, { blocks: true, text: false });
  const recognizeEnd = performance.now();
  await worker.terminate();
  return {
    'worker start (thread + wasm core)': coreReady - start,
    'language load (read, gunzip, copy in)': languageLoaded - coreReady,
    'engine init (TessBaseAPI.Init)': ready - languageLoaded,
    'image decode + validate (sharp)': decodeEnd - decodeStart,
    'image into Tesseract (transfer + wasm decode)': setImageEnd - decodeEnd,
    'recognition + result (incl. image again)': recognizeEnd - setImageEnd,
  };
}

async function nativeDataFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'jiaokan-bench-tessdata-'));
  for (const language of ['chi_sim', 'eng'] as const) {
    const gz = await readFile(join(bundledLanguageFolder(language), `${language}.traineddata.gz`));
    await writeFile(join(folder, `${language}.traineddata`), gunzipSync(gz));
  }
  return folder;
}

/** Entry point; `--repeat N` runs the three pages N times (default 2, so two workers get equal shares). */
export async function main(args: readonly string[] = []): Promise<void> {
  const repeatAt = args.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 2;
  const cores = cpus().length;
  const pool = Math.min(2, cores);
  const loaded: Job[] = [];
  for (const page of PAGES) {
    const path = join(ROOT, 'tests', 'fixtures', 'pages', page.name, 'page.jpg');
    loaded.push({ ...page, path, bytes: await readFile(path) });
  }
  // Grouped by language, as a batch of one book would be.
  const jobs = Array.from({ length: repeat }, () => loaded)
    .flat()
    .sort((a, b) => a.language.localeCompare(b.language));
  console.log(
    `OCR benchmark: ${jobs.length} pages (3 fixture pages × ${repeat}), ${cores} cores, Node ${process.version}`,
  );

  const languageFolder = createLanguageFolder();
  const langPath = await languageFolder.prepare(['chi_sim', 'eng']);
  console.log('\nWhere the time of one page goes (bare tesseract.js worker, cold start):');
  for (const job of loaded) {
    const parts = await breakdown(job, langPath);
    console.log(`  ${job.name}`);
    for (const [stage, ms] of Object.entries(parts)) console.log(`    ${stage.padEnd(46)} ${seconds(ms)} s`);
  }

  const rows: [string, number][] = [];
  rows.push(['Jiaokan OCR service, 1 worker', await service(jobs, 1)]);
  const coldMs = await service(jobs, pool);
  rows.push([`Jiaokan OCR service, pool of ${pool}, cold (workers start in the timing)`, coldMs]);
  const warmMs = await service(jobs, pool, true);
  rows.push([`Jiaokan OCR service, pool of ${pool}, steady state (warm workers)`, warmMs]);
  const barePerPage = new Map<string, number>();
  await bareCeiling(loaded, 1, langPath, barePerPage);
  const ceilingMs = await bareCeiling(jobs, pool, langPath);
  rows.push([`bare tesseract.js, ${pool} warm workers, text output only (ceiling)`, ceilingMs]);
  await languageFolder.dispose();
  let nativeMs: number | undefined;
  let sameDataMs: number | undefined;
  try {
    await run('tesseract', ['--version']);
    console.log(
      '\nOne page at a time, single thread (bare warm tesseract.js, text only, vs native Debian data):',
    );
    for (const job of loaded) {
      const nativePage = await native([job], 1);
      const bare = barePerPage.get(job.name) ?? Number.NaN;
      console.log(
        `  ${job.name.padEnd(20)} tesseract.js ${seconds(bare)} s   native ${seconds(nativePage)} s   ratio ${(nativePage / bare).toFixed(2)}`,
      );
    }
    nativeMs = await native(jobs, cores);
    rows.push([`native tesseract, ${cores} processes, OMP_THREAD_LIMIT=1, Debian data`, nativeMs]);
    const data = await nativeDataFolder();
    try {
      sameDataMs = await native(jobs, cores, data);
      rows.push([`native tesseract, ${cores} processes, same 4.0.0_best_int data`, sameDataMs]);
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  } catch (error) {
    console.log(
      `\nnative tesseract not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }

  console.log('\nThroughput (wall time for all pages, decode included):');
  for (const [label, ms] of rows) {
    console.log(
      `  ${label.padEnd(72)} ${seconds(ms).padStart(6)} s  ${perMinute(jobs.length, ms).toFixed(1).padStart(5)} pages/min`,
    );
  }
  if (nativeMs !== undefined && sameDataMs !== undefined) {
    // Throughput ratio = native wall time / our wall time on the same pages.
    const ratio = (ms: number, base: number): string => (base / ms).toFixed(2);
    console.log('\nThroughput against native (Debian data | same 4.0.0_best_int data):');
    console.log(`  pool, cold          ${ratio(coldMs, nativeMs)} | ${ratio(coldMs, sameDataMs)}`);
    console.log(
      `  pool, steady state  ${ratio(warmMs, nativeMs)} | ${ratio(warmMs, sameDataMs)}   (target ≥ 0.70 against Debian data)`,
    );
    console.log(
      `  ceiling             ${ratio(ceilingMs, nativeMs)} | ${ratio(ceilingMs, sameDataMs)}   (no code on tesseract.js gets more here)`,
    );
  }
}
