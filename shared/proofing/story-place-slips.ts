import type { ProofingResources } from './proofreader';
import type { Finding } from './types';
import { letterDroppedAddedOrSwapped } from './word-slips';

// "The southern edge of Bolder" in a story datelined BOULDER: a capitalized everyday word (or
// a town used once) a letter dropped, added or swapped from a place the story names twice
// or more. The speller
// passes it (a word), the gazetteer does not know it, and mid-sentence with no capitalized
// word beside it, it is no name of its own ("Bolder Brewing", a sentence's first word).
// A replaced letter does not count: "Reno" and "Rent", "Mobile" and "Noble" are both real.

const ONE_CAPITAL = /^\p{Lu}\p{Ll}+$/u;
const CAPITAL_NEXT = /^\s\p{Lu}/u;
const SENTENCE_BEFORE = /(?:^|[.!?:;]["”’]?\s+|["“(]\s*)$/u;
const CAPITAL_BEFORE = /\p{Lu}[\p{L}.'’-]*\s$/u;
// A town named with its state is the one meant: "Greeneville, Tenn." in a Greenville story.
const STATE_AFTER = /^['’]?s?,\s*\p{Lu}/u;

// A word opening a sentence, or beside a capitalized word, may be a name of its own.
function aName(before: string, after: string): boolean {
  return SENTENCE_BEFORE.test(before) || CAPITAL_BEFORE.test(before) || CAPITAL_NEXT.test(after);
}

/** A capitalized word of the story and the place it slips from. */
export type PlaceSlips = ReadonlyMap<string, { name: string; times: number; town: boolean }>;

/**
 * The story's capitalized words that are slips of a place it names twice or more, from its
 * counts of capitalized words (worked out again only when those change: a keystroke mostly
 * leaves them as they were).
 */
export function placeSlipWords(
  counts: ReadonlyMap<string, number>,
  resources: ProofingResources,
): PlaceSlips {
  const { speller, gazetteer } = resources;
  // The story's places of five letters or more, by how often it names them in any case.
  const often = new Map<string, number>();
  for (const [word, n] of counts) {
    const lower = word.toLowerCase();
    often.set(lower, (often.get(lower) ?? 0) + n);
  }
  const places: Array<{ lower: string; name: string; times: number }> = [];
  for (const [lower, times] of often) {
    if (times < 2 || lower.length < 5) continue;
    const name = gazetteer.lookup(lower);
    if (name !== undefined && !name.includes(' ')) places.push({ lower, name, times });
  }
  if (places.length === 0) return new Map();
  const slips = new Map<string, { name: string; times: number; town: boolean }>();
  for (const word of counts.keys()) {
    if (!ONE_CAPITAL.test(word) || word.length < 4) continue;
    const lower = word.toLowerCase();
    if (places.some((p) => p.lower === lower)) continue;
    const place = places.find(
      (p) =>
        Math.abs(p.lower.length - lower.length) <= 1 && letterDroppedAddedOrSwapped(lower, p.lower),
    );
    if (place === undefined) continue;
    // A place named by an everyday word ("Regent", N.D., also a title) is that word, and
    // its plural is the word's: "the Board of Regents" beside "Regent Cecilia Mata".
    if (
      (lower === `${place.lower}s` || place.lower === `${lower}s`) &&
      speller.correct(place.lower)
    )
      continue;
    // A town of its own used once beside one the story names again and again ("derails
    // near Altona" in a story datelined ALTOONA; "Milwaukie" among Milwaukee's suburbs), its
    // name no everyday word ("Islands" beside Bainbridge Island is the word).
    const town =
      gazetteer.lookup(word) !== undefined &&
      often.get(lower) === 1 &&
      !speller.correct(lower) &&
      !gazetteer.isStateOrCountry(word);
    const everyday =
      speller.correct(lower) && !speller.listed(word) && gazetteer.lookup(word) === undefined;
    if (town || everyday) slips.set(word, { ...place, town });
  }
  return slips;
}

/** Where the story's blocks use those words, each a finding. */
export function storyPlaceSlips(
  blocks: ReadonlyArray<string>,
  slips: PlaceSlips,
): Array<{ block: number; finding: Finding }> {
  const out: Array<{ block: number; finding: Finding }> = [];
  for (const [word, place] of slips) {
    // (A possessive is the place's too: "for Main's waterfront".)
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{M}'’-])${word}(?![\\p{L}\\p{M}-]|['’](?!s\\b))`,
      'gu',
    );
    blocks.forEach((text, block) => {
      // (Most blocks lack the word: a plain search rules them out at a fraction of the cost.)
      if (!text.includes(word)) return;
      for (const m of text.matchAll(pattern)) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const after = text.slice(m.index + word.length, m.index + word.length + 2);
        if (place.town ? STATE_AFTER.test(text.slice(m.index + word.length)) : aName(before, after))
          continue;
        out.push({
          block,
          finding: {
            start: m.index,
            end: m.index + word.length,
            text: word,
            kind: 'name',
            message: `Check the place: the story names ${place.name} ${place.times} times; did you mean “${place.name}”?`,
            suggestions: [place.name],
          },
        });
      }
    });
  }
  return out;
}
