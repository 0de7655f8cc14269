// Last touches to a finding's suggestions, from how it is written and what the story says.
import type { Finding } from './types';

const SHOUTED = /^[\p{Lu}'’. -]*\p{Lu}[\p{Lu}'’. -]*\p{Lu}[\p{Lu}'’. -]*$/u;
const WORDS = /^[\p{L}\p{M}'’. -]+$/u;

/**
 * A word written in capitals (a dateline's "TUSCON" or "LAS VEGES", a headline's) is fixed in
 * capitals: "TUCSON", not "Tucson". Only names and spellings, and only fixes made of letters: a style
 * rule may mean to change an abbreviation's case.
 */
export function inCapitals(finding: Finding): Finding {
  if (finding.kind !== 'name' && finding.kind !== 'spelling' && finding.kind !== 'consistency')
    return finding;
  if (finding.suggestions.length === 0 || !SHOUTED.test(finding.text)) return finding;
  if (!finding.suggestions.some((s) => WORDS.test(s) && s !== s.toUpperCase())) return finding;
  return {
    ...finding,
    suggestions: finding.suggestions.map((s) => (WORDS.test(s) ? s.toUpperCase() : s)),
  };
}

/**
 * A near-miss of a name whose candidates include a place the story itself writes elsewhere
 * ("Pina County" in a story that names Pima County): that one first, unless the story also
 * names the first candidate. Only a name of two words or more, or one no dictionary lists.
 */
export function namedInStoryFirst(
  finding: Finding,
  story: ReadonlyArray<string>,
  /** A word the dictionary knows ("German", "Power"): in the story, it may be anything. */
  everyday: (name: string) => boolean,
): Finding {
  if (finding.kind !== 'name' || finding.suggestions.length < 2) return finding;
  const named = (name: string): boolean => story.some((block) => standsIn(block, name));
  if (named(finding.suggestions[0]!)) return finding;
  const at = finding.suggestions.findIndex(
    (s, i) => i > 0 && (s.includes(' ') || !everyday(s)) && named(s),
  );
  if (at < 0) return finding;
  const suggestions = [...finding.suggestions];
  const [chosen] = suggestions.splice(at, 1);
  const first = finding.suggestions[0]!;
  return {
    ...finding,
    message: finding.message.replace(`“${first}”`, `“${chosen!}”`),
    suggestions: [chosen!, ...suggestions],
  };
}

// The name as a whole word in the block: "Pima County", not inside "Pima Countywide".
function standsIn(block: string, name: string): boolean {
  for (let at = block.indexOf(name); at >= 0; at = block.indexOf(name, at + 1)) {
    const before = block.charAt(at - 1);
    const after = block.charAt(at + name.length);
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

const LETTER = /^[\p{L}\p{M}]$/u;
