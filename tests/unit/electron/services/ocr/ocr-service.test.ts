import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrService, type OcrProgress } from '../../../../../electron/services/ocr/ocr-service';
import { JiaokanError } from '../../../../../shared/ipc/errors';
import { wordsOf, type OcrResult } from '../../../../../shared/model/ocr';
import { cer } from '../../../../support/score';

const PAGES = [
  // Character error rate ignoring whitespace (score.mjs `cer_nows`), measured with tesseract.js 7.0.0 and
  // 4.0.0_best_int: zh_seed_air 0.010, zh_seed_mediation 0.048, en_devil 0.010. Bounds leave ~50 % headroom.
  { name: 'zh_seed_air', language: 'chi_sim', bound: 0.02 },
  { name: 'zh_seed_mediation', language: 'chi_sim', bound: 0.07 },
  { name: 'en_devil', language: 'eng', bound: 0.015 },
] as const;

function fixture(name: string, file: string): Buffer {
  return readFileSync(join(__dirname, '../../../../fixtures/pages', name, file));
}

async function rejection(promise: Promise<unknown>): Promise<JiaokanError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JiaokanError);
  return error as JiaokanError;
}

/** The top of a fixture page (headline and first lines): a few hundred ms to recognize. */
async function strip(name: string, height = 460): Promise<Uint8Array> {
  const page = fixture(name, 'page.jpg');
  const { width } = await sharp(page).metadata();
  return sharp(page).extract({ left: 0, top: 0, width, height }).png().toBuffer();
}

describe('OCR service on the fixture pages (pool of 2)', () => {
  const service = createOcrService({ workers: 2 });
  const results = new Map<string, OcrResult>();
  const progress = new Map<string, OcrProgress[]>();

  beforeAll(async () => {
    await Promise.all(
      PAGES.map(async (page) => {
        const events: OcrProgress[] = [];
        progress.set(page.name, events);
        const result = await service.recognize(fixture(page.name, 'page.jpg'), {
          language: page.language,
          onProgress: (p) => events.push(p),
        });
        results.set(page.name, result);
      }),
    );
  });
  afterAll(() => service.close());

  for (const page of PAGES) {
    describe(page.name, () => {
      const result = (): OcrResult => {
        const r = results.get(page.name);
        if (!r) throw new Error(`no result for ${page.name}`);
        return r;
      };

      it(`is close to the truth: CER ignoring whitespace < ${page.bound}`, () => {
        const score = cer(fixture(page.name, 'truth.txt').toString('utf8'), result().text);
        console.log(`${page.name}: cer_nows=${score.nows.toFixed(4)} cer=${score.raw.toFixed(4)}`);
        expect(score.nows).toBeLessThan(page.bound);
      });

      it('gives every word a range that slices exactly its text', () => {
        const words = wordsOf(result());
        expect(words.length).toBeGreaterThan(100);
        for (const word of words)
          expect(result().text.slice(word.range.start, word.range.end)).toBe(word.text);
      });

      it('puts every box inside the image and every confidence in 0–100', () => {
        const { width, height } = result().imageSize;
        expect(width).toBeGreaterThan(2000);
        for (const block of result().blocks) {
          for (const b of [
            block.box,
            ...block.lines.map((l) => l.box),
            ...block.lines.flatMap((l) => l.words.map((w) => w.box)),
          ]) {
            expect(b.x0).toBeGreaterThanOrEqual(0);
            expect(b.y0).toBeGreaterThanOrEqual(0);
            expect(b.x1).toBeLessThanOrEqual(width);
            expect(b.y1).toBeLessThanOrEqual(height);
            expect(b.x0).toBeLessThanOrEqual(b.x1);
            expect(b.y0).toBeLessThanOrEqual(b.y1);
          }
        }
        for (const word of wordsOf(result())) {
          expect(word.confidence).toBeGreaterThanOrEqual(0);
          expect(word.confidence).toBeLessThanOrEqual(100);
        }
      });

      it('reports progress through both phases, ending at 1', () => {
        const events = progress.get(page.name) ?? [];
        expect(events.some((e) => e.phase === 'recognizing' && e.fraction > 0 && e.fraction < 1)).toBe(true);
        expect(events.at(-1)).toEqual({ phase: 'recognizing', fraction: 1 });
      });
    });
  }

  it('separates blocks with a blank line and ends lines with a newline', () => {
    const text = results.get('zh_seed_air')?.text ?? '';
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('\n\n');
    expect(text).not.toMatch(/\n{3}/);
    expect(text).toContain('本报讯 记者');
  });

  it('started no more workers than the pool holds', () => {
    expect(service.stats().workersStarted).toBeLessThanOrEqual(2);
  });
});

describe('OCR pool behaviour', () => {
  it('reuses a worker across pages and loads each language into it once', async () => {
    const service = createOcrService({ workers: 1 });
    try {
      const zh = await strip('zh_seed_air');
      const en = await strip('en_devil');
      await service.recognize(zh, { language: 'chi_sim' });
      await service.recognize(zh, { language: 'chi_sim' });
      expect(service.stats()).toEqual({ workersStarted: 1, reinitializations: 0, workersAlive: 1 });
      const english = await service.recognize(en, { language: 'eng' });
      expect(english.language).toBe('eng');
      expect(english.text).toMatch(/[A-Za-z]{4}/);
      expect(service.stats()).toEqual({ workersStarted: 1, reinitializations: 1, workersAlive: 1 });
      const mixed = await service.recognize(zh, { language: 'chi_sim+eng' });
      expect(mixed.text).toContain('大气污染');
      expect(service.stats().workersStarted).toBe(1);
    } finally {
      await service.close();
    }
  });

  it('cancels a running page by terminating its worker, then keeps serving', async () => {
    const service = createOcrService({ workers: 1 });
    try {
      const controller = new AbortController();
      const running = service.recognize(fixture('zh_seed_mediation', 'page.jpg'), {
        language: 'chi_sim',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'recognizing' && p.fraction > 0) controller.abort();
        },
      });
      expect((await rejection(running)).code).toBe('cancelled');
      expect(service.stats().workersAlive).toBe(0);
      const queued = new AbortController();
      const waiting = service.recognize(await strip('zh_seed_air'), {
        language: 'chi_sim',
        signal: queued.signal,
      });
      const second = service.recognize(await strip('zh_seed_air'), {
        language: 'chi_sim',
        signal: queued.signal,
      });
      queued.abort();
      expect((await rejection(waiting)).code).toBe('cancelled');
      expect((await rejection(second)).code).toBe('cancelled');
      const after = await service.recognize(await strip('zh_seed_air'), { language: 'chi_sim' });
      expect(after.text).toContain('大气污染');
      expect(service.stats().workersAlive).toBe(1);
    } finally {
      await service.close();
    }
  });

  it('refuses an unknown language and an undecodable image with bad-input', async () => {
    const service = createOcrService({ workers: 1 });
    try {
      const unknown = await rejection(service.recognize(await strip('en_devil'), { language: 'klingon' }));
      expect(unknown.code).toBe('bad-input');
      expect(unknown.message).toContain('klingon');
      expect(
        (await rejection(service.recognize(await strip('en_devil'), { language: 'eng+eng' }))).code,
      ).toBe('bad-input');
      const garbage = await rejection(
        service.recognize(new TextEncoder().encode('not an image'), { language: 'eng' }),
      );
      expect(garbage.code).toBe('bad-input');
      expect(service.stats().workersStarted).toBe(0);
    } finally {
      await service.close();
    }
  });

  it('never touches the network: recognizes with fetch, http, https and net patched to throw', async () => {
    const attempts: string[] = [];
    const refuse = (what: string) => () => {
      attempts.push(what);
      throw new Error(`network blocked: ${what}`);
    };
    const saved = {
      fetch: globalThis.fetch,
      http: http.request,
      https: https.request,
      httpGet: http.get,
      httpsGet: https.get,
      connect: net.connect,
    };
    globalThis.fetch = refuse('fetch');
    http.request = refuse('http.request') as typeof http.request;
    https.request = refuse('https.request') as typeof https.request;
    http.get = refuse('http.get') as typeof http.get;
    https.get = refuse('https.get') as typeof https.get;
    net.connect = refuse('net.connect') as typeof net.connect;
    const service = createOcrService({ workers: 1 });
    try {
      const result = await service.recognize(await strip('zh_seed_air'), { language: 'chi_sim+eng' });
      expect(result.text).toContain('大气污染');
      expect(attempts).toEqual([]);
    } finally {
      await service.close();
      globalThis.fetch = saved.fetch;
      http.request = saved.http;
      https.request = saved.https;
      http.get = saved.httpGet;
      https.get = saved.httpsGet;
      net.connect = saved.connect;
    }
  });
});
