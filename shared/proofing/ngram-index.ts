/**
 * Candidate words for a far misspelling, found by the letter pairs they share with it.
 *
 * The slip-distance comparison only reaches words two slips away that start with the same
 * letter. Slips past that ("assignenmentes", "naibhor", a dropped first letter) still keep
 * most of the word's letter pairs, so every known word is indexed by its pairs (with the
 * word's start and end as pairs too) and the words sharing the most pairs are candidates.
 * Postings are flat typed arrays: two hundred thousand words index in tens of milliseconds.
 */

const ALPHABET = 29; // a–z, the word's edge, anything else
const EDGE = 27;

function letterCode(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 65 && code <= 90) return code - 64;
  return 28;
}

/** The codes of a word's letter pairs, edges included ("cat": ^c ca at t$). */
function pairCodes(word: string, out: number[]): number[] {
  out.length = 0;
  let previous = EDGE;
  for (let i = 0; i < word.length; i++) {
    const current = letterCode(word.charCodeAt(i));
    out.push(previous * ALPHABET + current);
    previous = current;
  }
  out.push(previous * ALPHABET + EDGE);
  return out;
}

/** A candidate with the share of letter pairs it has in common with the typed word. */
export interface PairMatch {
  readonly word: string;
  /** Dice coefficient over letter pairs, 0–1. */
  readonly similarity: number;
}

export class NgramIndex {
  private readonly words: string[];
  /** Ids are in order of word length; `byLength[n]` is the first id of a word n letters long. */
  private readonly byLength: Int32Array;
  private readonly starts: Int32Array;
  private readonly postings: Int32Array;
  private readonly scores: Uint8Array;
  private readonly added: string[] = [];

  public constructor(words: Iterable<string>) {
    const all = [...words];
    // Counting sort by length, and two passes over every word's pairs without arrays: this
    // runs when the first misspelling is met, so it must be quick.
    let longest = 0;
    for (const word of all) if (word.length > longest) longest = word.length;
    const byLength = new Int32Array(longest + 2);
    for (const word of all) byLength[word.length + 1]!++;
    for (let n = 1; n < byLength.length; n++) byLength[n]! += byLength[n - 1]!;
    this.byLength = byLength.slice();
    this.words = new Array<string>(all.length);
    for (const word of all) this.words[byLength[word.length]!++] = word;

    const counts = new Int32Array(ALPHABET * ALPHABET + 1);
    for (const word of this.words) {
      let previous = EDGE;
      for (let i = 0; i < word.length; i++) {
        const current = letterCode(word.charCodeAt(i));
        counts[previous * ALPHABET + current + 1]!++;
        previous = current;
      }
      counts[previous * ALPHABET + EDGE + 1]!++;
    }
    for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
    this.starts = counts.slice();
    const postings = new Int32Array(counts[counts.length - 1]!);
    // Filled in id order, so each pair's postings are sorted by id, hence by word length.
    for (let id = 0; id < this.words.length; id++) {
      const word = this.words[id]!;
      let previous = EDGE;
      for (let i = 0; i < word.length; i++) {
        const current = letterCode(word.charCodeAt(i));
        postings[counts[previous * ALPHABET + current]!++] = id;
        previous = current;
      }
      postings[counts[previous * ALPHABET + EDGE]!++] = id;
    }
    this.postings = postings;
    this.scores = new Uint8Array(this.words.length);
  }

  /** Adds a word after construction (the newsroom's and the user's dictionary). */
  public add(word: string): void {
    if (!this.added.includes(word)) this.added.push(word);
  }

  private firstId(length: number): number {
    return this.byLength[Math.max(0, Math.min(length, this.byLength.length - 1))]!;
  }

  // First position in postings[from, to) whose id is at least `id`.
  private seek(from: number, to: number, id: number): number {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.postings[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The `limit` words most alike `typed` by shared letter pairs, most alike first. Only words
   * within `lengthSlack` letters of its length are considered.
   */
  public nearest(typed: string, limit = 40, lengthSlack = 3): PairMatch[] {
    const codes = pairCodes(typed, []);
    const touched: number[] = [];
    const { scores, postings, starts, words } = this;
    const lowId = this.firstId(typed.length - lengthSlack);
    const highId = this.firstId(typed.length + lengthSlack + 1);
    // A repeated pair in the typed word counts once: letters doubled by mistake ("bivwack")
    // should not pull in words full of that pair.
    for (const code of new Set(codes)) {
      const end = this.seek(starts[code]!, starts[code + 1]!, highId);
      for (let k = this.seek(starts[code]!, end, lowId); k < end; k++) {
        const id = postings[k]!;
        if (scores[id] === 0) touched.push(id);
        if (scores[id]! < 255) scores[id]!++;
      }
    }
    const typedPairs = codes.length;
    // Only the words sharing the most pairs are scored: a histogram of shared counts gives
    // the cut that keeps about three times `limit` of them, without sorting thousands.
    const histogram = new Int32Array(256);
    for (const id of touched) histogram[scores[id]!]!++;
    let cut = 255;
    for (let kept = 0; cut > 1 && kept + histogram[cut]! < limit * 3; cut--)
      kept += histogram[cut]!;
    cut = Math.max(cut, Math.floor(typedPairs / 3), 1);
    const found: PairMatch[] = [];
    for (const id of touched) {
      const shared = scores[id]!;
      scores[id] = 0;
      if (shared < cut) continue;
      const word = words[id]!;
      found.push({ word, similarity: (2 * shared) / (typedPairs + word.length + 1) });
    }
    const minShared = cut;
    for (const word of this.added) {
      if (Math.abs(word.length - typed.length) > lengthSlack) continue;
      const pairs = new Set(pairCodes(word, []));
      let shared = 0;
      for (const code of new Set(codes)) if (pairs.has(code)) shared++;
      if (shared >= minShared)
        found.push({ word, similarity: (2 * shared) / (typedPairs + word.length + 1) });
    }
    found.sort((a, b) => b.similarity - a.similarity);
    return found.slice(0, limit);
  }
}
