import { SoundIndex } from './sound-key';
import {
  distanceFrom,
  indelCosts,
  isVowel,
  OMITTED,
  slipDistance,
  substitution,
} from './slip-distance';
import { parseCommonWords } from './word-list';

export { slipDistance } from './slip-distance';

/**
 * Spelling suggestions ranked the way a copy editor thinks about a slip: by how the word was
 * most likely mistyped or misheard, then by how common the candidate is.
 *
 * Candidates come from three places: every known word one slip away, common words of a
 * similar length that share the first letter (within two weighted slips: "nessasarily"), and
 * the dictionary's words that share the most letter pairs (far slips: "assignenmentes").
 * All are scored by the same weighted slip distance plus rarity.
 */

// Letter counts, to reject most candidates before the distance: every slip costs at least
// 0.25 per letter of difference between the two words' bags of letters.
function letterBag(word: string, bag = new Uint8Array(27), at = 0): Uint8Array {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    bag[at + (c >= 0 && c < 26 ? c : 26)]! += 1;
  }
  return bag;
}

// Which letters a word has, one bit each: letters only one of two words has are a lower
// bound on their bags' difference, found with a few instructions instead of 27 subtractions.
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

// Which letters a word has twice in a row ("committee": m, t, e): typing or dropping one of
// those is the cheapest slip.
function doubledMask(word: string): number {
  let mask = 0;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (word.charCodeAt(i - 1) === word.charCodeAt(i)) mask |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return mask;
}

// The least a letter in one word and not the other can cost, per letter of the bags'
// difference: dropping it, typing it, or half of the cheapest replacement by or for it (a
// replacement accounts for one letter on each side). Summed over the difference, a lower
// bound on the slip distance that rejects most candidates before the distance is computed.
// The letters `near` prices by kind before counting them; they follow `substitution` (a unit
// test compares `near` with a full comparison, so a kind priced too high fails it).
const VOWEL_BITS = letterMask('aeiouy');
const SOUND_BITS = letterMask('cgjksz');
const VOICED_BITS = letterMask('bdfptv');
const ONCE_DROPPED = new Float64Array(27);
const ONCE_OMITTED = new Float64Array(27);
const TWICE = new Float64Array(27);
for (let i = 0; i < 27; i++) {
  const letter = i < 26 ? 97 + i : -1;
  let cheapest = 1;
  for (let other = 97; other <= 122; other++)
    if (other !== letter && letter !== -1)
      cheapest = Math.min(cheapest, substitution(letter, other));
  const soft = letter !== -1 && (isVowel(letter) || letter === 104);
  ONCE_DROPPED[i] = Math.min(soft ? 0.6 : 1, cheapest / 2);
  ONCE_OMITTED[i] = Math.min(soft ? 0.6 : OMITTED, cheapest / 2);
  TWICE[i] = Math.min(0.3, cheapest / 2);
}

/** The common words of one first letter and length, in flat arrays (compared in a tight loop). */
interface Bucket {
  readonly words: string[];
  readonly masks: Int32Array;
  /** Letters each word has twice in a row. */
  readonly doubled: Int32Array;
  /** 27 letter counts per word, one word after another. */
  readonly bags: Uint8Array;
}

const BAG = 27;

export class CommonWordIndex {
  private readonly buckets = new Map<string, Bucket>();
  private readonly memo = new Map<string, Array<{ word: string; distance: number }>>();
  private sounds: SoundIndex | undefined;

  /** Sizes of the rarer words (40, 50), parsed from `rarerText` when first asked. */
  private rarer: ReadonlyMap<string, number> | undefined;

  /**
   * `sizes` ranks every word; only those up to `nearSize` are compared directly. `rarerText`
   * lists rarer words by size in the same form, read only when suggestions are first ranked.
   */
  public constructor(
    private readonly sizes: ReadonlyMap<string, number>,
    nearSize = 35,
    private readonly rarerText = '',
  ) {
    const grouped = new Map<string, string[]>();
    for (const [word, size] of sizes) {
      if (size > nearSize) continue;
      const key = `${word[0]}${word.length}`;
      const list = grouped.get(key);
      if (list) list.push(word);
      else grouped.set(key, [word]);
    }
    for (const [key, words] of grouped) {
      const masks = new Int32Array(words.length);
      const doubled = new Int32Array(words.length);
      const bags = new Uint8Array(words.length * BAG);
      words.forEach((word, n) => {
        masks[n] = letterMask(word);
        doubled[n] = doubledMask(word);
        // Counted straight into the bucket's table: one small array per word was most of the
        // index's build time in every worker's start-up.
        letterBag(word, bags, n * BAG);
      });
      this.buckets.set(key, { words, masks, doubled, bags });
    }
  }

  /** Listed words that sound like `typed` (lowercase); the index is built on first use. */
  public soundingLike(typed: string): ReadonlyArray<string> {
    this.sounds ??= new SoundIndex([...this.sizes.keys(), ...this.rarerSizes().keys()]);
    return this.sounds.like(typed);
  }

  /** SCOWL size of a word (10 = most common, 50 = rarer), or undefined when not listed. */
  public size(word: string): number | undefined {
    return this.sizes.get(word) ?? this.rarerSizes().get(word);
  }

  private rarerSizes(): ReadonlyMap<string, number> {
    this.rarer ??= parseCommonWords(this.rarerText);
    return this.rarer;
  }

  /** Common words within `limit` of `typed` (same first letter, length within two). */
  public near(typed: string, limit = 2): Array<{ word: string; distance: number }> {
    const key = `${limit}:${typed}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const bag = letterBag(typed);
    const mask = letterMask(typed);
    const costs = indelCosts(typed, new Float64Array(typed.length));
    const typedDoubled = doubledMask(typed);
    const surplusCost = new Float64Array(BAG);
    // Both tables read every time (no branch to meet for the first time once optimized).
    for (let i = 0; i < BAG; i++) {
      const twice = (typedDoubled >> i) & 1;
      surplusCost[i] = twice * TWICE[i]! + (1 - twice) * ONCE_DROPPED[i]!;
    }
    const found: Array<{ word: string; distance: number }> = [];
    for (let length = typed.length - 2; length <= typed.length + 2; length++) {
      if (Math.abs(length - typed.length) * 0.4 > limit) continue;
      const bucket = this.buckets.get(`${typed[0]}${length}`);
      if (!bucket) continue;
      const { words, masks, doubled, bags } = bucket;
      for (let n = 0; n < words.length; n++) {
        // First by which letters each word has: each letter only one has costs at least a
        // quarter (vowels), 0.3 (sound-alikes, doubled letters), 0.4 (voiced or voiceless
        // pairs) or 0.45 (a key beside it, struck instead).
        const other = masks[n]!;
        const only = mask ^ other;
        const twice = doubled[n]!;
        const cheaper =
          ((mask & only & (SOUND_BITS | typedDoubled)) | (other & only & (SOUND_BITS | twice))) &
          ~VOWEL_BITS;
        if (
          0.45 * bitCount(only) -
            0.2 * bitCount(only & VOWEL_BITS) -
            0.15 * bitCount(cheaper) -
            0.05 * bitCount(only & VOICED_BITS & ~cheaper) >
          limit + 1e-9
        )
          continue;
        // Then by how many of each: the letters either word has, one bit at a time.
        let bound = 0;
        const at = n * BAG;
        for (let bits = mask | other; bits !== 0 && bound <= limit; bits &= bits - 1) {
          const i = 31 - Math.clz32(bits & -bits);
          const difference = bag[i]! - bags[at + i]!;
          if (difference > 0) bound += difference * surplusCost[i]!;
          else if (difference < 0)
            bound -= difference * ((twice >> i) & 1 ? TWICE[i]! : ONCE_OMITTED[i]!);
        }
        // The bound is a sum of the same costs the distance adds: a hair of rounding is allowed.
        if (bound > limit + 1e-9) continue;
        const distance = distanceFrom(typed, costs, words[n]!, limit);
        if (distance !== Infinity) found.push({ word: words[n]!, distance });
      }
    }
    if (this.memo.size > 5_000) this.memo.clear();
    this.memo.set(key, found);
    return found;
  }
}

/** Slip cost past which a candidate only counts by the letter pairs it shares. */
const FAR = 3.5;

/** What a name costs as the fix of a word typed in lowercase. */
const NAME_FOR_WORD = 0.3;

/** What a word that sounds like the misspelling costs, however many letters apart. */
const BY_EAR = 1.4;

/** A candidate scoring at most this is a likely fix. */
const GOOD_ENOUGH = 1.2;

// How much a candidate's rarity counts against it, by SCOWL size. Graded past 35 by the
// sizes 40 and 50, and words past those cost more: on the cspell list's pairs kept apart
// from the bench's, the right word came first 0.3 points more often.
function rarity(index: CommonWordIndex | undefined, word: string): number {
  const size = index?.size(word.toLowerCase());
  if (size === undefined) return 0.7;
  return size <= 10 ? 0 : size <= 20 ? 0.15 : size <= 35 ? 0.35 : size <= 40 ? 0.4 : 0.5;
}

// A short slip has many words a slip or two away ("culd": cold, could; "afte": fate,
// after), and SCOWL's sizes put most of them among the commonest: how often each is said
// (the language model's unigram, resources/word-pairs.txt) chooses. Per power of ten rarer
// than 1 in 100, up to 1 in a million; a word the model lacks (none of SCOWL's commonest
// 35) costs as much as one said 1 in 100,000. Chosen on random slips of the corpus's words
// (first right 81.6 → 86.4 %; on two other draws 80.8 → 85.9, 79.9 → 85.5) with the cspell
// list's figures kept (89.8 % first, 97.4 % in the top three); on longer slips it cost
// those figures more than it gained.
const SAID_WEIGHT = 0.1;
const SAID_FLOOR = 2;
const SAID_CAP = 6;
const NEVER_SAID = 0.3;
const SHORT_SLIP = 5;

function seldomSaid(
  said: ((word: string) => number | undefined) | undefined,
  word: string,
): number {
  if (said === undefined) return 0;
  const log = said(word);
  if (log === undefined) return NEVER_SAID;
  return SAID_WEIGHT * (Math.min(SAID_CAP, Math.max(SAID_FLOOR, -log)) - SAID_FLOOR);
}

/**
 * Suggestions for a misspelled word (lowercase, or capitalized as typed: then a name costs no
 * more than a word): the dictionary's own and common words within two slips, ordered by slip
 * cost plus rarity.
 */
// Measured on the tuning sample of the cspell list (offset 48): 90.9 → 91.5 % first.
const FIRST_LETTER = 0.2;

export function rankedSuggestions(
  typed: string,
  dictionary: {
    /** Known words one slip away. */
    readonly nearby: ReadonlyArray<string>;
    /** Known words sharing the most letter pairs (the costly search, asked only if needed). */
    readonly alike: () => ReadonlyArray<string>;
  },
  index: CommonWordIndex | undefined,
  /** log10 of how often a word is said (a language model's unigram), if known. */
  said?: (word: string) => number | undefined,
): string[] {
  const lower = typed.toLowerCase();
  // A word typed in lowercase is an everyday word more often than a name written small:
  // "parrish" is parish before Parrish ("chicago" still gets Chicago, with nothing nearer).
  const nameCost = typed === lower ? NAME_FOR_WORD : 0;
  const scores = new Map<string, number>();
  // One entry per word whatever its case ("land", "Land", "LAND"): the form closest to how
  // it was typed is kept, so a name does not take a slot from the word it spells.
  const forms = new Map<string, string>();
  const consider = (word: string, distance: number): void => {
    const key = word.toLowerCase();
    const kept = forms.get(key);
    if (kept === undefined || (kept !== key && (word === key || kept === kept.toUpperCase())))
      forms.set(key, word);
    // The end of a word is typed with care ("Geologits" keeps its plural s): a fix that
    // changes the last letter is a little less likely than one that keeps it.
    // (Not the last two letters swapped before a consonant: "tiem" is time as much as item;
    // "apologise" keeps its e, "geologits" its plural s.)
    const last = lower[lower.length - 1];
    const n = lower.length;
    const lastSwapped =
      /[^aeiouys]/.test(last ?? 'a') &&
      key.length === n &&
      n >= 3 &&
      key[n - 1] === lower[n - 2] &&
      key[n - 2] === last &&
      key.slice(0, n - 2) === lower.slice(0, n - 2);
    const ending = key[key.length - 1] === last || lastSwapped ? 0 : last === 's' ? 0.35 : 0.1;
    // So is the first: "tighest" is tightest before highest.
    const opening = key[0] === lower[0] ? 0 : FIRST_LETTER;
    const score =
      distance +
      rarity(index, word) +
      (lower.length <= SHORT_SLIP ? seldomSaid(said, key) : 0) +
      ending +
      opening +
      (word === key ? 0 : nameCost);
    const previous = scores.get(key);
    if (previous === undefined || score < previous) scores.set(key, score);
  };
  if (index && lower.length >= 4) {
    for (const { word, distance } of index.near(lower, 2)) consider(word, distance);
    // The common words are looked up by first letter: a slip that swaps the first two
    // ("nkow", "hte") is looked up by the second.
    if (lower[0] !== lower[1]) {
      const swapped = lower[1]! + lower[0]! + lower.slice(2);
      for (const { word } of index.near(swapped, 0.6))
        consider(word, slipDistance(lower, word, FAR));
    }
  }
  // A word written by ear ("speshel", "butifuly") is as likely as its sound key is rare; many
  // letters apart, it costs a little more than a close slip.
  if (index && lower.length >= 4)
    for (const word of index.soundingLike(lower))
      consider(
        word,
        Math.min(
          slipDistance(lower, word, FAR),
          BY_EAR + 0.1 * Math.abs(word.length - lower.length),
        ),
      );
  for (const word of dictionary.nearby)
    consider(word, slipDistance(lower, word.toLowerCase(), FAR));
  // Three good candidates already: the dictionary-wide search would only add worse ones.
  const good = [...scores.values()].filter((score) => score <= GOOD_ENOUGH).length;
  if (good < 3)
    dictionary.alike().forEach((word, order) => {
      const distance = slipDistance(lower, word.toLowerCase(), FAR);
      // Far candidates keep the search's order (most letter pairs shared), after close ones.
      consider(word, distance === Infinity ? FAR + order * 0.02 : distance);
    });
  // Scores that tie (to rounding) go to the word keeping more of the typed letters in place
  // at its two ends: "barrer" is barred or barrel before beer. (On the cspell list's pairs
  // kept apart, the right word came first 0.15 points more often.)
  const inPlace = (word: string): number => {
    let n = 0;
    while (n < word.length && word[n] === lower[n]) n++;
    for (let k = 1; k <= Math.min(word.length, lower.length) - n; k++) {
      if (word[word.length - k] !== lower[lower.length - k]) break;
      n++;
    }
    return n;
  };
  return [...scores.entries()]
    .sort((x, y) => (Math.abs(x[1] - y[1]) > 1e-9 ? x[1] - y[1] : inPlace(y[0]) - inPlace(x[0])))
    .map(([key]) => forms.get(key) ?? key);
}
