import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIncrementalLinter, lint } from '../../../../shared/lint/engine';

const FIXTURES = join(__dirname, '../../../fixtures');
const SEED = readFileSync(join(FIXTURES, 'seed/000_0f2d5836bb069117.txt'), 'utf8');
const JS = readFileSync(join(FIXTURES, 'pages/zh_seed_air/tesseractjs.txt'), 'utf8');
const EN = readFileSync(join(FIXTURES, 'pages/en_devil/tesseractjs.txt'), 'utf8');

/** Small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['\n', '\n\n', ' ', '。', '，', 'a', '天', '-', '“', '12', 'x\n\ny', ''];

describe('lint engine', () => {
  it('reports offsets inside the text, sorted, with fixes inside the text', () => {
    const text = SEED + '\n\n' + EN;
    const findings = lint(text);
    expect(findings.length).toBeGreaterThan(50);
    for (const f of findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      for (const fix of f.fixes) for (const e of fix.edits) expect(e.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('writes messages in the chosen locale', () => {
    const en = lint('完 成 目 标 任 务 的 一 些 事 情', { locale: 'en' });
    const zh = lint('完 成 目 标 任 务 的 一 些 事 情', { locale: 'zh-CN' });
    expect(en[0]?.message).toMatch(/CJK/);
    expect(zh[0]?.message).toMatch(/汉字/);
  });

  it('applies the pack: faithful turns every fix into a suggestion', () => {
    const all = lint(JS, { pack: 'faithful' });
    expect(all.length).toBeGreaterThan(0);
    expect(all.flatMap((f) => f.fixes).some((x) => x.safe)).toBe(false);
  });

  it.each([1, 2, 3, 4, 5])('re-check after random edits equals a full check (seed %i)', (seed) => {
    const rnd = random(seed);
    let text = SEED.slice(0, 3000) + '\n\n' + JS.slice(0, 2500) + '\n\n' + EN.slice(0, 2000);
    const inc = createIncrementalLinter();
    inc.update(text);
    for (let step = 0; step < 40; step++) {
      const at = Math.floor(rnd() * text.length);
      const len = rnd() < 0.5 ? 0 : Math.floor(rnd() * 6);
      const piece = PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
      const change = step % 2 ? { start: at, end: Math.min(at + len, text.length), text: piece } : undefined;
      text = text.slice(0, at) + piece + text.slice(at + len);
      expect(inc.update(text, change)).toEqual(lint(text));
    }
  });

  it('re-checks only the paragraphs near a one-character edit', () => {
    const big = Array.from({ length: 40 }, () => SEED).join('\n\n');
    const inc = createIncrementalLinter();
    inc.update(big);
    const at = Math.floor(big.length / 2);
    const edited = big.slice(0, at) + '天' + big.slice(at);
    const findings = inc.update(edited);
    expect(inc.lastRechecked).toBeLessThan(20);
    expect(findings).toEqual(lint(edited));
  });

  it('drops findings the ignore list accepts, and keeps them after edits elsewhere', async () => {
    const { ignoreEntryFor } = await import('../../../../shared/lint/ignore');
    const text = '他们说今天 晴，明天有雨。\n\n我们觉得后天 阴。';
    const first = lint(text).find((f) => f.rule === 'cjk-space');
    expect(first && text.slice(first.start, first.end)).toBe(' ');
    if (!first) return;
    const entry = ignoreEntryFor(text, first);
    const moved = '前言。\n\n' + text;
    const again = lint(moved, { ignore: [entry] }).filter((f) => f.rule === 'cjk-space');
    expect(again.map((f) => moved.slice(f.start - 2, f.end + 1))).toEqual(['后天 阴']);
  });
});
