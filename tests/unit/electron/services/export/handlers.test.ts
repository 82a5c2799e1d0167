import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFontFolder } from '../../../../../electron/services/export/export-pages';
import { createExportHandlers } from '../../../../../electron/services/export/handlers';
import { createSettingsStore } from '../../../../../electron/services/settings/settings';
import { pageFindingCounter, writeLintPrefs } from '../../../../../electron/services/workspace/lint-prefs';
import { openWorkspace } from '../../../../../electron/services/workspace/workspace';
import type { JobProgress } from '../../../../../shared/ipc/events';
import { lint } from '../../../../../shared/lint/engine';
import { ignoreEntryFor } from '../../../../../shared/lint/ignore';
import { fixtureDir } from '../../../../support/fixture-ocr';

describe('export:run', () => {
  it('exports to the folder main picked, reports progress, lists existing files, retries there, and returns null when the dialog is cancelled', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jiaokan-export-ipc-'));
    copyFileSync(join(fixtureDir('en_devil'), 'page.jpg'), join(root, 'devil.jpg'));
    copyFileSync(join(fixtureDir('en_devil'), 'tesseract.hocr'), join(root, 'devil.hocr'));
    const workspace = await openWorkspace(root);
    const out = mkdtempSync(join(tmpdir(), 'jiaokan-export-ipc-out-'));
    const events: JobProgress[] = [];
    let folder: string | null = out;
    let dialogs = 0;
    const handlers = createExportHandlers({
      workspace: () => workspace,
      pickFolder: async () => {
        dialogs += 1;
        return folder;
      },
      emit: (_event, payload) => events.push(payload as JobProgress),
      jobs: new Map(),
      settings: createSettingsStore(mkdtempSync(join(tmpdir(), 'jiaokan-export-ipc-app-'))),
      fontFolder: findFontFolder(__dirname),
      softwareVersion: '0.0.0-test',
    });
    const request = {
      pageIds: workspace.pageIds(),
      format: 'alto' as const,
      mode: 'faithful' as const,
      combined: false,
      force: false,
      folder: 'choose' as const,
      jobId: 'job1',
    };
    try {
      await expect(handlers['export:run']({ ...request, folder: 'previous' })).rejects.toMatchObject({
        code: 'bad-input',
      });
      expect(await handlers['export:run'](request)).toEqual({
        kind: 'written',
        folder: out,
        files: ['p1.xml'],
        warnings: [],
      });
      expect(existsSync(join(out, 'p1.xml'))).toBe(true);
      expect(events.at(-2)).toEqual({ jobId: 'job1', kind: 'exporting', done: 1, total: 1 });
      expect(events.at(-1)).toEqual({ jobId: 'job1', kind: 'done' });
      const written = statSync(join(out, 'p1.xml')).mtimeMs;
      expect(await handlers['export:run'](request)).toEqual({
        kind: 'exists',
        folder: out,
        files: ['p1.xml'],
      });
      expect(events.at(-1)).toMatchObject({ kind: 'cancelled' });
      expect(statSync(join(out, 'p1.xml')).mtimeMs).toBe(written);
      folder = null;
      const before = dialogs;
      expect(await handlers['export:run']({ ...request, force: true, folder: 'previous' })).toMatchObject({
        kind: 'written',
        folder: out,
      });
      expect(dialogs).toBe(before);
      expect(await handlers['export:run'](request)).toBeNull();
    } finally {
      await workspace.close();
    }
  });

  it("checks each page with its own pack and ignore list, as the page list counts, not the settings' pack", async () => {
    // Spaces between Han characters and half-width commas among Chinese: the mainland pack fixes both.
    const text = '到 2025 年 完 成 目 标，各地要落实大气污染防治要求, 推进改造。\n';
    const root = mkdtempSync(join(tmpdir(), 'jiaokan-export-prefs-'));
    copyFileSync(join(fixtureDir('zh_seed_air'), 'page.jpg'), join(root, 'air.jpg'));
    copyFileSync(join(fixtureDir('zh_seed_air'), 'tesseract.hocr'), join(root, 'air.hocr'));
    const settings = createSettingsStore(mkdtempSync(join(tmpdir(), 'jiaokan-export-prefs-app-')));
    await settings.set({ lintPack: 'mainland' });
    const workspace = await openWorkspace(root, { countFindings: pageFindingCounter(root, settings) });
    const out = mkdtempSync(join(tmpdir(), 'jiaokan-export-prefs-out-'));
    const handlers = createExportHandlers({
      workspace: () => workspace,
      pickFolder: async () => out,
      emit: () => undefined,
      jobs: new Map(),
      settings,
      fontFolder: findFontFolder(__dirname),
      softwareVersion: '0.0.0-test',
    });
    const run = (format: 'txt' | 'report', mode: 'faithful' | 'normalized') =>
      handlers['export:run']({
        pageIds: workspace.pageIds(),
        format,
        mode,
        combined: false,
        force: true,
        folder: 'choose',
        jobId: `job-${format}`,
      });
    try {
      const pageId = workspace.pageIds()[0] ?? '';
      const spacing = lint(text, { pack: 'mainland' }).find((f) => f.rule === 'cjk-space');
      expect(spacing).toBeDefined();
      if (!spacing) return;
      await writeLintPrefs(root, pageId, { pack: 'faithful', ignore: [ignoreEntryFor(text, spacing)] });
      await workspace.saveVersion(pageId, text, '', 'edit');
      const listed = workspace.summary(pageId).openFindings;
      expect(listed).not.toBeNull();
      expect(listed).toBeLessThan(lint(text, { pack: 'mainland' }).length);

      await run('report', 'faithful');
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(report.pages[0].findingsOpen).toBe(listed);

      // The faithful pack applies nothing blind, so normalized mode keeps the half-width comma.
      await run('txt', 'normalized');
      const normalized = readFileSync(join(out, 'p1.txt'), 'utf8');
      expect(normalized).toContain('要求, 推进');
      await writeLintPrefs(root, pageId, { pack: 'mainland', ignore: [] });
      await run('txt', 'normalized');
      expect(readFileSync(join(out, 'p1.txt'), 'utf8')).toContain('要求，推进');
    } finally {
      await workspace.close();
    }
  });
});
