/**
 * A set of UTF-16 code units answered by one table load. A `Set` of numbers hashes every look-up, and a code
 * read from a typed array of doubles is boxed first: the break rules ask this per line. The table is a bit per
 * code unit (8 KB): a byte per unit made the rules' ten sets 640 KB, sharing the processor's cache with the
 * class table and the text they are asked about.
 */
export class CodeSet {
  private readonly bits = new Int32Array(0x800);

  /** The set of the code units of `chars`. */
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      this.bits[code >>> 5] = (this.bits[code >>> 5] ?? 0) | (1 << (code & 31));
    }
  }

  /** `code` (a UTF-16 code unit) is in the set; false for NaN (`charCodeAt` past the end). */
  has(code: number): boolean {
    // `& 0xffff` keeps the load on integers (NaN becomes 0, which no set holds).
    const c = code & 0xffff;
    return (((this.bits[c >>> 5] ?? 0) >>> (c & 31)) & 1) === 1;
  }
}
