import { wordsOf, type OcrResult } from '../../shared/model/ocr';

/** One edit in OCR-text coordinates. */
export interface ScriptedEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'replace' | 'insert' | 'delete' | 'join' | 'unspace';
}

const HAN = /\p{Script=Han}/u;

/** Deterministic pseudo-random numbers in [0, 1), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A proofreader's session as edits on the OCR text: replace a character in some words, insert and delete words,
 * join the lines of every block, and remove every space between two Han characters. Edits never overlap.
 */
export function scriptedEdits(result: OcrResult, seed: number): ScriptedEdit[] {
  const next = random(seed);
  const text = result.text;
  const edits: ScriptedEdit[] = [];
  const words = wordsOf(result);
  const used = new Set<number>();
  const pick = (): number | undefined => {
    for (let tries = 0; tries < 50; tries++) {
      const i = Math.floor(next() * words.length);
      if (!used.has(i) && !used.has(i - 1) && !used.has(i + 1)) {
        used.add(i);
        return i;
      }
    }
    return undefined;
  };
  for (let n = 0; n < 12; n++) {
    const i = pick();
    const word = i === undefined ? undefined : words[i];
    if (!word) continue;
    const { start, end } = word.range;
    const han = HAN.test(word.text);
    switch (n % 3) {
      case 0:
        edits.push({ start, end: start + 1, text: han ? '〇' : 'Q', kind: 'replace' });
        break;
      case 1:
        edits.push({ start: end, end, text: han ? '补字' : ' extra', kind: 'insert' });
        break;
      default: {
        const spaceAfter = text[end] === ' ' ? 1 : 0;
        edits.push({ start, end: end + spaceAfter, text: '', kind: 'delete' });
      }
    }
  }
  // Join lines inside blocks: a single newline between two non-blank lines.
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] !== '\n' || text[i - 1] === '\n' || text[i + 1] === '\n') continue;
    const before = text[i - 1] as string;
    const after = text[i + 1] as string;
    const cjk = HAN.test(before) || HAN.test(after);
    edits.push({ start: i, end: i + 1, text: cjk ? '' : ' ', kind: 'join' });
  }
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === ' ' && HAN.test(text[i - 1] as string) && HAN.test(text[i + 1] as string))
      edits.push({ start: i, end: i + 1, text: '', kind: 'unspace' });
  }
  return withoutOverlaps(edits);
}

/** Keeps the word edits and drops any layout edit that touches one, so each edit stays separately checkable. */
function withoutOverlaps(edits: ScriptedEdit[]): ScriptedEdit[] {
  const isWordEdit = (e: ScriptedEdit): boolean => e.kind !== 'join' && e.kind !== 'unspace';
  const words = edits.filter(isWordEdit);
  const layout = edits.filter(
    (e) => !isWordEdit(e) && !words.some((w) => e.start <= w.end && e.end >= w.start),
  );
  return [...words, ...layout].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies non-overlapping edits given in original coordinates. */
export function applyEdits(text: string, edits: readonly ScriptedEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** Where an original offset lands after the edits; text inserted at the offset comes before it. */
export function shiftOffset(offset: number, edits: readonly ScriptedEdit[]): number {
  let delta = 0;
  for (const edit of edits) {
    if (edit.end <= offset) delta += edit.text.length - (edit.end - edit.start);
    else if (edit.start < offset) return edit.start + delta;
  }
  return offset + delta;
}

/** True when an edit changes the word's own characters (an edit that only touches its edges leaves it whole). */
export function touchesWord(range: { start: number; end: number }, edits: readonly ScriptedEdit[]): boolean {
  return edits.some(
    (e) =>
      (e.start < range.end && e.end > range.start) ||
      (e.start === e.end && e.start > range.start && e.start < range.end),
  );
}
