import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OcrService } from '../../../../../electron/services/ocr/ocr-service';
import { createSettingsStore } from '../../../../../electron/services/settings/settings';
import {
  createWorkspaceHandlers,
  type WorkspaceHandlers,
} from '../../../../../electron/services/workspace/handlers';
import type { EventName, EventPayload } from '../../../../../shared/ipc/events';
import { removeFolder, smallImage, tempFolder, writeFiles } from './helpers';

let root: string;
let appData: string;
let handlers: WorkspaceHandlers;
let events: { event: EventName; payload: EventPayload<EventName> }[];
let release: () => void;
let started: Promise<void>;
let markStarted: () => void;

/** OCR that reports progress, then waits until released or aborted. */
const ocr: OcrService = {
  recognize: (_image, { language, signal, onProgress }) =>
    new Promise((resolve, reject) => {
      onProgress?.({ phase: 'recognizing', fraction: 0.5 });
      markStarted();
      signal?.addEventListener('abort', () => reject(new Error('aborted')));
      release = () =>
        resolve({
          engine: 'tesseract.js',
          engineVersion: '7',
          language,
          imageSize: { width: 40, height: 30 },
          blocks: [],
          text: 'ocr text\n',
          createdAt: '2026-01-01T00:00:00.000Z',
        });
    }),
  close: async () => undefined,
};

beforeEach(async () => {
  root = await tempFolder();
  appData = await tempFolder('jiaokan-appdata-');
  await writeFiles(root, { 'p1.png': await smallImage('png') });
  events = [];
  started = new Promise((resolve) => (markStarted = resolve));
  handlers = createWorkspaceHandlers({
    appDataDir: appData,
    samplePath: join(root, 'p1.png'),
    pickFolder: async () => root,
    pickImages: async () => [join(root, 'p1.png')],
    emit: (event, payload) => events.push({ event, payload }),
    ocr,
    settings: createSettingsStore(appData),
  });
});
afterEach(async () => {
  await handlers.dispose();
  await removeFolder(root);
  await removeFolder(appData);
});

describe('workspace handlers', () => {
  it('recognizes a page with progress events and makes the first version from it', async () => {
    await handlers['workspace:openFolder']({});
    const job = handlers['ocr:recognize']({ pageId: 'p1', language: 'chi_sim', jobId: 'j1' });
    await started;
    release();
    const done = await job;
    expect(done.version).toMatchObject({ n: 1, origin: 'ocr' });
    expect(
      events.filter((e) => e.event === 'job:progress').map((e) => (e.payload as { kind: string }).kind),
    ).toEqual(['queued', 'recognizing', 'done']);
    expect((await handlers['page:open']({ pageId: 'p1' })).text).toBe('ocr text\n');
  });

  it('cancels a running job through job:cancel', async () => {
    await handlers['workspace:openFolder']({});
    const job = handlers['ocr:recognize']({ pageId: 'p1', language: 'eng', jobId: 'j2' });
    await started;
    expect(await handlers['job:cancel']({ jobId: 'j2' })).toEqual({ cancelled: true });
    await expect(job).rejects.toMatchObject({ code: 'cancelled' });
    expect(events.at(-1)?.payload).toEqual({ jobId: 'j2', kind: 'cancelled' });
    expect(await handlers['job:cancel']({ jobId: 'j2' })).toEqual({ cancelled: false });
  });

  it('opens chosen images as a scratch copy and remembers the last workspace and page', async () => {
    const view = await handlers['workspace:openImages']({});
    expect(view?.pages.map((p) => p.id)).toEqual(['p1']);
    await handlers['version:save']({ pageId: 'p1', text: 'scratch', note: '', origin: 'edit' });
    await handlers['page:open']({ pageId: 'p1' });
    // The user's own folder got nothing.
    await expect(readFile(join(root, '.jiaokan', 'workspace.json'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    const settings = JSON.parse(await readFile(join(appData, 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(String(settings.lastWorkspace)).toContain(join(appData, 'scratch'));
    expect(settings.lastPageId).toBe('p1');
    await handlers.dispose();
    const again = await handlers['workspace:reopenLast']({});
    expect(again?.pages[0]).toMatchObject({ id: 'p1', versionCount: 1 });
  });

  it('reopens the folder it has open (a reloaded window) keeping the lock and without a takeover notice', async () => {
    await handlers['workspace:openFolder']({});
    const again = await handlers['workspace:reopenLast']({});
    expect(again?.readOnly).toBe(false);
    expect(again?.notices).toEqual([]);
    const lock = JSON.parse(await readFile(join(root, '.jiaokan', 'lock'), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(process.pid);
    await handlers['version:save']({ pageId: 'p1', text: 'after reload', note: '', origin: 'edit' });
  });
});
