/**
 * TypeScript port of tests/fixtures/score.mjs (the artifact scorer): the same alignment, the same definition
 * of a layout artifact, the same "touches" and the same character error rates. Read that file's header for
 * the metric; keep the two in step.
 */

const WS = /\s/u;

function isWs(cp: number): boolean {
  return WS.test(String.fromCodePoint(cp));
}

function codePoints(s: string): { cps: number[]; offs: number[] } {
  const cps: number[] = [];
  const offs: number[] = [];
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i) ?? 0;
    cps.push(cp);
    offs.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  return { cps, offs };
}

/** Levenshtein distance between two code point arrays. */
export function levenshtein(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = (prev[j - 1] ?? 0) + (ai === b[j - 1] ? 0 : 1);
      const del = (prev[j] ?? 0) + 1;
      const ins = (cur[j - 1] ?? 0) + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m] ?? 0;
}

/** Alignment of a (OCR) to b (truth): map[i] = index in b or -1 (score.mjs `align`). */
export function align(a: readonly number[], b: readonly number[]): Int32Array {
  const n = a.length;
  const m = b.length;
  const map = new Int32Array(n).fill(-1);
  if (n === 0 || m === 0) return map;
  const W = m + 1;
  const bt = new Uint8Array((n + 1) * W);
  let prev = new Uint32Array(W);
  let cur = new Uint32Array(W);
  for (let j = 0; j <= m; j++) {
    prev[j] = j;
    bt[j] = 2;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    bt[i * W] = 1;
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = (prev[j - 1] ?? 0) + (ai === b[j - 1] ? 0 : 1);
      const up = (prev[j] ?? 0) + 1;
      const left = (cur[j - 1] ?? 0) + 1;
      let v = sub;
      let d = 0;
      if (up < v) {
        v = up;
        d = 1;
      }
      if (left < v) {
        v = left;
        d = 2;
      }
      cur[j] = v;
      bt[i * W + j] = d;
    }
    [prev, cur] = [cur, prev];
  }
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const d = bt[i * W + j];
    if (d === 0) {
      map[i - 1] = j - 1;
      i--;
      j--;
    } else if (d === 1) i--;
    else j--;
  }
  return map;
}

/** A layout artifact: a whitespace run of the OCR text that has more than the truth has there. */
export interface Artifact {
  readonly start: number;
  readonly end: number;
  readonly kind: 'space' | 'line' | 'para' | 'hyphen';
  readonly truth: 'none' | 'space' | 'break';
}

/** Artifacts of `ocr` against `truth`, and the runs that cannot be judged (score.mjs `findArtifacts`). */
export function findArtifacts(
  ocr: string,
  truth: string,
): { artifacts: Artifact[]; unjudgedRuns: { start: number; end: number }[] } {
  const o = codePoints(ocr);
  const t = codePoints(truth);
  const oIdx: number[] = [];
  for (let k = 0; k < o.cps.length; k++) if (!isWs(o.cps[k] ?? 0)) oIdx.push(k);
  const tIdx: number[] = [];
  for (let k = 0; k < t.cps.length; k++) if (!isWs(t.cps[k] ?? 0)) tIdx.push(k);
  const map = align(
    oIdx.map((k) => o.cps[k] ?? 0),
    tIdx.map((k) => t.cps[k] ?? 0),
  );
  const artifacts: Artifact[] = [];
  const unjudgedRuns: { start: number; end: number }[] = [];
  for (let r = 0; r + 1 < oIdx.length; r++) {
    const a = oIdx[r] ?? 0;
    const b = oIdx[r + 1] ?? 0;
    if (b === a + 1) continue;
    const startU16 = o.offs[a + 1] ?? 0;
    const endU16 = o.offs[b] ?? 0;
    const run = ocr.slice(startU16, endU16);
    const nl = (run.match(/\n|\r\n?|\u2028|\u2029/g) ?? []).length;
    const ocrKind = nl === 0 ? 'space' : nl === 1 ? 'line' : 'para';
    const mr = map[r] ?? -1;
    const mr1 = map[r + 1] ?? -1;
    if (mr < 0 || mr1 < 0) {
      const hyphen = [0x2d, 0xad, 0x2010, 0x2011].includes(o.cps[a] ?? 0);
      if (
        hyphen &&
        nl === 1 &&
        mr < 0 &&
        mr1 >= 0 &&
        r > 0 &&
        (map[r - 1] ?? -1) >= 0 &&
        tIdx[mr1] === (tIdx[map[r - 1] ?? 0] ?? 0) + 1
      ) {
        artifacts.push({ start: o.offs[a] ?? 0, end: endU16, kind: 'hyphen', truth: 'none' });
        continue;
      }
      unjudgedRuns.push({ start: o.offs[Math.max(0, a)] ?? 0, end: (o.offs[b] ?? 0) + 1 });
      continue;
    }
    const tp = tIdx[mr] ?? 0;
    const tn = tIdx[mr1] ?? 0;
    let truthKind: Artifact['truth'] = 'none';
    for (let k = tp + 1; k < tn; k++) {
      const cp = t.cps[k] ?? 0;
      if (cp === 10 || cp === 13 || cp === 0x2028 || cp === 0x2029) {
        truthKind = 'break';
        break;
      }
      if (isWs(cp)) truthKind = 'space';
    }
    const isArtifact = truthKind === 'none' || (truthKind === 'space' && ocrKind !== 'space');
    if (isArtifact) artifacts.push({ start: startU16, end: endU16, kind: ocrKind, truth: truthKind });
  }
  return { artifacts, unjudgedRuns };
}

/** Closed-interval intersection, as score.mjs counts a finding touching an artifact. */
export function touches(f: { start: number; end: number }, a: { start: number; end: number }): boolean {
  return f.start <= a.end && f.end >= a.start;
}

/** Recall and precision of findings against the artifacts (score.mjs `flags`). */
export function flagScore(
  ocr: string,
  truth: string,
  findings: readonly { start: number; end: number }[],
): { recall: number; precision: number; artifacts: number; findings: number } {
  const { artifacts, unjudgedRuns } = findArtifacts(ocr, truth);
  const hitA = artifacts.filter((a) => findings.some((f) => touches(f, a)));
  const hitF = findings.filter((f) => artifacts.some((a) => touches(f, a)));
  const neutral = findings.filter((f) => !hitF.includes(f) && unjudgedRuns.some((u) => touches(f, u)));
  const judged = findings.length - neutral.length;
  return {
    recall: artifacts.length ? hitA.length / artifacts.length : NaN,
    precision: judged ? hitF.length / judged : NaN,
    artifacts: artifacts.length,
    findings: findings.length,
  };
}

/** Character error rates (score.mjs `cer`): raw, and with all whitespace removed from both texts. */
export function cer(truth: string, candidate: string): { raw: number; nows: number } {
  const norm = (s: string): string => s.replace(/\r\n?/g, '\n').replace(/^\s+|\s+$/g, '');
  const tc = [...norm(truth)].map((x) => x.codePointAt(0) ?? 0);
  const cc = [...norm(candidate)].map((x) => x.codePointAt(0) ?? 0);
  const tn = tc.filter((x) => !isWs(x));
  const cn = cc.filter((x) => !isWs(x));
  return { raw: levenshtein(tc, cc) / tc.length, nows: levenshtein(tn, cn) / tn.length };
}

/** The OCR text with every artifact repaired to what the truth has there: the floor a perfect repair reaches. */
export function repairArtifacts(ocr: string, truth: string): string {
  const { artifacts } = findArtifacts(ocr, truth);
  let out = '';
  let at = 0;
  for (const a of [...artifacts].sort((x, y) => x.start - y.start)) {
    out += ocr.slice(at, a.start) + (a.truth === 'space' ? ' ' : '');
    at = a.end;
  }
  return out + ocr.slice(at);
}
