import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createIncrementalLinter, lint } from '../../../../shared/lint/engine';
import { ignoreEntryFor } from '../../../../shared/lint/ignore';
import type { LintContext, Locale, PackName } from '../../../../shared/lint/types';
import type { Finding } from '../../../../shared/model';
import { FIXTURE_PAGES, loadFixtureOcr, spacedVariant } from '../../../support/fixture-ocr';

const FIXTURES = join(__dirname, '../../../fixtures');
/** Brotli-compressed JSON: the findings of every case are ~9 MB as plain JSON, ~140 KB compressed. */
const GOLDEN = join(FIXTURES, 'golden', 'lint', 'findings.json.br');
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } };
const PACKS: readonly PackName[] = ['mainland', 'taiwan-hk', 'faithful'];
const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

interface Case {
  readonly name: string;
  readonly text: string;
  readonly context: LintContext;
}

/** Every text the engine is pinned on: the seed, each fixture text, and all of them in one document. */
function texts(): [string, string][] {
  const out: [string, string][] = [
    ['seed', readFileSync(join(FIXTURES, 'seed/000_0f2d5836bb069117.txt'), 'utf8')],
  ];
  for (const page of FIXTURE_PAGES) {
    const dir = join(FIXTURES, 'pages', page);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      out.push([`${page}/${file}`, readFileSync(join(dir, file), 'utf8')]);
    }
  }
  out.push(['all', out.map(([, t]) => t).join('\n\n')]);
  return out;
}

/** Short texts that reach the rules and branches the fixture pages do not (taken from the rule tests' traps). */
const TRAPS: readonly string[] = [
  '',
  ' \n\n \n',
  '共有4 123户村民参加。裸露面积减少126. 61公顷。In 1916 3 men came.',
  'as it was delightfully phrased ; that is  to say ( word ) and the Magnetberg — that mountain',
  'and a conclusion -- thus: wait . . . now',
  '昌吉州开展大气污染防治四大专项行动—\n—聚焦秋冬季大气污染防治……\n……系列报道之四\n——聚焦',
  'And tbe night came on, arid again my master took tlie l1ght. The 2nd page of A4 paper, the mp3 file, frorn w0rd.',
  '昌吉州|开展大气污染防治，今年 l 月至11月。医院做了B超和X光检查，A股上涨。的 x 地',
  'Тhe night came. 昌ji吉市, αβc word',
  '清扫率由60%上升至80%以上，全面落实“6个100％”，区域100%划入禁燃区。共有12项措施，完成135台，另有１台。',
  '有效处置各类扬尘事件 391 起，面积 126 公顷，共 12 台 AQI 指数，另有5台和PM2.5超标。',
  '据悉,，今天。。明天！！好吗？?对;；',
  'HISTORIAN, n. A broad-\ngauge gossip, a broad-gauge man and a long\nwinded trans-\nport of words, transport.',
  '今年，为做好大气污染防治\n，工作（\n州党委、人民政府统筹谋\n划，制定了一系列大气污染防治\n专项方案。',
  '他说：“你好（世界。‘引号’「甲」『乙』【丙\n\n】多余）的 it’s fine (ok）',
  '今年，昌吉市坚持群众需求导向，积极探索推行社会矛盾纠纷多元调处化解机制，昌吉市坚\n\n简讯\n\n持群众需求导向。',
  '为木垒县加快经济发展注入了强劲内生动力。\n\n本报记者 巨海成摄\n',
  '完 成 目 标 任 务 的 一 些 事 情\n\n全 年 抽 测 柴油 货车 13825 辆 、 非 道路 移动 机 械 184 辆 。',
  '吴慧芳报道: 近日,昌吉地区出现轻度污染; AQI (空气质量指数)较高. 他说 “ 乌昌石 ” 区域',
  '第一行内容比较长的句子\r\n第二行接着写完。\r\n\r\n第三段\r\n',
  'A Cynic’s Word Book\n\nABSURDITY, n. A\nstatement or belief manifestly\n\ninconsistent with one’s own opinion.',
];

function cases(): Case[] {
  const out: Case[] = [];
  const all = texts();
  for (const [name, text] of all) {
    for (const pack of PACKS) {
      for (const locale of LOCALES)
        out.push({ name: `${name} ${pack} ${locale}`, text, context: { pack, locale } });
    }
  }
  TRAPS.forEach((text, k) => {
    for (const pack of PACKS) {
      for (const locale of LOCALES)
        out.push({ name: `trap ${k} ${pack} ${locale}`, text, context: { pack, locale } });
    }
  });
  // With OCR data (confidences, glyph gaps), at the default threshold and a high one that flags many words.
  for (const page of FIXTURE_PAGES) {
    const ocr = loadFixtureOcr(page);
    for (const [variant, result] of [
      ['hocr', ocr],
      ['spaced', spacedVariant(ocr)],
    ] as const) {
      for (const threshold of [60, 95]) {
        for (const locale of LOCALES) {
          out.push({
            name: `${page} ${variant} ocr@${threshold} ${locale}`,
            text: result.text,
            context: { ocr: result, confidenceThreshold: threshold, locale },
          });
        }
      }
    }
  }
  // An ignore list accepting every third finding.
  for (const [name, text] of all.filter(([n]) => n === 'seed' || n === 'all')) {
    for (const locale of LOCALES) {
      const ignore = lint(text, { locale })
        .filter((_, k) => k % 3 === 0)
        .map((f) => ignoreEntryFor(text, f));
      out.push({ name: `${name} ignore ${locale}`, text, context: { ignore, locale } });
    }
  }
  return out;
}

const CASES = cases();

function actual(): Record<string, Finding[]> {
  return Object.fromEntries(CASES.map((c) => [c.name, lint(c.text, c.context)]));
}

/** The pinned findings; UPDATE_GOLDEN=1 rewrites them from the current engine (review before committing). */
function golden(): Record<string, Finding[]> {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
    mkdirSync(join(GOLDEN, '..'), { recursive: true });
    writeFileSync(GOLDEN, brotliCompressSync(JSON.stringify(actual()), BROTLI));
  }
  return JSON.parse(brotliDecompressSync(readFileSync(GOLDEN)).toString('utf8')) as Record<string, Finding[]>;
}

describe('lint output is pinned', () => {
  const expected = golden();

  it('covers every case', () => {
    expect(Object.keys(expected).sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it.each(CASES.map((c) => [c.name, c] as const))('lint() of %s equals the golden findings', (name, c) => {
    const found = lint(c.text, c.context);
    expect(found).toEqual(expected[name]);
    // Byte for byte, as `jiaokan lint --format json` prints them (key order included).
    expect(JSON.stringify(found)).toBe(JSON.stringify(expected[name]));
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    'check() of %s reads like the golden findings',
    (name, c) => {
      const view = createIncrementalLinter(c.context).check(c.text);
      const want = expected[name] ?? [];
      expect(view.length).toBe(want.length);
      expect(view.toArray()).toEqual(want);
      expect(JSON.stringify(view.toArray())).toBe(JSON.stringify(want));
      expect([...view]).toEqual(want);
      for (let k = 0; k < want.length; k += 97) expect(view.at(k)).toEqual(want[k]);
    },
  );
});
