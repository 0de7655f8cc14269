/**
 * A multiset of words keyed by a 32-bit hash of each word, in typed arrays.
 *
 * The checkpoint estimate runs on every autosave of a story that changed; a rewritten
 * 20,000-word story put every word through a Map<string, number>, and the substrings and
 * map entries were most of the save's time. Hashing in place allocates nothing per word. Two
 * different words with the same hash count as one: a rare miscount in an estimate.
 */
export class WordBag {
  private keys: Uint32Array;
  private counts: Int32Array;
  private mask: number;
  private used = 0;
  /** How many words `takeAll` found in the bag, over all calls. */
  public taken = 0;

  public constructor(expectedWords: number) {
    let size = 64;
    while (size < expectedWords * 2) size <<= 1;
    this.keys = new Uint32Array(size);
    this.counts = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Adds every word of `text` (runs of characters other than white space and ¶). */
  public addAll(text: string): number {
    let words = 0;
    forEachWordHash(text, (hash) => {
      this.add(hash);
      words++;
    });
    return words;
  }

  /** Takes each word of `text` out of the bag; returns how many were not in it. */
  public takeAll(text: string): number {
    let missing = 0;
    forEachWordHash(text, (hash) => {
      if (!this.take(hash)) missing++;
    });
    return missing;
  }

  private slot(hash: number): number {
    let i = hash & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== hash) i = (i + 1) & this.mask;
    return i;
  }

  private add(hash: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(hash);
    if (this.keys[i] === 0) {
      this.keys[i] = hash;
      this.used++;
    }
    this.counts[i]!++;
  }

  private take(hash: number): boolean {
    const i = this.slot(hash);
    if (this.keys[i] === 0 || this.counts[i] === 0) return false;
    this.counts[i]!--;
    this.taken++;
    return true;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let k = 0; k < keys.length; k++) {
      if (keys[k] === 0) continue;
      const i = this.slot(keys[k]!);
      this.keys[i] = keys[k]!;
      this.counts[i] = counts[k]!;
    }
  }
}

const PILCROW = 0xb6;

function isSeparator(code: number): boolean {
  // White space as \s knows it for news copy (ASCII, no-break, the Unicode spaces) and ¶.
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === PILCROW ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// FNV-1a over UTF-16 code units; 0 is kept free to mark an empty slot.
function forEachWordHash(text: string, visit: (hash: number) => void): void {
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) {
      if (inWord) visit(hash >>> 0 || 1);
      inWord = false;
      hash = 0x811c9dc5;
      continue;
    }
    inWord = true;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  if (inWord) visit(hash >>> 0 || 1);
}
