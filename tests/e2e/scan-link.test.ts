import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAligner, type Aligner } from '../../shared/align/aligner';
import type { OcrResult } from '../../shared/model/ocr';
import type { HandlerTable } from '../../electron/services/handlers';
import { indexLines } from '../../renderer/src/features/scan-link/ocr-lines';
import { REPO_ROOT } from './harness/build';
import { handlerCaller } from './harness/call';
import { launchApp, type AppHarness } from './harness/launch';
import { realHandlers } from './harness/real-handlers';

const PAGES = join(REPO_ROOT, 'tests', 'fixtures', 'pages');

let app: AppHarness;
let table: HandlerTable;
/** Width in image pixels of the page shown, to turn word boxes into screen points. */
let shownWidth = 0;

const call = handlerCaller(() => table);

/** The page as main has it: text of the newest version and the OCR run it is linked to. */
async function shownPage(): Promise<{ id: string; text: string; ocr: OcrResult }> {
  const workspace = await call('workspace:current', {});
  const summary = workspace?.pages.find((p) => p.label.startsWith('air'));
  if (!summary) throw new Error('the air page is not in the workspace');
  const view = await call('page:open', { pageId: summary.id });
  if (!view.ocr) throw new Error('the page has no OCR');
  return { id: summary.id, text: view.text, ocr: view.ocr };
}

/** The editor cursor as a text offset, read from the status bar ("Ln 3, Col 7"). */
async function cursorOffset(text: string): Promise<number> {
  const status = (await app.page.getByTestId('status-bar').textContent()) ?? '';
  const match = /Ln (\d+), Col (\d+)/.exec(status);
  if (!match) throw new Error(`no cursor position in the status bar: ${status}`);
  const lines = text.split('\n').slice(0, Number(match[1]) - 1);
  return lines.reduce((n, line) => n + line.length + 1, 0) + Number(match[2]) - 1;
}

async function outlinedWords(): Promise<number[]> {
  return app.page
    .getByTestId('linked-box')
    .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-word'))));
}

/** Scrolls the scan so word `index` is in view and returns its centre on the screen. */
async function wordOnScreen(aligner: Aligner, index: number): Promise<{ x: number; y: number }> {
  const word = aligner.words[index];
  if (!word) throw new Error(`no word ${index}`);
  const viewport = app.page.getByTestId('scan-viewport');
  const stage = app.page.getByTestId('scan-stage');
  const before = await stage.boundingBox();
  const pane = await viewport.boundingBox();
  if (!before || !pane) throw new Error('no scan shown');
  const scale = before.width / shownWidth;
  const y = before.y + ((word.box.y0 + word.box.y1) / 2) * scale;
  await viewport.evaluate(
    (el, dy) => {
      el.scrollTop += dy;
    },
    y - (pane.y + pane.height / 2),
  );
  const after = await stage.boundingBox();
  if (!after) throw new Error('no scan shown');
  return {
    x: after.x + ((word.box.x0 + word.box.x1) / 2) * scale,
    y: after.y + ((word.box.y0 + word.box.y1) / 2) * scale,
  };
}

/** Word indices spread over the page whose text is still exactly in the current text, at least two letters long. */
function wordsToClick(aligner: Aligner, count: number): number[] {
  const candidates = aligner.words
    .map((word, i) => ({ word, i }))
    .filter(({ word, i }) => {
      const range = aligner.rangeOfWord(i);
      return word.text.length >= 2 && aligner.text.slice(range.start, range.end) === word.text;
    });
  return Array.from({ length: count }, (_, k) => {
    const pick = candidates[Math.floor(((k + 0.5) / count) * candidates.length)];
    if (!pick) throw new Error('too few unchanged words');
    return pick.i;
  });
}

/** Clicks five word boxes; each time the cursor must land on that word in the text and its box be outlined. */
async function clickFiveWords(aligner: Aligner): Promise<void> {
  for (const index of wordsToClick(aligner, 5)) {
    const word = aligner.words[index];
    if (!word) throw new Error(`no word ${index}`);
    const point = await wordOnScreen(aligner, index);
    await app.page.mouse.click(point.x, point.y);
    await expect.poll(outlinedWords).toEqual([index]);
    const offset = await cursorOffset(aligner.text);
    expect(aligner.text.slice(offset, offset + word.text.length)).toBe(word.text);
    expect(aligner.wordsAt({ start: offset, end: offset })).toEqual([index]);
  }
}

/** Moves the cursor with the keyboard and checks the outlined box follows and is scrolled into view. */
async function moveCursorAndCheck(aligner: Aligner): Promise<void> {
  const keys = ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'End', 'ArrowLeft'];
  for (const key of keys) {
    await app.page.keyboard.press(key);
    const offset = await cursorOffset(aligner.text);
    await expect.poll(outlinedWords).toEqual(aligner.wordsAt({ start: offset, end: offset }));
  }
  for (let k = 0; k < 12; k++) await app.page.keyboard.press('PageDown');
  const offset = await cursorOffset(aligner.text);
  await expect.poll(outlinedWords).toEqual(aligner.wordsAt({ start: offset, end: offset }));
  const pane = await app.page.getByTestId('scan-viewport').boundingBox();
  const outline = await app.page.getByTestId('linked-box').first().boundingBox();
  if (!pane || !outline) throw new Error('no outline shown');
  expect(outline.y).toBeGreaterThanOrEqual(pane.y);
  expect(outline.y + outline.height).toBeLessThanOrEqual(pane.y + pane.height);
}

/** Alt+↓ / Alt+↑ go to the first word of the next / previous OCR line, and the line strip follows. */
async function stepLines(aligner: Aligner, ocr: OcrResult): Promise<void> {
  const lines = indexLines(ocr, aligner.words);
  const strip = app.page.getByTestId('line-strip');
  const line = Number(await strip.getAttribute('data-line'));
  expect(line).toBeGreaterThanOrEqual(2);
  await app.page.keyboard.press('Alt+ArrowUp');
  await app.page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => Number(await strip.getAttribute('data-line'))).toBe(line - 2);
  await app.page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => Number(await strip.getAttribute('data-line'))).toBe(line - 1);
  const first = lines.lines[line - 1]?.words[0];
  await expect.poll(outlinedWords).toEqual([first]);
  expect(await cursorOffset(aligner.text)).toBe(aligner.rangeOfWord(first as number).start);
  // The keys moved the cursor, not the text: no version content changed.
  expect(await app.page.getByTestId('status-saved').textContent()).not.toMatch(/modified/i);
}

beforeAll(async () => {
  app = await launchApp((env) => {
    // A workspace with two scans and their hOCR sidecars (imported as each page's OCR), opened at start.
    mkdirSync(env.workspaceDir, { recursive: true });
    for (const [name, page] of [
      ['air', 'zh_seed_air'],
      ['devil', 'en_devil'],
    ] as const) {
      copyFileSync(join(PAGES, page, 'page.jpg'), join(env.workspaceDir, `${name}.jpg`));
      copyFileSync(join(PAGES, page, 'tesseract.hocr'), join(env.workspaceDir, `${name}.hocr`));
    }
    writeFileSync(
      join(env.appDataDir, 'settings.json'),
      JSON.stringify({ uiLocale: 'en', lastWorkspace: env.workspaceDir }),
    );
    table = realHandlers(env);
    return table;
  });
  await app.page.getByTestId('scan-link-layer').waitFor({ timeout: 60_000 });
  await app.page.getByTestId('line-strip').waitFor();
  const page = await shownPage();
  shownWidth = page.ocr.imageSize.width;
});

afterAll(async () => {
  await app?.close();
});

describe('scan and text linked word by word', () => {
  let aligner: Aligner;
  let ocr: OcrResult;

  it('moves the cursor to a clicked word box and outlines the word at the cursor', async () => {
    const page = await shownPage();
    ocr = page.ocr;
    aligner = createAligner(ocr);
    aligner.update(page.text);
    await clickFiveWords(aligner);
    await moveCursorAndCheck(aligner);
    await stepLines(aligner, ocr);
    await app.screenshot('scan-link-01-linked');
  });

  it('shows the recognized text and confidence of a hovered box, and tints only doubtful words', async () => {
    const index = wordsToClick(aligner, 3)[1] as number;
    const word = aligner.words[index];
    if (!word) throw new Error('no word');
    const point = await wordOnScreen(aligner, index);
    await app.page.mouse.move(point.x, point.y);
    const tooltip = app.page.getByTestId('word-tooltip');
    await expect
      .poll(() => tooltip.textContent())
      .toBe(`${word.text} — confidence ${Math.round(word.confidence)}`);
    await app.screenshot('scan-link-02-hover');
    const settings = await call('settings:get', {});
    const low = aligner.words.filter((w) => w.confidence < settings.confidenceThreshold).length;
    expect(await app.page.locator('[data-testid=word-boxes] .word-box.low').count()).toBe(low);
    // The tint can be hidden; the link keeps working without it.
    await app.page.getByTestId('toggle-boxes').click();
    await app.page.getByTestId('word-boxes').waitFor({ state: 'detached' });
    const target = wordsToClick(aligner, 5)[4] as number;
    const at = await wordOnScreen(aligner, target);
    await app.page.mouse.click(at.x, at.y);
    await expect.poll(outlinedWords).toEqual([target]);
    await app.page.getByTestId('toggle-boxes').click();
    await app.page.getByTestId('word-boxes').waitFor();
  });

  it('keeps the link after all safe fixes are applied', async () => {
    await app.page.getByTestId('lint-apply-safe').click();
    await app.page.getByTestId('fix-preview-apply').click();
    await app.page.getByTestId('fix-preview').waitFor({ state: 'detached' });
    await app.page.keyboard.press('Control+s');
    // Ctrl+S asks for an optional note; Enter saves.
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('status-saved').filter({ hasText: 'Saved as version 2' }).waitFor();
    const page = await shownPage();
    expect(page.text).not.toBe(aligner.text);
    aligner.update(page.text);
    await clickFiveWords(aligner);
    await moveCursorAndCheck(aligner);
    await stepLines(aligner, ocr);
  });

  it('keeps the link after the page is reopened from its saved version', async () => {
    await app.page.reload();
    await app.page.getByTestId('scan-link-layer').waitFor({ timeout: 60_000 });
    const page = await shownPage();
    expect(page.text).toBe(aligner.text);
    await clickFiveWords(aligner);
    const strip = app.page.getByTestId('line-strip');
    await strip.screenshot({ path: join(REPO_ROOT, 'test-results/e2e/scan-link-03-line-strip.png') });
    await app.screenshot('scan-link-04-reopened');
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
});
