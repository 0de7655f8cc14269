import { markOfficials } from './officials';
import { boilerplateFinding, isBoilerplate } from './boilerplate';
import { markJoinedNames } from './joined-names';
import type { UnknownName } from './consistency';
import type { PlaceMention } from './place-context';
import { hyphenedPlaceSlip, knownWordSlip, townsNearWord } from './place-cues';
import { datelineTownSlip, placeSuggestion, smallTownWords } from './small-towns';
import { WORDS_NEAR_PLACE } from './place-near-misses';
import type { ProofingResources } from './proofreader';
import { capitalTypo, spellingFinding } from './capital-typos';
import { openerFirst, rareOpenerSlip } from './short-openers';
import { calendarFirst, slipOfNameHead } from './word-slips';
import { apostropheFinding } from './name-runs';
import { suggestionsFor } from './suggestions';
import { nameTokens, splitCompounds } from './compounds';
import { checkWording } from './wording-checks';
import { INITIALS, knownNameCandidate } from './known-names';
import { droppedG, isCapitalized, stripPossessive, tokenize } from './tokenize';
import { isAccepted, isJoinedArticle, isKnownWord, isNameParticle } from './known-words';
import { writtenAsMeant } from './written-as-meant';
import type { Finding } from './types';
import { checkNameRuns, SHOUTED } from './name-run-checks';

// Expressions used per word are compiled once: some transforms (tsx for Node 20) turn a
// Unicode literal into a RegExp built on every call.
const ABBREVIATION = /^\p{Lu}{2,6}s?$/u;
const BRAND_CASE = /^\p{Ll}{1,4}\p{Lu}[\p{L}\d]*$/u;

/** Spelling suggestions for a flagged word (may answer none yet, to be filled in later). */
export type Suggest = (word: string) => ReadonlyArray<string>;

/**
 * What the story as a whole says about capitalized words: one used twice or more is a name
 * (the consistency pass drops a typo finding on it anyway), so a sentence opening with it is
 * not judged as a typo, the costliest judgment of a first check. The words left unjudged
 * are listed, so a block can be checked again if one stops being repeated.
 */
export interface StoryNames {
  readonly repeated: ReadonlySet<string>;
  readonly skipped: string[];
}

/**
 * Checks one block: names and places (name-run-checks.ts), spelling, repeats, articles,
 * spacing and house style; the Proofreader runs it per block and adds the story-wide
 * checks. Unknown capitalized words are returned in `unknown` for the story-wide ones.
 */
export function checkBlock(
  text: string,
  block: number,
  resources: ProofingResources,
  unknown: UnknownName[],
  places: PlaceMention[] = [],
  suggest: Suggest = (word) => suggestionsFor(word, resources),
  story?: StoryNames,
): Finding[] {
  // A whole line of site chrome copied with a wire story is one finding; its fix deletes it.
  if (isBoilerplate(text)) return [boilerplateFinding(text)];
  const tokens = tokenize(text);
  const findings: Finding[] = [];
  const namesBefore = unknown.length;
  const covered = new Set<number>();
  const placeStarts = new Set<number>();

  // A small town with its state beside it ("UNDERHILL, Vt.") is a name, judged no further;
  // a dateline's word a slip from one is a finding.
  const towns = smallTownWords(tokens, text, resources);
  for (const token of towns) {
    covered.add(token.start);
    unknown.push({ block, start: token.start, end: token.end, text: token.text });
  }
  const townSlip = towns.length === 0 ? datelineTownSlip(tokens, text, resources) : undefined;
  if (townSlip) {
    findings.push(townSlip);
    covered.add(townSlip.start);
  }

  // Names and places first: a known name is never a spelling error, a near miss always is one.
  // A hyphenated word led by a name ("Oaklan-based") is looked up by that name.
  const forNames = nameTokens(
    covered.size === 0 ? tokens : tokens.filter((t) => !covered.has(t.start)),
    (t) => resources.gazetteer.lookup(t) !== undefined,
    text,
    (t) => hyphenedPlaceSlip(t, resources),
  );
  checkNameRuns({
    text,
    tokens,
    forNames,
    block,
    resources,
    unknown,
    places,
    findings,
    covered,
    placeStarts,
    suggest,
    ...(story ? { story } : {}),
  });

  // Words joined by hyphens are checked part by part, so the finding covers the wrong part
  // and its fix replaces only that part ("goverment" in "goverment-run").
  const { units, nameParts } = splitCompounds(tokens, resources);
  units.forEach((token, i) => {
    // Most words are everyday lowercase words the dictionary knows: nothing more to ask.
    const capitalized = isCapitalized(token.text);
    if (!capitalized && resources.speller.correct(token.text)) return;
    // A rare word ("psyllids", "a gillnetter's boat") is written as meant; capitalized, it
    // is judged as a name would be.
    if (!capitalized && resources.speller.rare(stripPossessive(token.text))) return;
    if (covered.has(token.start) || /\d/.test(token.text) || isAccepted(token.text, resources))
      return;
    if (droppedG(text, token, (w) => resources.speller.correct(w))) return; // "nothin'", "Darlin'"
    if (ABBREVIATION.test(token.text)) return; // abbreviations such as NASA, FEMA
    if (writtenAsMeant(units, i, text, resources)) return;
    if (isNameParticle(units, i, text)) return; // von der Leyen, del Toro
    if (isJoinedArticle(token, text)) return; // al-Shabab, el-Sisi
    // "Hundreds of al Qaeda fighters": Arabic's article, spaced, before a name no dictionary
    // has ("al Democrats" is still a slip of all).
    const next = units[i + 1];
    if (
      token.text === 'al' &&
      next !== undefined &&
      text.slice(token.end, next.start) === ' ' &&
      isCapitalized(next.text) &&
      !resources.speller.correct(next.text)
    )
      return;
    if (INITIALS.test(token.text) || token.text === 'W.Va') return; // a.m., U.S., W.Va.
    // "onX", "eBay": a brand's capital inside a word that opens in lowercase is its own, not a
    // slip (unless the word is an everyday one with a key held: "tHe").
    if (BRAND_CASE.test(token.text) && !resources.speller.correct(token.text.toLowerCase())) return;
    if (isKnownWord(token.text, resources)) {
      const slip = capitalized
        ? (knownWordSlip(units, i, text, resources) ?? rareOpenerSlip(units, i, resources, suggest))
        : undefined;
      if (slip !== undefined) {
        findings.push(slip);
        return;
      }
      // "near Marshal that": a town the story's states decide (story-geography.ts).
      const towns = capitalized ? townsNearWord(units, i, text, resources) : [];
      if (towns.length > 0) {
        const town = placeSuggestion(token, towns);
        WORDS_NEAR_PLACE.add(town);
        findings.push(town);
        return;
      }
      const candidate = knownNameCandidate(units, i, text, block, resources);
      if (candidate) unknown.push(candidate);
      // The second part of a double surname ("Okafor-Mills") is a name however plain a
      // word: the spelling another use of the double name is held to.
      else if (capitalized && nameParts.has(token.start) && text[token.start - 1] === '-')
        unknown.push({
          block,
          start: token.start,
          end: token.start + stripPossessive(token.text).length,
          text: stripPossessive(token.text),
          known: true,
          everyday: true,
        });
      return;
    }
    // A word the story uses again and again is a name, however close to a word it is: it is
    // not judged (listed as skipped, so the block is checked again if that changes).
    const bare = capitalized ? stripPossessive(token.text) : token.text;
    // A dateline's "RODANTHE" is the story's "Rodanthe", however rare the place.
    const inTitleCase =
      capitalized && SHOUTED.test(bare) ? bare[0] + bare.slice(1).toLowerCase() : bare;
    const repeated =
      capitalized &&
      story !== undefined &&
      (story.repeated.has(bare) || (inTitleCase !== bare && story.repeated.has(inTitleCase)));
    if (repeated) story.skipped.push(story.repeated.has(bare) ? bare : inTitleCase);
    const apostrophe = capitalized ? apostropheFinding(units, i, text, resources) : undefined;
    if (apostrophe) {
      findings.push(apostrophe);
      return;
    }
    const typo =
      capitalized &&
      !repeated &&
      // A part of a name joined by hyphens is a name's, unless a prefix heads it: "Tri-Vally".
      (nameParts.has(token.start)
        ? slipOfNameHead(units, i, text)
        : capitalTypo(units, i, text, resources, placeStarts.has(units[i + 1]?.start ?? -1)));
    if (capitalized && !typo) {
      unknown.push({ block, start: token.start, end: token.start + bare.length, text: bare });
      return;
    }
    const finding = openerFirst(
      calendarFirst(spellingFinding(token, suggest)),
      token,
      units[i + 1],
    );
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

  markJoinedNames(unknown, namesBefore, text);
  findings.push(...checkWording(text, tokens, resources, findings));
  if (resources.officials) markOfficials(text, block, resources.officials, findings, unknown);
  return findings;
}
