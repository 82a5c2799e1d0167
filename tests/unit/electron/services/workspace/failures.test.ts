import { readdir, readFile, writeFile } from 'node:fs/promises';
import { findFontFolder } from '../../../../../electron/services/export/export-pages';
import { createExportHandlers } from '../../../../../electron/services/export/handlers';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services/ipc/dispatch';
import {
  createAppHandlers,
  createWorkspaceHandlers,
  type WorkspaceHandlers,
} from '../../../../../electron/services/workspace/handlers';
import { createLintPrefsHandlers } from '../../../../../electron/services/workspace/lint-prefs';
import type { LockEnvironment } from '../../../../../electron/services/workspace/lock';
import { openWorkspace, type Workspace } from '../../../../../electron/services/workspace/workspace';
import { createSettingsStore } from '../../../../../electron/services/settings/settings';
import type { Handlers } from '../../../../../shared/ipc/contract';
import { JiaokanError } from '../../../../../shared/ipc/errors';
import { failingFs } from '../../../../support/failing-fs';
import { removeFolder, smallImage, steppingClock, tempFolder, writeFiles } from './helpers';

let root: string;
const open: Workspace[] = [];
async function openWs(...args: Parameters<typeof openWorkspace>): Promise<Workspace> {
  const ws = await openWorkspace(...args);
  open.push(ws);
  return ws;
}

async function caught(promise: Promise<unknown>): Promise<JiaokanError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JiaokanError);
  return error as JiaokanError;
}

const lockEnv = (pid: number, alive: (pid: number) => boolean, host = 'this-host'): LockEnvironment => ({
  pid,
  host,
  now: () => new Date('2026-01-01T00:00:00Z'),
  isAlive: alive,
});

beforeEach(async () => {
  root = await tempFolder();
  await writeFiles(root, { 'p1.png': await smallImage('png'), 'p2.png': await smallImage('png') });
});
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.close();
  await removeFolder(root);
});

describe('lock', () => {
  it('opens read-only with a notice when another live Jiaokan holds the workspace', async () => {
    const first = await openWs(root, { lock: lockEnv(100, () => true) });
    expect(first.readOnly).toBe(false);
    const second = await openWs(root, { lock: lockEnv(200, () => true) });
    expect(second.readOnly).toBe(true);
    expect(second.view().notices[0]).toMatchObject({ kind: 'read-only' });
    expect(second.view().notices[0]?.message).toMatch(/process 100 on this-host/);
    expect((await caught(second.saveVersion('p1', 'x', '', 'edit'))).code).toBe('read-only');
    expect((await caught(second.saveDraft('p1', 'x'))).code).toBe('read-only');
    // Reading still works.
    expect((await second.openPage('p1')).text).toBe('');
  });

  it('takes over a stale lock whose process is dead, but respects a lock from another host', async () => {
    await openWorkspace(root, { lock: lockEnv(100, () => true) }); // never closed: its process "crashed"
    const taker = await openWs(root, { lock: lockEnv(300, (pid) => pid !== 100) });
    expect(taker.readOnly).toBe(false);
    expect(taker.view().notices[0]?.message).toMatch(/Took over the lock left by process 100 on this-host/);
    await taker.close();
    await openWorkspace(root, { lock: lockEnv(100, () => true, 'other-host') });
    const local = await openWs(root, { lock: lockEnv(300, () => false) });
    expect(local.readOnly).toBe(true);
  });

  it('releases the lock on close so the next opener writes', async () => {
    const first = await openWorkspace(root, { lock: lockEnv(100, () => true) });
    await first.close();
    expect((await openWs(root, { lock: lockEnv(200, () => true) })).readOnly).toBe(false);
  });
});

describe('damage on disk', () => {
  it('reports a version file changed behind our back and does not use it', async () => {
    const ws = await openWs(root, { now: steppingClock() });
    await ws.saveVersion('p1', 'good one', '', 'edit');
    await ws.saveVersion('p1', 'good two', '', 'edit');
    await writeFile(join(root, '.jiaokan/pages/p1/versions/0002.txt'), 'tampered');
    const page = await ws.openPage('p1');
    expect(page.text).toBe('good one');
    expect(page.notices).toHaveLength(1);
    expect(page.notices[0]).toMatchObject({ kind: 'tampered', pageId: 'p1' });
    expect(page.notices[0]?.message).toMatch(/Version 2 of page p1 was changed outside Jiaokan/);
    expect(ws.view().notices.some((n) => n.kind === 'tampered')).toBe(true);
    expect((await caught(ws.readVersion('p1', 2))).code).toBe('conflict');
    expect((await caught(ws.restoreVersion('p1', 2))).code).toBe('conflict');
  });

  it('rebuilds a truncated versions.json from the version files and keeps the damaged file aside', async () => {
    const ws = await openWs(root, { now: steppingClock() });
    const v1 = await ws.saveVersion('p1', 'one', 'note', 'edit');
    const v2 = await ws.saveVersion('p1', 'two', '', 'edit');
    const file = join(root, '.jiaokan/pages/p1/versions.json');
    const damaged = (await readFile(file, 'utf8')).slice(0, 40);
    await writeFile(file, damaged);
    const page = await ws.openPage('p1');
    expect(page.versions.map((v) => [v.n, v.sha256])).toEqual([
      [1, v1.sha256],
      [2, v2.sha256],
    ]);
    expect(page.text).toBe('two');
    expect(page.notices[0]).toMatchObject({ kind: 'recovered' });
    const names = await readdir(join(root, '.jiaokan/pages/p1'));
    const aside = names.find((n) => n.startsWith('versions.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(root, '.jiaokan/pages/p1', aside ?? ''), 'utf8')).toBe(damaged);
    // The rebuilt list was written: the next save continues the numbering.
    expect((await ws.saveVersion('p1', 'three', '', 'edit')).n).toBe(3);
  });

  it('rebuilds versions with their notes, origins and times from their own records, guessing only where one is unusable', async () => {
    const ws = await openWs(root, { now: steppingClock() });
    const v1 = await ws.saveVersion('p1', 'one', 'imported', 'import');
    const v2 = await ws.saveVersion('p1', 'two', 'checked the byline', 'edit');
    const v3 = await ws.saveVersion('p1', 'three', 'safe fixes', 'fix');
    const versionsDir = join(root, '.jiaokan/pages/p1/versions');
    // Version 3's record no longer describes its text (edited by hand): it is not trusted.
    const meta3 = join(versionsDir, '0003.meta.json');
    await writeFile(meta3, (await readFile(meta3, 'utf8')).replace(v3.sha256, '0'.repeat(64)));
    await writeFile(join(root, '.jiaokan/pages/p1/versions.json'), '{');
    const page = await ws.openPage('p1');
    expect(page.versions.slice(0, 2)).toEqual([v1, v2]);
    expect(page.versions[2]).toMatchObject({ n: 3, sha256: v3.sha256, note: '', origin: 'edit' });
    expect(page.notices[0]?.message).toMatch(/the notes and origins of 1 could not be recovered/);
  });

  it('rebuilds a workspace.json that is not JSON from the page folders, keeping statuses and the evidence', async () => {
    const ws = await openWorkspace(root, { now: steppingClock() });
    await ws.saveVersion('p2', 'text', '', 'edit');
    await ws.setStatus('p2', 'proofread');
    await ws.close();
    await writeFile(join(root, '.jiaokan/workspace.json'), '{"format":1,"pages":[{"id":');
    const again = await openWs(root);
    expect(again.summary('p2')).toMatchObject({ status: 'proofread', versionCount: 1 });
    expect(
      again
        .view()
        .notices.some((n) => n.kind === 'recovered' && /workspace.json was damaged/.test(n.message)),
    ).toBe(true);
    const names = await readdir(join(root, '.jiaokan'));
    const aside = names.find((n) => n.startsWith('workspace.json.corrupt-'));
    expect(await readFile(join(root, '.jiaokan', aside ?? 'missing'), 'utf8')).toBe(
      '{"format":1,"pages":[{"id":',
    );
  });

  it('reports a missing scan and keeps the page and its versions', async () => {
    const ws = await openWorkspace(root);
    await ws.saveVersion('p2', 'kept', '', 'edit');
    await ws.close();
    await removeFolder(join(root, 'p2.png'));
    const again = await openWs(root);
    expect(again.view().notices.some((n) => n.kind === 'missing-source' && n.pageId === 'p2')).toBe(true);
    expect((await again.openPage('p2')).text).toBe('kept');
    const error = await caught(again.pageImage('p2'));
    expect([error.code, error.message]).toEqual([
      'not-found',
      'The scan p2.png is missing from the workspace folder.',
    ]);
  });
});

describe('failing writes', () => {
  it('opens a folder that cannot be written read-only', async () => {
    const fs = failingFs('EROFS', () => true);
    fs.armed = true;
    const ws = await openWs(root, { fs });
    expect(ws.readOnly).toBe(true);
    expect(ws.view().notices[0]?.message).toMatch(/read-only: the folder cannot be written/);
    expect((await caught(ws.saveVersion('p1', 'x', '', 'edit'))).code).toBe('read-only');
  });

  it('a full disk fails the save with a clear message and leaves the last good version intact', async () => {
    const fs = failingFs('ENOSPC', (path) => path.includes('.tmp'));
    const ws = await openWs(root, { fs, now: steppingClock() });
    await ws.saveVersion('p1', 'last good', '', 'edit');
    await ws.saveDraft('p1', 'draft good');
    fs.armed = true;
    const error = await caught(ws.saveVersion('p1', 'lost?', '', 'edit'));
    expect(error.code).toBe('disk-full');
    expect(error.message).toMatch(/disk is full.*0002\.txt/);
    expect((await caught(ws.saveDraft('p1', 'more'))).code).toBe('disk-full');
    fs.armed = false;
    const page = await ws.openPage('p1');
    expect(page.text).toBe('last good');
    expect(page.versions).toHaveLength(1);
    expect(page.draft?.text).toBe('draft good');
    const leftovers = (await readdir(join(root, '.jiaokan/pages/p1'), { recursive: true })).filter((n) =>
      n.endsWith('.tmp'),
    );
    expect(leftovers).toEqual([]);
    expect((await ws.saveVersion('p1', 'after space freed', '', 'edit')).n).toBe(2);
  });

  it.each(['EACCES', 'EROFS'])(
    'a folder that turns read-only (%s) fails the save with a clear message; the last good version stays intact',
    async (code) => {
      const fs = failingFs(code, (path) => path.includes(`${join('.jiaokan', 'pages')}`));
      const ws = await openWs(root, { fs, now: steppingClock() });
      await ws.saveVersion('p1', 'last good', '', 'edit');
      await ws.saveDraft('p1', 'draft good');
      fs.armed = true;
      const error = await caught(ws.saveVersion('p1', 'lost?', '', 'edit'));
      expect(error.code).toBe('read-only');
      expect(error.message).toMatch(
        /^No permission to write .*0002\.txt \(the folder is read-only or locked\)\.$/,
      );
      expect((await caught(ws.saveDraft('p1', 'more'))).code).toBe('read-only');
      fs.armed = false;
      const page = await ws.openPage('p1');
      expect([page.text, page.versions.length, page.draft?.text]).toEqual(['last good', 1, 'draft good']);
      expect(await readFile(join(root, '.jiaokan/pages/p1/versions/0001.txt'), 'utf8')).toBe('last good');
      const names = await readdir(join(root, '.jiaokan/pages/p1'), { recursive: true });
      expect(names.filter((n) => n.endsWith('.tmp') || n.includes('0002'))).toEqual([]);
    },
  );
});

describe('IPC: page ids cannot escape the workspace', () => {
  let handlers: WorkspaceHandlers;
  let appData: string;
  let tableRef: Handlers;
  beforeEach(async () => {
    appData = await tempFolder('jiaokan-appdata-');
    const settings = createSettingsStore(appData);
    handlers = createWorkspaceHandlers({
      appDataDir: appData,
      samplePath: join(root, 'p1.png'),
      pickFolder: async () => root,
      pickImages: async () => [],
      emit: () => undefined,
      ocr: { recognize: async () => Promise.reject(new Error('unused')), close: async () => undefined },
      settings,
    });
    const table: Handlers = {
      ...createAppHandlers({ version: '0', systemLocale: 'en', platform: 'linux' }, settings),
      ...handlers,
      ...createLintPrefsHandlers({ workspace: handlers.current, settings, emit: () => undefined }),
      ...createExportHandlers({
        workspace: handlers.current,
        pickFolder: async () => null,
        emit: () => undefined,
        jobs: new Map(),
        settings,
        fontFolder: findFontFolder(__dirname),
        softwareVersion: '0',
      }),
    };
    await dispatch(table, 'workspace:openFolder', {});
    tableRef = table;
  });
  afterEach(async () => {
    await handlers.dispose();
    await removeFolder(appData);
  });

  it.each(['../../etc/passwd', '/etc/passwd', '..', 'a/../../b', 'C:\\Windows', '.jiaokan', ''])(
    'rejects %j before any handler runs',
    async (pageId) => {
      for (const channel of ['page:open', 'page:image', 'draft:save', 'version:save'] as const) {
        const result = await dispatch(tableRef, channel, { pageId, text: 'x', note: '', origin: 'edit' });
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      }
    },
  );

  it('answers a well-formed id that is not a page with not-found, and serves real pages', async () => {
    expect(await dispatch(tableRef, 'page:open', { pageId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const page = await dispatch(tableRef, 'page:open', { pageId: 'p1' });
    expect(page.ok).toBe(true);
    const saved = await dispatch(tableRef, 'version:save', {
      pageId: 'p1',
      text: '校勘',
      note: '',
      origin: 'edit',
    });
    expect(saved).toMatchObject({ ok: true, value: { n: 1, chars: 2 } });
  });
});
