import { editDistance } from './edit-distance';
import { nameSound } from './introduced-names';
import type { Speller } from './speller';
import { isCapitalized, stripPossessive } from './tokenize';
import type { Finding } from './types';

// What the popover's ranking cannot see, since it ranks a word out of its story: the
// story's own names, and the word before.

const STORM_BEFORE = /(?:Hurricane|Tropical Storm|Typhoon|Cyclone|Superstorm|Storm) $/;

/**
 * Reorders a capitalized word's spelling suggestions by its story: a slip of a name the story
 * uses elsewhere takes that name first ("Coopper said" where the story quotes Acy Cooper:
 * Cooper before Copper), and after "Hurricane" or "Tropical Storm" a name comes before
 * a word ("Hurricane Idda": Ida before Idea; "Harvy": Harvey before Hardy).
 */
export function rankInStory(
  found: Finding,
  text: string,
  /** The story's capitalized words with how often it uses each, by their first letter. */
  capitals: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>,
  /** Words flagged in the story: a slip is no spelling to hold another to. */
  flagged: ReadonlySet<string>,
  speller: Speller,
): Finding {
  const finding = possessiveOrPlural(found, text);
  if (
    finding.kind !== 'spelling' ||
    finding.suggestions.length === 0 ||
    !isCapitalized(finding.text) ||
    finding.text.includes(' ')
  )
    return finding;
  const bare = stripPossessive(finding.text);
  const ending = finding.text.slice(bare.length);
  // A fix that drops the apostrophe ("Student's who are" → Students) is a plural's, no name's.
  if (ending !== '' && !finding.suggestions[0]!.endsWith(ending)) return finding;
  let ranked = finding.suggestions;
  if (STORM_BEFORE.test(text.slice(Math.max(0, finding.start - 16), finding.start))) {
    const isName = (s: string): boolean => !speller.correct(s.toLowerCase());
    ranked = [...ranked.filter(isName), ...ranked.filter((s) => !isName(s))];
  }
  const lower = bare.toLowerCase();
  // The story's name one slip away, with the same first letter; of several, the one it uses
  // most.
  let named: string | undefined;
  let uses = 0;
  if (bare.length >= 4)
    for (const [name, count] of capitals.get(bare[0]!) ?? [])
      if (
        count > uses &&
        name !== bare &&
        !flagged.has(name) &&
        Math.abs(name.length - bare.length) <= 1 &&
        editDistance(name.toLowerCase(), lower, 1) === 1
      ) {
        named = name;
        uses = count;
      }
  // Or, from six letters, the story's name said the same: "Wittaker" where it names Dalton
  // Whitacre.
  if (named === undefined && bare.length >= 6) {
    const sound = nameSound(bare);
    for (const [name, count] of capitals.get(bare[0]!) ?? [])
      if (
        count > uses &&
        name !== bare &&
        name.length >= 6 &&
        !flagged.has(name) &&
        nameSound(name) === sound
      ) {
        named = name;
        uses = count;
      }
  }
  // (Not over an apostrophe left out: "Thats the headline" is That's, whatever the story's
  // sentences open with.)
  const apostropheLeftOut = ranked[0] !== undefined && ranked[0].replace(/['’]/u, '') === bare;
  if (named !== undefined && !apostropheLeftOut) {
    const fix = named + ending;
    ranked = [fix, ...ranked.filter((s) => s !== fix)].slice(0, finding.suggestions.length);
  }
  return ranked === finding.suggestions ? finding : { ...finding, suggestions: ranked };
}

// Words after which a noun in -ys is a plural, not a possessive: it is the subject or the
// object ("the countys are", "countys that", "in three countys in the north").
const AFTER_PLURAL = new Set(
  (
    'a about across after along among an and are around as at be been but by can could did ' +
    'do does during for from had has have in into inside like near outside since throughout ' +
    'is may might must of on or over said say says should than that the their these ' +
    'away back out off up down together apart again too home here there now then today ' +
    'they this those through to under was were which while who whose will with within would ' +
    'such including alike combined nationwide statewide each where'
  ).split(' '),
);
const COUNT_BEFORE =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|many|several|all|both|other|these|those|some|most|few|more|neighboring|nearby|surrounding)) $/i;
// A verb that takes a noun and a bare verb after it: "we've seen companys walk away".
const SEEN_BEFORE =
  /\b(?:seen|saw|see|sees|watch|watched|watching|let|lets|letting|made|make|makes|making|help|helps|helped|heard|hear|hears|helping) $/i;
const NEXT_WORD = /^ ([\p{L}\d][\p{L}\d-]*)/u;

/**
 * "The communitys own farms": a noun in -ys with no apostrophe is offered as its plural and
 * its possessive; before a noun the possessive comes first. A count before it ("three
 * countys"), or a verb, a small word or the end of a clause after it keeps the plural first.
 */
function possessiveOrPlural(finding: Finding, text: string): Finding {
  const [first, second] = finding.suggestions;
  if (first === undefined || second === undefined) return finding;
  const plural = [first, second].find((s) => /ies$/i.test(s));
  const possessive = [first, second].find((s) => /['’]s$/.test(s));
  if (plural === undefined || possessive === undefined) return finding;
  const next = NEXT_WORD.exec(text.slice(finding.end))?.[1];
  const wanted =
    COUNT_BEFORE.test(text.slice(Math.max(0, finding.start - 14), finding.start)) ||
    SEEN_BEFORE.test(text.slice(Math.max(0, finding.start - 10), finding.start)) ||
    next === undefined ||
    AFTER_PLURAL.has(next.toLowerCase()) ||
    /ed$/.test(next)
      ? plural
      : possessive;
  if (wanted === first) return finding;
  return { ...finding, suggestions: [second, first, ...finding.suggestions.slice(2)] };
}

// A short word, or one every story uses, is moved first only where the story uses it again
// and again ("officials sai" is said, in a story that says said a dozen times, not say): on
// random slips of the corpus's words, first right 87.0 → 88.7 % over three draws; once
// ("from" for "rom") or twice says nothing of what the story is about.
const SHORT_WORD_USES = 3;

// Words every story uses, which say nothing of what it is about ("sould" is not should).
const FUNCTION_WORDS = new Set(
  (
    'about above after again against among because before being below between could during ' +
    'every might other shall should since their there these those through under until where ' +
    'which while whose would'
  ).split(' '),
);

const ENDING = /(?:['’]s|ily|ly|ies|ied|es|ed|ing|s|y)$/;
const stem = (word: string): string => stripPossessive(word).replace(ENDING, '');

/**
 * A lowercase slip's suggestion that the story itself uses comes first: "the marsch" in a
 * story about marshes is marsh, not march, though both are a letter away. Only among the
 * first three, and only when the first is a word the story does not use.
 */
export function rankByStoryWords(
  finding: Finding,
  /** The story's words with their counts, asked for only when a slip may be reordered. */
  storyWords: () => ReadonlyMap<string, number>,
): Finding {
  const { suggestions } = finding;
  if (finding.kind !== 'spelling' || suggestions.length < 2 || /\p{Lu}/u.test(finding.text))
    return finding;
  const first = suggestions[0]!;
  const words = storyWords();
  const slip = finding.text.toLowerCase();
  const plural = (word: string): number =>
    word.length >= 5 && !word.endsWith('s') && `${word}s` !== slip
      ? (words.get(`${word}s`) ?? 0)
      : 0;
  if ((words.get(stripPossessive(first)) ?? 0) + plural(first) > 0) return finding;
  // Used in the story, no nearer the slip than the first, of five letters or more or used
  // three times or more (SHORT_WORD_USES), and not a form of the first ("passanger" where the story says
  // passengers is still passenger).
  const distance = editDistance(slip, first, 3);
  let best: string | undefined;
  let uses = 0;
  for (const candidate of suggestions.slice(1, 3)) {
    // (Its plural counts for it: "aution operators" in a story of cattle "auctions".)
    const count = (words.get(candidate) ?? 0) + plural(candidate);
    if (
      count > uses &&
      (count >= SHORT_WORD_USES || (candidate.length >= 5 && !FUNCTION_WORDS.has(candidate))) &&
      stem(candidate) !== stem(first) &&
      editDistance(slip, candidate, 3) <= distance
    )
      [best, uses] = [candidate, count];
  }
  if (best === undefined) return finding;
  return { ...finding, suggestions: [best, ...suggestions.filter((s) => s !== best)] };
}

/** Capitalized words with their counts, grouped by first letter (for `rankInStory`). */
export function byInitial(
  capitals: ReadonlyMap<string, number>,
): Map<string, Array<readonly [string, number]>> {
  const groups = new Map<string, Array<readonly [string, number]>>();
  for (const [name, count] of capitals) {
    if (count === 0 || name.length < 3) continue;
    const group = groups.get(name[0]!);
    if (group) group.push([name, count]);
    else groups.set(name[0]!, [[name, count]]);
  }
  return groups;
}
