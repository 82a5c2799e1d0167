import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, editDistance, reportToCsv, reportToJson } from '../../../../shared/formats/report';
import { correctedPage } from '../../../support/corrected-page';
import { FIXTURE_PAGES } from '../../../support/fixture-ocr';

const SCORER = join(__dirname, '..', '..', '..', 'fixtures', 'score.mjs');

/** CER by the fixtures' own scorer (an independent Levenshtein in plain Node), truth = the final text. */
function scorerCer(finalText: string, ocrText: string): { raw: number; nows: number } {
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-report-'));
  writeFileSync(join(dir, 'final.txt'), finalText);
  writeFileSync(join(dir, 'ocr.txt'), ocrText);
  const out = execFileSync('node', [SCORER, 'cer', join(dir, 'final.txt'), join(dir, 'ocr.txt')], {
    encoding: 'utf8',
  });
  const last = out.trim().split('\n').at(-1) ?? '';
  const match = /cer=([\d.]+) cer_nows=([\d.]+)/.exec(last);
  if (!match) throw new Error(`unexpected scorer output: ${last}`);
  return { raw: Number(match[1]), nows: Number(match[2]) };
}

describe('corrections report', () => {
  it('counts edits on code points', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('𠀀a', 'a')).toBe(1);
    expect(editDistance('', '天气')).toBe(2);
  });

  it('matches the fixture scorer on every fixture page after a scripted correction', () => {
    const pages = FIXTURE_PAGES.map((page) => {
      const { ocr, text } = correctedPage(page);
      return { page, ocr, text };
    });
    const report = buildReport(
      pages.map(({ page, ocr, text }) => ({
        pageId: page,
        label: page,
        status: 'in-progress' as const,
        ocrText: ocr.text,
        finalText: text,
        findings: { atOcr: 40, open: 3 },
      })),
      '2025-01-01T00:00:00Z',
    );
    report.pages.forEach((row, i) => {
      const { ocr, text } = pages[i] as (typeof pages)[number];
      const expected = scorerCer(text, ocr.text);
      expect(row.cer).toBeCloseTo(expected.nows, 4);
      expect(row.cerRaw).toBeCloseTo(expected.raw, 4);
      expect(row.finalChars).toBe([...text.replace(/\s/g, '')].length);
      expect(row.ocrChars).toBe([...ocr.text.replace(/\s/g, '')].length);
      expect(row.charsChanged).toBeGreaterThan(0);
      expect(row.findingsFixed).toBe(37);
    });
    const csv = reportToCsv(report);
    expect(csv.split('\r\n')[0]).toBe(
      'pageId,label,status,ocrChars,finalChars,charsChanged,cer,cerRaw,findingsFixed,findingsOpen',
    );
    expect(csv.split('\r\n')).toHaveLength(FIXTURE_PAGES.length + 2);
    expect(JSON.parse(reportToJson(report)).totals.charsChanged).toBe(
      report.pages.reduce((n, r) => n + r.charsChanged, 0),
    );
  });
});
