import type { Suggest } from './check-block';
import type { ProofingResources } from './proofreader';
import { spellingFinding } from './capital-typos';
import type { Finding, Token } from './types';

// A word of three letters opening a sentence as a slip of a common opening word: "Som
// farmers", "Tey want", whether the dictionary lacks it or knows it only as a rare word.

// Four-letter words that open sentences, a letter of which a hurried hand drops: "Som
// farmers", "Tey said", "Wht happened".
const OPENERS = new Set(
  (
    'some this that they then when what with from have were will here also many most much ' +
    'more each both even just only once over such them very ' +
    // And longer ones: "Wile the vote was close" (a wile is a trick), "Thos who".
    'while where which there these those their after since until every other still often ' +
    'never later again'
  ).split(' '),
);
// After a name of three letters come its verbs: "Nam said", "Wen was".
const AFTER_NAME =
  /^(?:said|says|told|tells|was|is|has|had|added|asked|wrote|replied|and|who|will|would)$/;

/**
 * A word of three to five letters opening a sentence, one of the opening words above with a
 * letter after its first dropped, before a lowercase word no name is followed by.
 */
export function shortOpenerSlip(word: string, next: Token | undefined): string | undefined {
  if (word.length < 3 || word.length > 5 || next === undefined || !/^\p{Ll}/u.test(next.text))
    return undefined;
  if (AFTER_NAME.test(next.text) || next.text.endsWith('ed')) return undefined;
  const lower = word.toLowerCase();
  for (const opener of OPENERS)
    if (opener[0] === lower[0] && opener.length === lower.length + 1)
      for (let k = 1; k < opener.length; k++)
        if (opener.slice(0, k) + opener.slice(k + 1) === lower) return word[0] + opener.slice(1);
  return undefined;
}

/**
 * "Som farmers are", "Wile the vote": a rare word the dictionary knows (a currency, a trick)
 * opening a sentence as a slip of an opening word, as a spelling finding.
 */
export function rareOpenerSlip(
  tokens: ReadonlyArray<Token>,
  i: number,
  resources: ProofingResources,
  suggest: Suggest,
): Finding | undefined {
  const token = tokens[i]!;
  if (!token.sentenceStart || resources.common?.has(token.text.toLowerCase()) !== false)
    return undefined;
  const meant = shortOpenerSlip(token.text, tokens[i + 1]);
  if (meant === undefined) return undefined;
  const finding = spellingFinding(token, suggest);
  return {
    ...finding,
    message: `Check the word: did you mean “${meant}”?`,
    suggestions: [meant, ...finding.suggestions.filter((s) => s !== meant)].slice(0, 4),
  };
}

/**
 * "Afte the storm": a sentence's first word of four or five letters, a letter short of an
 * opening word, offers that word first.
 */
export function openerFirst(finding: Finding, token: Token, next: Token | undefined): Finding {
  // (Three letters are left to the ranking: "Tha band" is The as often as That.)
  if (!token.sentenceStart || token.text.length < 4) return finding;
  const meant = shortOpenerSlip(token.text, next);
  if (meant === undefined || finding.suggestions[0] === meant) return finding;
  return {
    ...finding,
    suggestions: [meant, ...finding.suggestions.filter((s) => s !== meant)].slice(0, 4),
  };
}
