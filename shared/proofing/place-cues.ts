import type { Token } from './types';

const PLACE_WORDS = new Set(['in', 'near', 'outside', 'downtown']);
// Also said of companies and people ("crews from Entergy", "a letter to Linde").
const LOOSE_PLACE_WORDS = new Set(['from', 'to', 'across']);

// Words around a capitalized word that say it is a place: "in X", "X-based", "X County",
// "X, Calif."; `loose` also takes "from X", "to X", "across X".
export function placeCue(
  text: string,
  token: Token,
  tokens: ReadonlyArray<Token>,
  loose = true,
): boolean {
  const index = tokens.findIndex((t) => t.start === token.start);
  const before = index > 0 ? tokens[index - 1]!.text.toLowerCase() : '';
  const after = text.slice(token.end, token.end + 24);
  return (
    PLACE_WORDS.has(before) ||
    (loose && LOOSE_PLACE_WORDS.has(before)) ||
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
