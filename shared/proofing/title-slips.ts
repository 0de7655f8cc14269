import { editDistance } from './edit-distance';
import { TITLE_SET } from './common-names';
import type { ProofingResources } from './proofreader';
import { someSwap } from './suggestions';
import { isCapitalized } from './tokenize';
import type { Token } from './types';

// Titles and the words around them, for telling a slip in a title from a name: "Board Chiar
// Jennifer Homendy", "Forcaster Elena Marsh".

// "Secertary", "Chiar": a title with two letters swapped.
export function swapMakesTitle(word: string): boolean {
  return someSwap(word.toLowerCase(), 1, (swapped) => TITLE_SET.has(swapped));
}

// The next two words are a given name the dictionary lists and another capitalized word:
// "Elena Marsh", "Ray Evers" (a given name that is an everyday word too).
export function beforeFullName(
  tokens: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const given = tokens[i + 1];
  const surname = tokens[i + 2];
  return (
    given !== undefined &&
    surname !== undefined &&
    isCapitalized(surname.text) &&
    text.slice(given.end, surname.start) === ' ' &&
    resources.speller.listed(given.text)
  );
}

const AGENT_ENDING = /(?:er|or|ist|ian|ent|ant|ary|man|woman)$/;

// One slip from an everyday word for a person by what they do: "forcaster", "directer".
export function slipOfAgentNoun(word: string, resources: ProofingResources): boolean {
  const lower = word.toLowerCase();
  return resources.speller
    .suggest(lower)
    .some((near) => AGENT_ENDING.test(near) && editDistance(near, lower, 1) <= 1);
}

// Whether the word before is an everyday word, not a title, in the same name: "Board Chiar",
// not "Commissioner Deonte Nienow" or "the Aglae Kutch".
export function afterEverydayCapital(
  tokens: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const before = tokens[i - 1];
  if (before === undefined || text.slice(before.end, tokens[i]!.start) !== ' ') return false;
  const lower = before.text.toLowerCase();
  return (
    isCapitalized(before.text) &&
    !TITLE_SET.has(lower) &&
    (resources.common?.get(lower) ?? 99) <= 35
  );
}
