import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../electron/services/handlers';
import { REPO_ROOT } from './harness/build';
import { handlerCaller } from './harness/call';
import { launchApp, type AppHarness } from './harness/launch';
import { realHandlers } from './harness/real-handlers';

const PAGES = join(REPO_ROOT, 'tests', 'fixtures', 'pages');
const SCHEMA = join(REPO_ROOT, 'tests', 'fixtures', 'schemas', 'alto-4-4.xsd');

/** Recognized copies of the fixture pages after the first four pages (pages 5 to 4 + COPIES). */
const COPIES = 12;

/** Pages in the workspace. */
const PAGE_COUNT = 4 + COPIES;

/** Typed into the editor at the start of page 1: the correction every export must carry. */
const INSERTED = '校勘测试';

let app: AppHarness;
let table: HandlerTable;

const call = handlerCaller(() => table);

/** The newest saved text of a page, as main stores it. */
async function savedText(label: string): Promise<string> {
  const workspace = await call('workspace:current', {});
  const page = workspace?.pages.find((p) => p.label === label);
  if (!page) throw new Error(`no page ${label}`);
  return (await call('page:open', { pageId: page.id })).text;
}

function newFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `jiaokan-e2e-export-${name}-`));
}

/** Waits until the window title names the page shown (the app sets it once the page is open). */
async function waitForTitle(prefix: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await app.page.title()).startsWith(prefix)) {
    if (Date.now() > deadline) throw new Error(`the title never showed ${prefix}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens the dialog from the top bar. */
async function openDialog(): Promise<void> {
  await app.page.getByTestId('export').click();
  await app.page.getByTestId('export-dialog').waitFor();
}

/** Picks a format and clicks Export with `folder` as the folder the dialog returns. */
async function exportTo(folder: string, format: string): Promise<void> {
  await app.page.getByTestId(`export-format-${format}`).check();
  app.env.dialogs.nextFolder = folder;
  await app.page.getByTestId('export-start').click();
}

/** Waits for the success toast and returns its text; the dialog is gone by then. */
async function doneToast(): Promise<string> {
  const toast = app.page
    .getByTestId('toast-note')
    .filter({ hasText: /导出到|Exported/ })
    .last();
  await toast.waitFor({ timeout: 120_000 });
  const text = (await toast.textContent()) ?? '';
  await app.page.getByTestId('toast-dismiss').last().click();
  expect(await app.page.getByTestId('export-dialog').count()).toBe(0);
  return text;
}

beforeAll(async () => {
  app = await launchApp((env) => {
    // A workspace that needs no OCR: scans with their hOCR, a scan never recognized, an empty text page, and
    // twelve more recognized scans so a PDF export of many pages runs long enough to be cancelled half way.
    const ws = env.workspaceDir;
    const recognized: [string, string][] = [
      ['a-air', 'zh_seed_air'],
      ['b-devil', 'en_devil'],
      ...Array.from({ length: COPIES }, (_, i): [string, string] => [
        `e${String(i + 1).padStart(2, '0')}`,
        i % 2 === 0 ? 'zh_seed_air' : 'en_devil',
      ]),
    ];
    for (const [name, fixture] of recognized) {
      copyFileSync(join(PAGES, fixture, 'page.jpg'), join(ws, `${name}.jpg`));
      copyFileSync(join(PAGES, fixture, 'tesseract.hocr'), join(ws, `${name}.hocr`));
    }
    copyFileSync(join(PAGES, 'en_devil', 'page.jpg'), join(ws, 'c-blank.jpg'));
    writeFileSync(join(ws, 'd-empty.txt'), '\n');
    mkdirSync(env.appDataDir, { recursive: true });
    writeFileSync(join(env.appDataDir, 'settings.json'), JSON.stringify({ lastWorkspace: ws }));
    table = realHandlers(env);
    return table;
  });
  await waitForTitle('a-air');
  await app.page.locator('[data-testid=text-editor] .view-line').first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('Export ▸ …', () => {
  it('exports the edited page as text: saves the edit first, then writes p1.txt and says where', async () => {
    await app.page.locator('[data-testid=text-editor] .view-lines').click();
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.insertText(INSERTED);
    await openDialog();
    expect(await app.page.getByTestId('export-scope-current').isChecked()).toBe(true);
    await app.page.getByTestId('export-saves-first').waitFor();
    await app.screenshot('export-01-dialog-zh');
    const out = newFolder('txt');
    await exportTo(out, 'txt');
    const toast = await doneToast();
    expect(toast).toContain('p1.txt');
    expect(toast).toContain(out);
    const text = await savedText('a-air');
    expect(text.startsWith(INSERTED)).toBe(true);
    expect(readFileSync(join(out, 'p1.txt'), 'utf8')).toBe(`${text.trimEnd()}\n`);
  });

  it('exports ALTO that validates, a searchable PDF with the corrected text, and a report with the page', async () => {
    const out = newFolder('layout');
    const text = (await savedText('a-air')).replace(/\s+/g, '');

    await openDialog();
    await exportTo(out, 'alto');
    expect(await doneToast()).toContain('p1.xml');
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, join(out, 'p1.xml')], {
      stdio: 'pipe',
    });
    const alto = readFileSync(join(out, 'p1.xml'), 'utf8');
    const contents = [...alto.matchAll(/CONTENT="([^"]*)"/g)].map((m) => m[1]).join('');
    expect(contents.startsWith(INSERTED)).toBe(true);
    expect(alto).toMatch(/<String [^>]*CONTENT="校勘测试[^"]*"[^>]*CS="true"/);

    await openDialog();
    await exportTo(out, 'pdf');
    expect(await doneToast()).toContain('p1.pdf');
    const pdfText = execFileSync('pdftotext', ['-raw', join(out, 'p1.pdf'), '-'], { encoding: 'utf8' });
    expect(pdfText.replace(/\s+/g, '')).toContain(text.slice(0, 200));

    await openDialog();
    await exportTo(out, 'report');
    expect(await doneToast()).toMatch(/2 个文件|2 files/);
    const csv = readFileSync(join(out, 'report.csv'), 'utf8').split('\n');
    const row = csv.find((line) => line.includes('a-air'));
    expect(row).toBeDefined();
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      pages: { label: string; charsChanged: number }[];
    };
    expect(report.pages.map((p) => p.label)).toEqual(['a-air']);
    expect(report.pages[0]?.charsChanged).toBeGreaterThanOrEqual(INSERTED.length);
    expect(readdirSync(out).sort()).toEqual(['p1.pdf', 'p1.xml', 'report.csv', 'report.json']);
  });

  it('asks before replacing files: cancel keeps them, Replace writes into the same folder without a second dialog', async () => {
    const out = newFolder('replace');
    await openDialog();
    await exportTo(out, 'report');
    await doneToast();
    const before = statSync(join(out, 'report.csv')).mtimeMs;

    await openDialog();
    await exportTo(out, 'report');
    const confirm = app.page.getByTestId('export-confirm');
    await confirm.waitFor();
    expect(await confirm.locator('h2').textContent()).toBe('替换 2 个文件？');
    expect(await confirm.textContent()).toContain('report.csv, report.json');
    await app.screenshot('export-02-replace-zh');
    await app.page.getByTestId('export-confirm-cancel').click();
    await app.page.getByTestId('export-dialog').waitFor();
    expect(statSync(join(out, 'report.csv')).mtimeMs).toBe(before);

    await exportTo(out, 'report');
    await confirm.waitFor();
    // The retry must not show the folder dialog again: an answer left for it would be consumed.
    app.env.dialogs.nextFolder = null;
    await app.page.getByTestId('export-replace').click();
    expect(await doneToast()).toContain(out);
    expect(statSync(join(out, 'report.csv')).mtimeMs).toBeGreaterThan(before);
  });

  it('names pages never recognized and refuses a bad page list before asking for a folder', async () => {
    await openDialog();
    await app.page.getByTestId('export-format-alto').check();
    await app.page.getByTestId('export-scope-all').check();
    const problem = app.page.getByTestId('export-problem');
    expect(await problem.textContent()).toMatch(/没有 OCR 版面.*：c-blank, d-empty/);
    expect(await app.page.getByTestId('export-start').isDisabled()).toBe(true);
    await app.page.getByTestId('export-range').fill('2-99');
    expect(await problem.textContent()).toBe(`第 99 页不存在：工作区共 ${PAGE_COUNT} 页。`);
    await app.page.getByTestId('export-range').fill('1,x');
    expect(await problem.textContent()).toContain('“x”');
    await app.page.getByTestId('export-range').fill('1-2');
    expect(await problem.count()).toBe(0);
    expect(await app.page.getByTestId('export-start').isDisabled()).toBe(false);
    await app.page.getByTestId('export-close').click();
  });

  it("shows the service's message for an empty page, in English after a language switch", async () => {
    await app.page.getByTestId('ui-language').selectOption('en');
    await openDialog();
    await app.page.getByTestId('export-range').fill('4');
    await exportTo(newFolder('empty'), 'txt');
    const error = app.page.getByTestId('export-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^Some pages cannot be exported:Page p4 \(d-empty\) is empty/);
    await app.screenshot('export-03-empty-page-en');
    await app.page.getByTestId('export-close').click();
  });

  it('shows progress for several pages and cancels between pages, leaving only whole files', async () => {
    const out = newFolder('cancel');
    await openDialog();
    await app.page.getByTestId('export-range').fill(`5-${PAGE_COUNT}`);
    await app.page.getByTestId('export-format-pdf').check();
    await app.page.getByTestId('export-per-page').check();
    app.env.dialogs.nextFolder = out;
    await app.page.getByTestId('export-start').click();
    const progress = app.page.getByTestId('export-progress');
    // Cancel with most pages still to go, so the export cannot finish before the cancel reaches main.
    await progress
      .filter({ hasText: new RegExp(`Exported [1-4] of ${COPIES} pages`) })
      .waitFor({ timeout: 120_000 });
    await app.screenshot('export-04-progress-en');
    await app.page.getByTestId('export-cancel-job').click();
    await app.page.getByTestId('toast-note').filter({ hasText: 'Export cancelled' }).waitFor();
    await app.page.getByTestId('export-start').waitFor();
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(COPIES);
    for (const file of files) {
      expect(file).toMatch(/^p([5-9]|1\d)\.pdf$/);
      expect(readFileSync(join(out, file)).subarray(-6).toString()).toMatch(/%%EOF/);
    }
    await app.page.getByTestId('export-close').click();
    expect(app.outsideRequests).toEqual([]);
  });
});
