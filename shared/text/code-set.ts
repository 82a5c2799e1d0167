/**
 * A set of UTF-16 code units answered by one table load. A `Set` of numbers hashes every look-up, and a code
 * read from a typed array of doubles is boxed first: the break rules ask this per line.
 */
export class CodeSet {
  private readonly table = new Uint8Array(0x10000);

  /** The set of the code units of `chars`. */
  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) this.table[chars.charCodeAt(i)] = 1;
  }

  /** `code` (a UTF-16 code unit) is in the set; false for NaN (`charCodeAt` past the end). */
  has(code: number): boolean {
    // `& 0xffff` keeps the load on integers (NaN becomes 0, which no set holds).
    return this.table[code & 0xffff] === 1;
  }
}
