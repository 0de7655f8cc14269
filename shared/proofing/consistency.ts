import { sameLetters, sameLettersUndoubled } from './edit-distance';
import { joinedSlips } from './joined-names';
import { differentNames, nameDistance } from './name-distance';
import {
  BUSINESS_WORDS,
  differentPeople,
  givenNameOnly,
  slipOfNamedPerson,
  spellingVariant,
} from './name-pairs';
import { letterDroppedAddedOrSwapped } from './word-slips';
import { NearSpellings } from './near-spellings';
import { NOT_PLAIN, plainSpelling } from './place-spellings';
import type { Finding, NameHint } from './types';

/** An unknown or dictionary proper noun seen in a block, for the story-wide checks. */
export interface UnknownName extends NameHint {
  readonly block: number;
  /** The dictionary knows it as a proper noun (Achebe): a consistency candidate, never a hint. */
  readonly known?: boolean;
  /**
   * An everyday word used as a surname ("Fleck said"): the spelling another spelling of it is
   * held to, never itself flagged.
   */
  readonly everyday?: true;
  /** That everyday word is a name in the dictionary too ("Grant"): it keeps its spelling. */
  readonly listedName?: true;
  /** That everyday word is a rare one ("brant", a goose): see `checkConsistency`. */
  readonly uncommonWord?: true;
  /** A single-word near miss of a place, reported unless the story uses the word repeatedly. */
  readonly nameFinding?: Finding;
  /** The near miss has no place cue around it ("in", "-based", "County", ", Calif."). */
  readonly uncued?: true;
  /** What the word is if it is no place the story could mean: a typo of a common word. */
  readonly asTypo?: Finding;
  /**
   * An everyday plural opening a sentence before a verb of saying ("Evens said"): a slip of a
   * surname the story gives with a first name (Evans), or no name at all ("Officials said").
   */
  readonly openingPlural?: true;
  /** The name it is joined to by a hyphen, before it ("Trujillo" for "Baca"). */
  readonly joinedTo?: string;
}

const CURLY = /’/g;

function firstNameOnly(
  given: string,
  other: string,
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
  withGivenName: ReadonlySet<string>,
): boolean {
  return surnames.has(given) && !surnames.has(other) && !withGivenName.has(other);
}
const SHOUTED = /\p{Lu}{3}|^[\p{Lu}'’]+$/u;

/**
 * The same proper noun spelled two ways (Ferreira three times, Ferriera once): the rarer
 * spelling is flagged, with the commoner one as suggestion.
 */
export function checkConsistency(
  unknown: ReadonlyArray<UnknownName>,
  places: ReadonlyArray<string> = [],
  nameAfter: (name: UnknownName) => string | undefined = () => undefined,
  /** How often the story uses each capitalized word, known or not. */
  capitals: ReadonlyMap<string, number> = new Map(),
  /** The first name written before a spelling, if any ("Sam" before "Darnold"). */
  givenBefore: (name: UnknownName) => string | undefined = () => undefined,
  /** Places big enough that a spelling a slip from one is that place however often used. */
  bigPlace: (name: string) => boolean = () => false,
  /** The spellings met before and those near each: a checker's own, kept across checks. */
  near: NearSpellings = new NearSpellings(),
): {
  flagged: Array<{ block: number; finding: Finding }>;
  hints: UnknownName[];
  drop: Set<Finding>;
} {
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const dictionary = new Set<string>();
  // The capitalized words that follow each spelling ("Jayson" → Tatum): first names.
  const surnames = new Map<string, Set<string>>();
  const everyday = new Set<string>();
  const listedNames = new Set<string>();
  const uncommonWords = new Set<string>();
  unknown.forEach((u, index) => {
    if (u.everyday) everyday.add(u.text);
    if (u.listedName) listedNames.add(u.text);
    if (u.uncommonWord) uncommonWords.add(u.text);
    counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
    if (!firstSeen.has(u.text)) firstSeen.set(u.text, index);
    if (u.known) dictionary.add(u.text);
    const after = nameAfter(u);
    // "Villanueva Landscaping" is his company, not a first name before a surname.
    if (after === undefined || BUSINESS_WORDS.has(after)) return;
    const set = surnames.get(u.text);
    if (set) set.add(after);
    else surnames.set(u.text, new Set([after]));
  });
  // Spellings the story writes after a first name ("Kevin Reidy").
  const withGivenName = new Set<string>();
  for (const set of surnames.values()) for (const name of set) withGivenName.add(name);
  // Spellings flagged as slips of a word or a place ("Childern", "Tennesee").
  const typos = new Set<string>();
  for (const u of unknown) if (u.nameFinding) typos.add(u.text);
  for (const u of unknown) if (givenBefore(u) !== undefined) withGivenName.add(u.text);
  const preferred = new Map<string, string>();
  const placeNames = new Set(places);
  // Only spellings with the same first letter, at most two slips apart, are compared.
  for (const [a, b, distance] of near.pairs(counts.keys())) {
    // The same letters with other capitals ("LaCasse", "Lacasse") are one name written
    // two ways, unless one is written in capitals (a dateline's "JOHNSON", "McCLANAHAN").
    if (distance === 0 && (SHOUTED.test(a) || SHOUTED.test(b))) continue;
    // "I'll" and "I’ll": the same word with another apostrophe.
    if (a.replace(CURLY, "'") === b.replace(CURLY, "'")) continue;
    // "Mejía" and "Mejia": an accent dropped is `accentSlips`'s, which holds the plain
    // spelling to the accented one (the accent is not added by a slip).
    if ((NOT_PLAIN.test(a) || NOT_PLAIN.test(b)) && plainSpelling(a) === plainSpelling(b)) continue;
    if (distance > (Math.min(a.length, b.length) >= 6 ? 2 : 1)) continue;
    // Two slips apart, short names are mostly two people's ("Coates", "Cortez"): only
    // the same letters in another order (a letter doubled too: "Perriera", "Pereira"), or
    // names of eight letters or more.
    if (
      distance === 2 &&
      Math.min(a.length, b.length) < 8 &&
      !sameLetters(a, b) &&
      !sameLettersUndoubled(a, b)
    )
      continue;
    // A surname the story gives a first name ("Paula Fields"), said without its s and
    // without a first name ("Field said"), is that name, not its singular.
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    // So is a surname the dictionary does not know ("Villalobo said" beside "Ramon
    // Villalobos"); a plural family name takes an article ("the Tollefsruds").
    // A name the dictionary lists without the s is still that slip ("Fairbank said" beside
    // "Darnell Fairbanks"), unless a surname follows it (a first name: "Robert Ellis").
    if (
      long === `${short}s` &&
      (everyday.has(short) || !dictionary.has(short) || !surnames.has(short)) &&
      withGivenName.has(long) &&
      !withGivenName.has(short)
    ) {
      preferred.set(short, long);
      continue;
    }
    // A rare word said to speak once ("Brant said", a goose) where the story names
    // "Thomas Brandt" twice or more is a slip of that name, though both are names the
    // dictionary lists; a common word ("Grant said") keeps its own spelling.
    const once = slipOfNamedPerson(a, b, uncommonWords, withGivenName, counts, firstSeen);
    if (once !== undefined) {
      preferred.set(once, once === a ? b : a);
      continue;
    }
    if (differentNames(a, b, dictionary) || differentPeople(a, b, surnames)) continue;
    // Two names the dictionary lists, one a first name here and the other never a name's
    // part, are two: "Susan Rice" and "Sudan's army".
    if (
      dictionary.has(a) &&
      dictionary.has(b) &&
      (firstNameOnly(a, b, surnames, withGivenName) || firstNameOnly(b, a, surnames, withGivenName))
    )
      continue;
    // A first name and a surname are two people's: "Darnell Hughes" and "Sam Darnold".
    if (
      givenNameOnly(a, b, surnames, withGivenName) ||
      givenNameOnly(b, a, surnames, withGivenName)
    )
      continue;
    // Two words of one name, one after the other: "Flin Flon", Manitoba.
    if (surnames.get(a)?.has(b) || surnames.get(b)?.has(a)) continue;
    // The dictionary's spelling is the right one however often the other is used
    // ("Europian Union" once, "European" once); otherwise the commoner, then the first.
    // A person's name used again and again ("Reinholt said", four times) is held to
    // over a name the dictionary lists, used once ("Dale Reinhold").
    // (Not a place: "Tennesee" three times is still Tennessee.)
    // So is a name no dictionary knows, used three times, over an everyday word used once in
    // its place: "Lyft" three times and "Lift said" once are the company, not the word.
    const personUsedMore = (x: string, y: string): boolean =>
      counts.get(x)! >= 3 &&
      counts.get(y) === 1 &&
      (!everyday.has(y) || (!dictionary.has(x) && !everyday.has(x))) &&
      !placeNames.has(x) &&
      !placeNames.has(y);
    const [rare, common] =
      dictionary.has(a) !== dictionary.has(b) && !personUsedMore(a, b) && !personUsedMore(b, a)
        ? dictionary.has(b)
          ? [a, b]
          : [b, a]
        : counts.get(a)! < counts.get(b)! ||
            (counts.get(a) === counts.get(b) && firstSeen.get(a)! > firstSeen.get(b)!)
          ? [a, b]
          : [b, a];
    // An everyday word the story never gives a first name ("Ready said") is the slip of
    // a name it does ("Kevin Reidy"); "Coach P.J. Fleck" holds "Flek said" to Fleck. A
    // word the dictionary also lists as a name ("Grant said") is that name: "Alyssa
    // Grnat" is its slip.
    // So is a name the dictionary lists, where the one given a first name is another way of
    // spelling it, not a slip of typing: "Keir Bradford-Smyth", later "Bradford-Smith said".
    if (
      everyday.has(common) &&
      (!listedNames.has(common) || spellingVariant(rare, common)) &&
      withGivenName.has(rare) &&
      !withGivenName.has(common) &&
      !everyday.has(rare)
    )
      preferred.set(common, rare);
    else if (!everyday.has(rare)) {
      preferred.set(rare, common);
      // Used as often as each other ("Jason Casugo", later "Casuga said"), either may be
      // the slip: both are shown, each offering the other.
      // So may the dictionary's name ("Olmsted said") beside a person's spelling of hers
      // given with her first name ("Kendra Olmstead").
      // Not a person introduced with a first name and named again without one ("Yvette
      // Breaux", later "Breux said"): the later, retyped spelling is the one to check, and
      // its finding offers the first.
      const introduced =
        withGivenName.has(common) &&
        !withGivenName.has(rare) &&
        firstSeen.get(common)! < firstSeen.get(rare)!;
      if (
        counts.get(a) === counts.get(b) &&
        !introduced &&
        (dictionary.has(a) === dictionary.has(b) ||
          (withGivenName.has(rare) && !withGivenName.has(common) && !placeNames.has(common))) &&
        !everyday.has(common) &&
        !SHOUTED.test(common) &&
        !SHOUTED.test(rare) &&
        !preferred.has(common)
      )
        preferred.set(common, rare);
    }
  }
  joinedSlips(unknown, counts, preferred, withGivenName);
  // An everyday word used as a surname once, one slip from a capitalized word the story
  // uses three times or more, is that name: "Hatchet served two terms" in the story of
  // Malcolm Hatcher (itself an everyday word, so never a candidate).
  // So is one a slip from a name written after a first name and used twice ("Mars said"
  // where Elena Marsh speaks twice), unless it has a first name of its own.
  let frequent: string[] | undefined;
  for (const spelling of everyday) {
    if (preferred.has(spelling) || (capitals.get(spelling) ?? 0) > 1) continue;
    if (withGivenName.has(spelling)) continue;
    if (frequent === undefined) {
      frequent = [];
      for (const [name, uses] of capitals)
        if (uses >= 3 || (uses === 2 && withGivenName.has(name))) frequent.push(name);
    }
    for (const name of frequent)
      if (
        name[0] === spelling[0] &&
        Math.abs(name.length - spelling.length) <= 1 &&
        nameDistance(spelling, name) === 1
      ) {
        preferred.set(spelling, name);
        break;
      }
  }
  // An unknown spelling used once, a letter dropped, added or swapped from a capitalized word
  // the story uses twice or more and knows ("Arowhead Stadium" where it says Arrowhead
  // twice), is that word's slip; a first name before it makes it someone's own.
  // (Not a word already flagged as a typo, nor a name with a last letter added, as names
  // differ so: "Auguste" beside August.)
  let twice: string[] | undefined;
  for (const [spelling, uses] of counts) {
    if (
      uses !== 1 ||
      typos.has(spelling) ||
      spelling.length < 7 ||
      preferred.has(spelling) ||
      everyday.has(spelling) ||
      dictionary.has(spelling) ||
      withGivenName.has(spelling) ||
      SHOUTED.test(spelling)
    )
      continue;
    if (twice === undefined) {
      twice = [];
      for (const [name, n] of capitals) if (n >= 2 && !counts.has(name)) twice.push(name);
    }
    const lower = spelling.toLowerCase();
    const name = twice.find(
      (known) =>
        known[0] === spelling[0] &&
        spelling.slice(0, -1) !== known &&
        letterDroppedAddedOrSwapped(lower, known.toLowerCase()),
    );
    if (name !== undefined) preferred.set(spelling, name);
  }
  matchPlaces(counts, dictionary, places, preferred, typos, withGivenName);
  const flagged: Array<{ block: number; finding: Finding }> = [];
  const storyPlaces = new Set(places);
  const hints: UnknownName[] = [];
  const drop = new Set<Finding>();
  for (const u of unknown) {
    const preferredSpelling = preferred.get(u.text);
    // A slip is no spelling to hold another to ("Tennesse" stays Tennessee, not "Tennesee"),
    // and a typo of a word keeps its spelling finding over a name two slips away
    // ("Childern", "Childrens"), as a place one slip off does ("in Venezuala" is Venezuela,
    // in a story of Venezuelans).
    const better =
      preferredSpelling !== undefined &&
      (typos.has(preferredSpelling) ||
        (u.nameFinding !== undefined &&
          nameDistance(u.text, preferredSpelling) > 1 &&
          (u.nameFinding.kind === 'spelling' ||
            nameDistance(u.text, u.nameFinding.suggestions[0] ?? '') === 1)))
        ? undefined
        : preferredSpelling;
    // A place-like word the story uses again and again is a name, not a misspelled place; one
    // that is a variant of a name used elsewhere is a consistency slip. (Not a slip of a
    // big place the story names as a place itself, however often: "Seatle" twice in a
    // Seattle story, unless written after a first name.)
    const namesIt = (finding: Finding): boolean =>
      finding.suggestions.some((name) => storyPlaces.has(name) && bigPlace(name)) &&
      !withGivenName.has(u.text);
    // "The Hollises' daughter" in the story of Mary Hollis: her family, no typo.
    const family = u.nameFinding ? /^(.{3,}?)e?s['’]?$/.exec(u.text) : null;
    const ofFamily =
      family !== null &&
      [family[1]!, `${family[1]}e`].some(
        (name) => withGivenName.has(name) && u.text.replace(/['’]$/, '') !== name,
      );
    if (
      u.nameFinding &&
      (better || ofFamily || (counts.get(u.text)! >= 2 && !namesIt(u.nameFinding)))
    )
      drop.add(u.nameFinding);
    if (better) {
      flagged.push({
        block: u.block,
        finding: {
          start: u.start,
          end: u.end,
          text: u.text,
          kind: 'consistency',
          message: `“${u.text}” is spelled “${better}” elsewhere in this story.`,
          suggestions: [better],
        },
      });
    } else if (!u.known && (!u.nameFinding || drop.has(u.nameFinding))) hints.push(u);
  }
  return { flagged, hints, drop };
}

// An unknown word close to a place the story names is that place misspelled: its letters in
// another order, two slips off ("Ohama" for Omaha, "Criehgton" for Creighton), which the
// near-miss search (one slip for a single word) does not reach; or one slip off when that
// search found nothing ("Arizonas's", which it takes for a plural). "Oaklan" keeps its "name"
// finding. Words the dictionary knows are left alone.
function matchPlaces(
  counts: ReadonlyMap<string, number>,
  dictionary: ReadonlySet<string>,
  places: ReadonlyArray<string>,
  preferred: Map<string, string>,
  nearMissed: ReadonlySet<string>,
  /** A person's surname a letter from a place is that person's: "Danielle Thibodeaux" of Thibodaux. */
  surnames: ReadonlySet<string>,
): void {
  const named = [...new Set(places)].filter((p) => p.length >= 5 && !p.includes(' '));
  if (named.length === 0) return;
  for (const spelling of counts.keys()) {
    if (spelling.length < 5 || dictionary.has(spelling) || preferred.has(spelling)) continue;
    if (surnames.has(spelling)) continue;
    for (const place of named) {
      if (place[0] !== spelling[0] || Math.abs(place.length - spelling.length) > 1) continue;
      // Its people, not a slip: "Tulsan" beside Tulsa, "Utahn" beside Utah.
      if (spelling.toLowerCase() === `${place.toLowerCase()}n` && /[aeioh]$/i.test(place)) continue;
      const distance = nameDistance(spelling, place);
      const reordered = distance === 2 && sameLetters(spelling, place);
      if (reordered || (distance === 1 && !nearMissed.has(spelling))) {
        preferred.set(spelling, place);
        break;
      }
    }
  }
}
