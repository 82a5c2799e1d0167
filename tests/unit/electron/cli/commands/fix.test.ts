import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'jiaokan-fix-'));

describe('jiaokan fix', () => {
  beforeAll(() => ensureBuilt('fix'));

  const source = '实 施 91 台 燃气 锅炉 低 氮 改\n造 ， 完 成 目标 任务 的 101%。 今 天 天 气 很 好 。\n';

  it('writes the text with safe fixes to stdout and leaves the input alone', () => {
    const p = join(dir, 'in.txt');
    writeFileSync(p, source);
    const r = runCli(['fix', '--safe', p]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('实施91台燃气锅炉低氮改造，完成目标任务的101%。今天天气很好。\n');
    expect(readFileSync(p, 'utf8')).toBe(source);
  });

  it('writes to -o and keeps a BOM', () => {
    const p = join(dir, 'bom.txt');
    const out = join(dir, 'out.txt');
    writeFileSync(p, `\ufeff${source}`);
    expect(runCli(['fix', '--safe', p, '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\ufeff实施91台')).toBe(true);
  });

  it('exits 2 on a missing file', () => {
    const r = runCli(['fix', join(dir, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jiaokan: cannot read/);
  });
});
