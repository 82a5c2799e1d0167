import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIncrementalLinter, lint } from '../../../../shared/lint/engine';
import { measureGeneration } from '../../../../shared/lint/measure';

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

  it.each([6, 7])('the view of a re-check reads like the array of a full check (seed %i)', (seed) => {
    const rnd = random(seed);
    let text = SEED.slice(0, 2500) + '\n\n' + JS.slice(0, 2000) + '\n\n' + EN.slice(0, 1500);
    const inc = createIncrementalLinter();
    inc.check(text);
    for (let step = 0; step < 20; step++) {
      const at = Math.floor(rnd() * text.length);
      const piece = PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
      text = text.slice(0, at) + piece + text.slice(at);
      const view = inc.check(text, { start: at, end: at, text: piece });
      const full = lint(text);
      expect(view.length).toBe(full.length);
      expect(view.toArray()).toEqual(full);
      expect([...view]).toEqual(full);
      const k = Math.floor(rnd() * full.length);
      expect(view.at(k)).toEqual(full[k]);
      expect(view.at(full.length)).toBeUndefined();
      const from = Math.floor(rnd() * text.length);
      const to = from + 300;
      expect(view.inRange(from, to)).toEqual(
        full.filter((f) => (f.end > from && f.start < to) || (f.start === f.end && f.start === from)),
      );
    }
  });

  it('keeps the ignore list right across edits next to ignored findings', async () => {
    const { ignoreEntryFor } = await import('../../../../shared/lint/ignore');
    const rnd = random(11);
    let text = SEED.slice(0, 1500) + '\n\n' + JS.slice(0, 1500);
    const first = lint(text);
    const ignore = first.filter((_, k) => k % 3 === 0).map((f) => ignoreEntryFor(text, f));
    expect(lint(text, { ignore }).length).toBeLessThan(first.length);
    const inc = createIncrementalLinter({ ignore });
    inc.update(text);
    for (let step = 0; step < 30; step++) {
      // Edits land next to findings, inside the context their ignore entries read.
      const near = first[Math.floor(rnd() * first.length)];
      const at = Math.min(text.length, Math.max(0, (near?.start ?? 0) + Math.floor(rnd() * 20) - 10));
      const piece = PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
      text = text.slice(0, at) + piece + text.slice(at);
      expect(inc.update(text, { start: at, end: at, text: piece })).toEqual(lint(text, { ignore }));
    }
  });

  it('re-reads ignore entries whose context an edit in the previous paragraph changed', async () => {
    const { ignoreEntryFor } = await import('../../../../shared/lint/ignore');
    const text = '前言到此。\n\n他们说今天 晴，明天有雨。';
    const space = lint(text).find((f) => f.rule === 'cjk-space');
    if (!space) throw new Error('the fixture has a cjk-space finding');
    const ignore = [ignoreEntryFor(text, space)];
    const inc = createIncrementalLinter({ ignore });
    expect(inc.update(text).some((f) => f.rule === 'cjk-space')).toBe(false);
    // One more blank line: the paragraph after it is unchanged, but the entry's context no longer matches.
    const at = text.indexOf('\n');
    const edited = text.slice(0, at) + '\n' + text.slice(at);
    const after = inc.update(edited, { start: at, end: at, text: '\n' });
    expect(after).toEqual(lint(edited, { ignore }));
    expect(after.some((f) => f.rule === 'cjk-space')).toBe(true);
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

  it('stays equal to a full check over many edits of a paragraph too large to share a storage chunk', () => {
    // Each re-measure of this paragraph takes storage of its own, so the linter's chunk lists outgrow what its
    // rows refer to and are compacted several times along the way.
    const spaced = Array.from({ length: 7000 }, (_, k) => '完成目标任务'[k % 6]).join(' ');
    let text = SEED.slice(0, 1500) + '\n\n' + spaced + '\n\n' + EN.slice(0, 800);
    const inc = createIncrementalLinter();
    inc.update(text);
    const rnd = random(11);
    for (let step = 0; step < 60; step++) {
      const at = 1500 + 2 + Math.floor(rnd() * spaced.length);
      const piece = step % 3 === 0 ? ' ' : '天';
      text = text.slice(0, at) + piece + text.slice(at);
      const view = inc.check(text, { start: at, end: at, text: piece });
      if (step % 10 === 9) expect(view.toArray()).toEqual(lint(text));
      else expect(view.length).toBe(lint(text).length);
    }
  });

  it('stays equal to a full check when other linters renew the measures between its edits', () => {
    // A full check of any linter renews the measures (their chunks are written again); a linter's rows are then
    // measured again where an edit reads them. Two linters edited in turn, a third checking whole texts between.
    const texts = [SEED + '\n\n' + EN.slice(0, 1500), JS + '\n\n' + SEED.slice(0, 2000)];
    const linters = texts.map((t) => {
      const inc = createIncrementalLinter();
      inc.check(t);
      return inc;
    });
    const rnd = random(23);
    for (let step = 0; step < 40; step++) {
      const k = step % 2;
      const text = texts[k] ?? '';
      const at = Math.floor(rnd() * text.length);
      const piece = PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
      const next = text.slice(0, at) + piece + text.slice(at);
      texts[k] = next;
      const view = linters[k]?.check(next, { start: at, end: at, text: piece });
      if (step % 3 === 0) createIncrementalLinter().check(texts[1 - k] ?? '');
      expect(view?.toArray()).toEqual(lint(next));
    }
  });

  it('renews the measures when edits have doubled them, and stays equal to a full check', () => {
    // Each re-measure of a paragraph this long takes buffers of its own: edits alone outgrow the measures.
    const spaced = Array.from({ length: 9000 }, (_, k) => '完成目标任务'[k % 6]).join(' ');
    let text = SEED.slice(0, 800) + '\n\n' + spaced + '\n\n' + EN.slice(0, 600);
    const inc = createIncrementalLinter();
    inc.check(text);
    const generation = measureGeneration();
    const rnd = random(29);
    for (let step = 0; step < 40; step++) {
      const at = 800 + 2 + Math.floor(rnd() * spaced.length);
      text = text.slice(0, at) + '天' + text.slice(at);
      inc.check(text, { start: at, end: at, text: '天' });
    }
    expect(measureGeneration()).toBeGreaterThan(generation);
    expect(inc.check(text).toArray()).toEqual(lint(text));
  });

  it('checks a paragraph of thousands of lines (68k code units) as a full check does, before and after an edit', () => {
    // Too many lines to make room for up front: its line facts go through a scratch that grows as it fills, and
    // past 64 Ki code units the measure gives its scratch back afterwards.
    const lines = Array.from({ length: 6000 }, (_, k) =>
      k % 7 === 6 ? '完成目标任务。' : `第${k}行完成 目标`,
    );
    let text = lines.join('\n') + '\n\n' + EN.slice(0, 600);
    const inc = createIncrementalLinter();
    expect(inc.update(text)).toEqual(lint(text));
    const at = Math.floor(text.length / 2);
    text = text.slice(0, at) + '\n' + text.slice(at);
    expect(inc.update(text, { start: at, end: at, text: '\n' })).toEqual(lint(text));
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
