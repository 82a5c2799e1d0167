import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JiaokanError } from '../../../../../shared/ipc/errors';
import type { OcrResult } from '../../../../../shared/model/ocr';
import { openWorkspace, type Workspace } from '../../../../../electron/services/workspace/workspace';
import { multiPageTiff, removeFolder, smallImage, steppingClock, tempFolder, writeFiles } from './helpers';

const hocrFixture = new URL('../../../../fixtures/pages/en_devil/tesseract.hocr', import.meta.url);

function ocrResult(text: string, createdAt: string): OcrResult {
  return {
    engine: 'tesseract.js',
    engineVersion: '7.0.0',
    language: 'chi_sim',
    imageSize: { width: 40, height: 30 },
    blocks: [],
    text,
    createdAt,
  };
}

async function expectError(promise: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JiaokanError);
  expect((error as JiaokanError).code).toBe(code);
  if (message) expect((error as JiaokanError).message).toMatch(message);
}

let root: string;
const open: Workspace[] = [];
async function openWs(...args: Parameters<typeof openWorkspace>): Promise<Workspace> {
  const ws = await openWorkspace(...args);
  open.push(ws);
  return ws;
}

beforeEach(async () => {
  root = await tempFolder();
});
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.close();
  await removeFolder(root);
});

describe('scanning a folder', () => {
  it('lists scans in natural order, splits multi-page TIFFs, and makes text-only pages and safe ids', async () => {
    const png = await smallImage('png');
    await writeFiles(root, {
      'p10.png': png,
      'p2.jpg': await smallImage('jpeg'),
      'p1.webp': await smallImage('webp'),
      'scan.tif': await multiPageTiff(3),
      '第一页.png': png,
      'notes.txt': '只有文字的一页\n',
      'readme.md': 'not a page',
      '.hidden.png': png,
    });
    const ws = await openWs(root, { now: steppingClock() });
    const view = ws.view();
    expect(view.pages.map((p) => p.label)).toEqual([
      'notes',
      'p1',
      'p2',
      'p10',
      'scan.tif #1',
      'scan.tif #2',
      'scan.tif #3',
      '第一页',
    ]);
    expect(view.pages.map((p) => p.id).slice(0, 7)).toEqual([
      'notes',
      'p1',
      'p2',
      'p10',
      'scan-001',
      'scan-002',
      'scan-003',
    ]);
    expect(view.pages[7]?.id).toMatch(/^page-[0-9a-f]{8}$/);
    const notes = view.pages[0];
    expect(notes).toMatchObject({ sourceKind: 'text', status: 'recognized', versionCount: 1 });
    const page = await ws.openPage('notes');
    expect(page.text).toBe('只有文字的一页\n');
    expect(page.versions[0]?.origin).toBe('import');
    expect(page.imageSize).toBeNull();
    await expectError(ws.pageImage('notes'), 'not-found', /text-only/);
    const third = await ws.pageImage('scan-003');
    expect([third.width, third.height]).toEqual([22, 20]);
  });

  it('keeps page ids stable when files are added later', async () => {
    await writeFiles(root, { 'b.png': await smallImage('png') });
    const first = await openWs(root);
    await first.saveVersion('b', 'text of b', '', 'edit');
    await first.close();
    await writeFiles(root, { 'a.png': await smallImage('png') });
    const second = await openWs(root);
    expect(second.pageIds()).toEqual(['a', 'b']);
    expect((await second.openPage('b')).text).toBe('text of b');
  });

  it('imports hOCR beside a scan as the first version, with word boxes, and plain text sidecars without', async () => {
    await writeFiles(root, {
      'p12.jpg': await smallImage('jpeg'),
      'p12.hocr': await readFile(hocrFixture),
      'p13.png': await smallImage('png'),
      'p13.txt': 'imported text\n',
    });
    const ws = await openWs(root, { now: steppingClock() });
    const p12 = await ws.openPage('p12');
    expect(p12.versions).toHaveLength(1);
    expect(p12.versions[0]?.origin).toBe('import');
    expect(p12.ocr?.engine).toBe('hocr');
    expect(p12.text).toBe(p12.ocr?.text);
    expect(p12.text.startsWith('By Ambrose Bierce\n')).toBe(true);
    expect(p12.ocrRuns).toHaveLength(1);
    const p13 = await ws.openPage('p13');
    expect(p13).toMatchObject({ text: 'imported text\n', ocr: null });
    expect(p13.page).toMatchObject({ status: 'recognized', versionCount: 1 });
    // A second open imports nothing again.
    await ws.close();
    const again = await openWs(root);
    expect((await again.openPage('p12')).versions).toHaveLength(1);
  });
});

describe('versions and drafts', () => {
  beforeEach(async () => {
    await writeFiles(root, { 'p1.png': await smallImage('png') });
  });

  it('saves immutable versions whose files match their SHA-256, and restore adds a version', async () => {
    const ws = await openWs(root, { now: steppingClock() });
    const v1 = await ws.saveVersion('p1', '第一版', 'first', 'edit');
    const v2 = await ws.saveVersion('p1', '第二版', '', 'fix');
    const dir = join(root, '.jiaokan', 'pages', 'p1', 'versions');
    const firstBytes = await readFile(join(dir, '0001.txt'));
    expect(createHash('sha256').update(firstBytes).digest('hex')).toBe(v1.sha256);
    expect([v1.n, v2.n, v1.chars]).toEqual([1, 2, 3]);
    const v3 = await ws.restoreVersion('p1', 1);
    expect(v3).toMatchObject({ n: 3, origin: 'restore', note: '#1', sha256: v1.sha256 });
    expect(await readFile(join(dir, '0001.txt'))).toEqual(firstBytes);
    expect((await readdir(dir)).sort()).toEqual([
      '0001.meta.json',
      '0001.txt',
      '0002.meta.json',
      '0002.txt',
      '0003.meta.json',
      '0003.txt',
    ]);
    const page = await ws.openPage('p1');
    expect(page.text).toBe('第一版');
    expect(page.versions.map((v) => v.origin)).toEqual(['edit', 'fix', 'restore']);
    expect(page.page).toMatchObject({ status: 'in-progress', versionCount: 3 });
    expect((await ws.readVersion('p1', 2)).text).toBe('第二版');
    await expectError(ws.readVersion('p1', 9), 'not-found');
  });

  it('offers a draft newer than the newest version back after reopening, and not after a save', async () => {
    const ws = await openWs(root, { now: steppingClock() });
    await ws.saveVersion('p1', 'saved', '', 'edit');
    const { savedAt } = await ws.saveDraft('p1', 'saved and more typing');
    await ws.close();
    const reopened = await openWs(root);
    expect((await reopened.openPage('p1')).draft).toEqual({ text: 'saved and more typing', savedAt });
    await reopened.saveVersion('p1', 'saved and more typing', '', 'edit');
    expect((await reopened.openPage('p1')).draft).toBeNull();
    await reopened.saveDraft('p1', 'x');
    await reopened.discardDraft('p1');
    expect((await reopened.openPage('p1')).draft).toBeNull();
  });

  it('does not offer a draft written before the newest version (a crash between save and draft removal)', async () => {
    const ws = await openWs(root, { now: steppingClock() });
    await ws.saveDraft('p1', 'old typing');
    const draftFile = join(root, '.jiaokan', 'pages', 'p1', 'draft.json');
    const stale = await readFile(draftFile);
    await ws.saveVersion('p1', 'newer text', '', 'edit');
    await writeFile(draftFile, stale);
    expect((await ws.openPage('p1')).draft).toBeNull();
  });

  it('re-running OCR keeps every run and never replaces the proofreader’s text', async () => {
    const ws = await openWs(root, { now: steppingClock() });
    const first = await ws.addOcrResult('p1', ocrResult('ocr one', '2026-01-01T00:00:00.000Z'));
    expect(first.version).toMatchObject({ n: 1, origin: 'ocr' });
    expect(ws.summary('p1').status).toBe('recognized');
    await ws.saveVersion('p1', 'proofread text', '', 'edit');
    const second = await ws.addOcrResult('p1', ocrResult('ocr two', '2026-01-02T00:00:00.000Z'));
    expect(second.version).toBeNull();
    expect(second.run.run).toBe(2);
    const page = await ws.openPage('p1');
    expect(page.text).toBe('proofread text');
    expect(page.ocr?.text).toBe('ocr two');
    expect(page.ocrRuns.map((r) => r.run)).toEqual([1, 2]);
    expect((await ws.readOcr('p1', 1)).text).toBe('ocr one');
  });

  it('records status changes and open findings from the injected linter', async () => {
    const ws = await openWs(root, { countFindings: (text) => (text.match(/ /g) ?? []).length });
    await ws.saveVersion('p1', '天 气 好', '', 'edit');
    expect(ws.summary('p1').openFindings).toBe(2);
    expect((await ws.setStatus('p1', 'proofread')).status).toBe('proofread');
    await ws.saveVersion('p1', '天气好', '', 'edit');
    await ws.close();
    const again = await openWs(root);
    expect(again.summary('p1')).toMatchObject({ status: 'proofread', openFindings: 0, versionCount: 2 });
  });
});
