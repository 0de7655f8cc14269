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
  /** Words added after loading (newsroom words, their plurals and possessives). */
  private readonly added = new Set<string>();
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
      let slot = hashRange(text, starts[id]!, lengths[id]!) & this.mask;
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
    if (this.added.has(word)) return true;
    const length = word.length;
    let slot = hashRange(word, 0, length) & this.mask;
    for (let id = this.table[slot]!; id !== -1; id = this.table[slot]!) {
      if (this.lengths[id] === length && this.matches(id, word)) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }

  public add(word: string): void {
    if (!this.has(word)) this.added.add(word);
  }

  /** Every word, made into strings only when asked (the suggestion index's first use). */
  public *[Symbol.iterator](): Iterator<string> {
    for (const id of this.table) {
      if (id === -1) continue;
      const start = this.starts[id]!;
      yield this.text.slice(start, start + this.lengths[id]!);
    }
    yield* this.added;
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

// FNV-1a over UTF-16 code units, mixed at the end so the low bits (the table index) spread.
function hashRange(text: string, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ text.charCodeAt(start + k), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}
