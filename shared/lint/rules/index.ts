import type { Rule } from '../types';
import { blankLineRule } from './blank-line';
import { cjkSpaceRule } from './cjk-space';
import { latinSpaceRule } from './latin-space';
import { lineBreakRule } from './line-break';
import { mixedScriptSpaceRule } from './mixed-script-space';
import { numberSpaceRule } from './number-space';
import { punctuationSpaceRule } from './punctuation-space';

/** Every rule, in the order their findings are listed for the same offset. */
export const ALL_RULES: readonly Rule[] = [
  cjkSpaceRule,
  punctuationSpaceRule,
  numberSpaceRule,
  mixedScriptSpaceRule,
  latinSpaceRule,
  lineBreakRule,
  blankLineRule,
];
