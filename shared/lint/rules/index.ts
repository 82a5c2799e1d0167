import type { Rule } from '../types';
import { blankLineRule } from './blank-line';
import { cjkConfusionRule } from './cjk-confusion';
import { cjkSpaceRule } from './cjk-space';
import { doubledPunctuationRule } from './doubled-punctuation';
import { halfwidthPunctuationRule } from './halfwidth-punctuation';
import { latinScannoRule } from './latin-scanno';
import { latinSpaceRule } from './latin-space';
import { lineBreakRule } from './line-break';
import { lineEdgePunctuationRule } from './line-edge-punctuation';
import { lowConfidenceRule } from './low-confidence';
import { mixedScriptSpaceRule } from './mixed-script-space';
import { mixedScriptTokenRule } from './mixed-script-token';
import { numberSpaceRule } from './number-space';
import { punctuationSpaceRule } from './punctuation-space';
import { splitDashRule } from './split-dash';
import { strandedHeadingRule } from './stranded-heading';
import { strayLatinRule } from './stray-latin';
import { unbalancedBracketsRule } from './unbalanced-brackets';
import { widthConsistencyRule } from './width-consistency';

/** Every rule, in the order their findings are listed for the same offset. */
export const ALL_RULES: readonly Rule[] = [
  cjkSpaceRule,
  punctuationSpaceRule,
  numberSpaceRule,
  mixedScriptSpaceRule,
  latinSpaceRule,
  lineBreakRule,
  blankLineRule,
  lineEdgePunctuationRule,
  splitDashRule,
  halfwidthPunctuationRule,
  widthConsistencyRule,
  unbalancedBracketsRule,
  doubledPunctuationRule,
  lowConfidenceRule,
  latinScannoRule,
  strayLatinRule,
  mixedScriptTokenRule,
  cjkConfusionRule,
  strandedHeadingRule,
];
