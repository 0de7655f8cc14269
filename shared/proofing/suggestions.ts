import { ordinalOf } from './compounds';
import { irregularPastOf, regularPastOf } from './irregular-pasts';
import { CLOSED_PREFIXES, isKnownWord } from './known-words';
import { editDistance, sameLetters } from './edit-distance';
import { ightByEar, spaceLeftOut, twoWordsRunTogether } from './run-on-words';
import { addedToCommon, suffixSlipOfCommon } from './common-word-slips';
import { CommonWordIndex, rankedSuggestions } from './suggest';
import { isCapitalized, stripPossessive } from './tokenize';
import type { ProofingResources } from './proofreader';

const LETTERS_ONLY = /^\p{L}+$/u;

function withCase(suggestion: string, original: string): string {
  if (original === original.toUpperCase() && original.length > 1) return suggestion.toUpperCase();
  if (isCapitalized(original)) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

const INDEXES = new WeakMap<ReadonlyMap<string, number>, CommonWordIndex>();

function commonIndex(resources: ProofingResources): CommonWordIndex | undefined {
  const { common } = resources;
  if (!common) return undefined;
  let index = INDEXES.get(common);
  if (!index) {
    index = new CommonWordIndex(common, undefined, resources.rarer);
    INDEXES.set(common, index);
  }
  return index;
}

/** Builds the checker's indexes ahead of the first check (counted in start-up, not in it). */
export function warmProofing(resources: ProofingResources): void {
  commonIndex(resources);
}

/**
 * Builds the dictionary-wide suggestion indexes (a tenth of a second or two) ahead of the first
 * suggestion. The worker leaves it to its first deferred suggestions, after the underlines.
 */
export function warmSuggestions(resources: ProofingResources): void {
  resources.speller.alike('galley');
  commonIndex(resources)?.soundingLike('galley');
}

/** Suggestions for a misspelled word, recased like it (what the popover offers). */
export function suggestionsFor(word: string, resources: ProofingResources): string[] {
  // "Portgual’s" is fixed as "Portgual" and keeps its own apostrophe: "Portugal’s".
  const bare = stripPossessive(word);
  if (bare !== word && bare.length >= 3)
    return suggestionsFor(bare, resources).map((s) => s + word.slice(bare.length));
  const lower = word.toLowerCase();
  const { speller } = resources;
  const ranked = rankedSuggestions(
    isCapitalized(word) ? word : lower,
    { nearby: speller.suggest(lower), alike: () => speller.alike(lower) },
    commonIndex(resources),
    resources.pairs ? (w) => resources.pairs!.alone(w) : undefined,
  );
  // An apostrophe left out of a contraction ("dont", "didnt", "theyre") or a possessive ("the
  // citys north side": city's, or cities) is the likeliest fix.
  // So is a space left out between two everyday words ("alot", "infact", "eachother").
  const first = [
    contractionOf(lower, resources),
    vesPluralOf(lower, resources),
    ...possessiveOf(lower, resources),
    spaceLeftOut(lower, resources),
    ightByEar(lower, resources),
    irregularPastOf(lower, (w) => speller.correct(w)),
    regularPastOf(lower, (w) => speller.correct(w)),
    IRREGULAR_PLURAL_SLIPS.get(lower),
    ordinalOf(lower, (w) => speller.correct(w)),
  ].filter((s): s is string => s !== undefined);
  // "midafternon": a prefix closed onto a slip is the prefix on that slip's fix
  // ("midafternoon"), where the ranking offers that fix without the prefix ("afternoon"; not
  // where it found another word, "postjudice" → prejudice).
  const prefixed = prefixedFix(lower, resources);
  // (Not where that fix is itself a slip of the whole word: "rerstraints" is restraints.)
  // So where a key struck twice or two swapped made the slip and the first is two slips off:
  // "midmorninng" (midmorning; adorning), not "telenovela" (telenovel) or "postjudice".
  if (
    prefixed !== undefined &&
    (ranked[0] === undefined ||
      ((ranked[0] === prefixed.fix || stutterOrSwap(lower, prefixed.word)) &&
        editDistance(ranked[0], lower, 2) >= 2))
  )
    first.push(prefixed.word);
  const rest = ranked.filter((s) => !first.includes(s));
  // A hyphen put back ("co-founder") comes first unless a common word is one slip away
  // ("Superintendant" is superintendent before super-intendant).
  const hyphenated = hyphenatedOf(lower, resources);
  if (hyphenated !== undefined) {
    const common = (w: string | undefined): boolean =>
      w !== undefined && (resources.common?.get(w) ?? 99) <= 35;
    const firstPlace = common(hyphenated.slice(hyphenated.indexOf('-') + 1)) && !common(rest[0]);
    rest.splice(firstPlace ? 0 : Math.min(2, rest.length), 0, hyphenated);
  }
  // Two words run together go first only where the best word is three slips off or more.
  // (Not in a name: "Wildernest" is an inn's.)
  const split =
    first.length === 0 && word === lower ? twoWordsRunTogether(lower, resources) : undefined;
  if (split !== undefined && !rest.includes(split))
    rest.splice(
      rest[0] === undefined || editDistance(rest[0].toLowerCase(), lower, 2) > 2 ? 0 : 1,
      0,
      split,
    );
  return [...first, ...rest].slice(0, 5).map((s) => withCase(s, word));
}

// A letter typed twice ("morninng") or two neighbours swapped ("mornign"): the commonest slips.
function stutterOrSwap(slip: string, word: string): boolean {
  if (slip.length === word.length)
    return sameLetters(slip, word) && editDistance(slip, word, 1) === 1;
  if (slip.length !== word.length + 1) return false;
  for (let i = 1; i < slip.length; i++)
    if (slip[i] === slip[i - 1] && slip.slice(0, i) + slip.slice(i + 1) === word) return true;
  return false;
}

function prefixedFix(
  lower: string,
  resources: ProofingResources,
): { fix: string; word: string } | undefined {
  for (const prefix of CLOSED_PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length);
    if (rest.length < 5 || !LETTERS_ONLY.test(rest) || resources.speller.correct(rest)) continue;
    const fix = resources.speller
      .suggest(rest)
      .find(
        (word) =>
          (resources.common?.get(word) ?? 99) <= 35 &&
          (sameLetters(word, rest) || editDistance(word, rest, 2) <= 1),
      );
    if (fix !== undefined && isKnownWord(prefix + fix, resources))
      return { fix, word: prefix + fix };
  }
  return undefined;
}

// A regular -s put on a noun whose plural is irregular ("sheeps"), or on one that is already
// plural, where an apostrophe was meant ("childrens hospital").
const IRREGULAR_PLURAL_SLIPS = new Map(
  Object.entries({
    sheeps: 'sheep',
    deers: 'deer',
    mooses: 'moose',
    bisons: 'bison',
    elks: 'elk',
    cattles: 'cattle',
    mices: 'mice',
    gooses: 'geese',
    tooths: 'teeth',
    foots: 'feet',
    childrens: "children's",
    mens: "men's",
    womens: "women's",
  }),
);

// Prefixes AP keeps a hyphen after (co-founder, self-driving, ex-husband, anti-war,
// post-pandemic, vice-chair); un-, non- and re- it closes up.
const HYPHENATED_PREFIXES = ['anti', 'co', 'ex', 'post', 'self', 'vice'];

// "cofounder" → co-founder, "postpandemic" → post-pandemic: a prefix closed onto a word the
// dictionary knows, which AP would hyphenate.
function hyphenatedOf(lower: string, resources: ProofingResources): string | undefined {
  for (const prefix of HYPHENATED_PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length);
    if (rest.length >= 6 && resources.speller.correct(rest)) return `${prefix}-${rest}`;
  }
  return undefined;
}

// "shelfs", "wifes", "halfs": a noun in -f or -fe makes its plural in -ves.
function vesPluralOf(lower: string, resources: ProofingResources): string | undefined {
  const stem = /^(\p{L}{2,}?)fe?s$/u.exec(lower)?.[1];
  if (stem === undefined) return undefined;
  const plural = `${stem}ves`;
  return resources.speller.correct(plural) ? plural : undefined;
}

// "citys", "penaltys": a noun in -y with an s and no apostrophe is its plural (cities) or its
// possessive (city's). Other words with an s are left to the ranking: "agains" is against.
function possessiveOf(lower: string, resources: ProofingResources): string[] {
  if (lower.length < 5 || !lower.endsWith('ys')) return [];
  const base = lower.slice(0, -1);
  const plural = `${base.slice(0, -1)}ies`;
  if (!resources.speller.correct(base) || !resources.speller.correct(plural)) return [];
  return [plural, `${base}'s`];
}

const CONTRACTION_ENDINGS = ["n't", "'re", "'ve", "'ll", "'d", "'m"];

/** The contraction a word is with its apostrophe put back ("dont" → "don't"), if any. */
export function contractionOf(word: string, resources: ProofingResources): string | undefined {
  const lower = word.toLowerCase();
  for (const ending of CONTRACTION_ENDINGS) {
    const bare = ending.replace("'", '');
    if (!lower.endsWith(bare) || lower.length <= bare.length) continue;
    const candidate = lower.slice(0, -bare.length) + ending;
    if (resources.speller.correct(candidate)) return candidate;
    // "im" → "I'm": the pronoun keeps its capital.
    if (candidate.startsWith("i'") && resources.speller.correct(`I${candidate.slice(1)}`))
      return `I${candidate.slice(1)}`;
  }
  return undefined;
}

// A sentence-opening word that is one slip from a common word ("Parnts", "Psycologists") is a
// typo, not a name: real surnames are rarely that close to an everyday word of their length.
function nearCommonWord(word: string, resources: ProofingResources): boolean {
  const index = commonIndex(resources);
  const lower = word.toLowerCase();
  if (!index || lower.length < 4 || !LETTERS_ONLY.test(lower)) return false;
  // Short surnames are often a letter from a word ("Kahn", "Lenz", "Bohr"): a word of four or
  // five letters counts only when one cheap slip (a dropped vowel, a doubled or swapped
  // letter) from one of the commonest words ("Bord" member, "Nobdy" came). A surname opening
  // a sentence has been named before, and a word the story repeats is a name anyway.
  if (lower.length < 6)
    return index.near(lower, 0.6).some(({ word: w }) => (index.size(w) ?? 99) <= 10);
  const limit = lower.length >= 8 ? 1.6 : 1.1;
  return index.near(lower, limit).some(({ word: w }) => (index.size(w) ?? 99) <= 35);
}

/** Whether a lowercase word is within `limit` weighted slips of a common word ("teh": the). */
export function nearAnyCommonWord(lower: string, resources: ProofingResources, limit = 1): boolean {
  const index = commonIndex(resources);
  return (
    index !== undefined &&
    index.near(lower, limit).some(({ word }) => (index.size(word) ?? 99) <= 35)
  );
}

// Answers about a word that hold while the speller's words do: a surname opens many
// sentences of a story ("Whitcomb said"), so each word is judged once per speller.
function remembered(
  memos: WeakMap<object, Map<string, boolean>>,
  resources: ProofingResources,
  word: string,
  judge: (word: string, resources: ProofingResources) => boolean,
): boolean {
  let memo = memos.get(resources.speller);
  if (!memo) memos.set(resources.speller, (memo = new Map()));
  let answer = memo.get(word);
  if (answer === undefined) {
    if (memo.size > 10_000) memo.clear();
    answer = judge(word, resources);
    memo.set(word, answer);
  }
  return answer;
}

// A capital at the start of a sentence says nothing about a name: "Teh" is a typo for "The"
// because swapping two letters makes a word. Names are rarely that close to a word.
export function looksLikeTypo(word: string, resources: ProofingResources): boolean {
  return remembered(TYPO_MEMO, resources, word, judgeTypo);
}

const TYPO_MEMO = new WeakMap<object, Map<string, boolean>>();

/**
 * A capitalized word that is a slip wherever it stands: ten letters or more and one slip from
 * a common word ("Superintendant" before a name; surnames that long almost never are, and
 * "Castellano" is one slip from the rare "castellany" only), or a proper noun the dictionary
 * knows with two letters swapped ("Appalachai"; not asked with `swaps` false, for a word in a
 * first name's place, since "Cristian" is one swap from "Cristina").
 */
export function slipOfKnownWord(word: string, resources: ProofingResources, swaps = true): boolean {
  return (
    remembered(SLIP_MEMO, resources, word, judgeSlip) ||
    (swaps && remembered(SWAP_MEMO, resources, word, judgeSwap))
  );
}

const SLIP_MEMO = new WeakMap<object, Map<string, boolean>>();
const SWAP_MEMO = new WeakMap<object, Map<string, boolean>>();

function judgeSlip(word: string, resources: ProofingResources): boolean {
  // Twelve letters or more, one slip from any dictionary word ("the Japan Meteorlogical
  // Agency"): names that long and that close to a word are rarer still.
  // Eight or nine letters, a letter short of a common word ("Cox Automotve", "Gainbridge
  // Fieldhous"): a name is seldom a word with a letter dropped from inside it.
  if (suffixSlipOfCommon(word, resources)) return true;
  if (word.length === 8 || word.length === 9)
    return droppedFromCommon(word, resources) || addedToCommon(word, resources);
  return (
    word.length >= 10 &&
    resources.speller.hasNear(word.toLowerCase()) &&
    (word.length >= 12 ? !pluralOfKnown(word, resources) : nearCommonWord(word, resources))
  );
}

function droppedFromCommon(word: string, resources: ProofingResources): boolean {
  const index = commonIndex(resources);
  const lower = word.toLowerCase();
  if (!index || !LETTERS_ONLY.test(lower)) return false;
  return index.near(lower, 1.1).some(
    ({ word: w }) =>
      w.length === lower.length + 1 &&
      w[0] === lower[0] &&
      (index.size(w) ?? 99) <= 35 &&
      // From inside it: a last letter off is another word's form or another language's
      // ("Programme", "Princesse", "Equatoria") or speech ("Listenin'"); so is the last
      // before a plural's s ("Familias", Spanish, is no "familiars").
      [...w].some(
        (_, k) =>
          k > 0 &&
          k < w.length - (w.endsWith('s') ? 2 : 1) &&
          w.slice(0, k) + w.slice(k + 1) === lower,
      ),
  );
}

function judgeSwap(word: string, resources: ProofingResources): boolean {
  // The first letter stays: a proper noun's capital is not swapped.
  return word.length >= 6 && LETTERS_ONLY.test(word) && swapMakesWord(word, 1, resources);
}

// "The Oppenheimers": a family named by the plural of a name the dictionary knows.
function pluralOfKnown(word: string, resources: ProofingResources): boolean {
  if (!word.endsWith('s')) return false;
  const { speller } = resources;
  return (
    speller.correct(word.slice(0, -1)) ||
    (word.endsWith('es') && speller.correct(word.slice(0, -2)))
  );
}

/**
 * A capitalized word a letter short or long of a proper noun the dictionary knows, or with two
 * letters swapped ("Mediteranean", "Amercan"). A replaced letter does not count: that is how
 * surnames vary ("Christensen", "Christenson").
 */
export function letterSlipOfProperNoun(word: string, resources: ProofingResources): boolean {
  return remembered(PROPER_MEMO, resources, word, judgeProperSlip);
}

const PROPER_MEMO = new WeakMap<object, Map<string, boolean>>();

function judgeProperSlip(word: string, resources: ProofingResources): boolean {
  if (word.length < 6 || !LETTERS_ONLY.test(word)) return false;
  return resources.speller.suggest(word).some(
    (known) =>
      isCapitalized(known) &&
      // "the Carolinas", "the Kennedys": a plural, not a slip.
      word !== `${known}s` &&
      word !== `${known}es` &&
      (known.length !== word.length || sameLetters(known, word)),
  );
}

// Trying each adjacent swap is a few dictionary lookups; ranking suggestions for every
// capitalized word would cost milliseconds per name.
/** Whether two swapped neighbours make a word into a place the gazetteer knows ("Huoston"). */
export function swapMakesPlace(word: string, resources: ProofingResources): boolean {
  return someSwap(word, 1, (swapped) => resources.gazetteer.lookup(swapped) !== undefined);
}

/** Whether two swapped neighbours make a word into a common lowercase word ("Secertary"). */
export function swapMakesCommonWord(word: string, resources: ProofingResources): boolean {
  return someSwap(word.toLowerCase(), 1, (swapped) => (resources.common?.get(swapped) ?? 99) <= 35);
}

function swapMakesWord(word: string, from: number, resources: ProofingResources): boolean {
  return someSwap(word, from, (swapped) => resources.speller.correct(swapped));
}

/** Whether swapping two different neighbours, from position `from` on, makes a word `accept`s. */
export function someSwap(
  word: string,
  from: number,
  accept: (swapped: string) => boolean,
): boolean {
  for (let i = from; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    if (accept(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  return false;
}

function judgeTypo(word: string, resources: ProofingResources): boolean {
  if (nearCommonWord(word, resources) || contractionOf(word, resources)) return true;
  // A long word one slip from any dictionary word ("Forcasters", "Inspecters"): surnames of
  // nine letters or more almost never are.
  const folded = word.toLowerCase();
  if (folded.length >= 9 && LETTERS_ONLY.test(folded) && resources.speller.hasNear(folded))
    return true;
  return swapMakesWord(folded, 0, resources);
}
