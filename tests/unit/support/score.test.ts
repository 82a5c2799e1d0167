import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../support/score';

const FIXTURES = join(__dirname, '../../fixtures');

describe('the TypeScript port of score.mjs', () => {
  it.each(['zh_seed_air/tesseractjs', 'en_devil/tesseract', 'zh_seed_mediation/tesseract'])(
    'lists the same artifacts as score.mjs for %s',
    (name) => {
      const ocrPath = join(FIXTURES, 'pages', `${name}.txt`);
      const truthPath = join(FIXTURES, 'pages', name.split('/')[0] ?? '', 'truth.txt');
      const out = execFileSync('node', [join(FIXTURES, 'score.mjs'), 'artifacts', ocrPath, truthPath], {
        encoding: 'utf8',
      });
      const expected = (JSON.parse(out) as { start: number; end: number; kind: string }[]).map((a) => [
        a.start,
        a.end,
        a.kind,
      ]);
      const ours = findArtifacts(
        readFileSync(ocrPath, 'utf8'),
        readFileSync(truthPath, 'utf8'),
      ).artifacts.map((a) => [a.start, a.end, a.kind]);
      expect(ours).toEqual(expected);
    },
  );
});
