import { editDistance, sameLetters } from './edit-distance';
import type { Gazetteer } from './gazetteer';
import { isCapitalized } from './tokenize';
import type { Finding, Token } from './types';

const PLURALS: Record<string, 'County' | 'Parish'> = { counties: 'County', parishes: 'Parish' };
const JOINERS = new Set([', ', ' and ', ', and ', ' or ', ', or ']);

/**
 * "Colusa, Glen and Butte counties": each name of such a list is a county's, so "Glen" is
 * looked up as "Glen County" and, when no such county exists but one a slip away does in the
 * states of the list's other counties, flagged with that one ("Glenn"). A name the other
 * counties give no state for is left alone.
 */
export function countyListFindings(
  text: string,
  tokens: ReadonlyArray<Token>,
  gazetteer: Gazetteer,
): Finding[] {
  if (!text.includes('counties') && !text.includes('parishes')) return [];
  const findings: Finding[] = [];
  tokens.forEach((token, k) => {
    const head = PLURALS[token.text];
    if (head === undefined) return;
    const names = listBefore(text, tokens, k);
    if (names.length < 2) return;
    const known = names.filter((n) => gazetteer.lookup(`${n.text} ${head}`) !== undefined);
    const states = new Set(known.flatMap((n) => gazetteer.statesOf(`${n.text} ${head}`)));
    if (states.size === 0) return;
    for (const name of names) {
      if (known.includes(name)) continue;
      // The list's states' own counties, one slip away, or two from five letters ("Solona":
      // Solano), closest first.
      const most = name.text.length >= 5 ? 2 : 1;
      const near = [...states]
        .flatMap((state) => gazetteer.countiesIn(state, head))
        .map((county) => ({ county, slips: editDistance(county, name.text, most) }))
        .filter(({ county, slips }) => slips <= most && county !== name.text)
        // Equally close, the one of the same letters in another order first: Solano, not Sonoma.
        .sort(
          (a, b) =>
            a.slips - b.slips ||
            Number(sameLetters(b.county, name.text)) - Number(sameLetters(a.county, name.text)),
        )
        .map(({ county }) => county);
      if (near.length === 0) continue;
      findings.push({
        start: name.start,
        end: name.end,
        text: name.text,
        kind: 'name',
        message: `Check the name: there is no ${name.text} ${head} beside the others listed; did you mean “${near[0]}”?`,
        suggestions: near.slice(0, 3),
      });
    }
  });
  return findings;
}

// The one-word capitalized names joined by commas, "and" or "or" right before token `k`.
function listBefore(
  text: string,
  tokens: ReadonlyArray<Token>,
  k: number,
): Array<{ text: string; start: number; end: number }> {
  const names: Array<{ text: string; start: number; end: number }> = [];
  let after = tokens[k]!.start;
  for (let i = k - 1; i >= 0; i--) {
    const token = tokens[i]!;
    // "and" and "or" are tokens of their own, inside the joiner.
    if (token.text === 'and' || token.text === 'or') continue;
    const between = text.slice(token.end, after);
    if (
      !isCapitalized(token.text) ||
      !(names.length === 0 ? between === ' ' : JOINERS.has(between))
    )
      break;
    names.unshift({ text: token.text, start: token.start, end: token.end });
    after = token.start;
  }
  return names;
}
