import { RULE_PACKS } from '../../../../shared/lint/packs';
import { ALL_RULES } from '../../../../shared/lint/rules';
import type { PackName } from '../../../../shared/lint/types';
import type { UiLocale } from '../../../../shared/i18n';

const DESCRIPTIONS = new Map(ALL_RULES.map((r) => [r.id, r.description]));

/** A rule's one-line description in the UI language (the rules carry both languages); its id if unknown. */
export function ruleTitle(rule: string, locale: UiLocale): string {
  const description = DESCRIPTIONS.get(rule);
  if (!description) return rule;
  return locale === 'en' ? description.en : description.zh;
}

/** A pack's name in the UI language (the packs carry both languages). */
export function packTitle(pack: PackName, locale: UiLocale): string {
  const label = RULE_PACKS[pack].label;
  return locale === 'en' ? label.en : label.zh;
}
