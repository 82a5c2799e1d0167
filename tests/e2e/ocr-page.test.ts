import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../../shared/model';
import type { ResponseOf } from '../../shared/ipc/contract';
import { cer } from '../support/score';
import { REPO_ROOT } from './harness/build';
import { handlerCaller } from './harness/call';
import { launchApp, type AppHarness } from './harness/launch';
import { dropFiles, visibleEditorLines } from './harness/page-scripts';
import { realHandlers } from './harness/real-handlers';
import type { HandlerTable } from '../../electron/services/handlers';

const PAGES = join(REPO_ROOT, 'tests', 'fixtures', 'pages');

/** Whitespace-blind error bound for the English fixture with tesseract.js (measured well under 0.02). */
const ENGLISH_CER_BOUND = 0.05;

let app: AppHarness;
let table: HandlerTable;

const call = handlerCaller(() => table);

async function currentPage(): Promise<ResponseOf<'page:open'>> {
  const label = await app.page
    .locator('[data-testid=page-label], [data-testid=page-select] option:checked')
    .first();
  expect(await label.count()).toBe(1);
  const workspace = await call('workspace:current', {});
  const title = (await label.textContent())?.trim();
  const summary = workspace?.pages.find((p) => p.label === title);
  if (!summary) throw new Error(`no page labelled ${title}`);
  return call('page:open', { pageId: summary.id });
}

/** Waits for an OCR job to show its progress bar and then finish. */
async function waitForRecognition(): Promise<void> {
  await app.page.locator('[data-testid=job-progress]').first().waitFor({ state: 'visible', timeout: 30_000 });
  await app.page
    .locator('[data-testid=job-progress]')
    .first()
    .waitFor({ state: 'detached', timeout: 180_000 });
}

/** The settings file as main last wrote it. */
async function savedSettings(): Promise<ResponseOf<'settings:get'>> {
  return JSON.parse(
    await readFile(join(app.env.appDataDir, 'settings.json'), 'utf8'),
  ) as ResponseOf<'settings:get'>;
}

async function zoomPercent(): Promise<number> {
  return Number((await app.page.getByTestId('zoom-level').textContent())?.replace('%', ''));
}

/**
 * Opens Monaco's find box with Ctrl+F and returns its placeholder (Monaco's own string), then closes it;
 * `screenshot` names a screenshot taken while it is open.
 */
async function findBoxPlaceholder(screenshot?: string): Promise<string | null> {
  await app.page.locator('[data-testid=text-editor] .view-lines').click();
  await app.page.keyboard.press('Control+f');
  const input = app.page.locator('[data-testid=text-editor] .find-widget.visible textarea').first();
  await input.waitFor();
  // The box slides in; the screenshot waits for it to stop.
  await app.page.waitForTimeout(300);
  const placeholder = await input.getAttribute('placeholder');
  if (screenshot) await app.screenshot(screenshot);
  await app.page.keyboard.press('Escape');
  return placeholder;
}

async function editorMatchesStoredText(stored: string): Promise<void> {
  const visible = (await visibleEditorLines(app.page)).join('').replace(/\s+/g, '');
  expect(visible.length).toBeGreaterThan(100);
  expect(stored.replace(/\s+/g, '').startsWith(visible)).toBe(true);
}

beforeAll(async () => {
  app = await launchApp((env) => {
    table = realHandlers(env);
    return table;
  });
});

afterAll(async () => {
  await app?.close();
});

describe('a page beside its text', () => {
  it('opens the bundled sample on first start and recognizes it, showing progress', async () => {
    await waitForRecognition();
    await app.page.getByTestId('word-boxes').waitFor();
    const view = await currentPage();
    expect(view.ocr).not.toBeNull();
    expect(view.versions).toHaveLength(1);
    const truth = await readFile(join(PAGES, 'zh_seed_air', 'truth.txt'), 'utf8');
    expect(cer(truth, view.text).nows).toBeLessThan(0.1);
    await editorMatchesStoredText(view.text);
    expect(await app.page.getByTestId('open-images').textContent()).toBe('打开');
    await app.screenshot('01-first-start-sample');
  });

  it('File ▸ Open (Ctrl+O) recognizes the chosen image in the chosen language', async () => {
    await app.page.getByTestId('ocr-language').selectOption('eng');
    app.env.dialogs.nextImages = [join(PAGES, 'en_devil', 'page.jpg')];
    await app.page.keyboard.press('Control+o');
    await waitForRecognition();
    const view = await currentPage();
    expect(view.ocr?.language).toBe('eng');
    const truth = await readFile(join(PAGES, 'en_devil', 'truth.txt'), 'utf8');
    expect(cer(truth, view.text).nows).toBeLessThan(ENGLISH_CER_BOUND);
    await editorMatchesStoredText(view.text);
    const boxes = app.page.locator('[data-testid=word-boxes] .word-box');
    expect(await boxes.count()).toBe(wordsOf(view.ocr ?? { blocks: [] }).length);
    const confidences = await boxes.evaluateAll((rects) =>
      rects.map((r) => r.getAttribute('data-confidence')),
    );
    expect(new Set(confidences).size).toBeGreaterThan(1);
    await app.screenshot('02-opened-english-fit-width');
  });

  it('zooms with the buttons, 1:1, fit and Ctrl+wheel', async () => {
    const fit = await zoomPercent();
    await app.page.getByTestId('zoom-in').click();
    expect(await zoomPercent()).toBeGreaterThan(fit);
    await app.page.getByTestId('zoom-actual').click();
    expect(await zoomPercent()).toBe(100);
    const view = await currentPage();
    const stage = await app.page.getByTestId('scan-stage').boundingBox();
    expect(Math.round(stage?.width ?? 0)).toBe(view.imageSize?.width);
    await app.screenshot('03-zoom-one-to-one');
    await app.page.getByTestId('zoom-fit').click();
    expect(await zoomPercent()).toBe(fit);
    const viewport = await app.page.getByTestId('scan-viewport').boundingBox();
    if (!viewport) throw new Error('no scan viewport');
    await app.page.mouse.move(viewport.x + viewport.width / 2, viewport.y + viewport.height / 3);
    await app.page.keyboard.down('Control');
    await app.page.mouse.wheel(0, -400);
    await app.page.keyboard.up('Control');
    await expect.poll(zoomPercent).toBeGreaterThan(fit);
    await app.page.getByTestId('zoom-fit').click();
  });

  it('pans the zoomed scan by dragging', async () => {
    await app.page.getByTestId('zoom-actual').click();
    const viewport = app.page.getByTestId('scan-viewport');
    const box = await viewport.boundingBox();
    if (!box) throw new Error('no scan viewport');
    const scroll = () => viewport.evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }));
    const before = await scroll();
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 - 120, { steps: 5 });
    await app.page.mouse.up();
    const after = await scroll();
    expect(after.left - before.left).toBe(150);
    expect(after.top - before.top).toBe(120);
    await app.page.getByTestId('zoom-fit').click();
  });

  it('toggles the word boxes and remembers the choice', async () => {
    await app.page.getByTestId('toggle-boxes').click();
    await app.page.getByTestId('word-boxes').waitFor({ state: 'detached' });
    await expect.poll(async () => (await savedSettings()).showBoxes).toBe(false);
    await app.screenshot('04-boxes-hidden');
    await app.page.getByTestId('toggle-boxes').click();
    await app.page.getByTestId('word-boxes').waitFor();
  });

  it('cancels a re-run of OCR and leaves the text and earlier results alone', async () => {
    const before = await currentPage();
    await app.page.getByTestId('recognize').click();
    await app.page.getByTestId('job-cancel').click();
    await app.page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 30_000 });
    await app.page.getByTestId('toast-note').filter({ hasText: '取消' }).waitFor();
    const after = await currentPage();
    expect(after.text).toBe(before.text);
    expect(after.versions).toEqual(before.versions);
    expect(after.ocrRuns).toEqual(before.ocrRuns);
  });

  it('reports a bad dropped file in a dismissible message and keeps working', async () => {
    await dropFiles(app.page, [
      { name: 'notes.png', type: 'image/png', bytes: new TextEncoder().encode('not an image at all') },
    ]);
    const error = app.page.getByTestId('toast-error').filter({ hasText: 'notes.png' });
    await error.waitFor();
    await app.screenshot('05-bad-drop-error');
    await error.getByTestId('toast-dismiss').click();
    await error.waitFor({ state: 'detached' });

    await app.page.getByTestId('ocr-language').selectOption('chi_sim');
    const headline = await sharp(join(PAGES, 'zh_seed_air', 'page.jpg'))
      .extract({ left: 0, top: 0, width: 2508, height: 420 })
      .png()
      .toBuffer();
    await dropFiles(app.page, [{ name: 'headline.png', type: 'image/png', bytes: new Uint8Array(headline) }]);
    await waitForRecognition();
    const view = await currentPage();
    expect(view.page.label).toContain('headline');
    expect(view.text).toContain('大气污染');
    expect(view.imageSize).toEqual({ width: 2508, height: 420 });
  });

  it('switches the UI language and remembers it', async () => {
    expect(await findBoxPlaceholder('06-editor-find-box-zh')).toBe('查找');
    await app.page.getByTestId('ui-language').selectOption('en');
    expect(await app.page.getByTestId('open-images').textContent()).toBe('Open');
    // Monaco reads its own strings once, as it loads: the switch says they follow at the next start.
    await app.page.getByTestId('toast-note').filter({ hasText: 'next start' }).waitFor();
    await app.screenshot('06-english-ui');
    await expect.poll(async () => (await savedSettings()).uiLocale).toBe('en');
    await app.page.reload();
    await app.page.getByTestId('word-boxes').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('open-images').textContent()).toBe('Open');
    expect(await findBoxPlaceholder()).toBe('Find');
    await app.page.getByTestId('ui-language').selectOption('zh-CN');
    expect(await app.page.getByTestId('open-images').textContent()).toBe('打开');
    await app.page.getByTestId('toast-note').filter({ hasText: '下次启动' }).waitFor();
    await expect.poll(async () => (await savedSettings()).uiLocale).toBe('zh-CN');
  });

  it('saves the edited text as a new version with Ctrl+S', async () => {
    const before = await currentPage();
    await app.page.locator('[data-testid=text-editor] .view-lines').click();
    await app.page.keyboard.press('Control+End');
    await app.page.keyboard.type('校');
    await app.page.getByTestId('status-saved').filter({ hasText: '已修改' }).waitFor();
    await app.page.keyboard.press('Control+s');
    // Ctrl+S asks for an optional note; Enter saves without one.
    await app.page.getByTestId('save-note').press('Enter');
    await app.page
      .getByTestId('status-saved')
      .filter({ hasText: `第 ${before.versions.length + 1} 版` })
      .waitFor();
    const after = await currentPage();
    expect(after.versions).toHaveLength(before.versions.length + 1);
    expect(after.versions.at(-1)?.origin).toBe('edit');
    expect(after.text).toBe(`${before.text}校`);
  });

  it('requested nothing outside the local server and logged no errors', () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
