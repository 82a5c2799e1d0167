import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../../shared/lint/engine';
import { applyFixes, safeFixes } from '../../../../shared/lint/fix';
import { cer, flagScore, repairArtifacts } from '../../../support/score';

const PAGES = join(__dirname, '../../../fixtures/pages');
const CASES = ['zh_seed_air', 'zh_seed_mediation', 'en_devil'].flatMap((page) =>
  ['tesseract', 'tesseractjs'].map((engine) => ({ page, engine })),
);
/** Native Tesseract reads zh_seed_mediation straight across its columns: reported, not averaged. */
const excluded = (c: { page: string; engine: string }): boolean =>
  c.page === 'zh_seed_mediation' && c.engine === 'tesseract';

interface Row {
  readonly name: string;
  readonly recall: number;
  readonly precision: number;
  readonly rawBefore: number;
  readonly rawAfter: number;
  readonly floor: number;
  readonly nowsBefore: number;
  readonly nowsAfter: number;
  readonly averaged: boolean;
}

function measure(page: string, engine: string): Row {
  const ocr = readFileSync(join(PAGES, page, `${engine}.txt`), 'utf8');
  const truth = readFileSync(join(PAGES, page, 'truth.txt'), 'utf8');
  const findings = lint(ocr);
  const layout = findings.filter((f) => f.category === 'spacing' || f.category === 'break');
  const score = flagScore(ocr, truth, layout);
  const fixed = applyFixes(ocr, safeFixes(findings)).text;
  const before = cer(truth, ocr);
  const after = cer(truth, fixed);
  return {
    name: `${page}/${engine}`,
    recall: score.recall,
    precision: score.precision,
    rawBefore: before.raw,
    rawAfter: after.raw,
    floor: cer(truth, repairArtifacts(ocr, truth)).raw,
    nowsBefore: before.nows,
    nowsAfter: after.nows,
    averaged: !excluded({ page, engine }),
  };
}

describe('quality on the fixture OCR outputs (metric of tests/fixtures/score.mjs)', () => {
  const rows = CASES.map((c) => measure(c.page, c.engine));
  const used = rows.filter((r) => r.averaged);
  const mean = (f: (r: Row) => number): number => used.reduce((s, r) => s + f(r), 0) / used.length;

  it('prints the per-file figures', () => {
    for (const r of rows) {
      console.log(
        `${r.name.padEnd(30)} recall=${r.recall.toFixed(4)} precision=${r.precision.toFixed(4)} ` +
          `cer raw ${r.rawBefore.toFixed(4)}→${r.rawAfter.toFixed(4)} (floor ${r.floor.toFixed(4)}) ` +
          `nows ${r.nowsBefore.toFixed(4)}→${r.nowsAfter.toFixed(4)}${r.averaged ? '' : '  [not averaged]'}`,
      );
    }
    expect(rows).toHaveLength(6);
  });

  it('spacing+break findings touch ≥ 98.5 % of the layout artifacts on average', () => {
    expect(mean((r) => r.recall)).toBeGreaterThanOrEqual(0.985);
  });

  it('≥ 98.5 % of spacing+break findings touch an artifact on average', () => {
    expect(mean((r) => r.precision)).toBeGreaterThanOrEqual(0.985);
  });

  it('safe fixes never raise the whitespace-blind CER (all six outputs)', () => {
    for (const r of rows) expect(r.nowsAfter, r.name).toBeLessThanOrEqual(r.nowsBefore);
  });

  it('safe fixes bring the raw CER within 0.003 of the perfect-repair floor on average', () => {
    expect(mean((r) => r.rawAfter - r.floor)).toBeLessThanOrEqual(0.003);
  });
});
