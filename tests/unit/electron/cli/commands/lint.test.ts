import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../../../../shared/lint/engine';
import { ensureBuilt, ROOT, runCli } from './cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'jiaokan-lint-'));
const file = (name: string, data: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('jiaokan lint', () => {
  beforeAll(() => ensureBuilt('lint'));

  it('prints one JSON array of findings with offsets into the decoded text, BOM not counted', () => {
    const text = '完 成 目 标 任 务\n';
    const p = file('bom.txt', `\ufeff${text}`);
    const r = runCli(['lint', '--format', 'json', p]);
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout) as { start: number; end: number; rule: string }[];
    expect(findings).toEqual(JSON.parse(JSON.stringify(lint(text))));
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe(' 成 目 标 任 ');
  });

  it('adds a file field with several files and exits 1 on an error finding', () => {
    const a = file('a.txt', '据悉,，“十四五”期间。');
    const b = file('b.txt', '天 气 很 好 啊 。');
    const r = runCli(['lint', '--format', 'json', a, b]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { file: string; severity: string }[];
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set([a, b]));
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('prints file:line:col lines as text and takes a pack', () => {
    const p = join(ROOT, 'tests/fixtures/pages/en_devil/tesseract.txt');
    const r = runCli(['lint', '--pack', 'faithful', p]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tesseract\.txt:\d+:\d+: warning line-break: /);
  });

  it('exits 2 with one line on unreadable input or bad usage', () => {
    for (const args of [
      ['lint', join(dir, 'missing.txt')],
      ['lint', '--format', 'xml', file('c.txt', 'x')],
      ['lint', '--pack', 'klingon', file('d.txt', 'x')],
      ['lint', file('e.txt', new Uint8Array([0xff, 0xfe, 0x00]))],
      ['lint', '--ocr', file('f.json', '{"not":"ocr"}'), file('g.txt', 'x')],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });
});
