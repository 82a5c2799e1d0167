import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandlerTable } from '../../electron/services/handlers';
import type { ResponseOf } from '../../shared/ipc/contract';
import { REPO_ROOT } from './harness/build';
import { handlerCaller } from './harness/call';
import { launchApp, type AppHarness } from './harness/launch';
import { realHandlers } from './harness/real-handlers';

let app: AppHarness;
let table: HandlerTable;

const call = handlerCaller(() => table);

/** The one page of the sample workspace, as main has it. */
async function samplePage(): Promise<ResponseOf<'page:open'>['page']> {
  const workspace = await call('workspace:current', {});
  const page = workspace?.pages[0];
  if (!page) throw new Error('no page');
  return page;
}

/** Findings the panel counts: the sum of the error, warning and note figures in its header. */
async function panelTotal(): Promise<number> {
  const tally = (await app.page.getByTestId('problems-tally').textContent()) ?? '';
  return (tally.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
}

async function groupCount(rule: string): Promise<number> {
  const group = app.page.locator(`[data-testid=lint-group][data-rule="${rule}"]`);
  if ((await group.count()) === 0) return 0;
  return Number(await group.getByTestId('lint-group-count').textContent());
}

/** The editor cursor as the status bar shows it (line, column). */
async function cursor(): Promise<[number, number]> {
  const text = (await app.page.getByTestId('status-bar').textContent()) ?? '';
  const match = /第 (\d+) 行，第 (\d+) 列/.exec(text);
  if (!match) throw new Error(`no cursor in ${text}`);
  return [Number(match[1]), Number(match[2])];
}

/** Line:column of every finding row in the panel. */
async function findingPositions(): Promise<string[]> {
  return app.page
    .locator('[data-testid=lint-finding] .lint-position')
    .evaluateAll((spans) => spans.map((s) => s.textContent ?? ''));
}

beforeAll(async () => {
  app = await launchApp((env) => {
    table = realHandlers(env);
    return table;
  });
  // First start opens the bundled sample (a real newspaper page) and recognizes it with tesseract.js.
  await app.page.locator('[data-testid=job-progress]').first().waitFor({ state: 'visible', timeout: 30_000 });
  await app.page
    .locator('[data-testid=job-progress]')
    .first()
    .waitFor({ state: 'detached', timeout: 180_000 });
  await app.page.locator('[data-testid=lint-group]').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await app?.close();
});

describe('checks in the editor', () => {
  it('marks spaced-out OCR text with squiggles coloured by severity and hovers the message', async () => {
    expect(await groupCount('cjk-space')).toBeGreaterThan(0);
    const squiggles = app.page.locator('[data-testid=text-editor] .squiggly-warning');
    expect(await squiggles.count()).toBeGreaterThan(0);
    const first = app.page
      .locator('[data-testid=lint-group][data-rule="cjk-space"] [data-testid=lint-finding]')
      .first();
    expect(await first.locator('.lint-excerpt').textContent()).toMatch(/[\u4e00-\u9fff]·+[\u4e00-\u9fff]/);
    const box = await squiggles.first().boundingBox();
    if (!box) throw new Error('no squiggle box');
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = app.page.locator('.monaco-hover').filter({ hasText: /[\u4e00-\u9fff]/ });
    await hover.first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await hover.first().textContent()).toContain('校勘');
    await app.screenshot('lint-01-markers-hover');
    await app.page.mouse.move(5, 5);
  });

  it('shows the problems panel grouped by rule with counts, and a click selects the finding', async () => {
    const total = await panelTotal();
    const rows = await app.page.getByTestId('lint-finding').count();
    expect(rows).toBe(total);
    expect(await app.page.getByTestId('status-findings').textContent()).toMatch(/\d/);
    const row = app.page
      .locator('[data-testid=lint-group][data-rule="cjk-space"] [data-testid=lint-finding]')
      .first();
    const position = (await row.locator('.lint-position').textContent()) ?? '';
    await row.locator('.lint-finding-main').click();
    const [line] = await cursor();
    expect(String(line)).toBe(position.split(':')[0]);
    await expect
      .poll(() => app.page.locator('[data-testid=text-editor] .selected-text').count())
      .toBeGreaterThan(0);
    await app.screenshot('lint-02-problems-panel');
  });

  it('lists fixes and "ignore this" as code actions (Ctrl+.), and an ignore is kept per page', async () => {
    const before = await groupCount('cjk-space');
    const row = app.page
      .locator('[data-testid=lint-group][data-rule="cjk-space"] [data-testid=lint-finding]')
      .first();
    await row.locator('.lint-finding-main').click();
    await app.page.keyboard.press('Control+.');
    const actions = app.page.locator('.action-widget .monaco-list-row.action');
    await actions.first().waitFor({ state: 'visible', timeout: 10_000 });
    const titles = await actions.locator('.title').allTextContents();
    expect(titles).toContain('忽略此处（cjk-space）');
    expect(titles.length).toBeGreaterThan(1);
    await app.screenshot('lint-03-code-actions');
    await actions.filter({ hasText: '忽略此处（cjk-space）' }).click();
    await expect.poll(() => groupCount('cjk-space')).toBe(before - 1);
    await app.page.getByText('已忽略 1 处').waitFor();
    const page = await samplePage();
    // page:lintPrefs reads the page's lint.json back from disk; the write follows the click asynchronously.
    const stored = async () => (await call('page:lintPrefs', { pageId: page.id })).ignore;
    await expect.poll(async () => (await stored()).map((e) => e.rule)).toEqual(['cjk-space']);
    await app.page.getByTestId('lint-restore-ignored').click();
    await expect.poll(() => groupCount('cjk-space')).toBe(before);
    await expect.poll(async () => (await stored()).length).toBe(0);
  });

  it('fixes all of one rule after a diff preview, as one undo step', async () => {
    const before = await groupCount('cjk-space');
    const total = await panelTotal();
    await app.page
      .locator('[data-testid=lint-group][data-rule="cjk-space"]')
      .getByTestId('lint-fix-rule')
      .click();
    const dialog = app.page.getByTestId('fix-preview');
    await dialog.waitFor();
    await dialog
      .locator('.monaco-diff-editor .char-delete, .monaco-diff-editor .line-delete')
      .first()
      .waitFor();
    const summary = (await app.page.getByTestId('fix-preview-summary').textContent()) ?? '';
    const [fixes, chars] = (summary.match(/\d+/g) ?? []).map(Number);
    expect(fixes).toBe(before);
    expect(chars).toBeGreaterThanOrEqual(before);
    await app.screenshot('lint-04-fix-rule-preview');
    await app.page.getByTestId('fix-preview-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => groupCount('cjk-space')).toBe(0);
    expect(await panelTotal()).toBeLessThan(total);

    await app.page.locator('[data-testid=text-editor] .view-lines').click();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => groupCount('cjk-space')).toBe(before);
    await expect.poll(panelTotal).toBe(total);
  });

  it('applies all safe fixes after a preview, and the saved count equals the panel', async () => {
    const total = await panelTotal();
    await app.page.getByTestId('lint-apply-safe').click();
    await app.page.getByTestId('fix-preview').waitFor();
    await app.page.locator('[data-testid=fix-preview] .monaco-diff-editor').waitFor();
    await app.screenshot('lint-05-safe-fixes-preview');
    await app.page.getByTestId('fix-preview-apply').click();
    await app.page.getByTestId('fix-preview').waitFor({ state: 'detached' });
    await expect.poll(panelTotal).toBeLessThan(total / 2);
    const after = await panelTotal();

    await app.page.locator('[data-testid=text-editor] .view-lines').click();
    await app.page.keyboard.press('Control+s');
    await app.page.getByTestId('save-confirm').click();
    await expect.poll(async () => (await samplePage()).versionCount).toBe(2);
    const page = await samplePage();
    expect(page.openFindings).toBe(after);
    const saved = await call('page:open', { pageId: page.id });
    expect(saved.text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]/);
    await app.screenshot('lint-06-after-safe-fixes');
  });

  it('moves to the next and previous finding with F8 / Shift+F8', async () => {
    const positions = new Set(await findingPositions());
    expect(positions.size).toBeGreaterThan(1);
    await app.page.locator('[data-testid=text-editor] .view-lines').click();
    await app.page.keyboard.press('Control+Home');
    await app.page.keyboard.press('F8');
    await expect.poll(async () => positions.has((await cursor()).join(':'))).toBe(true);
    const first = await cursor();
    await app.page.keyboard.press('F8');
    await expect.poll(async () => (await cursor()).join(':')).not.toBe(first.join(':'));
    const second = await cursor();
    expect(positions.has(second.join(':'))).toBe(true);
    expect(second[0] * 10_000 + second[1]).toBeGreaterThan(first[0] * 10_000 + first[1]);
    await app.screenshot('lint-07-f8');
    await app.page.keyboard.press('Shift+F8');
    await expect.poll(async () => (await cursor()).join(':')).toBe(first.join(':'));
    await app.page.keyboard.press('Escape');
  });

  it('switches the rule pack per page and keeps it', async () => {
    const page = await samplePage();
    await app.page.getByTestId('lint-pack').selectOption('faithful');
    await expect.poll(async () => app.page.getByTestId('lint-apply-safe').isDisabled()).toBe(true);
    await expect.poll(async () => (await call('page:lintPrefs', { pageId: page.id })).pack).toBe('faithful');
    await app.page.getByTestId('lint-pack').selectOption('mainland');
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });

  it('checks a spaced-out text-only page (raw tesseract.js output) and repairs it with the safe fixes', async () => {
    await copyFile(
      join(REPO_ROOT, 'tests/fixtures/pages/zh_seed_air/tesseractjs.txt'),
      join(app.env.workspaceDir, 'air-tesseractjs.txt'),
    );
    app.env.dialogs.nextFolder = app.env.workspaceDir;
    await app.page.getByTestId('open-folder').click();
    await expect.poll(() => groupCount('cjk-space'), { timeout: 30_000 }).toBeGreaterThan(50);
    const excerpts = await app.page
      .locator('[data-testid=lint-group][data-rule="cjk-space"] [data-testid=lint-finding] mark')
      .allTextContents();
    expect(excerpts.some((e) => /[\u4e00-\u9fff]·[\u4e00-\u9fff]·[\u4e00-\u9fff]·/.test(e))).toBe(true);
    await app.screenshot('lint-08-spaced-out-page');
    await app.page.getByTestId('lint-apply-safe').click();
    await app.page.getByTestId('fix-preview-apply').click();
    await expect.poll(() => groupCount('cjk-space')).toBe(0);
    await app.page.getByTestId('problems-body').evaluate((el) => el.scrollTo(0, 0));
    await app.screenshot('lint-09-spaced-out-page-fixed');
  });
});
