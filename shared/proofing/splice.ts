/**
 * The word lists' hash, and one-slip variants of a word hashed without building them.
 *
 * The hash is polynomial (each code unit times a power of the base, mod 2^32), so the hash of
 * a word with a few letters cut out and others put in follows from the hashes of its head and
 * tail in a few multiplications. A dictionary-wide "one slip away" asks about a thousand
 * variants of a long word; making and hashing each one as a string was most of its cost.
 */

const BASE = 0x01000193;

let powers = new Uint32Array([1]);

/** BASE^k mod 2^32. */
function power(k: number): number {
  if (k >= powers.length) {
    const grown = new Uint32Array(Math.max(k + 1, powers.length * 2));
    grown.set(powers);
    for (let i = powers.length; i < grown.length; i++)
      grown[i] = Math.imul(grown[i - 1]!, BASE) >>> 0;
    powers = grown;
  }
  return powers[k]!;
}

/** The raw polynomial hash of `length` code units of `text` from `start`. */
function rawHash(text: string, start: number, length: number): number {
  let h = 0;
  for (let k = 0; k < length; k++) h = (Math.imul(h, BASE) + text.charCodeAt(start + k)) >>> 0;
  return h;
}

/** Spreads a raw hash's bits so its low bits (a table's index) depend on every letter. */
export function mix(h: number): number {
  const m = h ^ (h >>> 15);
  return Math.imul(m, 0x2c1b3c6d) >>> 0;
}

/** The hash word lists file a word under. */
export function hashText(text: string, start = 0, length = text.length - start): number {
  return mix(rawHash(text, start, length));
}

function upper(code: number): number {
  if (code >= 97 && code <= 122) return code - 32;
  if (code < 128) return code;
  const up = String.fromCharCode(code).toUpperCase();
  return up.length === 1 ? up.charCodeAt(0) : code;
}

/**
 * A word and one slip applied to it: `remove` code units at `at` replaced by `a` then `b`
 * (-1 for none), the first letter capitalized if `capital`. Set the word once, then each
 * slip; `hash`, `length` and `codeAt` describe the variant.
 */
export class Splice {
  public word = '';
  public at = 0;
  public remove = 0;
  public a = -1;
  public b = -1;
  public capital = false;
  public inserted = 0;
  public length = 0;
  public hash = 0;
  /** prefix[i]: raw hash of the word's first i units; suffix[i]: of the units from i on. */
  private prefix = new Uint32Array(32);
  private suffix = new Uint32Array(32);

  public setWord(word: string): void {
    const n = word.length;
    this.word = word;
    if (this.prefix.length <= n) {
      this.prefix = new Uint32Array(2 * n + 2);
      this.suffix = new Uint32Array(2 * n + 2);
    }
    this.prefix[0] = 0;
    for (let i = 0; i < n; i++)
      this.prefix[i + 1] = (Math.imul(this.prefix[i]!, BASE) + word.charCodeAt(i)) >>> 0;
    this.suffix[n] = 0;
    for (let i = n - 1; i >= 0; i--)
      this.suffix[i] =
        (Math.imul(word.charCodeAt(i), power(n - 1 - i)) + this.suffix[i + 1]!) >>> 0;
  }

  public set(at: number, remove: number, a: number, b: number, capital: boolean): void {
    this.at = at;
    this.remove = remove;
    this.a = a;
    this.b = b;
    this.capital = capital;
    const inserted = a === -1 ? 0 : b === -1 ? 1 : 2;
    this.inserted = inserted;
    const tail = this.word.length - at - remove;
    this.length = at + inserted + tail;
    let h = this.prefix[at]!;
    if (inserted >= 1) h = (Math.imul(h, BASE) + a) >>> 0;
    if (inserted === 2) h = (Math.imul(h, BASE) + b) >>> 0;
    h = (Math.imul(h, power(tail)) + this.suffix[at + remove]!) >>> 0;
    if (capital && this.length > 0) {
      const first = this.codeAt(0, false);
      h = (h + Math.imul(upper(first) - first, power(this.length - 1))) >>> 0;
    }
    this.hash = mix(h);
  }

  /** The variant's code unit at `p`. */
  public codeAt(p: number, capital = this.capital): number {
    const { at, inserted } = this;
    const code =
      p < at
        ? this.word.charCodeAt(p)
        : p < at + inserted
          ? p === at
            ? this.a
            : this.b
          : this.word.charCodeAt(p - inserted + this.remove);
    return p === 0 && capital ? upper(code) : code;
  }

  /** Whether the variant is `length` units of `text` from `start`. */
  public equals(text: string, start: number, length: number): boolean {
    if (length !== this.length) return false;
    for (let p = 0; p < length; p++)
      if (text.charCodeAt(start + p) !== this.codeAt(p)) return false;
    return true;
  }

  /** The variant as a string (for the few that are words). */
  public toString(): string {
    let out = '';
    for (let p = 0; p < this.length; p++) out += String.fromCharCode(this.codeAt(p));
    return out;
  }
}
