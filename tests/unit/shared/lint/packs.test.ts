import { describe, expect, it } from 'vitest';
import { isPackName, resolvePack, RULE_PACKS, ruleSetting } from '../../../../shared/lint/packs';
import { ALL_RULES } from '../../../../shared/lint/rules';

describe('rule packs', () => {
  it('resolve by name, mainland by default', () => {
    expect(resolvePack(undefined).name).toBe('mainland');
    expect(resolvePack('taiwan-hk').quotes).toEqual(['「', '」']);
    expect(isPackName('faithful')).toBe(true);
    expect(isPackName('klingon')).toBe(false);
  });

  it('faithful flags everything and makes nothing safe', () => {
    for (const rule of ALL_RULES) {
      const s = ruleSetting(RULE_PACKS.faithful, rule.id);
      expect(s.enabled).toBe(true);
      expect(s.safeFixes).toBe(false);
    }
  });

  it('every rule has a unique id and messages in both languages', () => {
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    for (const r of ALL_RULES) {
      expect(r.description.en.length).toBeGreaterThan(0);
      expect(r.description.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
