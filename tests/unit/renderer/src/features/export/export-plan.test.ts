import { describe, expect, it } from 'vitest';
import {
  planExport,
  type ExportChoices,
  type PlanPage,
} from '../../../../../../renderer/src/features/export/export-plan';

const pages: PlanPage[] = [
  { id: 'p1', label: 'p1', hasOcr: true },
  { id: 'p2', label: 'p2', hasOcr: false },
  { id: 'p3', label: 'scan #3', hasOcr: true },
];

const choices = (overrides: Partial<ExportChoices>): ExportChoices => ({
  scope: 'all',
  range: '',
  format: 'txt',
  mode: 'normalized',
  combined: true,
  ...overrides,
});

describe('planExport', () => {
  it('exports the current page, a page list or every page, in workspace order', () => {
    expect(planExport(choices({ scope: 'current' }), pages, 'p3')).toMatchObject({
      ok: true,
      pageIds: ['p3'],
    });
    expect(planExport(choices({ scope: 'range', range: '3,1' }), pages, null)).toMatchObject({
      pageIds: ['p1', 'p3'],
    });
    expect(planExport(choices({}), pages, null)).toMatchObject({ pageIds: ['p1', 'p2', 'p3'] });
  });

  it('refuses a bad page list and an empty choice', () => {
    expect(planExport(choices({ scope: 'range', range: '2-9' }), pages, null)).toEqual({
      ok: false,
      problem: { kind: 'range', problem: { kind: 'beyond', page: 9, pageCount: 3 } },
    });
    expect(planExport(choices({ scope: 'current' }), pages, null)).toEqual({
      ok: false,
      problem: { kind: 'no-page' },
    });
  });

  it('names the pages never recognized for the formats that need OCR, not for text', () => {
    for (const format of ['hocr', 'alto', 'pdf', 'report'] as const)
      expect(planExport(choices({ format }), pages, null)).toEqual({
        ok: false,
        problem: { kind: 'not-recognized', labels: ['p2'] },
      });
    expect(planExport(choices({ format: 'md' }), pages, null).ok).toBe(true);
  });

  it('drops choices the format ignores: combined for hOCR/ALTO and single pages, the mode for layout formats', () => {
    const layout = planExport(choices({ scope: 'range', range: '1,3', format: 'alto' }), pages, null);
    expect(layout).toMatchObject({ combined: false, mode: 'faithful' });
    expect(planExport(choices({ scope: 'range', range: '1,3', format: 'pdf' }), pages, null)).toMatchObject({
      combined: true,
      mode: 'faithful',
    });
    expect(planExport(choices({ scope: 'current' }), pages, 'p1')).toMatchObject({
      combined: false,
      mode: 'normalized',
    });
  });
});
