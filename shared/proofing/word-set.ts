import { hashText } from './splice';
import type { Splice } from './splice';

/**
 * A set of words read straight from a word list's text (one per line, `#` comments): an
 * open-addressing hash table of line offsets in typed arrays, so a worker's start-up does not
 * make a hundred thousand strings and hash them into a Set (half of the speller's start-up
 * went there). A lookup hashes the word, then compares it with the text at the offsets found.
 */
export class WordSet implements Iterable<string> {
  private readonly starts: Int32Array;
  private readonly lengths: Uint16Array;
  private readonly table: Int32Array;
  private readonly mask: number;
  /** Words added after loading (newsroom words, their plurals and possessives), by hash. */
  private readonly added = new Map<number, string[]>();
  public readonly size: number;

  public constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    const starts = new Int32Array(lines);
    const lengths = new Uint16Array(lines);
    let count = 0;
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      let s = start;
      let e = end;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      // Blank lines and comments are not words.
      if (e > s && text.charCodeAt(s) !== 35) {
        starts[count] = s;
        lengths[count] = Math.min(e - s, 0xffff);
        count++;
      }
      start = end + 1;
    }
    let size = 1024;
    while (size < count * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size).fill(-1);
    this.starts = starts;
    this.lengths = lengths;
    let unique = 0;
    for (let id = 0; id < count; id++) {
      let slot = hashText(text, starts[id]!, lengths[id]!) & this.mask;
      let duplicate = false;
      for (let other = this.table[slot]!; other !== -1; other = this.table[slot]!) {
        if (this.sameEntries(other, id)) {
          duplicate = true;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
      if (duplicate) continue;
      this.table[slot] = id;
      unique++;
    }
    this.size = unique;
  }

  public has(word: string): boolean {
    const length = word.length;
    const hash = hashText(word);
    if (this.added.size > 0 && this.added.get(hash)?.includes(word)) return true;
    let slot = hash & this.mask;
    for (let id = this.table[slot]!; id !== -1; id = this.table[slot]!) {
      if (this.lengths[id] === length && this.matches(id, word)) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  /** Whether the list has a one-slip variant of a word, looked up by its hash (see `Splice`). */
  public hasSplice(splice: Splice): boolean {
    const { hash, length } = splice;
    if (length <= 0) return false;
    if (this.added.size > 0) {
      for (const added of this.added.get(hash) ?? [])
        if (splice.equals(added, 0, added.length)) return true;
    }
    let slot = hash & this.mask;
    for (let id = this.table[slot]!; id !== -1; id = this.table[slot]!) {
      if (this.lengths[id] === length && splice.equals(this.text, this.starts[id]!, length))
        return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  public add(word: string): void {
    if (this.has(word)) return;
    const hash = hashText(word);
    const list = this.added.get(hash);
    if (list) list.push(word);
    else this.added.set(hash, [word]);
  }

  /** Every word in the list's order, made into strings only when asked (the suggestion index's first use). */
  public *[Symbol.iterator](): Iterator<string> {
    const listed = new Uint8Array(this.starts.length);
    for (const id of this.table) if (id !== -1) listed[id] = 1;
    for (let id = 0; id < listed.length; id++) {
      if (listed[id] === 0) continue;
      const start = this.starts[id]!;
      yield this.text.slice(start, start + this.lengths[id]!);
    }
    for (const list of this.added.values()) yield* list;
  }

  private matches(id: number, word: string): boolean {
    const start = this.starts[id]!;
    for (let k = 0; k < word.length; k++)
      if (this.text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
    return true;
  }

  private sameEntries(a: number, b: number): boolean {
    const length = this.lengths[a]!;
    if (length !== this.lengths[b]) return false;
    const sa = this.starts[a]!;
    const sb = this.starts[b]!;
    for (let k = 0; k < length; k++)
      if (this.text.charCodeAt(sa + k) !== this.text.charCodeAt(sb + k)) return false;
    return true;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}
