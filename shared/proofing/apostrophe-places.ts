import type { Gazetteer } from './gazetteer';
import type { Finding } from './types';

// "Jame's Island" for James Island, "St. Mary's" aside: an apostrophe put into a place whose
// name ends in s, where the name with the s (and the word after it) is a known place and the
// name without it is none.
const APOSTROPHE_IN = /(?<![\p{L}'’])(\p{Lu}\p{Ll}{2,})['’]s ((?:\p{Lu}\p{Ll}+ ?){1,2})/gu;

export function apostropheInPlaceName(
  text: string,
  gazetteer: Gazetteer,
  /** Whether a word is a common word or name: "Walker's Point" is a Walker's. */
  common: (word: string) => boolean,
): Finding[] {
  if (!text.includes("'s ") && !text.includes('’s ')) return [];
  const found: Finding[] = [];
  for (const m of text.matchAll(APOSTROPHE_IN)) {
    const bare = m[1]!;
    if (common(bare)) continue;
    const words = m[2]!.trim().split(' ');
    for (let n = words.length; n >= 1; n--) {
      const rest = words.slice(0, n).join(' ');
      const meant = `${bare}s ${rest}`;
      if (gazetteer.lookup(meant) === undefined) continue;
      // (A real possessive place keeps its apostrophe: "Martha's Vineyard".)
      if (gazetteer.lookup(`${bare}'s ${rest}`) || gazetteer.lookup(`${bare}’s ${rest}`)) break;
      const written = text.slice(m.index, m.index + bare.length + 2);
      found.push({
        start: m.index,
        end: m.index + written.length,
        text: written,
        kind: 'name',
        message: `Check the name: the place is “${meant}”, with no apostrophe.`,
        suggestions: [`${bare}s`],
      });
      break;
    }
  }
  return found;
}
