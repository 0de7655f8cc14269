import type { Gazetteer } from './gazetteer';

const FEATURE_HEADS: ReadonlySet<string> = new Set([
  'Falls',
  'River',
  'Valley',
  'Creek',
  'Lake',
  'Heights',
  'Springs',
  'Hills',
  'Bay',
]);

/**
 * A feature named for a known place by another head ("the Menomonee Valley", beside
 * Menomonee Falls and the Menomonee River): the phrase itself, or undefined. A place's own
 * word is no slip of another place's wherever it heads a valley, a river or a lake.
 */
export function featureOf(phrase: string, gazetteer: Gazetteer): string | undefined {
  const space = phrase.lastIndexOf(' ');
  if (space < 0 || !FEATURE_HEADS.has(phrase.slice(space + 1))) return undefined;
  const name = phrase.slice(0, space);
  for (const head of FEATURE_HEADS)
    if (gazetteer.lookup(`${name} ${head}`) !== undefined) return phrase;
  return undefined;
}
