import type { Token } from './types';

const PLACE_WORDS = new Set(['in', 'near', 'from', 'outside', 'to', 'across', 'downtown']);

// Words around a capitalized word that say it is a place: "in X", "X-based", "X County",
// "X, Calif.".
export function placeCue(text: string, token: Token, tokens: ReadonlyArray<Token>): boolean {
  const index = tokens.findIndex((t) => t.start === token.start);
  const before = index > 0 ? tokens[index - 1]!.text.toLowerCase() : '';
  const after = text.slice(token.end, token.end + 24);
  return (
    PLACE_WORDS.has(before) ||
    /^-(based|area|bound|born)\b/.test(after) ||
    /^\s+County\b/.test(after) ||
    /^,\s+[A-Z][a-z]{1,4}\./.test(after)
  );
}

const COMPASS = /^(North|South|East|West|Northeast|Northwest|Southeast|Southwest|Upper|Lower)\s/;

// "East Bay" is not a misspelled "West Bay": names that differ only in their compass word are
// different regions, both real.
export function otherCompassPoint(candidate: string, phrase: string): boolean {
  const a = COMPASS.exec(candidate);
  const b = COMPASS.exec(phrase);
  return a !== null && b !== null && candidate.slice(a[0].length) === phrase.slice(b[0].length);
}
