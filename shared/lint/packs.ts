import type { PackName, RulePack, RuleSetting } from './types';

const on: RuleSetting = { enabled: true, safeFixes: true };
const flagOnly: RuleSetting = { enabled: true, safeFixes: false };

/** Half-width → full-width marks for simplified Chinese (GB/T 15834). */
const MAINLAND_PUNCTUATION: Readonly<Record<string, string>> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '%': '％',
};

/** Taiwan and Hong Kong use the same full-width marks; quotations take corner brackets. */
const TAIWAN_HK_PUNCTUATION: Readonly<Record<string, string>> = { ...MAINLAND_PUNCTUATION };

/**
 * The three house styles. `mainland`: simplified Chinese print, all rules, safe fixes on. `taiwan-hk`: the same
 * checks with 「」 quotes. `faithful`: keep the print as it is — everything is flagged, nothing is safe to apply
 * blind, and style rules (mixed spacing, width forms) only inform.
 */
export const RULE_PACKS: Readonly<Record<PackName, RulePack>> = {
  mainland: {
    name: 'mainland',
    label: { en: 'Mainland (simplified)', zh: '大陆（简体）' },
    rules: {},
    punctuation: MAINLAND_PUNCTUATION,
    quotes: ['“', '”'],
  },
  'taiwan-hk': {
    name: 'taiwan-hk',
    label: { en: 'Taiwan / Hong Kong', zh: '台湾 / 香港' },
    rules: {},
    punctuation: TAIWAN_HK_PUNCTUATION,
    quotes: ['「', '」'],
  },
  faithful: {
    name: 'faithful',
    label: { en: 'Faithful to print (flag only)', zh: '忠于原版（仅标记）' },
    rules: {
      '*': flagOnly,
      'mixed-script-space': { enabled: true, severity: 'info', safeFixes: false },
      'width-consistency': { enabled: true, severity: 'info', safeFixes: false },
      'halfwidth-punctuation': { enabled: true, severity: 'info', safeFixes: false },
    },
    punctuation: MAINLAND_PUNCTUATION,
    quotes: ['“', '”'],
  },
};

/** Names a pack can be chosen by. */
export const PACK_NAMES = Object.keys(RULE_PACKS) as PackName[];

/** The setting a pack gives a rule: its own entry, else its `*` entry, else on with safe fixes. */
export function ruleSetting(pack: RulePack, ruleId: string): RuleSetting {
  return pack.rules[ruleId] ?? pack.rules['*'] ?? on;
}

/** The pack for a name or a pack object; `mainland` by default. */
export function resolvePack(pack: PackName | RulePack | undefined): RulePack {
  if (pack === undefined) return RULE_PACKS.mainland;
  return typeof pack === 'string' ? RULE_PACKS[pack] : pack;
}

/** True when `name` names a pack. */
export function isPackName(name: string): name is PackName {
  return (PACK_NAMES as string[]).includes(name);
}
