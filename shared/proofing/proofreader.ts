import { editDistance } from './edit-distance';
import type { Gazetteer } from './gazetteer';
import { checkArticles, checkQuotes, checkRepeats, checkSpacingAndBrackets } from './simple-checks';
import type { Speller } from './speller';
import { checkStyle } from './style-rules';
import type { CompiledRule } from './style-rules';
import { isBoilerplate } from './boilerplate';
import { checkPlacesInContext } from './place-context';
import type { PlaceMention } from './place-context';
import { compoundParts, isAffixPart, nameTokens } from './compounds';
import { CommonWordIndex, rankedSuggestions } from './suggest';
import { isCapitalized, stripPossessive, tokenize } from './tokenize';
import type { Finding, NameHint, Token } from './types';

/** Everything the checker consults. */
export interface ProofingResources {
  readonly speller: Speller;
  readonly gazetteer: Gazetteer;
  readonly rules: ReadonlyArray<CompiledRule>;
  /** Newsroom dictionary and per-story ignores, compared case-insensitively. */
  readonly accepted: ReadonlySet<string>;
  /** Common words with their SCOWL size (10 most common): ranks suggestions. */
  readonly common?: ReadonlyMap<string, number>;
}

/** Findings and name hints for one block (paragraph, headline, caption…). */
export interface BlockResult {
  readonly findings: ReadonlyArray<Finding>;
  readonly hints: ReadonlyArray<NameHint>;
}

interface UnknownName extends NameHint {
  readonly block: number;
  /** The dictionary knows it as a proper noun (Achebe): a consistency candidate, never a hint. */
  readonly known?: boolean;
  /** A single-word near miss of a place, reported unless the story uses the word repeatedly. */
  readonly nameFinding?: Finding;
}

function withCase(suggestion: string, original: string): string {
  if (original === original.toUpperCase() && original.length > 1) return suggestion.toUpperCase();
  if (isCapitalized(original)) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

function isAccepted(word: string, resources: ProofingResources): boolean {
  const bare = stripPossessive(word).toLowerCase();
  return resources.accepted.has(bare) || resources.accepted.has(word.toLowerCase());
}

function isKnownWord(word: string, resources: ProofingResources): boolean {
  const { speller } = resources;
  if (speller.correct(word) || speller.correct(stripPossessive(word))) return true;
  if (isCapitalized(word) && speller.correct(word.toLowerCase())) return true;
  if (word.includes('-'))
    return word.split('-').every((part) => part === '' || isKnownWord(part, resources));
  return false;
}

const PLACE_WORDS = new Set(['in', 'near', 'from', 'outside', 'to', 'across', 'downtown']);

// Words around a capitalized word that say it is a place: "in X", "X-based", "X County",
// "X, Calif.".
function placeCue(text: string, token: Token, tokens: ReadonlyArray<Token>): boolean {
  const index = tokens.findIndex((t) => t.start === token.start);
  const before = index > 0 ? tokens[index - 1]!.text.toLowerCase() : '';
  const after = text.slice(token.end, token.end + 24);
  return (
    PLACE_WORDS.has(before) ||
    /^-(based|area|bound|born)\b/.test(after) ||
    /^\s+County\b/.test(after) ||
    /^,\s+[A-Z][a-z]{1,4}\./.test(after)
  );
}

const COMPASS = /^(North|South|East|West|Northeast|Northwest|Southeast|Southwest|Upper|Lower)\s/;

// "East Bay" is not a misspelled "West Bay": names that differ only in their compass word are
// different regions, both real.
function otherCompassPoint(candidate: string, phrase: string): boolean {
  const a = COMPASS.exec(candidate);
  const b = COMPASS.exec(phrase);
  return a !== null && b !== null && candidate.slice(a[0].length) === phrase.slice(b[0].length);
}

/** True when `b` is `a` with two neighbouring letters swapped: the commonest typing slip. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const INDEXES = new WeakMap<ReadonlyMap<string, number>, CommonWordIndex>();

function commonIndex(resources: ProofingResources): CommonWordIndex | undefined {
  const { common } = resources;
  if (!common) return undefined;
  let index = INDEXES.get(common);
  if (!index) {
    index = new CommonWordIndex(common);
    INDEXES.set(common, index);
  }
  return index;
}

/** Builds the checker's indexes ahead of the first check (counted in start-up, not in it). */
export function warmProofing(resources: ProofingResources): void {
  commonIndex(resources);
}

/** Suggestions for a misspelled word, recased like it (what the popover offers). */
export function suggestionsFor(word: string, resources: ProofingResources): string[] {
  const lower = word.toLowerCase();
  return rankedSuggestions(lower, () => resources.speller.suggest(lower), commonIndex(resources))
    .slice(0, 5)
    .map((s) => withCase(s, word));
}

// A sentence-opening word that is one slip from a common word ("Parnts", "Psycologists") is a
// typo, not a name: real surnames are rarely that close to an everyday word of their length.
function nearCommonWord(word: string, resources: ProofingResources): boolean {
  const index = commonIndex(resources);
  const lower = word.toLowerCase();
  if (!index || lower.length < 6 || !/^\p{L}+$/u.test(lower)) return false;
  const limit = lower.length >= 8 ? 1.6 : 1.1;
  return index.near(lower, limit).some(({ word: w }) => (index.size(w) ?? 99) <= 35);
}

// A capital at the start of a sentence says nothing about a name: "Teh" is a typo for "The"
// because swapping two letters makes a word. Names are rarely that close to a word.
function looksLikeTypo(word: string, resources: ProofingResources): boolean {
  if (nearCommonWord(word, resources)) return true;
  // Trying each adjacent swap is a few dictionary lookups; asking nspell for suggestions
  // would cost tens of milliseconds per name.
  const lower = word.toLowerCase();
  for (let i = 0; i + 1 < lower.length; i++) {
    const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
    if (swapped !== lower && resources.speller.correct(swapped)) return true;
  }
  return false;
}

// Days and months are proper nouns that look alike (Tuesday, Thursday); never "variants".
const CALENDAR = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

function slipRank(word: string, suggestion: string): number {
  const s = suggestion.toLowerCase();
  if (isTransposition(word, s)) return 0;
  if (Math.abs(word.length - s.length) === 1 && editDistance(word, s, 1) === 1) return 1;
  return 2;
}

/**
 * Orders suggestions by the typing slip they undo: swapped letters first, then one letter too
 * many or too few, then the rest in the dictionary's order.
 */
export function rankSuggestions(word: string, suggestions: ReadonlyArray<string>): string[] {
  const lower = word.toLowerCase();
  return [...suggestions].sort((a, b) => slipRank(lower, a) - slipRank(lower, b));
}

// Capitalized words one after another ("San Bernadino", "Los Angles").
function capitalizedRuns(text: string, tokens: ReadonlyArray<Token>): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const token of tokens) {
    const previous = run[run.length - 1];
    if (
      isCapitalized(token.text) &&
      (!previous || /^ $/.test(text.slice(previous.end, token.start)))
    )
      run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = isCapitalized(token.text) ? [token] : [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Checks one block: names and places, spelling, repeats, articles, spacing and house style.
 * Unknown capitalized words are returned separately for the story-wide consistency check.
 */
function checkBlock(
  text: string,
  block: number,
  resources: ProofingResources,
  unknown: UnknownName[],
  places: PlaceMention[] = [],
): Finding[] {
  // A whole line of site chrome copied with a wire story is one finding; its fix deletes it.
  if (isBoilerplate(text)) {
    return [
      {
        start: 0,
        end: text.length,
        text,
        kind: 'boilerplate',
        message:
          'This line looks like website clutter copied with the story (ads, share buttons, site headers). Delete it?',
        suggestions: [''],
      },
    ];
  }
  const tokens = tokenize(text);
  const findings: Finding[] = [];
  const covered = new Set<number>();

  // Names and places first: a known name is never a spelling error, a near miss always is one.
  // A hyphenated word led by a name ("Oaklan-based") is looked up by that name.
  const forNames = nameTokens(tokens, (t) => resources.gazetteer.lookup(t) !== undefined);
  for (const whole of capitalizedRuns(text, forNames)) {
    // "The San Joaquin Valley": a capital that only opens the sentence is not part of the name.
    const opener = whole[0]!;
    const run =
      whole.length > 1 &&
      opener.sentenceStart &&
      (resources.common?.get(opener.text.toLowerCase()) ?? 99) <= 20 &&
      !resources.gazetteer.lookup(text.slice(opener.start, whole[whole.length - 1]!.end))
        ? whole.slice(1)
        : whole;
    for (let i = 0; i < run.length; i++) {
      for (
        let length = Math.min(resources.gazetteer.maxWords, run.length - i);
        length >= 1;
        length--
      ) {
        const first = run[i]!;
        const last = run[i + length - 1]!;
        const phrase = text.slice(first.start, last.end);
        const known =
          resources.gazetteer.lookup(phrase) ?? resources.gazetteer.lookup(stripPossessive(phrase));
        let near: string[] = [];
        if (!known && !isAccepted(phrase, resources)) {
          // A first name next to another proper noun ("Philippa Hargreaves") is not a misspelled place.
          const besideUnknown = [run[i - 1], run[i + 1]].some(
            (t) =>
              t !== undefined &&
              !resources.speller.correct(t.text.toLowerCase()) &&
              !resources.gazetteer.lookup(t.text),
          );
          const singleUnknown =
            length === 1 && !besideUnknown && !isKnownWord(first.text, resources);
          if (length > 1 || singleUnknown) {
            // One word is held to one edit: "Oaklan" is Oakland, but "Priya" is not Praia.
            const bare = stripPossessive(phrase);
            // A long word where the text says it is a place ("in Sunnyvail", "-based") may be two
            // slips off.
            const slips = length > 1 || (bare.length >= 8 && placeCue(text, first, tokens)) ? 2 : 1;
            near = resources.gazetteer
              .nearMisses(bare)
              .filter(
                (name) =>
                  name.split(' ').length === length &&
                  !otherCompassPoint(name, bare) &&
                  (length > 1 ||
                    editDistance(name.toLowerCase(), bare.toLowerCase(), slips) <= slips),
              );
            // The start of a longer known name ("Del Paso" of Del Paso Heights) is that place.
            if (length > 1 && resources.gazetteer.startsName(bare)) near = [];
          }
        }
        if (known || near.length > 0) {
          for (let k = i; k < i + length; k++) covered.add(run[k]!.start);
          if (known)
            places.push({
              block,
              start: first.start,
              end: first.start + stripPossessive(phrase).length,
              text: stripPossessive(phrase),
              name: known,
            });
          if (near.length > 0) {
            const finding: Finding = {
              start: first.start,
              end: first.start + stripPossessive(phrase).length,
              text: stripPossessive(phrase),
              kind: 'name',
              message: `Check the name: did you mean “${near[0]}”?`,
              suggestions: near.slice(0, 3),
            };
            findings.push(finding);
            if (length === 1)
              unknown.push({
                block,
                start: finding.start,
                end: finding.end,
                text: finding.text,
                nameFinding: finding,
              });
          }
          i += length - 1;
          break;
        }
      }
    }
  }

  // Words joined by hyphens are checked part by part, so the finding covers the wrong part
  // and its fix replaces only that part ("goverment" in "goverment-run").
  const units: Token[] = tokens.flatMap((token) =>
    token.text.includes('-') &&
    !/\d/.test(token.text) &&
    !resources.speller.correct(token.text) &&
    !isAccepted(token.text, resources)
      ? compoundParts(token).filter((part) => !isAffixPart(part))
      : [token],
  );
  units.forEach((token, i) => {
    // A capitalized word before it ("Priya Ramaswamy") makes a first name, not a typo.
    const next = units[i + 1];
    const beforeName =
      next !== undefined &&
      isCapitalized(next.text) &&
      /^ $/.test(text.slice(token.end, next.start));
    if (covered.has(token.start) || /\d/.test(token.text) || isAccepted(token.text, resources))
      return;
    if (/^\p{Lu}{2,6}s?$/u.test(token.text)) return; // abbreviations such as NASA, FEMA
    if (/^(\p{L}\.)+\p{L}?$/u.test(token.text)) return; // a.m., U.S.
    if (isKnownWord(token.text, resources)) {
      // Proper nouns the dictionary knows (Achebe) still count for consistency.
      const bare = stripPossessive(token.text);
      if (
        isCapitalized(bare) &&
        bare.length >= 4 &&
        !CALENDAR.has(bare) &&
        !resources.speller.correct(bare.toLowerCase()) &&
        !resources.gazetteer.lookup(bare)
      ) {
        unknown.push({
          block,
          start: token.start,
          end: token.start + bare.length,
          text: bare,
          known: true,
        });
      }
      return;
    }
    if (
      isCapitalized(token.text) &&
      !(token.sentenceStart && !beforeName && looksLikeTypo(token.text, resources))
    ) {
      const bare = stripPossessive(token.text);
      unknown.push({ block, start: token.start, end: token.start + bare.length, text: bare });
      return;
    }
    const finding: Finding = {
      start: token.start,
      end: token.end,
      text: token.text,
      kind: 'spelling',
      message: `“${token.text}” is not in the dictionary.`,
      suggestions: suggestionsFor(token.text, resources),
    };
    findings.push(finding);
    // A capitalized word taken for a typo is still a name if the story uses it again.
    if (isCapitalized(token.text))
      unknown.push({
        block,
        start: token.start,
        end: token.end,
        text: stripPossessive(token.text),
        nameFinding: finding,
      });
  });

  findings.push(
    ...checkRepeats(text, tokens),
    ...checkArticles(text, tokens),
    ...checkSpacingAndBrackets(text),
    ...checkStyle(text, resources.rules),
  );
  return findings;
}

/**
 * The same proper noun spelled two ways (Ferreira three times, Ferriera once): the rarer
 * spelling is flagged, with the commoner one as suggestion.
 */
function checkConsistency(unknown: ReadonlyArray<UnknownName>): {
  flagged: Array<{ block: number; finding: Finding }>;
  hints: UnknownName[];
  drop: Set<Finding>;
} {
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  unknown.forEach((u, index) => {
    counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
    if (!firstSeen.has(u.text)) firstSeen.set(u.text, index);
  });
  const spellings = [...counts.keys()];
  const preferred = new Map<string, string>();
  for (const a of spellings) {
    for (const b of spellings) {
      if (a >= b || a[0] !== b[0] || Math.min(a.length, b.length) < 4) continue;
      const distance = editDistance(a.toLowerCase(), b.toLowerCase(), 2);
      if (distance === 0 || distance > (Math.min(a.length, b.length) >= 6 ? 2 : 1)) continue;
      const [rare, common] =
        counts.get(a)! < counts.get(b)! ||
        (counts.get(a) === counts.get(b) && firstSeen.get(a)! > firstSeen.get(b)!)
          ? [a, b]
          : [b, a];
      preferred.set(rare, common);
    }
  }
  const flagged: Array<{ block: number; finding: Finding }> = [];
  const hints: UnknownName[] = [];
  const drop = new Set<Finding>();
  for (const u of unknown) {
    const better = preferred.get(u.text);
    // A place-like word the story uses again and again is a name, not a misspelled place; one
    // that is a variant of a name used elsewhere is a consistency slip.
    if (u.nameFinding && (better || counts.get(u.text)! >= 2)) drop.add(u.nameFinding);
    if (better) {
      flagged.push({
        block: u.block,
        finding: {
          start: u.start,
          end: u.end,
          text: u.text,
          kind: 'consistency',
          message: `“${u.text}” is spelled “${better}” elsewhere in this story.`,
          suggestions: [better],
        },
      });
    } else if (!u.known && (!u.nameFinding || drop.has(u.nameFinding))) hints.push(u);
  }
  return { flagged, hints, drop };
}

/** Checks a whole story given as blocks of text; results are per block, in order. */
export function proofreadBlocks(
  blocks: ReadonlyArray<string>,
  resources: ProofingResources,
): BlockResult[] {
  return new Proofreader(resources).check(blocks);
}

interface CachedBlock {
  readonly findings: ReadonlyArray<Finding>;
  readonly unknown: ReadonlyArray<Omit<UnknownName, 'block'>>;
  readonly places: ReadonlyArray<Omit<PlaceMention, 'block'>>;
}

/**
 * A checker that remembers each block's own findings by its text, so after an edit only the
 * changed block is checked again; the story-wide checks (consistency, quotes) are cheap and
 * always rerun.
 */
export class Proofreader {
  private readonly cache = new Map<string, CachedBlock>();

  public constructor(private resources: ProofingResources) {}

  /** Replaces the accepted words (newsroom dictionary, story ignores) and forgets the cache. */
  public setResources(resources: ProofingResources): void {
    this.resources = resources;
    this.cache.clear();
  }

  /** Checks blocks in order; results line up with the input. */
  public check(blocks: ReadonlyArray<string>): BlockResult[] {
    const unknown: UnknownName[] = [];
    const places: PlaceMention[] = [];
    const seen = new Set<string>();
    const findings: Finding[][] = blocks.map((text, index) => {
      seen.add(text);
      let cached = this.cache.get(text);
      if (!cached) {
        const found: UnknownName[] = [];
        const named: PlaceMention[] = [];
        cached = {
          findings: checkBlock(text, index, this.resources, found, named),
          unknown: found.map(({ block: _block, ...rest }) => rest),
          places: named.map(({ block: _block, ...rest }) => rest),
        };
        this.cache.set(text, cached);
      }
      for (const u of cached.unknown) unknown.push({ ...u, block: index });
      for (const p of cached.places) places.push({ ...p, block: index });
      return [...cached.findings];
    });
    // Keep the cache to the story's current blocks.
    for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
    for (const { block, finding } of checkQuotes(blocks)) findings[block]!.push(finding);
    for (const { block, finding } of checkPlacesInContext(blocks, places, this.resources.gazetteer))
      findings[block]!.push(finding);
    const consistency = checkConsistency(unknown);
    if (consistency.drop.size > 0)
      findings.forEach((list, i) => (findings[i] = list.filter((f) => !consistency.drop.has(f))));
    for (const { block, finding } of consistency.flagged) findings[block]!.push(finding);
    const hints: NameHint[][] = blocks.map(() => []);
    for (const hint of consistency.hints)
      hints[hint.block]!.push({ start: hint.start, end: hint.end, text: hint.text });
    return findings.map((list, index) => ({
      findings: list.sort((a, b) => a.start - b.start),
      hints: hints[index]!,
    }));
  }
}
