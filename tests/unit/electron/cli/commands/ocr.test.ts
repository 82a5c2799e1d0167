import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsOf, type OcrResult } from '../../../../../shared/model/ocr';
import { cer } from '../../../../support/score';

const ROOT = join(__dirname, '../../../../..');
const CLI = join(ROOT, 'out/main/cli.js');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');

/** Newest modification time of the files the CLI bundle is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtIsFresh(): boolean {
  try {
    const built = statSync(CLI).mtimeMs;
    return ['electron/cli', 'electron/services', 'shared'].every(
      (dir) => newestSource(join(ROOT, dir)) <= built,
    );
  } catch {
    return false;
  }
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function jiaokan(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Asserts the CLI refused with exit 2 and exactly one stderr line, without a stack trace. */
function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('jiaokan ocr (built CLI)', () => {
  let folder = '';
  let strip = '';

  beforeAll(async () => {
    if (!builtIsFresh()) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
    folder = await mkdtemp(join(tmpdir(), 'jiaokan-cli-ocr-'));
    // The headline strip of the English page: quick to recognize.
    const page = join(FIXTURES, 'en_devil/page.jpg');
    const { width } = await sharp(page).metadata();
    strip = join(folder, 'strip.png');
    await sharp(page).extract({ left: 0, top: 0, width, height: 460 }).png().toFile(strip);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('prints the OcrResult of a fixture page as JSON, close to the truth', async () => {
    const run = await jiaokan(
      'ocr',
      join(FIXTURES, 'zh_seed_air/page.jpg'),
      '--lang',
      'chi_sim',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as OcrResult;
    expect(result.engine).toBe('tesseract.js');
    const truth = await readFile(join(FIXTURES, 'zh_seed_air/truth.txt'), 'utf8');
    expect(cer(truth, result.text).nows).toBeLessThan(0.02);
    for (const word of wordsOf(result))
      expect(result.text.slice(word.range.start, word.range.end)).toBe(word.text);
  });

  it('prints text with a header per image when given several', async () => {
    const run = await jiaokan('ocr', strip, strip, '--lang', 'eng');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^==> strip\.png <==\n[^]*Devil's Dictionary[^]*==> strip\.png <==\n/);
    expect(run.stderr).toBe('');
  });

  it('writes one hOCR file per image into --out, goes on past a bad file, and exits 2', async () => {
    const out = join(folder, 'out');
    const run = await jiaokan(
      'ocr',
      join(folder, 'missing.png'),
      strip,
      '--lang',
      'eng',
      '--format',
      'hocr',
      '--out',
      out,
    );
    expectOneLineError(run, /^jiaokan: missing\.png: no such file$/);
    expect(await readdir(out)).toEqual(['strip.hocr']);
    const hocr = await readFile(join(out, 'strip.hocr'), 'utf8');
    expect(XMLValidator.validate(hocr)).toBe(true);
    expect(hocr).toContain('class="ocrx_word"');
    expect(hocr).toContain('lang="en"');
  });

  it('writes txt and json files named after the images', async () => {
    const out = join(folder, 'out-txt');
    expect((await jiaokan('ocr', strip, '--lang', 'eng', '--out', out)).code).toBe(0);
    expect(await readFile(join(out, 'strip.txt'), 'utf8')).toContain('Reader');
    expect((await jiaokan('ocr', strip, '--lang', 'eng', '--format', 'json', '--out', out)).code).toBe(0);
    expect((JSON.parse(await readFile(join(out, 'strip.json'), 'utf8')) as OcrResult).language).toBe('eng');
  });

  it('shows progress on stderr with --progress', async () => {
    const run = await jiaokan('ocr', strip, '--lang', 'eng', '--progress');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('[1/1] strip.png: recognizing');
    expect(run.stderr).toContain('[1/1] strip.png: done');
  });

  it('refuses each bad input with one line naming the file, exit 2', async () => {
    await writeFile(join(folder, 'empty.png'), '');
    await writeFile(join(folder, 'text.png'), 'just some text\n');
    const jpeg = await readFile(join(FIXTURES, 'en_devil/page.jpg'));
    await writeFile(join(folder, 'truncated.jpg'), jpeg.subarray(0, jpeg.length >> 1));
    await sharp({ create: { width: 20_001, height: 2, channels: 3, background: 'white' } })
      .png()
      .toFile(join(folder, 'huge.png'));
    const cases: [string, RegExp][] = [
      ['missing.png', /^jiaokan: missing\.png: no such file$/],
      ['empty.png', /^jiaokan: empty\.png: the file is empty$/],
      ['text.png', /^jiaokan: text\.png: not an image/],
      ['truncated.jpg', /^jiaokan: truncated\.jpg: the file is truncated$/],
      ['huge.png', /^jiaokan: huge\.png: the image is 20001×2 px, more than 20,000 px on a side$/],
    ];
    const runs = await Promise.all(cases.map(([file]) => jiaokan('ocr', join(folder, file))));
    runs.forEach((run, i) => {
      expectOneLineError(run, cases[i]?.[1] ?? /never/);
      expect(run.stdout).toBe('');
    });
  });

  it('refuses an unknown language, format or missing image argument with exit 2', async () => {
    expectOneLineError(
      await jiaokan('ocr', strip, '--lang', 'klingon'),
      /^jiaokan: Unknown OCR language "klingon"/,
    );
    expectOneLineError(await jiaokan('ocr', strip, '--format', 'pdf'), /^jiaokan: unknown format "pdf"/);
    expect((await jiaokan('ocr')).code).toBe(2);
    expect((await jiaokan('--version')).code).toBe(0);
  });

  it('recognizes a workspace with --workspace: progress on stderr, stored, and a second run has nothing left', async () => {
    const workspace = join(folder, 'workspace');
    await mkdir(workspace);
    await copyFile(strip, join(workspace, 'a-strip.png'));
    await writeFile(join(workspace, 'b-notes.txt'), 'already text\n');
    const run = await jiaokan('ocr', '--workspace', workspace, '--lang', 'eng');
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(run.stderr).toMatch(/^\[1\/1\] a-strip: \d+ characters\n/);
    expect(run.stderr).toContain('recognized 1, skipped 1 (already had text), failed 0');
    const status = await jiaokan('status', '--workspace', workspace, '--format', 'json');
    const pages = (
      JSON.parse(status.stdout) as { pages: { label: string; status: string; hasOcr: boolean }[] }
    ).pages;
    expect(pages.map((p) => [p.label, p.status, p.hasOcr])).toEqual([
      ['a-strip', 'recognized', true],
      ['b-notes', 'recognized', false],
    ]);
    const text = await readFile(join(workspace, '.jiaokan/pages/a-strip/versions/0001.txt'), 'utf8');
    expect(text).toContain("Devil's Dictionary");
    const again = await jiaokan('ocr', '--workspace', workspace);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('recognized 0, skipped 2 (already had text), failed 0\n');
  });

  it('wants image files or --workspace, exactly one of them', async () => {
    expectOneLineError(await jiaokan('ocr'), /^jiaokan: give image files to recognize, or --workspace DIR$/);
    expectOneLineError(
      await jiaokan('ocr', strip, '--workspace', folder),
      /^jiaokan: give image files or --workspace DIR, not both$/,
    );
    expectOneLineError(
      await jiaokan('ocr', '--workspace', folder, '--out', folder),
      /^jiaokan: --out cannot be used with --workspace/,
    );
    expectOneLineError(await jiaokan('ocr', '--workspace', join(folder, 'missing')), /^jiaokan: .*missing/);
  });
});
