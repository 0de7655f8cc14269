/**
 * Sound-alike words and how likely a word is after another (resources/word-pairs.txt, from
 * the CMU Sphinx US English language model).
 *
 * Loading only notes where each word's line is. Its pairs are fixed-width cells sorted by
 * word number, searched in place in the text: parsing the 343,000 pairs into Maps or arrays
 * cost 25-150 ms at start or in the first check; the search reads about a dozen cells.
 */
export class WordPairs {
  private readonly text: string;
  private readonly ids = new Map<string, number>();
  private readonly sounds = new Map<string, ReadonlyArray<string>>();
  /** Where each word's numbers start, and its cells. */
  private readonly numbersAt: Int32Array;
  private readonly cellsAt: Int32Array;
  private readonly cellsEnd: Int32Array;
  private readonly unigram: Float32Array;
  private readonly backoff: Float32Array;

  public constructor(text: string) {
    this.text = text;
    const lines = indexLines(text, this.ids);
    this.numbersAt = lines.numbersAt;
    this.cellsAt = lines.cellsAt;
    this.cellsEnd = lines.cellsEnd;
    for (const set of lines.sets) this.addSounds(set.split(' '));
    this.unigram = new Float32Array(this.numbersAt.length).fill(Number.NaN);
    this.backoff = new Float32Array(this.numbersAt.length);
  }

  /** Words that sound like `word` (lowercase), or undefined. */
  public soundAlikes(word: string): ReadonlyArray<string> | undefined {
    return this.sounds.get(word);
  }

  /** Whether the model knows the word (lowercase; "<s>" opens a sentence, "</s>" ends it). */
  public has(word: string): boolean {
    return this.ids.has(word);
  }

  /**
   * log10 of the probability of `next` after `word`; with no word before (unknown, or a
   * break the model has no mark for), the probability of `next` on its own.
   */
  public logProb(word: string | undefined, next: string): number {
    const nextId = this.ids.get(next);
    if (nextId === undefined) return UNKNOWN;
    const id = word === undefined ? undefined : this.ids.get(word);
    if (id === undefined) return this.unigramOf(nextId);
    const text = this.text;
    let low = 0;
    let high = (this.cellsEnd[id]! - this.cellsAt[id]!) / CELL - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.cellsAt[id]! + middle * CELL;
      const found =
        ((text.charCodeAt(at) - ZERO) << 12) |
        ((text.charCodeAt(at + 1) - ZERO) << 6) |
        (text.charCodeAt(at + 2) - ZERO);
      if (found === nextId) return -(text.charCodeAt(at + 3) - ZERO) * STEP;
      if (found < nextId) low = middle + 1;
      else high = middle - 1;
    }
    this.unigramOf(id);
    return this.backoff[id]! + this.unigramOf(nextId);
  }

  /** log10 of the probability of a word on its own (lowercase), or undefined if unknown. */
  public alone(word: string): number | undefined {
    const id = this.ids.get(word);
    return id === undefined ? undefined : this.unigramOf(id);
  }

  private unigramOf(id: number): number {
    const known = this.unigram[id]!;
    if (!Number.isNaN(known)) return known;
    const from = this.numbersAt[id]!;
    const [unigram, backoff] = this.text.slice(from, this.cellsAt[id]! - 1).split(' ');
    this.unigram[id] = Number(unigram) / 10;
    this.backoff[id] = Number(backoff) / 10;
    return this.unigram[id]!;
  }

  private addSounds(set: ReadonlyArray<string>): void {
    for (const word of set) {
      const others = set.filter((other) => other !== word);
      const known = this.sounds.get(word);
      this.sounds.set(word, known ? [...new Set([...known, ...others])] : others);
    }
  }
}

// Where each word's line, numbers and cells are; the sound-alike lines as written. A small
// function of its own: V8 compiles a short loop long before it would a constructor's.
function indexLines(
  text: string,
  ids: Map<string, number>,
): { numbersAt: Int32Array; cellsAt: Int32Array; cellsEnd: Int32Array; sets: string[] } {
  const numbersAt: number[] = [];
  const cellsAt: number[] = [];
  const cellsEnd: number[] = [];
  const sets: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const first = text.charCodeAt(at);
    if (first === EQUALS) sets.push(text.slice(at + 1, end));
    else if (end > at && first !== HASH) {
      const space = text.indexOf(' ', at);
      ids.set(text.slice(at, space), numbersAt.length);
      numbersAt.push(space + 1);
      cellsAt.push(text.indexOf(' ', text.indexOf(' ', space + 1) + 1) + 1);
      cellsEnd.push(end);
    }
    at = end + 1;
  }
  return {
    numbersAt: Int32Array.from(numbersAt),
    cellsAt: Int32Array.from(cellsAt),
    cellsEnd: Int32Array.from(cellsEnd),
    sets,
  };
}

/** What a word the model lacks scores: rarer than any word it has. */
const UNKNOWN = -7;
const EQUALS = 61;
const HASH = 35;
/** A cell: the next word's number in three base-64 digits from "0", then its probability. */
const CELL = 4;
const ZERO = 48;
/** The probability's digit counts steps of this much log10. */
const STEP = 0.15;
