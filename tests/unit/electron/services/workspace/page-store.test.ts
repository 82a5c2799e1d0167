import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtomicFs } from '../../../../../electron/services/fs/atomic-write';
import {
  ocrRunFileName,
  pageLayout,
  workspaceLayout,
} from '../../../../../electron/services/workspace/layout';
import { addOcrRun, readNewestOcrRun } from '../../../../../electron/services/workspace/page-store';
import type { OcrResult } from '../../../../../shared/model/ocr';

function result(language: string): OcrResult {
  return {
    engine: 'text',
    engineVersion: '1',
    language,
    imageSize: { width: 10, height: 10 },
    blocks: [],
    text: language,
    createdAt: '2026-11-29T00:00:00.000Z',
  };
}

describe('readNewestOcrRun', () => {
  it('returns null for a page never recognized, then the newest run, skipping a damaged newest file', async () => {
    const page = pageLayout(workspaceLayout(await mkdtemp(join(tmpdir(), 'jiaokan-runs-'))), 'p1');
    const context = { fs: nodeAtomicFs, now: () => new Date() };
    expect(await readNewestOcrRun(page, 'p1')).toBeNull();
    await addOcrRun(page, result('chi_sim'), context);
    await addOcrRun(page, result('eng'), context);
    expect((await readNewestOcrRun(page, 'p1'))?.language).toBe('eng');
    await writeFile(join(page.dir, ocrRunFileName(3)), '{"truncated', 'utf8');
    expect((await readNewestOcrRun(page, 'p1'))?.language).toBe('eng');
  });
});
