import type { Finding } from './types';
import type { WordPairs } from './word-pairs';

// A lowercase word's suggestions are ranked out of context: "wether" is nearer weather than
// whether by letters, but "decided wether to" means whether. Where two of the first three
// are sound-alikes the language model knows, the words around the slip choose between them.

const WORD_BEFORE = /([a-z]+(?:['’][a-z]+)?)[ ]+$/;
const WORD_AFTER = /^[ ]+([a-z]+(?:['’][a-z]+)?)/;
const SENTENCE_END = /^[.!?]/;
/** How much likelier (log10) the words around must make another suggestion to put it first. */
const MARGIN = 1;

/** The finding with its suggestions reordered by the words around it, or as it was. */
export function rankInContext(finding: Finding, text: string, pairs: WordPairs): Finding {
  const { suggestions } = finding;
  if (finding.kind !== 'spelling' || suggestions.length < 2 || /\p{Lu}/u.test(finding.text))
    return finding;
  const modelled = suggestions.slice(0, 3).filter((s) => pairs.soundAlikes(s) !== undefined);
  if (modelled.length < 2 || modelled[0] !== suggestions[0]) return finding;
  const rest = text.slice(finding.end);
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, finding.start - 30), finding.start));
  const after = SENTENCE_END.test(rest) ? '</s>' : WORD_AFTER.exec(rest)?.[1];
  const known = (word: string | undefined): string | undefined =>
    word !== undefined && pairs.has(word.replace('’', "'")) ? word.replace('’', "'") : undefined;
  const left = known(before?.[1]);
  const right = known(after);
  if (left === undefined && right === undefined) return finding;
  const score = (word: string): number =>
    pairs.logProb(left, word) + (right === undefined ? 0 : pairs.logProb(word, right));
  const first = score(modelled[0]!);
  let best = modelled[0]!;
  let bestScore = first + MARGIN;
  for (const candidate of modelled.slice(1)) {
    const s = score(candidate);
    if (s > bestScore) [best, bestScore] = [candidate, s];
  }
  if (best === suggestions[0]) return finding;
  return { ...finding, suggestions: [best, ...suggestions.filter((s) => s !== best)] };
}
