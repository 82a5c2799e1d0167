import { CharClass, charClass, isWide } from '../../text/char-class';
import { CodeSet } from '../../text/code-set';
import { HAS_HALF_WIDTH_AMONG_WIDE, HAS_WIDE, MARK_HALF_WIDTH } from '../scan';
import type { FindingSink, Message, Rule } from '../types';

const wordings = new Map<string, readonly [Message, Message]>();

/** Message and fix label for one replacement, made once per mark. */
function wording(ch: string, full: string): readonly [Message, Message] {
  const key = ch + full;
  let w = wordings.get(key);
  if (!w) {
    w = [
      { en: `Half-width “${ch}” in Chinese text`, zh: `中文中的半角“${ch}”` },
      { en: `Replace with “${full}”`, zh: `改为“${full}”` },
    ];
    wordings.set(key, w);
  }
  return w;
}

interface MapShape {
  /** Code units that are keys of the map (one-unit keys; no other key can match one code unit). */
  readonly codes: CodeSet;
  /** Every key is a punctuation mark, so only the scan's marks need a look. */
  readonly marksOnly: boolean;
  /** Every key is a half-width mark, so a paragraph without one has nothing for the rule. */
  readonly halfOnly: boolean;
}

const shapes = new WeakMap<object, MapShape>();

function shapeOf(map: Readonly<Record<string, string>>): MapShape {
  let shape = shapes.get(map);
  if (!shape) {
    const keys = Object.keys(map).filter((k) => k.length === 1 && k !== '%');
    shape = {
      codes: new CodeSet(keys.join('')),
      marksOnly: keys.every((k) => {
        const c = charClass(k.charCodeAt(0));
        return c === CharClass.Punctuation || c === CharClass.CjkPunctuation;
      }),
      halfOnly: keys.every((k) => charClass(k.charCodeAt(0)) === CharClass.Punctuation),
    };
    shapes.set(map, shape);
  }
  return shape;
}

/** Class of the nearest non-space code unit from `i` in direction `step`; Newline at a line edge. */
function neighbour(text: string, i: number, step: 1 | -1): CharClass {
  let k = i;
  while (k >= 0 && k < text.length && charClass(text.charCodeAt(k)) === CharClass.Space) k += step;
  return k < 0 || k >= text.length ? CharClass.Newline : charClass(text.charCodeAt(k));
}

/** Report the mark at `i` when it is one of `map`'s half-width marks set in Chinese text. */
function check(
  text: string,
  i: number,
  map: Readonly<Record<string, string>>,
  shape: MapShape,
  out: FindingSink,
): void {
  if (!shape.codes.has(text.charCodeAt(i))) return;
  const before = neighbour(text, i - 1, -1);
  const after = neighbour(text, i + 1, 1);
  const wideBefore = isWide(before);
  const wideAfter = isWide(after);
  // Every mark below needs a wide neighbour; in Latin text none has one, so the map is not asked.
  if (!wideBefore && !wideAfter) return;
  const ch = text[i] ?? '';
  const full = map[ch];
  if (!full || ch === '%') return;
  const digitAround = before === CharClass.Digit && after === CharClass.Digit;
  if (digitAround) return;
  const cjk =
    ch === '('
      ? wideAfter || (wideBefore && after !== CharClass.Latin)
      : ch === ')'
        ? wideBefore || (wideAfter && before !== CharClass.Latin)
        : wideBefore;
  if (!cjk) return;
  const safe = wideBefore && (wideAfter || after === CharClass.Newline || after === CharClass.Digit);
  out.report(i, i + 1, safe ? 1 : 0);
}

/**
 * Half-width `, . ; : ? ! ( )` inside Chinese text (`报道: 近日`, `AQI (空气`): Chinese takes the full-width
 * forms of the rule pack. A period between digits is a decimal point and a mark between Latin words is Latin.
 */
export const halfwidthPunctuationRule: Rule = {
  id: 'halfwidth-punctuation',
  category: 'punctuation',
  severity: 'warning',
  description: { en: 'Half-width punctuation in Chinese text', zh: '中文中使用了半角标点' },
  // Every report needs a wide neighbour, so a paragraph without a wide code unit has nothing; nor, for a pack
  // whose keys are all half-width marks, has one without such a mark.
  needs: (_style, pack) => {
    const shape = shapeOf(pack.punctuation);
    return shape.marksOnly && shape.halfOnly ? HAS_HALF_WIDTH_AMONG_WIDE : HAS_WIDE;
  },
  detect(scan, context, out) {
    const text = scan.text;
    const map = context.pack.punctuation;
    const shape = shapeOf(map);
    if (shape.marksOnly) {
      if (shape.halfOnly && (scan.markKinds & MARK_HALF_WIDTH) === 0) return;
      for (let k = 0; k < scan.markCount; k++) check(text, scan.data[scan.marksAt + k] ?? 0, map, shape, out);
    } else {
      for (let i = 0; i < text.length; i++) check(text, i, map, shape, out);
    }
  },
  materialize(found, out) {
    const ch = out.text[found.start] ?? '';
    const full = out.pack.punctuation[ch] ?? ch;
    const [message, label] = wording(ch, full);
    return out.finding(found.start, found.end, message, [
      out.replace(label, found.variant === 1, found.start, found.end, full),
    ]);
  },
};
