import type { Officials } from './officials';
import { checkBlock } from './check-block';
import type { Gazetteer } from './gazetteer';
import { checkQuotes } from './simple-checks';
import type { Speller } from './speller';
import { accentSlips } from './accent-names';
import { placesRunTogether, runTogetherPlaces, unjoinedNames } from './joined-names';
import { forgetScreens, screenBlocks, type CompiledRule } from './style-rules';
import { houseSuggestions } from './house-spelling';
import { slipsOfIntroducedNames } from './introduced-names';
import type { UnknownName } from './consistency';
import { preferStoryState, stateCodesIn } from './place-context';
import type { PlaceMention } from './place-context';
import { StoryCapitals } from './story-capitals';
import { placeSlipWords, storyPlaceSlips } from './story-place-slips';
import type { PlaceSlips } from './story-place-slips';
import { byInitial, rankByStoryWords, rankInStory } from './story-ranking';
import { StoryWords } from './story-words';
import {
  rankInContext,
  rankNameWord,
  rankPersonNoun,
  rankPluralOrPossessive,
  rankVerbForm,
} from './context-ranking';
import { inCapitals, namedInStoryFirst } from './story-suggestions';
import { stripPossessive } from './tokenize';
import type { Finding, NameHint } from './types';
import { judgeStoryPlaces, statesByBlock } from './story-places';
import { wideText } from './wide-text';
import { rankSpeakerOpening } from './sentence-openers';
import { addNameFormSlips, possessiveOfSpelling } from './possessive-names';
import { StoryConsistency } from './story-consistency';
import type { WordPairs } from './word-pairs';
import type { PhraseIndex } from './phrases';

export { suggestionsFor, warmProofing, warmSuggestions } from './suggestions';

/** Everything the checker consults. */
export interface ProofingResources {
  readonly speller: Speller;
  readonly gazetteer: Gazetteer;
  readonly rules: ReadonlyArray<CompiledRule>;
  /** Newsroom dictionary and per-story ignores, compared case-insensitively. */
  readonly accepted: ReadonlySet<string>;
  /** Common words with their SCOWL size (10 most common): ranks suggestions. */
  readonly common?: ReadonlyMap<string, number>;
  /** Rarer words by SCOWL size (40, 50), as text: parsed when suggestions are first ranked. */
  readonly rarer?: string;
  /** Sound-alikes and word pairs: real words out of place ("over their"). */
  readonly pairs?: WordPairs;
  /** Phrases whose words the dictionary lacks ("habeas corpus", "Daucus carota"). */
  readonly phrases?: PhraseIndex;
  /** Members of Congress: "Sen. Susan Colins" is Collins. */
  readonly officials?: Officials;
}

/** Findings and name hints for one block (paragraph, headline, caption…). */
export interface BlockResult {
  readonly findings: ReadonlyArray<Finding>;
  readonly hints: ReadonlyArray<NameHint>;
}

// (Most blocks have no hints: they share one empty list.)
const NO_HINTS: ReadonlyArray<NameHint> = Object.freeze([]);

/** Checks a whole story given as blocks of text; results are per block, in order. */
export function proofreadBlocks(
  blocks: ReadonlyArray<string>,
  resources: ProofingResources,
): BlockResult[] {
  return new Proofreader(resources).check(blocks);
}

interface CachedBlock {
  readonly findings: ReadonlyArray<Finding>;
  /** Names for the story-wide passes, stamped with the block's index when it was last seen. */
  unknown: ReadonlyArray<UnknownName>;
  /** Places that can set the story's state (not everyday words such as "August"). */
  places: ReadonlyArray<PlaceMention>;
  index: number;
  /** State codes the block names (a dateline's "Calif."). */
  readonly stateCues: ReadonlyArray<string>;
  /** Sentence-opening words taken for names because the story repeats them (`StoryNames`). */
  readonly skipped: ReadonlyArray<string>;
}

/**
 * A checker that remembers each block's own findings by its text, so after an edit only the
 * changed block is checked again; the story-wide checks (consistency, quotes) are cheap and
 * always rerun.
 */
export class Proofreader {
  private readonly cache = new Map<string, CachedBlock>();
  /** Spelling suggestions by flagged word, kept across checks of the same resources. */
  private readonly suggestions = new Map<string, ReadonlyArray<string>>();
  /** Flagged words whose suggestions a deferred check left for `fillSuggestions`. */
  private readonly unsuggested = new Set<string>();

  /**
   * With `deferSuggestions`, a check flags misspellings without ranking suggestions for
   * words it has not met before (the costly part of a first check); `fillSuggestions` adds
   * them afterwards. The proofing worker answers twice: findings at once, suggestions next.
   */
  public constructor(
    private resources: ProofingResources,
    private readonly options: { readonly deferSuggestions?: boolean } = {},
  ) {}

  /** Replaces the accepted words (newsroom dictionary, story ignores) and forgets the cache. */
  public setResources(resources: ProofingResources): void {
    this.resources = resources;
    this.placeSlips = undefined;
    this.cache.clear();
    this.suggestions.clear();
    this.unsuggested.clear();
  }

  private suggest = (word: string): ReadonlyArray<string> => {
    const known = this.suggestions.get(word);
    if (known) return known;
    if (this.options.deferSuggestions) {
      this.unsuggested.add(word);
      return [];
    }
    const found = houseSuggestions(word, this.resources);
    this.suggestions.set(word, found);
    return found;
  };

  /** True when the last check left suggestions to fill in. */
  public get suggestionsPending(): boolean {
    return this.unsuggested.size > 0;
  }

  /**
   * Ranks the suggestions a deferred check left out, for at most `limit` words (in the order
   * the story first uses them; the rest wait for a later check), and returns the results
   * with them.
   */
  public fillSuggestions(results: ReadonlyArray<BlockResult>, limit = Infinity): BlockResult[] {
    let filled = 0;
    for (const word of this.unsuggested) {
      if (filled++ >= limit) break;
      this.suggestions.set(word, houseSuggestions(word, this.resources));
      this.unsuggested.delete(word);
    }
    return results.map((result, index) => ({
      ...result,
      findings: result.findings.map((finding) => this.withSuggestions(finding, index)),
    }));
  }

  // A finding of block `index` with its suggestions, ranked by the story.
  private withSuggestions(finding: Finding, index: number): Finding {
    if (finding.kind !== 'spelling') return finding;
    let filled = finding;
    if (finding.suggestions.length === 0) {
      const known = this.suggestions.get(finding.text);
      // A block cached by an earlier deferred check whose suggestions never came: ask again.
      if (known === undefined) this.unsuggested.add(finding.text);
      if (!known || known.length === 0) return finding;
      // (Filled once: a block cached by a deferred check is filled again on every recheck,
      // and its ranking is remembered by the filled finding.)
      const before = this.filled.get(finding);
      filled = before?.suggestions === known ? before : { ...finding, suggestions: known };
      this.filled.set(finding, filled);
    }
    // A finding is its block's own (the cache keeps it while the block's text stays), so its
    // ranking is remembered with it.
    const remembered = this.ranked.get(filled);
    if (remembered) return remembered;
    const text = this.capitals.blocks[index] ?? '';
    this.capitalsByInitial ??= byInitial(this.capitals.counts);
    const inStory = rankInStory(
      filled,
      text,
      this.capitalsByInitial,
      this.flagged,
      this.resources.speller,
    );
    const byStory = rankByStoryWords(
      rankPluralOrPossessive(
        rankPersonNoun(
          rankVerbForm(rankNameWord(inStory, text, this.resources.speller), text),
          text,
        ),
        text,
      ),
      () => this.storyWords.of(this.capitals.blocks),
    );
    const ranked = this.resources.pairs
      ? rankInContext(rankSpeakerOpening(byStory, text), text, this.resources.pairs)
      : rankSpeakerOpening(byStory, text);
    this.ranked.set(filled, ranked);
    return ranked;
  }

  /** Findings of a deferred check with the suggestions filled in since. */
  private readonly filled = new WeakMap<Finding, Finding>();

  /** Rankings by the story, kept while its names and slips stay the same. */
  private ranked = new WeakMap<Finding, Finding>();

  /** The story's capitalized words, counted as it changes. */
  private readonly capitals = new StoryCapitals();
  /** The story's capitalized words that slip from a place it names, while its names stay. */
  private placeSlips: PlaceSlips | undefined;
  private runTogether: ReadonlyMap<string, string> | undefined;
  /** Words the last check flagged: no spelling to offer for another slip. */
  private flagged: ReadonlySet<string> = new Set();
  /** The story's capitalized words by first letter, made when first needed after a check. */
  private capitalsByInitial: ReturnType<typeof byInitial> | undefined;
  /** The story's words with their counts, for ranking a lowercase slip's suggestions. */
  private readonly storyWords = new StoryWords();
  /** The story-wide name check, with what it keeps from one check to the next. */
  private readonly consistency = new StoryConsistency();

  /** Checks blocks in order; results line up with the input. */
  public check(blocks: ReadonlyArray<string>): BlockResult[] {
    this.unsuggested.clear();
    const unknown: UnknownName[] = [];
    const openingPlurals: UnknownName[] = [];
    const places: PlaceMention[] = [];
    const seen = new Set<string>();
    const stateCues: Array<ReadonlyArray<string>> = [];
    this.capitals.count(blocks);
    const { repeated } = this.capitals;
    // The wrong-word rules' screen, run over every new block before any is read (see
    // screenBlocks: the screen stays in the processor's cache).
    screenBlocks(
      blocks.filter((text) => !this.cache.has(text)).map(wideText),
      this.resources.rules,
    );
    const findings: Finding[][] = blocks.map((text, index) => {
      seen.add(text);
      let cached = this.cache.get(text);
      // A word taken for a name because it was repeated, and now used once: judge it again.
      if (cached?.skipped.some((word) => !repeated.has(word))) cached = undefined;
      if (!cached) {
        const found: UnknownName[] = [];
        const named: PlaceMention[] = [];
        const story = { repeated, skipped: [] };
        const blockFindings = checkBlock(
          wideText(text),
          index,
          this.resources,
          found,
          named,
          this.suggest,
          story,
        );
        cached = {
          skipped: story.skipped,
          findings: blockFindings,
          unknown: found,
          // "August", "Parks", "Mobile": a place name that is also an everyday word is most
          // often the word (a month, a surname), so it neither sets the story's state nor
          // gets flagged.
          places: named.filter(
            (p) => p.text.includes(' ') || !this.resources.speller.correct(p.text.toLowerCase()),
          ),
          index,
          stateCues: stateCodesIn(text),
        };
        this.cache.set(text, cached);
      } else if (cached.index !== index) {
        // The block moved (a paragraph added above it): its names take the new index.
        cached.unknown = cached.unknown.map((u) => ({ ...u, block: index }));
        cached.places = cached.places.map((p) => ({ ...p, block: index }));
        cached.index = index;
      }
      // (A plural opening a sentence before "said", "Evens said", is held only to a surname
      // the story introduces: "Officials said" is no one's name.)
      for (const u of cached.unknown) (u.openingPlural ? openingPlurals : unknown).push(u);
      for (const p of cached.places) places.push(p);
      stateCues.push(cached.stateCues);
      return [...cached.findings];
    });
    forgetScreens(this.resources.rules);
    // Keep the caches to the story's current blocks.
    for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
    this.capitals.keepOnly(seen);
    for (const { block, finding } of checkQuotes(blocks)) findings[block]!.push(finding);
    const { personal, placeNames, state } = judgeStoryPlaces(
      blocks,
      places,
      stateCues,
      unknown,
      findings,
      this.resources,
    );
    const { speller } = this.resources;
    const consistency = this.consistency.check(
      unknown,
      places,
      personal,
      blocks,
      this.capitals.counts,
      this.resources,
      this.capitals.changed,
    );
    if (consistency.drop.size > 0)
      findings.forEach((list, i) => (findings[i] = list.filter((f) => !consistency.drop.has(f))));
    // Never held to a spelling flagged itself: "Gov. Kathy Hocul" (an officeholder's slip)
    // does not make the story's later "Hochul said" the odd one out.
    const flaggedSpellings = new Set<string>();
    for (const list of findings) for (const f of list) flaggedSpellings.add(f.text);
    for (const { block, finding } of consistency.flagged)
      if (!flaggedSpellings.has(finding.suggestions[0] ?? ''))
        findings[block]!.push(possessiveOfSpelling(finding, blocks[block]!));
    const { gazetteer } = this.resources;
    if (this.capitals.changed || this.runTogether === undefined)
      this.runTogether = runTogetherPlaces(
        this.capitals.counts,
        (name) => gazetteer.lookup(name) !== undefined,
      );
    const possessives = addNameFormSlips(
      findings,
      unknown,
      blocks,
      this.capitals.counts,
      (name) => gazetteer.lookup(name) !== undefined || !speller.correct(name),
    );
    for (const { block, finding } of [
      ...accentSlips(this.capitals.counts, blocks, (word) => this.resources.speller.correct(word)),
      ...unjoinedNames(blocks),
      ...placesRunTogether(blocks, this.runTogether),
    ])
      if (!findings[block]!.some((f) => f.start < finding.end && finding.start < f.end))
        findings[block]!.push(finding);
    // A place a letter off one the story names again, where no other check has spoken.
    if (this.capitals.changed || this.placeSlips === undefined)
      this.placeSlips = placeSlipWords(this.capitals.counts, this.resources);
    for (const { block, finding } of storyPlaceSlips(blocks, this.placeSlips))
      if (!findings[block]!.some((f) => f.start < finding.end && finding.start < f.end))
        findings[block]!.push(finding);
    // (Most blocks have none: they share one empty list.)
    const hints = new Map<number, NameHint[]>();
    if (this.capitals.changed || !this.capitalsByInitial)
      this.capitalsByInitial = byInitial(this.capitals.counts);
    const introduced = slipsOfIntroducedNames(
      // (With the dictionary's names said once, "Seymour said" after "Willie Seymore",
      // and everyday words said once as names: "Monk said" after "Rep. Jason Monks").
      [...consistency.hints, ...unknown.filter((u) => u.known || u.everyday), ...openingPlurals],
      this.capitals.counts,
      this.capitalsByInitial,
      blocks,
      this.resources,
    ).filter(
      ({ hint, finding }) =>
        !flaggedSpellings.has(finding.suggestions[0] ?? '') &&
        !consistency.flagged.some((f) => f.finding.text === finding.suggestions[0]) &&
        !findings[hint.block]!.some((f) => f.start < finding.end && finding.start < f.end),
    );
    for (const { finding, hint } of introduced) findings[hint.block]!.push(finding);
    const slips = new Set(introduced.map(({ hint }) => hint));
    for (const hint of consistency.hints)
      if (!slips.has(hint) && !possessives.has(hint))
        (hints.get(hint.block) ?? hints.set(hint.block, []).get(hint.block)!).push({
          start: hint.start,
          end: hint.end,
          text: hint.text,
        });
    const blockStates = statesByBlock(stateCues, placeNames, blocks);
    const flagged = new Set<string>();
    for (const list of findings) for (const f of list) flagged.add(stripPossessive(f.text));
    // The story's names and slips decide a slip's ranking: while they stay, it stays.
    if (
      this.capitals.changed ||
      flagged.size !== this.flagged.size ||
      [...flagged].some((word) => !this.flagged.has(word))
    )
      this.ranked = new WeakMap();
    this.flagged = flagged;
    // Blocks cached by a deferred check get the suggestions filled in since.
    return findings.map((list, index) => {
      const codes = list.length === 0 ? [] : [...blockStates[index]!];
      return {
        findings: list
          .map((finding) =>
            inCapitals(
              namedInStoryFirst(
                preferStoryState(
                  this.withSuggestions(finding, index),
                  state,
                  this.resources.gazetteer,
                  codes,
                ),
                blocks,
                (name) => this.resources.speller.correct(name),
              ),
            ),
          )
          .sort((a, b) => a.start - b.start),
        hints: hints.get(index) ?? NO_HINTS,
      };
    });
  }
}
