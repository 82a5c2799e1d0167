import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { registerExportCommand } from '../../../../../electron/cli/commands/export';
import {
  exportPages,
  loadTextLayerFonts,
  type ExportRequest,
} from '../../../../../electron/services/export/export-pages';
import { openWorkspace, type Workspace } from '../../../../../electron/services/workspace/workspace';
import { failingFs } from '../../../../support/failing-fs';
import { fixtureDir } from '../../../../support/fixture-ocr';
import { applyEdits, scriptedEdits } from '../../../../support/scripted-edits';

const FONTS = join(__dirname, '..', '..', '..', '..', '..', 'assets', 'fonts');
const SCHEMA = join(__dirname, '..', '..', '..', '..', 'fixtures', 'schemas', 'alto-4-4.xsd');

let root: string;
let workspace: Workspace;
let corrected: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jiaokan-export-ws-'));
  copyFileSync(join(fixtureDir('zh_seed_air'), 'page.jpg'), join(root, 'a-air.jpg'));
  copyFileSync(join(fixtureDir('zh_seed_air'), 'tesseract.hocr'), join(root, 'a-air.hocr'));
  copyFileSync(join(fixtureDir('en_devil'), 'page.jpg'), join(root, 'b-devil.jpg'));
  workspace = await openWorkspace(root);
  const [air] = workspace.pageIds();
  const view = await workspace.openPage(air as string);
  const ocr = view.ocr;
  if (!ocr) throw new Error('the hOCR sidecar was not imported');
  corrected = applyEdits(ocr.text, scriptedEdits(ocr, 5));
  await workspace.saveVersion(air as string, corrected, 'proofread', 'edit');
});

afterAll(async () => {
  await workspace.close();
});

function request(overrides: Partial<ExportRequest>): ExportRequest {
  return {
    source: workspace,
    pageIds: [workspace.pageIds()[0] as string],
    format: 'txt',
    mode: 'faithful',
    outDir: mkdtempSync(join(tmpdir(), 'jiaokan-export-out-')),
    combined: false,
    force: false,
    fonts: () => loadTextLayerFonts(FONTS),
    softwareVersion: '0.0.0-test',
    now: () => new Date('2025-01-01T00:00:00Z'),
    ...overrides,
  };
}

describe('exportPages', () => {
  it('writes each format for a proofread page, named after its position', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jiaokan-export-all-'));
    const progress: string[] = [];
    for (const format of ['txt', 'md', 'hocr', 'alto', 'pdf', 'report'] as const) {
      await exportPages(request({ format, outDir: out, onProgress: (d, t) => progress.push(`${d}/${t}`) }));
    }
    expect(readdirSync(out).sort()).toEqual(
      ['p1.hocr', 'p1.md', 'p1.pdf', 'p1.txt', 'p1.xml', 'report.csv', 'report.json'].sort(),
    );
    expect(readFileSync(join(out, 'p1.txt'), 'utf8')).toBe(`${corrected.trimEnd()}\n`);
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, join(out, 'p1.xml')], {
      stdio: 'pipe',
    });
    const pdfText = execFileSync('pdftotext', ['-raw', join(out, 'p1.pdf'), '-'], { encoding: 'utf8' });
    expect(pdfText.replace(/\s+/g, '')).toBe(corrected.replace(/\s+/g, ''));
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.pages[0].charsChanged).toBeGreaterThan(0);
    expect(progress).toContain('1/1');
  });

  it('refuses to replace a file unless forced, and then replaces it whole', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jiaokan-export-force-'));
    writeFileSync(join(out, 'p1.txt'), 'old');
    writeFileSync(join(out, 'report.csv'), 'old');
    await expect(exportPages(request({ outDir: out }))).rejects.toMatchObject({ code: 'conflict' });
    await expect(exportPages(request({ outDir: out, format: 'report' }))).rejects.toMatchObject({
      code: 'conflict',
      existing: ['report.csv'],
      message: expect.stringMatching(/report\.csv already exists/),
    });
    expect(readFileSync(join(out, 'p1.txt'), 'utf8')).toBe('old');
    await exportPages(request({ outDir: out, force: true }));
    expect(readFileSync(join(out, 'p1.txt'), 'utf8')).toBe(`${corrected.trimEnd()}\n`);
    expect(readdirSync(out).sort()).toEqual(['p1.txt', 'report.csv']);
  });

  it('names a page that was never recognized, and a read-only folder', async () => {
    const devil = workspace.pageIds()[1] as string;
    await expect(exportPages(request({ pageIds: [devil], format: 'alto' }))).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/p2 .*never recognized/),
    });
  });

  it.each(['EACCES', 'EROFS'])(
    'refuses a read-only folder (%s) with a clear message before writing anything',
    async (code) => {
      const out = mkdtempSync(join(tmpdir(), 'jiaokan-export-ro-'));
      writeFileSync(join(out, 'p1.txt'), 'kept');
      const fs = failingFs(code, (path) => path.startsWith(out));
      fs.armed = true;
      for (const format of ['txt', 'pdf', 'report'] as const)
        await expect(exportPages(request({ outDir: out, format, force: true, fs }))).rejects.toMatchObject({
          code: 'read-only',
          message: `Cannot export to ${out}: the folder is read-only.`,
        });
      expect(readdirSync(out)).toEqual(['p1.txt']);
      expect(readFileSync(join(out, 'p1.txt'), 'utf8')).toBe('kept');
    },
  );

  it('a write that fails halfway leaves the earlier file whole and no temp file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jiaokan-export-half-'));
    writeFileSync(join(out, 'report.json'), 'old report');
    const fs = failingFs('ENOSPC', (path) => path.includes('report.json'));
    fs.armed = true;
    await expect(
      exportPages(request({ outDir: out, format: 'report', force: true, fs })),
    ).rejects.toMatchObject({
      code: 'disk-full',
    });
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('old report');
    expect(readdirSync(out).sort()).toEqual(['report.csv', 'report.json']);
  });

  it('refuses an empty page', async () => {
    const air = workspace.pageIds()[0] as string;
    const previous = (await workspace.openPage(air)).text;
    await workspace.saveVersion(air, ' \n', 'emptied', 'edit');
    try {
      await expect(exportPages(request({}))).rejects.toMatchObject({
        message: expect.stringMatching(/empty/),
      });
    } finally {
      await workspace.saveVersion(air, previous, 'back', 'edit');
    }
  });
});

describe('jiaokan export', () => {
  it('exports pages chosen by number and exits 2 on a bad range', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'jiaokan-export-cli-')), 'new-folder');
    mkdirSync(join(out, '..'), { recursive: true });
    const run = async (args: string[]): Promise<number> => {
      process.exitCode = 0;
      const program = new Command('jiaokan').exitOverride();
      registerExportCommand(program);
      await program.parseAsync(['node', 'jiaokan', 'export', ...args]);
      const code = Number(process.exitCode ?? 0);
      process.exitCode = 0;
      return code;
    };
    await workspace.close();
    try {
      expect(
        await run([
          '--workspace',
          root,
          '--format',
          'txt',
          '--pages',
          '1',
          '--mode',
          'normalized',
          '--out',
          out,
        ]),
      ).toBe(0);
      expect(readFileSync(join(out, 'p1.txt'), 'utf8')).not.toMatch(/[^\n]\n[^\n]/);
      expect(await run(['--workspace', root, '--format', 'txt', '--pages', '1', '--out', out])).toBe(2);
      expect(await run(['--workspace', root, '--format', 'txt', '--pages', '3-1', '--out', out])).toBe(2);
    } finally {
      workspace = await openWorkspace(root);
    }
  });
});
