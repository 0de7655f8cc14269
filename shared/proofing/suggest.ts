/**
 * Spelling suggestions ranked the way a copy editor thinks about a slip: by how the word was
 * most likely mistyped or misheard, then by how common the candidate is.
 *
 * Hunspell (through nspell) proposes words one edit away and misses most two-edit slips
 * ("nessasarily"); so common words of a similar length that share the first letter are also
 * compared directly, a few hundred bounded comparisons per flagged word.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** The cost of each kind of slip: sounds-alike and doubled letters are cheap, others cost 1. */
function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.5;
  // Letters that stand for the same sound: c/s/k, f/ph-ish, z/s.
  const pair = a < b ? a + b : b + a;
  if (pair === 'cs' || pair === 'ck' || pair === 'sz' || pair === 'gj') return 0.6;
  return 1;
}

function indel(word: string, i: number): number {
  const c = word[i]!;
  // A doubled letter typed once or twice ("comuters", "unsucessfull") is the cheapest slip.
  if (word[i - 1] === c || word[i + 1] === c) return 0.4;
  if (VOWELS.has(c) || c === 'h') return 0.6;
  return 1;
}

/**
 * Weighted Damerau-Levenshtein distance from a typed word to a candidate, giving up (returning
 * Infinity) once every path costs more than `limit`.
 */
export function slipDistance(typed: string, candidate: string, limit = 2.5): number {
  const a = typed;
  const b = candidate;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i === 0 ? 0 : d[(i - 1) * cols]! + indel(a, i - 1);
  for (let j = 1; j < cols; j++) d[j] = d[j - 1]! + indel(b, j - 1);
  for (let i = 1; i < rows; i++) {
    let best = Infinity;
    for (let j = 1; j < cols; j++) {
      let cost = Math.min(
        d[(i - 1) * cols + j]! + indel(a, i - 1),
        d[i * cols + j - 1]! + indel(b, j - 1),
        d[(i - 1) * cols + j - 1]! + substitution(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2])
        cost = Math.min(cost, d[(i - 2) * cols + j - 2]! + 0.8);
      d[i * cols + j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return Infinity;
  }
  const result = d[rows * cols - 1]!;
  return result > limit ? Infinity : result;
}

// Letter counts, to reject most candidates before the distance: every slip costs at least
// 0.25 per letter of difference between the two words' bags of letters.
function letterBag(word: string): Uint8Array {
  const bag = new Uint8Array(27);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    bag[c >= 0 && c < 26 ? c : 26]! += 1;
  }
  return bag;
}

function bagDifference(a: Uint8Array, b: Uint8Array): number {
  let diff = 0;
  for (let i = 0; i < 27; i++) diff += Math.abs(a[i]! - b[i]!);
  return diff;
}

/** Common words grouped by first letter and length, for the direct comparison. */
export class CommonWordIndex {
  private readonly buckets = new Map<string, Array<{ word: string; bag: Uint8Array }>>();
  private readonly memo = new Map<string, Array<{ word: string; distance: number }>>();

  public constructor(private readonly sizes: ReadonlyMap<string, number>) {
    for (const word of sizes.keys()) {
      const key = `${word[0]}${word.length}`;
      const entry = { word, bag: letterBag(word) };
      const list = this.buckets.get(key);
      if (list) list.push(entry);
      else this.buckets.set(key, [entry]);
    }
  }

  /** SCOWL size of a common word (10 = most common), or undefined when not common. */
  public size(word: string): number | undefined {
    return this.sizes.get(word);
  }

  /** Common words within `limit` of `typed` (same first letter, length within two). */
  public near(typed: string, limit = 2): Array<{ word: string; distance: number }> {
    const key = `${limit}:${typed}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const bag = letterBag(typed);
    const found: Array<{ word: string; distance: number }> = [];
    for (let length = typed.length - 2; length <= typed.length + 2; length++) {
      if (Math.abs(length - typed.length) * 0.4 > limit) continue;
      for (const entry of this.buckets.get(`${typed[0]}${length}`) ?? []) {
        if (bagDifference(bag, entry.bag) * 0.25 > limit) continue;
        const distance = slipDistance(typed, entry.word, limit);
        if (distance !== Infinity) found.push({ word: entry.word, distance });
      }
    }
    if (this.memo.size > 5_000) this.memo.clear();
    this.memo.set(key, found);
    return found;
  }
}

// How much a candidate's rarity counts against it, by SCOWL size.
function rarity(index: CommonWordIndex | undefined, word: string): number {
  const size = index?.size(word.toLowerCase());
  if (size === undefined) return 0.6;
  return size <= 10 ? 0 : size <= 20 ? 0.15 : 0.35;
}

/**
 * Suggestions for a misspelled lowercase word: the dictionary's own and common words within
 * two slips, ordered by slip cost plus rarity.
 */
export function rankedSuggestions(
  typed: string,
  fromDictionary: ReadonlyArray<string> | (() => ReadonlyArray<string>),
  index: CommonWordIndex | undefined,
): string[] {
  const lower = typed.toLowerCase();
  const scores = new Map<string, number>();
  const consider = (word: string, distance: number): void => {
    const score = distance + rarity(index, word);
    const previous = scores.get(word);
    if (previous === undefined || score < previous) scores.set(word, score);
  };
  if (index && lower.length >= 4)
    for (const { word, distance } of index.near(lower, 2)) consider(word, distance);
  // The dictionary is slow for some words (hundreds of milliseconds in nspell); it is asked
  // only when no common word is a close fit.
  const closeFit = [...scores.values()].some((score) => score <= 1.2);
  const dictionary =
    typeof fromDictionary === 'function' ? (closeFit ? [] : fromDictionary()) : fromDictionary;
  dictionary.forEach((word, order) => {
    const distance = slipDistance(lower, word.toLowerCase(), 3);
    // Multi-word or far suggestions keep the dictionary's order, after the close ones.
    consider(word, distance === Infinity ? 3 + order * 0.01 : distance);
  });
  return [...scores.entries()].sort((x, y) => x[1] - y[1]).map(([word]) => word);
}
