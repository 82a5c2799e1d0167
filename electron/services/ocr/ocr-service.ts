import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import sharp from 'sharp';
import Tesseract from 'tesseract.js';
import { fromTesseract } from '../../../shared/formats/from-tesseract';
import { JiaokanError } from '../../../shared/ipc/errors';
import type { LanguageCode, OcrResult } from '../../../shared/model/ocr';
import { createLanguageFolder, parseLanguage, type LanguageFolder } from './language-data';
import { workerEntryUrl } from './worker-entry';

/** Where a recognition job is; `fraction` 0–1 within the phase. */
export interface OcrProgress {
  readonly phase: 'loading-language' | 'recognizing';
  readonly fraction: number;
}

/** Per-call options of `OcrService.recognize`. */
export interface RecognizeOptions {
  /** Tesseract language string: `chi_sim`, `chi_tra`, `eng`, or several joined with `+`. */
  readonly language: string;
  /** Aborting stops the work (the worker is terminated and replaced) and rejects with `cancelled`. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: OcrProgress) => void;
}

/** Recognizes page images offline with a pool of tesseract.js workers. */
export interface OcrService {
  /**
   * Recognizes one page image (PNG or JPEG bytes, upright: see `decodeImage`). Resolves to the OcrResult with
   * boxes in the image's pixels. Rejects with `bad-input` (unknown language, unreadable image), `cancelled`.
   */
  recognize(image: Uint8Array, options: RecognizeOptions): Promise<OcrResult>;
  /** Stops all workers, rejects queued jobs with `cancelled`, removes the temporary language folder. */
  close(): Promise<void>;
}

/** Dependencies and knobs of the OCR service; all optional. */
export interface OcrServiceOptions {
  /** Most workers at once; default min(2, CPU count): each takes ~100 MB and one core. */
  readonly workers?: number;
  /** Folder holding `<lang>.traineddata.gz` for a language; default the bundled `@tesseract.js-data` package. */
  readonly languageSource?: (language: LanguageCode) => string;
  /** Where the private language folder is made; default the OS temp folder (the app passes its data folder). */
  readonly dataParent?: string;
  /** Clock for `createdAt`. */
  readonly now?: () => Date;
  /**
   * Maps a resolved module file to the path worker threads can load: a packaged app passes the mapping into
   * `app.asar.unpacked/`, since worker threads do not read from inside the archive. Default: unchanged.
   */
  readonly modulePath?: (path: string) => string;
}

/** Counters that show whether workers and loaded languages are being reused. */
export interface OcrPoolStats {
  readonly workersStarted: number;
  /** Times a worker switched to a language it was not set up for. */
  readonly reinitializations: number;
  readonly workersAlive: number;
}

/** An OcrService that also reports pool counters (for tests and the benchmark). */
export interface OcrPool extends OcrService {
  stats(): OcrPoolStats;
}

interface Job {
  readonly image: Uint8Array;
  readonly language: string;
  readonly languages: readonly LanguageCode[];
  readonly options: RecognizeOptions;
  readonly resolve: (result: OcrResult) => void;
  readonly reject: (error: unknown) => void;
  settled: boolean;
}

interface Slot {
  worker: Tesseract.Worker | undefined;
  /** The language string the worker's engine is initialized with; undefined while it starts. */
  language: string | undefined;
  job: Job | undefined;
  dead: boolean;
  /** Rejects when the slot is killed, so a job waiting on a terminated worker stops waiting. */
  readonly killed: Promise<never>;
  readonly kill: (reason: unknown) => void;
}

const require = createRequire(import.meta.url);

/** tesseract.js version, recorded in each OcrResult. */
export const TESSERACT_JS_VERSION: string = (require('tesseract.js/package.json') as { version: string })
  .version;

const cancelled = (): JiaokanError => new JiaokanError('cancelled', 'OCR was cancelled');

function settle(job: Job, outcome: { result: OcrResult } | { error: unknown }): void {
  if (job.settled) return;
  job.settled = true;
  if ('result' in outcome) job.resolve(outcome.result);
  else job.reject(outcome.error);
}

/** Image size in the frame Tesseract reports boxes in (EXIF orientation applied, as Tesseract applies it). */
async function imageSize(image: Uint8Array): Promise<{ width: number; height: number }> {
  try {
    const { width, height, orientation } = await sharp(image).metadata();
    return orientation !== undefined && orientation >= 5
      ? { width: height, height: width }
      : { width, height };
  } catch {
    throw new JiaokanError('bad-input', 'The page image cannot be decoded');
  }
}

/**
 * Creates the OCR service: tesseract.js workers (worker threads running WebAssembly Tesseract) started on
 * demand up to `workers`, kept and reused across pages. A worker keeps the language it was initialized with, so
 * a job goes to an idle worker that already has its language, else to a new worker while the pool has room,
 * else an idle worker is re-initialized (each language file is loaded into a worker at most once). All data is
 * read from local files; the worker threads cannot reach the network (see worker-entry).
 */
export function createOcrService(options: OcrServiceOptions = {}): OcrPool {
  const size = Math.max(1, options.workers ?? Math.min(2, cpus().length));
  const now = options.now ?? (() => new Date());
  const languageFolder: LanguageFolder = createLanguageFolder(options.languageSource, options.dataParent);
  const modulePath = options.modulePath ?? ((path: string) => path);
  const workerPath = workerEntryUrl(
    modulePath(require.resolve('tesseract.js/src/worker-script/node/index.js')),
  );
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let closed = false;
  let workersStarted = 0;
  let reinitializations = 0;

  const newSlot = (): Slot => {
    let kill: (reason: unknown) => void = () => undefined;
    const killed = new Promise<never>((_, reject) => {
      kill = reject;
    });
    killed.catch(() => undefined);
    const slot: Slot = { worker: undefined, language: undefined, job: undefined, dead: false, killed, kill };
    slots.push(slot);
    return slot;
  };

  const retire = (slot: Slot, reason: unknown): void => {
    if (slot.dead) return;
    slot.dead = true;
    slot.kill(reason);
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker?.terminate();
    if (slot.job) settle(slot.job, { error: reason });
  };

  const progressOf = (slot: Slot) => (message: Tesseract.LoggerMessage) => {
    const report = slot.job?.options.onProgress;
    if (!report) return;
    if (message.status === 'recognizing text') report({ phase: 'recognizing', fraction: message.progress });
    else if (message.status === 'loading language traineddata')
      report({ phase: 'loading-language', fraction: message.progress });
  };

  const parametersFor = (languages: readonly LanguageCode[]): Partial<Tesseract.WorkerParams> => ({
    // Automatic page segmentation: tesseract.js's default (6, one block) reads straight across columns.
    tessedit_pageseg_mode: Tesseract.PSM.AUTO,
    // Without it Chinese gets a space between almost every two characters.
    preserve_interword_spaces: languages.some((l) => l.startsWith('chi_')) ? '1' : '0',
  });

  const prepare = async (slot: Slot, job: Job): Promise<Tesseract.Worker> => {
    const until = <T>(work: Promise<T>): Promise<T> => Promise.race([work, slot.killed]);
    if (slot.worker && slot.language === job.language) return slot.worker;
    job.options.onProgress?.({ phase: 'loading-language', fraction: 0 });
    const langPath = await until(languageFolder.prepare(job.languages));
    let worker = slot.worker;
    if (!worker) {
      workersStarted += 1;
      const starting = Tesseract.createWorker([...job.languages], Tesseract.OEM.LSTM_ONLY, {
        langPath,
        cacheMethod: 'none',
        workerPath: workerPath as unknown as string,
        logger: progressOf(slot),
        // Without a handler tesseract.js rethrows worker errors from its message listener (uncaught).
        errorHandler: () => undefined,
      });
      // A slot cancelled while its worker starts must still stop that worker once it exists.
      starting.then(
        (started) => {
          if (slot.dead) void started.terminate();
          else slot.worker = started;
        },
        () => undefined,
      );
      worker = await until(starting);
      const thread = (worker as unknown as { worker?: ThreadWorker }).worker;
      thread?.on('error', (error) =>
        retire(slot, new JiaokanError('internal', `OCR worker failed: ${error.message}`)),
      );
      thread?.on('exit', () => retire(slot, new JiaokanError('internal', 'OCR worker stopped unexpectedly')));
    } else {
      reinitializations += 1;
      await until(worker.reinitialize(job.languages.join('+'), Tesseract.OEM.LSTM_ONLY));
    }
    // Initializing makes a fresh Tesseract API, so the parameters are set after every (re)initialization.
    await until(worker.setParameters(parametersFor(job.languages)));
    slot.language = job.language;
    job.options.onProgress?.({ phase: 'loading-language', fraction: 1 });
    return worker;
  };

  const run = async (slot: Slot, job: Job): Promise<void> => {
    slot.job = job;
    try {
      const size = await imageSize(job.image);
      const worker = await prepare(slot, job);
      job.options.onProgress?.({ phase: 'recognizing', fraction: 0 });
      const { data } = await Promise.race([
        worker.recognize(job.image, {}, { blocks: true, text: false }),
        slot.killed,
      ]);
      const result = fromTesseract(data, {
        language: job.language,
        imageSize: size,
        engineVersion: TESSERACT_JS_VERSION,
        createdAt: now().toISOString(),
      });
      job.options.onProgress?.({ phase: 'recognizing', fraction: 1 });
      settle(job, { result });
    } catch (error) {
      settle(job, {
        error:
          error instanceof JiaokanError
            ? error
            : new JiaokanError(
                'internal',
                `OCR failed: ${error instanceof Error ? error.message : String(error)}`,
              ),
      });
    } finally {
      if (!slot.dead) slot.job = undefined;
      dispatch();
    }
  };

  const dispatch = (): void => {
    while (queue.length > 0 && !closed) {
      const job = queue[0];
      if (!job) return;
      const idle = slots.filter((s) => !s.job && !s.dead);
      const slot =
        idle.find((s) => s.language === job.language) ??
        (slots.length < size ? newSlot() : undefined) ??
        idle[0];
      if (!slot) return;
      queue.shift();
      void run(slot, job);
    }
  };

  return {
    recognize(image, recognizeOptions) {
      return new Promise<OcrResult>((resolve, reject) => {
        if (closed) throw new JiaokanError('cancelled', 'The OCR service is closed');
        const languages = parseLanguage(recognizeOptions.language);
        const { signal } = recognizeOptions;
        if (signal?.aborted) throw cancelled();
        const job: Job = {
          image,
          language: recognizeOptions.language,
          languages,
          options: recognizeOptions,
          resolve,
          reject,
          settled: false,
        };
        signal?.addEventListener(
          'abort',
          () => {
            const queued = queue.indexOf(job);
            if (queued >= 0) queue.splice(queued, 1);
            const slot = slots.find((s) => s.job === job);
            // Terminating is the only way to stop Tesseract mid-page; the pool starts a fresh worker on demand.
            if (slot) retire(slot, cancelled());
            settle(job, { error: cancelled() });
            dispatch();
          },
          { once: true },
        );
        queue.push(job);
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0))
        settle(job, { error: new JiaokanError('cancelled', 'The OCR service closed') });
      for (const slot of [...slots]) retire(slot, new JiaokanError('cancelled', 'The OCR service closed'));
      await languageFolder.dispose();
    },
    stats() {
      return {
        workersStarted,
        reinitializations,
        workersAlive: slots.filter((s) => s.worker && !s.dead).length,
      };
    },
  };
}
