import { NOT_PLAIN, plainSpelling } from './place-spellings';
import type { UnknownName } from './consistency';
import { nameDistance } from './name-distance';
import type { ProofingResources } from './proofreader';
import { soundKey } from './sound-key';
import type { Finding } from './types';

// "Dana Cooper, a ranger" and later "Coopper said": the dictionary knows Cooper (a barrel
// maker), so the consistency check, which compares names the dictionary lacks, never sees it;
// and a word before "said" is taken for a surname rather than a typo. Such a word, used once,
// one slip from a surname the story gives with a first name, is that surname.

const SAID_AFTER = /^ (?:said|says|told|added|testified|wrote|argued|noted|explained)\b/;

/** The unknown names that are slips of a surname the story introduces, each with its finding. */
export function slipsOfIntroducedNames(
  hints: ReadonlyArray<UnknownName>,
  counts: ReadonlyMap<string, number>,
  /** The same words (of three letters or more) by first letter (see story-ranking.ts). */
  byInitial: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>,
  blocks: ReadonlyArray<string>,
  resources: ProofingResources,
): Array<{ hint: UnknownName; finding: Finding }> {
  const out: Array<{ hint: UnknownName; finding: Finding }> = [];
  // (A name of three letters only where it drops a doubled last letter: "Vos said" after
  // "Elaine Voss"; any other three letters are too many people's names: Lee, Kim, Ray.)
  const saying = hints.filter(
    (hint) =>
      (hint.text.length >= 4 || (hint.text.length === 3 && !hint.known)) &&
      counts.get(hint.text) === 1 &&
      SAID_AFTER.test((blocks[hint.block] ?? '').slice(hint.end, hint.end + 14)),
  );
  if (saying.length === 0) return out;
  const withGiven = introducedNames(blocks, resources);
  const introduced = (name: string): boolean => withGiven.has(name);
  for (const hint of saying) {
    const word = hint.text;
    if (word.length === 3) {
      const doubled = word + word[2]!;
      if ((counts.get(doubled) ?? 0) > 0 && introduced(doubled))
        out.push({ hint, finding: slipOf(hint, doubled) });
      continue;
    }
    const surname = nearNames(hint, byInitial).find(introduced);
    // A name given with a first name of its own is that person's ("Dana Hart" beside "Tom
    // Hurt").
    if (surname !== undefined && introduced(word)) continue;
    if (surname === undefined) continue;
    out.push({ hint, finding: slipOf(hint, surname) });
  }
  return out;
}

function slipOf(hint: UnknownName, surname: string): Finding {
  return {
    start: hint.start,
    end: hint.end,
    text: hint.text,
    kind: 'consistency',
    message: `“${hint.text}” is spelled “${surname}” elsewhere in this story.`,
    suggestions: [surname],
  };
}

// How a surname sounds, a silent last e aside: Seymore and Seymour, Reid and Reed.
// (Remembered: a recheck asks again for every name of the story.)
const SOUNDS = new Map<string, string>();

export function nameSound(name: string): string {
  let sound = SOUNDS.get(name);
  if (sound === undefined) {
    if (SOUNDS.size > 5_000) SOUNDS.clear();
    // (A last "re" after a consonant is said "er": "Whitacre" sounds as "Whitaker".)
    const said = name
      .toLowerCase()
      .replace(/cre$/, 'ker')
      .replace(/(?<=[bdfgptv])re$/, 'er')
      .replace(/(?<=[^aeiouy])e$/, '');
    SOUNDS.set(name, (sound = soundKey(said)));
  }
  return sound;
}

// The surnames written after a first name somewhere in the story: a capitalized word that is
// no everyday word, or one the dictionary lists as a name ("Dana Cooper", "Mark Price").
function introducedNames(
  blocks: ReadonlyArray<string>,
  resources: ProofingResources,
): ReadonlySet<string> {
  const names = new Set<string>();
  for (const block of blocks) for (const name of surnamesIn(block, resources)) names.add(name);
  return names;
}

// Each block's surnames written after a first name, remembered by its text: a recheck asks
// again of every block but the one edited.
const SURNAMES = new Map<string, ReadonlySet<string>>();
// (The surname read ahead, so "Mayor Lisa Brown" yields Lisa and Brown.)
const GIVEN_THEN_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+) (?=(\p{Lu}\p{Ll}+)(?![\p{L}]))/gu;

function surnamesIn(block: string, resources: ProofingResources): ReadonlySet<string> {
  let found = SURNAMES.get(block);
  if (found) return found;
  const names = new Set<string>();
  for (const [, given, surname] of block.matchAll(GIVEN_THEN_NAME))
    if (resources.speller.listed(given!) || !resources.speller.correct(given!.toLowerCase()))
      names.add(surname!);
  if (SURNAMES.size > 2_000) SURNAMES.clear();
  SURNAMES.set(block, (found = names));
  return found;
}

// The story's names a hint may be a slip of, before asking which the story introduces:
// remembered while the story's capitalized words stay (a recheck asks again of every hint).
const NEAR_NAMES = new WeakMap<object, Map<string, ReadonlyArray<string>>>();

function nearNames(
  hint: UnknownName,
  byInitial: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>,
): ReadonlyArray<string> {
  let known = NEAR_NAMES.get(byInitial);
  if (!known) NEAR_NAMES.set(byInitial, (known = new Map()));
  const word = hint.text;
  const strict = hint.known === true && hint.everyday !== true;
  const key = `${strict ? 1 : 0}${word}`;
  let found = known.get(key);
  if (found) return found;
  // A name the dictionary knows is held only to one that sounds the same: "Seymour said"
  // after "Willie Seymore", not "Carter said" after "Dana Porter".
  // Any other is held to one a slip off or one that sounds the same ("Tait said" after
  // "Karen Tate").
  const sound = nameSound(word);
  const sounds = (name: string): boolean => name.length >= 4 && nameSound(name) === sound;
  // (Nor an "e" before a last "s", said the same: "Burkes said" after "Wesley Burks".)
  const eBeforeS = (name: string): boolean =>
    /s$/.test(name) && (`${name.slice(0, -1)}es` === word || `${word.slice(0, -1)}es` === name);
  const near = (name: string): boolean =>
    strict
      ? sounds(name) || eBeforeS(name)
      : (Math.abs(name.length - word.length) <= 1 && nameDistance(word, name) === 1) ||
        sounds(name);
  found = (byInitial.get(word[0]!) ?? [])
    .map(([name]) => name)
    .filter(
      (name) =>
        name !== word &&
        // (Nor one an accent apart, "Mejía" and "Mejia": `accentSlips` holds the plain one.)
        !(NOT_PLAIN.test(name + word) && plainSpelling(name) === plainSpelling(word)) &&
        // (Not "The Smiths said" after "John Smith": his family. A name ending in s makes its
        // family "the Norrises": "Norriss said" after "Jackie Norris" is a slip.)
        (name + 's' !== word || /(?:s|x|z|ch|sh)$/.test(name)) &&
        name + 'es' !== word &&
        near(name),
    );
  known.set(key, found);
  return found;
}
