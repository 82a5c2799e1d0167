import { describe, expect, it } from 'vitest';
import { resolvePack } from '../../../../shared/lint/packs';
import {
  Materializer,
  NO_RECORDS,
  RecordCollector,
  recordEnd,
  recordRule,
  recordStart,
  type ParagraphRecords,
} from '../../../../shared/lint/records';
import { ALL_RULES } from '../../../../shared/lint/rules';

const index = (id: string): number => ALL_RULES.findIndex((r) => r.id === id);

function positions(records: ParagraphRecords): [string, number, number][] {
  return Array.from({ length: records.count }, (_, k) => [
    recordRule(records, k),
    recordStart(records, k),
    recordEnd(records, k),
  ]);
}

describe('finding records', () => {
  it('returns the shared empty records for a paragraph without findings', () => {
    expect(new RecordCollector().take()).toBe(NO_RECORDS);
  });

  it('sorts by start, then end, then the order reported (rule order, then the rule’s own)', () => {
    const c = new RecordCollector();
    c.use(index('cjk-space'));
    c.report(5, 6);
    c.report(9, 10);
    c.use(index('line-break'));
    c.report(1, 2);
    c.report(5, 6);
    c.report(5, 5);
    expect(positions(c.take())).toEqual([
      ['line-break', 1, 2],
      ['line-break', 5, 5],
      ['cjk-space', 5, 6],
      ['line-break', 5, 6],
      ['cjk-space', 9, 10],
    ]);
  });

  it('sorts a paragraph with many records the same way', () => {
    const c = new RecordCollector();
    const expected: [string, number, number][] = [];
    for (const id of ['stray-latin', 'split-dash']) {
      c.use(index(id));
      for (let k = 0; k < 40; k++) {
        c.report(k * 3, k * 3 + 1);
        expected.push([id, k * 3, k * 3 + 1]);
      }
    }
    const order = (id: string): number => (id === 'stray-latin' ? 0 : 1);
    expected.sort((x, y) => x[1] - y[1] || order(x[0]) - order(y[0]));
    expect(positions(c.take())).toEqual(expected);
  });

  it('sorts many records by start, end and report order whether or not their offsets pack into one key', () => {
    // Offsets near 10^7 with 80 records overflow an exact packed key, so the comparator sort runs instead.
    for (const base of [0, 10_000_000]) {
      const c = new RecordCollector();
      const expected: [string, number, number, number][] = [];
      for (const [r, id] of ['stray-latin', 'split-dash'].entries()) {
        c.use(index(id));
        for (let k = 0; k < 40; k++) {
          const start = base + ((k * 7) % 13);
          const end = start + (k % 3);
          c.report(start, end);
          expected.push([id, start, end, r * 40 + k]);
        }
      }
      expected.sort((x, y) => x[1] - y[1] || x[2] - y[2] || x[3] - y[3]);
      expect(positions(c.take())).toEqual(expected.map(([id, s, e]) => [id, s, e]));
    }
  });

  it('keeps earlier paragraphs’ records and extras valid across storage chunks', () => {
    const c = new RecordCollector();
    const kept: ParagraphRecords[] = [];
    c.use(index('cjk-space'));
    // 20k integers per paragraph (2000 records of 6, 4 extras each): every few paragraphs start a new chunk.
    for (let p = 0; p < 8; p++) {
      for (let k = 0; k < 2000; k++) {
        const first = c.extra(p * 10000 + k);
        c.extra(p * 10000 + k + 1);
        c.extra(k + 2);
        c.extra(k + 3);
        c.report(k * 2, k * 2 + 1, 0, first, 2);
      }
      kept.push(c.take());
    }
    const m = new Materializer(resolvePack('mainland'), 'en');
    const text = ' '.repeat(100000);
    kept.forEach((records, p) => {
      expect(records.count).toBe(2000);
      expect(recordStart(records, 1999)).toBe(3998);
      const f = m.read(records, 7, text, 100);
      expect(f.start).toBe(114);
      // A merged-gaps record (cjk-space) reads its gaps back from its extras.
      expect(f.fixes[0]?.edits.map((e) => [e.start, e.end])).toEqual([
        [100 + p * 10000 + 7, 100 + p * 10000 + 8],
        [109, 110],
      ]);
    });
  });

  it('materializes in the locale, with the pack’s severity and safety, offsets moved to the text', () => {
    const c = new RecordCollector();
    c.use(index('split-dash'));
    c.report(3, 4);
    const records = c.take();
    const text = '专项行动—\n—聚焦';
    const en = new Materializer(resolvePack('mainland'), 'en').read(records, 0, text, 10);
    expect(en).toEqual({
      rule: 'split-dash',
      category: 'break',
      severity: 'warning',
      start: 13,
      end: 14,
      message: 'Dash or ellipsis split across lines',
      fixes: [{ label: 'Join the mark', safe: true, edits: [{ start: 13, end: 14, text: '' }] }],
    });
    const faithful = new Materializer(resolvePack('faithful'), 'zh').read(records, 0, text, 0);
    expect(faithful.message).toBe('破折号或省略号跨行断开');
    expect(faithful.fixes[0]?.safe).toBe(false);
  });
});
