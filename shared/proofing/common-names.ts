import type { ProofingResources } from './proofreader';
import { CONNECTORS, INSTITUTION_HEADS, NAME_CLOSERS, NAME_HEADS, TITLE_WORDS } from './name-words';
import { isCapitalized, stripPossessive } from './tokenize';
import { letterDroppedAddedOrSwapped } from './word-slips';
import type { Token } from './types';

// Names made of everyday words ("the Public Utility Commision", "the Centers for Disese
// Control"): where a capitalized word inside one is judged as a word. Read by capital-typos.ts.

export const TITLE_SET: ReadonlySet<string> = new Set(TITLE_WORDS);
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const COMMON_POSSESSIVE = /^\p{Ll}+['’]s?$/u;

export function oneSlipFromCommon(word: string, resources: ProofingResources): boolean {
  return (
    word.length >= 6 &&
    resources.speller
      .suggest(word.toLowerCase())
      .some((near) => near.length >= 6 && (resources.common?.get(near) ?? 99) <= 35)
  );
}

// A capitalized word inside a name made of everyday words is judged like a sentence's first
// word (a typo when it is one slip from a common word): "the Public Utility Commision",
// "Appalacian State". After a lone capitalized word it is not: "Mayor Darfus" is a name.
export function inCommonName(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const joined = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && text.slice(a.end, b.start) === ' ';
  const common = (t: Token | undefined): boolean =>
    t !== undefined &&
    isCapitalized(t.text) &&
    resources.common?.get(t.text.toLowerCase()) !== undefined;
  const [before2, before, token, after] = [units[i - 2], units[i - 1], units[i], units[i + 1]];
  // (Not after a title: "County Coroner Scotty Meredith" is a person, and so is "Sheriff
  // Mike Linder", a first name that is also a word; nor after a given name the dictionary
  // lists, whatever stands before it: "Sargeant Ray Evers".)
  if (
    joined(before, token) &&
    joined(before2, before) &&
    common(before) &&
    !TITLE_SET.has(before!.text.toLowerCase()) &&
    !resources.speller.listed(before!.text) &&
    before2 !== undefined &&
    isCapitalized(before2.text) &&
    !TITLE_SET.has(before2.text.toLowerCase())
  )
    return true;
  // After an article and an everyday word, at the name's end: "the Blue Lagon", not "the
  // Republican Kari Lake". A common noun's possessive stands for the article: "the river's
  // Lower Bassin" (not before a title: "the county's Sheriff Baca").
  if (
    joined(before, token) &&
    joined(before2, before) &&
    common(before) &&
    before2 !== undefined &&
    (ARTICLES.has(before2.text.toLowerCase()) ||
      (COMMON_POSSESSIVE.test(before2.text) && !TITLE_SET.has(before!.text.toLowerCase()))) &&
    !(joined(token, after) && after !== undefined && isCapitalized(after.text))
  )
    return true;
  // At a name's end after a state, a country or a place of two words: "the New England
  // Aquariam" (a team's or a company's word after a place is one the dictionary knows; a
  // town's name may be a first name: "Harrison Butker").
  if (
    joined(before, token) &&
    before !== undefined &&
    isCapitalized(before.text) &&
    (resources.gazetteer.isStateOrCountry(before.text) ||
      (joined(before2, before) &&
        resources.gazetteer.lookup(text.slice(before2!.start, before.end)) !== undefined)) &&
    token!.text.length >= 7 &&
    !(joined(token, after) && after !== undefined && isCapitalized(after.text)) &&
    oneSlipFromCommon(stripPossessive(token!.text), resources)
  )
    return true;
  // After an institution's head and "of", "for" or "and": "the Centers for Disese Control",
  // "the Department of Agricluture".
  if (
    joined(before, token) &&
    joined(before2, before) &&
    before !== undefined &&
    CONNECTORS.has(before.text) &&
    before2 !== undefined &&
    isCapitalized(before2.text) &&
    INSTITUTION_HEADS.has(before2.text.toLowerCase())
  )
    return true;
  // Across an "of" or a "for", at the name's end: "the Department of Marine Resouces", "the
  // National Center for Atmospheric Reseach", not "Secretary of State Shenna Bellows" (a
  // capitalized word after it is a surname's).
  const before3 = units[i - 3];
  if (
    joined(before, token) &&
    joined(before2, before) &&
    joined(before3, before2) &&
    common(before) &&
    (before2?.text === 'of' || before2?.text === 'for') &&
    before3 !== undefined &&
    isCapitalized(before3.text) &&
    !(joined(token, after) && after !== undefined && isCapitalized(after.text))
  )
    return true;
  // A plural possessive before the closer counts: "the Kentucky Distilers' Association".
  const closedBy =
    token !== undefined &&
    after !== undefined &&
    /^['’]? $/.test(text.slice(token.end, after.start));
  // A short word before a river or a valley is as likely a native name as a slip: "the Knik
  // River" (Alaska) is no kink.
  const closer = after?.text.toLowerCase() ?? '';
  return (
    closedBy &&
    isCapitalized(after.text) &&
    NAME_CLOSERS.has(closer) &&
    (token.text.length >= 6 || (closer !== 'river' && closer !== 'valley'))
  );
}

// The heads of the names of public bodies: what "the State Goverment Committee" and "the
// Minnesota Polution Control Agency" end in. (Not streets and rivers, whose names keep old
// spellings: "Chesnut Street".)
const BODY_HEADS = new Set(
  (
    'committee committees agency agencies department commission office service authority ' +
    'board council bureau administration association institute corporation foundation ' +
    'coalition alliance federation society ministry division center centers academy ' +
    'program trust fund partnership network initiative district system court survey ' +
    'laboratory museum hospital observatory conservancy'
  ).split(' '),
);

/**
 * A capitalized word a letter dropped, added or swapped from a common word of seven letters
 * or more, before the head of a public body's name (other capitalized everyday words, "of",
 * "for" or "and" between): "the State Goverment Committee", "the Polution Control Agency".
 * A surname before such a head ("the Kefauver Committee") is seldom a common word's slip.
 */
export function beforeBodyHead(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const word = units[i]!.text;
  if (word.length < 7 || !isCapitalized(word)) return false;
  let reached = false;
  for (let k = i + 1; k <= i + 4 && !reached; k++) {
    const unit = units[k];
    if (unit === undefined || text.slice(units[k - 1]!.end, unit.start) !== ' ') return false;
    const lower = unit.text.toLowerCase();
    if (BODY_HEADS.has(lower) && isCapitalized(unit.text)) reached = true;
    // A street's or a river's name ("the Chesnut Street Association") keeps its own spelling.
    else if (NAME_HEADS.has(lower)) return false;
    else if (
      !CONNECTORS.has(unit.text) &&
      !(isCapitalized(unit.text) && resources.common?.has(lower))
    )
      return false;
  }
  if (!reached) return false;
  const lower = word.toLowerCase();
  return resources.speller
    .suggest(lower)
    .some(
      (near) =>
        near.length >= 7 &&
        (resources.common?.get(near) ?? 99) <= 35 &&
        letterDroppedAddedOrSwapped(lower, near),
    );
}
