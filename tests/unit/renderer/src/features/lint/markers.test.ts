import { describe, expect, it } from 'vitest';
import {
  countBySeverity,
  findingAfter,
  markerSpecs,
} from '../../../../../../renderer/src/features/lint/markers';
import { lint } from '../../../../../../shared/lint/engine';
import type { Finding } from '../../../../../../shared/model';

function finding(start: number, end: number, severity: Finding['severity'], rule = 'cjk-space'): Finding {
  return { rule, category: 'spacing', severity, start, end, message: `m${start}`, fixes: [] };
}

describe('findings → editor markers', () => {
  it('keeps each finding range, severity, message and rule', () => {
    expect(
      markerSpecs([finding(2, 5, 'warning'), finding(7, 8, 'error', 'doubled-punctuation')], 20),
    ).toEqual([
      { start: 2, end: 5, severity: 'warning', message: 'm2', code: 'cjk-space' },
      { start: 7, end: 8, severity: 'error', message: 'm7', code: 'doubled-punctuation' },
    ]);
  });

  it('widens a finding without width to the next character, or the previous one at the end', () => {
    expect(markerSpecs([finding(3, 3, 'info')], 10)[0]).toMatchObject({ start: 3, end: 4 });
    expect(markerSpecs([finding(10, 10, 'info')], 10)[0]).toMatchObject({ start: 9, end: 10 });
    expect(markerSpecs([finding(0, 0, 'info')], 0)[0]).toMatchObject({ start: 0, end: 0 });
  });

  it('marks spaced-out OCR text in the UI language', () => {
    const text = '要在2025年 完 成 目 标，推进改造。\n';
    const zh = markerSpecs(lint(text, { locale: 'zh-CN' }), text.length);
    const en = markerSpecs(lint(text, { locale: 'en' }), text.length);
    const spaced = zh.find((m) => m.code === 'cjk-space');
    expect(spaced).toBeDefined();
    expect(text.slice(spaced?.start, spaced?.end)).toContain('完 成');
    expect(spaced?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(en.find((m) => m.code === 'cjk-space')?.message).toMatch(/^[\x20-\x7e’“”—–…]+$/);
  });

  it('counts findings by severity', () => {
    expect(countBySeverity([finding(0, 1, 'error'), finding(1, 2, 'info'), finding(2, 3, 'info')])).toEqual({
      error: 1,
      warning: 0,
      info: 2,
    });
  });
});

describe('F8 / Shift+F8 targets', () => {
  const list = [
    finding(3, 4, 'warning'),
    finding(3, 5, 'info'),
    finding(9, 9, 'error'),
    finding(20, 22, 'info'),
  ];

  it('go to the next finding after the cursor, wrapping to the first', () => {
    expect(findingAfter(list, 0, 1)?.start).toBe(3);
    expect(findingAfter(list, 3, 1)?.start).toBe(9);
    expect(findingAfter(list, 20, 1)?.start).toBe(3);
  });

  it('go to the previous finding before the cursor, wrapping to the last', () => {
    expect(findingAfter(list, 9, -1)).toBe(list[1]);
    expect(findingAfter(list, 3, -1)?.start).toBe(20);
    expect(findingAfter([], 3, -1)).toBeUndefined();
  });
});
