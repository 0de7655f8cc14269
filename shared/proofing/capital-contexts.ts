import type { ProofingResources } from './proofreader';
import { stripPossessive } from './tokenize';
import type { Token } from './types';
import { ARTICLES } from './common-names';

// Where an unknown capitalized word stands: the words around it that say it is a name, a
// place, a date or a word (read by capital-typos.ts).

// A module constant: some transforms rebuild a Unicode literal on every call.
const LOWER_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;

export const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)s?$/;

// Whether punctuation or the block's end comes right after the word.
export function endsPhrase(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  const next = tokens[i + 1];
  const gap = text.slice(tokens[i]!.end, next === undefined ? text.length : next.start);
  return next === undefined || /[.,;:!?)]/.test(gap);
}

// "the Kansas Speedwya", "the Ohio Statehuose": after an article and a state's or country's
// name, where a venue or an office is named by an everyday word.
export function afterArticleAndState(
  tokens: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const [article, state] = [tokens[i - 2], tokens[i - 1]];
  return (
    article !== undefined &&
    state !== undefined &&
    /^[Tt]he$/.test(article.text) &&
    text.slice(article.end, state.start) === ' ' &&
    text.slice(state.end, tokens[i]!.start) === ' ' &&
    resources.gazetteer.isStateOrCountry(state.text)
  );
}

// A person's name never follows an article, alone or with a word between: "the
// Mediteranean", "the Amercan Red Cross", "a large Menonite community".
export function afterArticle(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  const spaced = (a: Token, b: Token): boolean => text.slice(a.end, b.start) === ' ';
  const before = tokens[i - 1];
  if (before === undefined || !spaced(before, tokens[i]!)) return false;
  // "The Amercan Red Cross" opening a sentence too.
  if (ARTICLES.has(before.text.toLowerCase())) return true;
  // The word between may come in parts: "a close-knit Menonite community".
  let first = i - 1;
  while (first > 0 && text.slice(tokens[first - 1]!.end, tokens[first]!.start) === '-') first--;
  const article = tokens[first - 1];
  return (
    article !== undefined &&
    ARTICLES.has(article.text.toLowerCase()) &&
    spaced(article, tokens[first]!) &&
    LOWER_WORD.test(text.slice(tokens[first]!.start, before.end))
  );
}

export function beforeStateOrCountry(
  tokens: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    text.slice(tokens[i]!.end, next.start) === ' ' &&
    resources.gazetteer.isStateOrCountry(stripPossessive(next.text))
  );
}

export const STORM_WORDS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);

// "Hurricane Harvy", "Tropical Storm Alburto".
export function afterStormWord(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  const before = tokens[i - 1];
  return (
    before !== undefined &&
    STORM_WORDS.has(before.text) &&
    text.slice(before.end, tokens[i]!.start) === ' '
  );
}

export const ACRONYM = /^\p{Lu}{2,}s?$/u;

export const NUMERAL = /^(?:\d+[A-Z]?|[IVX]{1,4})$/;

export function beforeNumeral(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  const next = tokens[i + 1];
  return (
    next !== undefined && text.slice(tokens[i]!.end, next.start) === ' ' && NUMERAL.test(next.text)
  );
}

// Before a day of the month: "Jnue 1,", "Jluy 31".
export function beforeDay(tokens: ReadonlyArray<Token>, i: number, text: string): boolean {
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    text.slice(tokens[i]!.end, next.start) === ' ' &&
    /^(?:[1-9]|[12]\d|3[01])$/.test(next.text)
  );
}
