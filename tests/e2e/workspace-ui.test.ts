import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSize } from '../../shared/text/change-size';
import type { Version } from '../../shared/model/version';
import { REPO_ROOT } from './harness/build';
import { launchApp, type AppHarness } from './harness/launch';
import { visibleEditorLines } from './harness/page-scripts';
import { realHandlers } from './harness/real-handlers';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');
const PAGES = join(FIXTURES, 'pages');

let app: AppHarness;

/** Polls until the page catches up: longer than the default second, since main writes files and OCR runs. */
const POLL_TIMEOUT_MS = 15_000;

function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: POLL_TIMEOUT_MS });
}

/** The workspace folder: three scans with OCR sidecars and a text file without a scan. */
async function fillWorkspace(folder: string): Promise<void> {
  const copies: [string, string][] = [
    [join(PAGES, 'zh_seed_air', 'page.jpg'), 'p1.jpg'],
    [join(PAGES, 'zh_seed_air', 'tesseract.hocr'), 'p1.hocr'],
    [join(PAGES, 'en_devil', 'page.jpg'), 'p2.jpg'],
    [join(PAGES, 'en_devil', 'tesseract.txt'), 'p2.txt'],
    [join(FIXTURES, 'seed', '000_0f2d5836bb069117.txt'), 'p3.txt'],
    [join(PAGES, 'zh_seed_mediation', 'page.jpg'), 'p10.jpg'],
    [join(PAGES, 'zh_seed_mediation', 'tesseract.hocr'), 'p10.hocr'],
  ];
  await Promise.all(copies.map(([from, to]) => copyFile(from, join(folder, to))));
}

function pageDir(pageId: string, root = app.env.workspaceDir): string {
  return join(root, '.jiaokan', 'pages', pageId);
}

async function versionsOnDisk(pageId: string): Promise<Version[]> {
  const raw = await readFile(join(pageDir(pageId), 'versions.json'), 'utf8');
  return (JSON.parse(raw) as { versions: Version[] }).versions;
}

async function versionText(pageId: string, n: number): Promise<string> {
  return readFile(join(pageDir(pageId), 'versions', `${String(n).padStart(4, '0')}.txt`), 'utf8');
}

async function draftOnDisk(pageId: string): Promise<{ text: string; baseVersion: number } | null> {
  try {
    return JSON.parse(await readFile(join(pageDir(pageId), 'draft.json'), 'utf8')) as {
      text: string;
      baseVersion: number;
    };
  } catch {
    return null;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Every listed version file is whole: its text hashes to what versions.json recorded. */
async function expectVersionsIntact(pageId: string): Promise<Version[]> {
  const versions = await versionsOnDisk(pageId);
  for (const version of versions) {
    const text = await versionText(pageId, version.n);
    expect(sha256(text)).toBe(version.sha256);
    expect(text.length).toBe(version.chars);
  }
  return versions;
}

async function pageRows(): Promise<{ id: string; status: string; label: string }[]> {
  return app.page.getByTestId('page-row').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-page-id') ?? '',
      status: row.getAttribute('data-status') ?? '',
      label: row.querySelector('.page-row-label')?.textContent ?? '',
    })),
  );
}

async function shownPageId(): Promise<string | null> {
  return app.page.locator('[data-testid=page-row][aria-selected=true]').getAttribute('data-page-id');
}

async function editorText(): Promise<string> {
  return (await visibleEditorLines(app.page)).join('').replace(/\s+/g, '');
}

/** The editor shows the start of `text` (whitespace-blind: Monaco wraps and renders spaces its own way). */
async function expectEditorShows(text: string): Promise<void> {
  await poll(async () => {
    const visible = await editorText();
    return visible.length > 20 && text.replace(/\s+/g, '').startsWith(visible);
  }).toBe(true);
}

/** The end of the editor's text, after moving the cursor there (only visible lines are rendered). */
async function expectEditorEndsWith(text: string): Promise<void> {
  await app.page.locator('[data-testid=text-editor] .view-lines').click();
  await app.page.keyboard.press('Control+End');
  await poll(async () => (await editorText()).endsWith(text)).toBe(true);
}

/** The cursor as the status bar shows it ("第 L 行，第 C 列"). */
async function cursorPosition(): Promise<{ line: number; column: number }> {
  const status = (await app.page.getByTestId('status-bar').textContent()) ?? '';
  const match = /第 (\d+) 行，第 (\d+) 列/.exec(status);
  return { line: Number(match?.[1] ?? 0), column: Number(match?.[2] ?? 0) };
}

async function typeAtEnd(text: string): Promise<void> {
  await app.page.locator('[data-testid=text-editor] .view-lines').click();
  await app.page.keyboard.press('Control+End');
  await app.page.keyboard.type(text);
}

async function saveWithNote(note: string): Promise<void> {
  await app.page.keyboard.press('Control+s');
  await app.page.getByTestId('save-prompt').waitFor();
  if (note) await app.page.getByTestId('save-note').fill(note);
  await app.page.getByTestId('save-note').press('Enter');
  await app.page.getByTestId('save-prompt').waitFor({ state: 'detached' });
}

beforeAll(async () => {
  app = await launchApp((env) => realHandlers(env));
  // First start recognizes the bundled sample; let it finish so its job does not overlap the folder's pages.
  await app.page.locator('[data-testid=job-progress]').first().waitFor({ state: 'visible', timeout: 60_000 });
  await app.page
    .locator('[data-testid=job-progress]')
    .first()
    .waitFor({ state: 'detached', timeout: 180_000 });
  await fillWorkspace(app.env.workspaceDir);
});

afterAll(async () => {
  await app?.close();
});

describe('a workspace of pages with versions', () => {
  it('File ▸ Open Folder lists every page in natural order with thumbnails, status and progress', async () => {
    app.env.dialogs.nextFolder = app.env.workspaceDir;
    app.env.emit('menu:command', { command: 'open-folder' });
    await poll(async () => (await pageRows()).map((r) => r.id)).toEqual(['p1', 'p2', 'p3', 'p10']);
    const rows = await pageRows();
    expect(rows.map((r) => r.label)).toEqual(['p1', 'p2', 'p3', 'p10']);
    expect(rows.every((r) => r.status === 'recognized')).toBe(true);
    expect(await app.page.getByTestId('proofread-count').textContent()).toBe('已校对 0 / 4');
    expect(await shownPageId()).toBe('p1');
    await expectEditorShows(await versionText('p1', 1));
    // Thumbnails of the scans arrive lazily; the text-only page shows a placeholder instead.
    const thumbnails = app.page.locator('[data-testid=page-row] .page-thumb img');
    await poll(() => thumbnails.count()).toBe(3);
    await poll(() =>
      thumbnails.evaluateAll((imgs) =>
        imgs.every((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0),
      ),
    ).toBe(true);
    const textOnly = app.page.locator('[data-testid=page-row][data-page-id=p3] .page-thumb-text');
    expect(await textOnly.count()).toBe(1);
    const thumbs = await readFile(join(app.env.workspaceDir, '.jiaokan', 'thumbs', 'p1.png'));
    expect(thumbs.length).toBeGreaterThan(0);
  });

  it('autosaves edits as a draft, then saves a version with a note', async () => {
    await typeAtEnd('校勘一');
    await poll(async () => (await draftOnDisk('p1'))?.text.endsWith('校勘一') ?? false).toBe(true);
    expect((await draftOnDisk('p1'))?.baseVersion).toBe(1);
    await poll(() =>
      app.page.locator('[data-testid=page-row][data-page-id=p1]').getAttribute('data-status'),
    ).toBe('in-progress');

    await saveWithNote('第一遍校对');
    const versions = await expectVersionsIntact('p1');
    expect(versions.map((v) => [v.n, v.origin, v.note])).toEqual([
      [1, 'import', ''],
      [2, 'edit', '第一遍校对'],
    ]);
    expect(await versionText('p1', 2)).toBe(`${await versionText('p1', 1)}校勘一`);
    expect(await draftOnDisk('p1')).toBeNull();
    await app.page.getByTestId('history-toggle').filter({ hasText: '2' }).waitFor();
  });

  it('shows every version in the history with origin, note and size of change', async () => {
    await typeAtEnd('二');
    await saveWithNote('');
    const before = await expectVersionsIntact('p1');
    expect(before).toHaveLength(3);

    await app.page.keyboard.press('Control+Shift+H');
    const rows = app.page.getByTestId('history-version');
    await poll(() => rows.count()).toBe(3);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-n')))).toEqual([
      '3',
      '2',
      '1',
    ]);
    const v2 = rows.nth(1);
    expect(await v2.textContent()).toContain('第一遍校对');
    expect(await v2.locator('.origin-badge').textContent()).toBe('编辑');
    expect(await rows.nth(2).locator('.origin-badge').textContent()).toBe('导入');
    await poll(() => rows.nth(0).getByTestId('change-counts').textContent()).toBe('+1 −0');
    expect(await rows.nth(1).getByTestId('change-counts').textContent()).toBe('+3 −0');
    const v1 = await versionText('p1', 1);
    expect(await rows.nth(2).getByTestId('change-counts').textContent()).toBe(`+${Array.from(v1).length} −0`);
    await app.screenshot('workspace-history');
  });

  it('compares two versions side by side in the diff editor, with counts', async () => {
    const rows = app.page.getByTestId('history-version');
    await rows.nth(2).locator('input[type=checkbox]').check();
    await rows.nth(0).locator('input[type=checkbox]').check();
    await app.page.getByTestId('history-compare').click();
    const diff = app.page.getByTestId('diff-view');
    await diff.waitFor();
    expect(await diff.getByTestId('diff-left').textContent()).toContain('1');
    expect(await diff.getByTestId('diff-right').textContent()).toContain('3');
    const expected = changeSize(await versionText('p1', 1), await versionText('p1', 3));
    expect(await diff.getByTestId('change-counts').textContent()).toBe(
      `+${expected.added} −${expected.removed}`,
    );
    await diff.locator('.monaco-diff-editor').waitFor();
    expect(await diff.locator('.editor.original .view-lines').count()).toBe(1);
    expect(await diff.locator('.editor.modified .view-lines').count()).toBe(1);
    // The edits are at the end of the page: go there to see them marked.
    await diff.locator('.editor.modified .view-lines').click();
    await app.page.keyboard.press('Control+End');
    await poll(() => diff.locator('.char-insert').count()).toBeGreaterThan(0);
    await app.screenshot('workspace-diff');
    await app.page.keyboard.press('Escape');
    await diff.waitFor({ state: 'detached' });
  });

  it('restores the first version as a new one and keeps the others', async () => {
    const before = await expectVersionsIntact('p1');
    await app.page
      .locator('[data-testid=history-version][data-n="1"]')
      .getByTestId('restore-version')
      .click();
    await poll(async () => (await versionsOnDisk('p1')).length).toBe(4);
    const after = await expectVersionsIntact('p1');
    expect(after.slice(0, 3)).toEqual(before);
    expect(after[3]?.origin).toBe('restore');
    expect(await versionText('p1', 4)).toBe(await versionText('p1', 1));
    await app.page.locator('[data-testid=history-version][data-n="4"]').waitFor();
    await expectEditorShows(await versionText('p1', 1));
    expect(await editorText()).not.toContain('校勘一');
  });

  it('marks the page proofread and filters the list by status', async () => {
    await app.page.getByTestId('mark-proofread').click();
    await poll(() =>
      app.page.locator('[data-testid=page-row][data-page-id=p1]').getAttribute('data-status'),
    ).toBe('proofread');
    expect(await app.page.getByTestId('proofread-count').textContent()).toBe('已校对 1 / 4');
    const record = JSON.parse(await readFile(join(pageDir('p1'), 'page.json'), 'utf8')) as { status: string };
    expect(record.status).toBe('proofread');

    await app.page.getByTestId('page-filter').selectOption('proofread');
    await poll(async () => (await pageRows()).map((r) => r.id)).toEqual(['p1']);
    await app.page.getByTestId('page-filter').selectOption('all');
    await poll(async () => (await pageRows()).length).toBe(4);
  });

  it('moves between pages with PgDn and Alt+arrows, keeping unsaved edits as the draft', async () => {
    await app.page.getByTestId('page-list-scroll').click({ position: { x: 100, y: 250 } });
    await app.page.keyboard.press('PageDown');
    await poll(shownPageId).toBe('p2');
    await expectEditorShows(await versionText('p2', 1));

    await typeAtEnd(' proofread by hand');
    // Alt+→ works from inside the editor, where PgDn scrolls the text.
    await app.page.keyboard.press('Alt+ArrowRight');
    await poll(shownPageId).toBe('p3');
    expect((await draftOnDisk('p2'))?.text.endsWith(' proofread by hand')).toBe(true);
    expect(await versionsOnDisk('p2')).toHaveLength(1);

    await app.page.keyboard.press('Alt+ArrowLeft');
    await poll(shownPageId).toBe('p2');
    await app.page.getByTestId('status-saved').filter({ hasText: '已修改' }).waitFor();
    expect(await app.page.getByTestId('draft-banner').count()).toBe(0);
    await expectEditorEndsWith('proofreadbyhand');
    await app.screenshot('workspace-page-list');
  });

  it('reopens on the same page and cursor, and offers the draft back', async () => {
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowRight');
    const position = await cursorPosition();
    expect(position.line).toBeGreaterThan(1);
    const lines = ((await draftOnDisk('p2'))?.text ?? '').split('\n');
    const offset =
      lines.slice(0, position.line - 1).reduce((n, l) => n + l.length + 1, 0) + position.column - 1;
    const settingsFile = join(app.env.appDataDir, 'settings.json');
    const remembered = async () =>
      JSON.parse(await readFile(settingsFile, 'utf8')) as { lastPageId: string; lastCursor: number | null };
    await poll(async () => (await remembered()).lastCursor).toBe(offset);
    expect((await remembered()).lastPageId).toBe('p2');

    await app.page.reload();
    await poll(shownPageId).toBe('p2');
    const banner = app.page.getByTestId('draft-banner');
    await banner.waitFor();
    await poll(cursorPosition).toEqual(position);
    await app.screenshot('workspace-draft-banner');
    // Until the user decides, typing cannot overwrite the draft.
    await app.page.locator('[data-testid=text-editor] .view-lines').click();
    await app.page.keyboard.type('x');
    expect((await draftOnDisk('p2'))?.text.endsWith(' proofread by hand')).toBe(true);
    await banner.getByTestId('draft-restore').click();
    await banner.waitFor({ state: 'detached' });
    await app.page.getByTestId('status-saved').filter({ hasText: '已修改' }).waitFor();
    await expectEditorEndsWith('proofreadbyhand');
  });

  it('keeps the text when OCR runs again and compares the new OCR with the version', async () => {
    await app.page.locator('[data-testid=page-row][data-page-id=p1]').click();
    await poll(shownPageId).toBe('p1');
    const before = await expectVersionsIntact('p1');
    await app.page.getByTestId('ocr-language').selectOption('chi_sim');
    await app.page.getByTestId('recognize').click();
    await app.page.getByTestId('job-progress').waitFor({ state: 'visible', timeout: 30_000 });
    await app.page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 180_000 });
    expect(await expectVersionsIntact('p1')).toEqual(before);
    await expectEditorShows(await versionText('p1', 4));

    if ((await app.page.getByTestId('history-panel').count()) === 0) {
      await app.page.getByTestId('history-toggle').click();
    }
    const runs = app.page.getByTestId('history-ocr-run');
    await poll(() => runs.count()).toBe(2);
    await runs.first().getByTestId('compare-ocr').click();
    const diff = app.page.getByTestId('diff-view');
    await diff.waitFor();
    expect(await diff.getByTestId('diff-right').textContent()).toContain('2');
    const run = JSON.parse(await readFile(join(pageDir('p1'), 'ocr-0002.json'), 'utf8')) as { text: string };
    const expected = changeSize(await versionText('p1', 4), run.text);
    expect(await diff.getByTestId('change-counts').textContent()).toBe(
      `+${expected.added} −${expected.removed}`,
    );
    await app.screenshot('workspace-ocr-diff');
    await diff.getByTestId('diff-close').click();
  });

  it('folds the page list away with Ctrl+B and reads in English', async () => {
    await app.page.getByTestId('ui-language').selectOption('en');
    expect(await app.page.getByTestId('proofread-count').textContent()).toBe('1 of 4 proofread');
    expect(await app.page.getByTestId('mark-proofread').textContent()).toBe('Proofread ✓');
    await app.screenshot('workspace-english');
    await app.page.getByTestId('page-list-scroll').click({ position: { x: 100, y: 400 } });
    await app.page.keyboard.press('Control+b');
    await poll(() => app.page.getByTestId('page-row').count()).toBe(0);
    await app.screenshot('workspace-list-folded');
    await app.page.getByTestId('page-list-toggle').click();
    await poll(() => app.page.getByTestId('page-row').count()).toBe(4);
    await app.page.getByTestId('ui-language').selectOption('zh-CN');
  });

  it('opens a folder another Jiaokan holds read-only, with a banner and saving disabled', async () => {
    const folder = join(app.env.workspaceDir, '..', 'held');
    await mkdir(join(folder, '.jiaokan'), { recursive: true });
    await copyFile(join(PAGES, 'en_devil', 'page.jpg'), join(folder, 'scan.jpg'));
    await copyFile(join(PAGES, 'en_devil', 'tesseract.txt'), join(folder, 'scan.txt'));
    // A live process of this host that is not us: the test runner's parent.
    const owner = { pid: process.ppid, host: hostname(), startedAt: new Date().toISOString() };
    await writeFile(join(folder, '.jiaokan', 'lock'), JSON.stringify(owner));
    app.env.dialogs.nextFolder = folder;
    await app.page.getByTestId('open-folder').click();
    const banner = app.page.locator('[data-testid=notice-banner][data-kind=read-only]');
    await banner.waitFor();
    expect(await banner.getByTestId('notice-dismiss').count()).toBe(0);
    expect(await app.page.getByTestId('save-version').isDisabled()).toBe(true);
    expect(await app.page.getByTestId('mark-proofread').isDisabled()).toBe(true);
    await app.page.keyboard.press('Control+s');
    expect(await app.page.getByTestId('save-prompt').count()).toBe(0);
    await app.screenshot('workspace-read-only');
    await expect(stat(join(folder, '.jiaokan', 'pages'))).rejects.toThrow();
  });

  it('requested nothing outside the local server and logged no errors', () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
