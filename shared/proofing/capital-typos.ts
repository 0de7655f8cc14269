import type { Suggest } from './check-block';
import type { ProofingResources } from './proofreader';
import { looksLikeTypo, slipOfKnownWord } from './suggestions';
import { isCapitalized } from './tokenize';
import type { Finding, Token } from './types';

// When an unknown capitalized word is a typo rather than a name: the judgement the block check
// makes for each such word, wherever it stands.

// Words that close a name made of everyday words ("Appalachian State", "Willamette Valley")
// far more often than they follow a person's name.
const NAME_CLOSERS = new Set([
  'state',
  'valley',
  'university',
  'college',
  'river',
  'commission',
  'department',
  'association',
  'institute',
  'council',
]);

// A capitalized word inside a name made of everyday words is judged like a sentence's first
// word (a typo when it is one slip from a common word): "the Public Utility Commision",
// "Appalacian State". After a lone capitalized word it is not: "Mayor Darfus" is a name.
function inCommonName(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const joined = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && text.slice(a.end, b.start) === ' ';
  const common = (t: Token | undefined): boolean =>
    t !== undefined &&
    isCapitalized(t.text) &&
    resources.common?.get(t.text.toLowerCase()) !== undefined;
  const [before2, before, token, after] = [units[i - 2], units[i - 1], units[i], units[i + 1]];
  if (
    joined(before, token) &&
    joined(before2, before) &&
    common(before) &&
    before2 !== undefined &&
    isCapitalized(before2.text)
  )
    return true;
  return (
    joined(token, after) &&
    after !== undefined &&
    isCapitalized(after.text) &&
    NAME_CLOSERS.has(after.text.toLowerCase())
  );
}

// A capitalized word that opens a sentence or sits in a name of everyday words, as a
// spelling finding when it is one slip from a common word.
export function typoOfWord(
  tokens: ReadonlyArray<Token>,
  token: Token,
  text: string,
  resources: ProofingResources,
  suggest: Suggest,
): Finding | undefined {
  const i = tokens.findIndex((t) => t.start === token.start);
  return capitalTypo(tokens, i, text, resources) ? spellingFinding(token, suggest) : undefined;
}

// Whether an unknown capitalized word is a typo rather than a name: where a name could not
// stand (opening a sentence with no capitalized word after it, as after a first name; inside
// a name of everyday words) and close to a word (`looksLikeTypo`); or long and one slip from
// a common word; or a known proper noun with two letters swapped.
export function capitalTypo(
  tokens: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const beforeName =
    next !== undefined && isCapitalized(next.text) && text.slice(token.end, next.start) === ' ';
  const judged = (token.sentenceStart && !beforeName) || inCommonName(tokens, i, text, resources);
  return (judged && looksLikeTypo(token.text, resources)) || slipOfKnownWord(token.text, resources);
}

export function spellingFinding(token: Token, suggest: Suggest): Finding {
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    kind: 'spelling',
    message: `“${token.text}” is not in the dictionary.`,
    suggestions: suggest(token.text),
  };
}
