import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recognizeWorkspace } from '../../../../../electron/cli/commands/ocr-workspace';
import { formatStatusTable } from '../../../../../electron/cli/commands/status';
import type { OcrService } from '../../../../../electron/services/ocr/ocr-service';
import { openWorkspace } from '../../../../../electron/services/workspace/workspace';
import { removeFolder, smallImage, tempFolder, writeFiles } from '../../services/workspace/helpers';

let root: string;
beforeEach(async () => {
  root = await tempFolder();
  const png = await smallImage('png');
  await writeFiles(root, {
    'p1.png': png,
    'p2.png': png,
    'p3.png': png,
    'p4.png': png,
    'p4.txt': 'imported\n',
  });
});
afterEach(() => removeFolder(root));

/** An OCR stand-in that answers `limit` pages and then dies, like a run killed half way. */
function fakeOcr(limit: number, seen: string[]): OcrService {
  return {
    recognize: async (_image, { language }) => {
      if (seen.length >= limit) throw new Error('killed');
      seen.push(language);
      return {
        engine: 'tesseract.js',
        engineVersion: 'x',
        language,
        imageSize: { width: 40, height: 30 },
        blocks: [],
        text: `page ${seen.length}\n`,
        createdAt: '2026-01-01T00:00:00.000Z',
      };
    },
    close: async () => undefined,
  };
}

describe('jiaokan ocr --workspace', () => {
  it('recognizes only pages without text, and a second run continues where an interrupted one stopped', async () => {
    const log: string[] = [];
    const first: string[] = [];
    const interrupted = await recognizeWorkspace(root, {
      language: 'eng',
      service: fakeOcr(2, first),
      log: (l) => log.push(l),
    });
    expect(interrupted).toEqual({ recognized: 2, skipped: 1, failed: 1 });
    const second: string[] = [];
    expect(
      await recognizeWorkspace(root, {
        language: 'eng',
        service: fakeOcr(9, second),
        log: (l) => log.push(l),
      }),
    ).toEqual({
      recognized: 1,
      skipped: 3,
      failed: 0,
    });
    expect(log.at(-1)).toBe('recognized 1, skipped 3 (already had text), failed 0');
    const ws = await openWorkspace(root);
    const pages = ws.view().pages;
    await ws.close();
    expect(pages.map((p) => [p.id, p.status, p.versionCount])).toEqual([
      ['p1', 'recognized', 1],
      ['p2', 'recognized', 1],
      ['p3', 'recognized', 1],
      ['p4', 'recognized', 1],
    ]);
    const table = formatStatusTable(pages);
    expect(table).toMatch(/^p1 +recognized +1 versions/m);
    expect(table.trim().split('\n').at(-1)).toBe('0 of 4 proofread');
  });
});
