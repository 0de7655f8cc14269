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
    const statesOfName = new Map(
      names.map((n) => [n, gazetteer.statesOf(`${n.text} ${head}`)] as const),
    );
    const known = names.filter((n) => gazetteer.lookup(`${n.text} ${head}`) !== undefined);
    const states = new Set(known.flatMap((n) => statesOfName.get(n)!));
    if (states.size === 0) return;
    // Names of counties in one or two states only anchor the list: "Wake and Johnson
    // counties" are in North Carolina, where Johnston is, though Kansas has a Johnson County.
    const anchored = new Set(
      known.filter((n) => statesOfName.get(n)!.length <= 2).flatMap((n) => statesOfName.get(n)!),
    );
    for (const name of names) {
      const own = statesOfName.get(name)!;
      const astray =
        known.includes(name) &&
        own.length > 2 &&
        anchored.size > 0 &&
        !own.some((state) => anchored.has(state));
      if (known.includes(name) && !astray) continue;
      // The list's states' own counties, one slip away, or two from five letters ("Solona":
      // Solano), closest first; a county of another state only one slip from one of the
      // anchors' states.
      const most = astray ? 1 : name.text.length >= 5 ? 2 : 1;
      const within = astray ? anchored : states;
      const near = [...within]
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
        message: astray
          ? `Check the name: ${name.text} ${head} is in other states than the others listed; did you mean “${near[0]}”?`
          : `Check the name: there is no ${name.text} ${head} beside the others listed; did you mean “${near[0]}”?`,
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
