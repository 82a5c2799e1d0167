import { copyFileSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFontFolder } from '../../../../../electron/services/export/export-pages';
import { createExportHandlers } from '../../../../../electron/services/export/handlers';
import { createSettingsStore } from '../../../../../electron/services/settings/settings';
import { openWorkspace } from '../../../../../electron/services/workspace/workspace';
import type { JobProgress } from '../../../../../shared/ipc/events';
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
});
