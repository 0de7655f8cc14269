import { SHOUTED } from './name-run-checks';
import { stateAfter } from './place-context';
import type { ProofingResources } from './proofreader';
import { isCapitalized, stripPossessive } from './tokenize';
import type { UnknownName } from './consistency';
import type { Finding, Token } from './types';

/**
 * The words of the small towns a block names with their state beside them ("UNDERHILL,
 * Vt.", "near Drayton Plains, Mich."), towns only the ZIP code list knows: names, not slips
 * of "underkill" or "Dayton". Elsewhere such a name is left to the other checks, as
 * thousands of them are surnames too.
 */
export function smallTownWords(
  tokens: ReadonlyArray<Token>,
  text: string,
  resources: ProofingResources,
): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Only a run of capitalized words that ends at ", State" can be a town.
    if (text.charCodeAt(tokens[i]!.end) !== 44 /* , */) continue;
    const state = stateAfter(text, tokens[i]!.end);
    if (state === undefined) continue;
    for (let first = i; first >= Math.max(0, i - 2); first--) {
      const token = tokens[first]!;
      if (!isCapitalized(token.text)) break;
      if (first < i && text.slice(token.end, tokens[first + 1]!.start) !== ' ') break;
      if (resources.gazetteer.towns.has(text.slice(token.start, tokens[i]!.end), state)) {
        out.push(...tokens.slice(first, i + 1));
        break;
      }
    }
  }
  return out;
}

/**
 * A dateline's place one slip from a small town of the state it names: "UNDERHIL, Vt." →
 * UNDERHILL. Only the first word of a block, where nothing but a place stands ("Sen. Jon
 * Tester, Montana's senior senator" is a man).
 */
export function datelineTownSlip(
  tokens: ReadonlyArray<Token>,
  text: string,
  resources: ProofingResources,
): Finding | undefined {
  const token = tokens[0];
  if (token === undefined || token.start !== 0 || !isCapitalized(token.text)) return undefined;
  const state = stateAfter(text, token.end);
  if (state === undefined) return undefined;
  const { speller, gazetteer } = resources;
  if (speller.correct(token.text) || gazetteer.lookup(token.text) !== undefined) return undefined;
  const shouted = SHOUTED.test(token.text);
  const towns = gazetteer.towns
    .near(token.text, state)
    .map((town) => (shouted ? town.toUpperCase() : town));
  return towns.length === 0 ? undefined : placeSuggestion(token, towns);
}

/** A word that is likely one of `places` (nearest first): a name finding offering them. */
export function placeSuggestion(
  word: { readonly start: number; readonly end: number; readonly text: string },
  places: ReadonlyArray<string>,
): Finding {
  return {
    start: word.start,
    end: word.end,
    text: word.text,
    kind: 'name',
    message: `Check the place: did you mean “${places[0]}”?`,
    suggestions: places.slice(0, 3),
  };
}

/**
 * Drops the findings on a small town of a state the story names ("taught in Oglala and
 * Manderson" in a story datelined Rapid City, S.D.): only the ZIP code list knows the town,
 * and the story's state says it is one. Findings are per block, in place.
 */
function dropStoryTowns(
  findings: Finding[][],
  states: ReadonlySet<string>,
  resources: ProofingResources,
): void {
  if (states.size === 0) return;
  const { towns } = resources.gazetteer;
  const inStory = (f: Finding): boolean =>
    (f.kind === 'name' || f.kind === 'spelling') &&
    isCapitalized(f.text) &&
    towns.hasAny(stripPossessive(f.text), states);
  findings.forEach((list, i) => {
    if (list.some(inStory)) findings[i] = list.filter((f) => !inStory(f));
  });
}

// Words around a name that say it is a place: "in X", "south of X", "X Island", "X-based".
const CUE_BEFORE = /\b(?:in|near|outside|of|from|to|at|across|downtown)\s$/;
const CUE_AFTER =
  /^(?:\s(?:Island|Lake|River|Bay|Harbor|Township|Village|Falls|Beach|Point|Valley|Pond|Mountain)\b|-(?:based|area))/;

/**
 * An unknown name one slip from a small town of a state the story names, where the words
 * around it say it is a place: "south of Monhegen Island" in a Maine story is Monhegan.
 * Only the ZIP code list knows such towns; without the cue a surname is as likely.
 */
function storyTownSlips(
  unknown: ReadonlyArray<UnknownName>,
  blocks: ReadonlyArray<string>,
  states: ReadonlySet<string>,
  resources: ProofingResources,
): Array<{ block: number; finding: Finding }> {
  if (states.size === 0) return [];
  const out: Array<{ block: number; finding: Finding }> = [];
  const { speller, gazetteer } = resources;
  for (const name of unknown) {
    if (name.known || name.everyday || name.nameFinding || name.text.length < 5) continue;
    const text = blocks[name.block] ?? '';
    const cued =
      CUE_BEFORE.test(text.slice(Math.max(0, name.start - 12), name.start)) ||
      CUE_AFTER.test(text.slice(name.end, name.end + 12));
    if (!cued || speller.correct(name.text) || gazetteer.lookup(name.text) !== undefined) continue;
    if (gazetteer.towns.hasAny(name.text, states)) continue;
    const towns = [...states].flatMap((state) => gazetteer.towns.near(name.text, state));
    if (towns.length === 0) continue;
    out.push({ block: name.block, finding: placeSuggestion(name, towns) });
  }
  return out;
}

/**
 * The story-wide judgment of small towns, once the story's states are known (the state it
 * is set in and every state it names): findings on its towns dropped, slips of them added.
 */
export function judgeStoryTowns(
  findings: Finding[][],
  unknown: ReadonlyArray<UnknownName>,
  blocks: ReadonlyArray<string>,
  named: ReadonlyArray<string | undefined>,
  resources: ProofingResources,
): void {
  const states = new Set(named.filter((state): state is string => state !== undefined));
  dropStoryTowns(findings, states, resources);
  for (const { block, finding } of storyTownSlips(unknown, blocks, states, resources))
    findings[block]!.push(finding);
}
