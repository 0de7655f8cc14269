import type { ProofingResources } from './proofreader';
import type { CompiledRule } from './style-rules';
import { suggestionsFor } from './suggestions';

const HOUSE_SPELLINGS = new WeakMap<ReadonlyArray<CompiledRule>, ReadonlyMap<string, string>>();
const ONE_WORD_RULE = /^\\b([a-z]+)\\b$/;

/**
 * Suggestions with a word the style rules change whole ("towards" → toward, "grey" → gray)
 * as the house spells it: a slip's fix ("twords") is not flagged in turn.
 */
function inHouseSpelling(
  suggestions: ReadonlyArray<string>,
  rules: ReadonlyArray<CompiledRule>,
): string[] {
  const spelled = suggestions.map((s) => {
    const lower = s.toLowerCase();
    const house = houseSpelling(lower, rules);
    if (house === lower) return s;
    return s === lower ? house : house[0]!.toUpperCase() + house.slice(1);
  });
  return [...new Set(spelled)];
}

function houseSpelling(word: string, rules: ReadonlyArray<CompiledRule>): string {
  let spellings = HOUSE_SPELLINGS.get(rules);
  if (!spellings) {
    const map = new Map<string, string>();
    for (const { rule } of rules) {
      const changed = ONE_WORD_RULE.exec(rule.pattern)?.[1];
      if (changed !== undefined && rule.kind !== 'spelling' && /^[a-z]+$/.test(rule.replacement))
        map.set(changed, rule.replacement);
    }
    HOUSE_SPELLINGS.set(rules, (spellings = map));
  }
  return spellings.get(word) ?? word;
}

/**
 * A flagged word's suggestions as the checker offers them, in the house's spelling (the
 * bench's lists of misspellings ask for the dictionary's: `suggestionsFor` alone).
 */
export function houseSuggestions(word: string, resources: ProofingResources): string[] {
  return inHouseSpelling(suggestionsFor(word, resources), resources.rules);
}
