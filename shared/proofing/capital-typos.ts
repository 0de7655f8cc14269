import type { Suggest } from './check-block';
import type { ProofingResources } from './proofreader';
import {
  letterSlipOfProperNoun,
  looksLikeTypo,
  slipOfKnownWord,
  someSwap,
  swapMakesCommonWord,
  swapMakesPlace,
} from './suggestions';
import { compoundParts } from './compounds';
import { editDistance } from './edit-distance';
import {
  calendarSlip,
  stateOrCountrySlip,
  shortMonthSwap,
  whereDateStands,
  compassSlip,
  compassBeforeStreet,
  pluralWordSlip,
  slipOfNameHead,
  yPluralSlip,
} from './word-slips';
import { isCapitalized, stripPossessive } from './tokenize';
import type { Finding, Token } from './types';
import {
  ACRONYM,
  afterArticle,
  afterArticleAndState,
  afterStormWord,
  beforeDay,
  beforeNumeral,
  beforeStateOrCountry,
  CALENDAR_WORD,
  endsPhrase,
} from './capital-contexts';
import { shortOpenerSlip } from './short-openers';
import { namedBySaying, runTogetherOpening, speakerSlip } from './sentence-openers';
import { beforeBodyHead, inCommonName, oneSlipFromCommon } from './common-names';
import { NAME_HEADS } from './name-words';
import {
  afterEverydayCapital,
  beforeFullName,
  slipOfAgentNoun,
  swapMakesTitle,
} from './title-slips';

// When an unknown capitalized word is a typo rather than a name: the judgement the block check
// makes for each such word, wherever it stands.

// British endings and the American ones they stand for: Defence, Centre, Harbour.
const BRITISH_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ence(s?)$/, 'ense$1'],
  [/tre(s?)$/, 'ter$1'],
  [/our(s?)$/, 'or$1'],
  [/ise(s?|d)$/, 'ize$1'],
];

function britishForm(word: string, resources: ProofingResources): boolean {
  const lower = word.toLowerCase();
  return BRITISH_ENDINGS.some(
    ([ending, american]) =>
      ending.test(lower) && resources.speller.correct(lower.replace(ending, american)),
  );
}

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const LANGUAGE_ENDING = /(?:ish|ese|ans)$/;

const REGION_WORDS = [
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'upstate',
  'downstate',
  'rural',
  'coastal',
  'greater',
  'inland',
  'interior',
  'middle',
];

function nearRegionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return REGION_WORDS.some(
    (region) =>
      Math.abs(region.length - lower.length) <= 2 &&
      editDistance(lower, region, 2) <= (lower.length >= 8 ? 2 : 1),
  );
}

// "American", "Korean", "Chinese", "Spanish": a proper noun of the dictionary with such an ending.
function nationality(word: string, resources: ProofingResources): boolean {
  return (
    /(?:an|ese|ish)$/.test(word) &&
    resources.speller.correct(word) &&
    !resources.speller.correct(word.toLowerCase())
  );
}

// One letter from a given name or other proper noun the dictionary knows.
function nameSlip(word: string, resources: ProofingResources): boolean {
  return (
    word.length >= 3 &&
    resources.speller
      .suggest(word)
      .some((known) => isCapitalized(known) && editDistance(known, word, 1) === 1)
  );
}

// A capitalized word that opens a sentence or sits in a name of everyday words, as a
// spelling finding when it is one slip from a common word.
export function typoOfWord(
  tokens: ReadonlyArray<Token>,
  token: Token,
  text: string,
  resources: ProofingResources,
  suggest: Suggest,
): Finding | undefined {
  const at = tokenAt(tokens, token);
  if (at === undefined) return undefined;
  const { units, i } = at;
  return capitalTypo(units, i, text, resources, opensKnownPlace(units, i + 1, text, resources))
    ? spellingFinding(token, suggest)
    : undefined;
}

// Where `token` stands among the words: itself, or the first part of a compound the tokens
// hold whole, the compound split into its parts ("Peice-rate pay" is judged as "Peice rate
// pay"). A compound of capitals only ("Arizona-Utha") is a place's, not a word's: undefined.
function tokenAt(
  tokens: ReadonlyArray<Token>,
  token: Token,
): { units: ReadonlyArray<Token>; i: number } | undefined {
  const i = tokens.findIndex((t) => t.start === token.start && t.end === token.end);
  if (i >= 0) return { units: tokens, i };
  const whole = tokens.findIndex((t) => t.start <= token.start && t.end >= token.end);
  const parts = whole < 0 ? [] : compoundParts(tokens[whole]!);
  if (parts.length < 2 || parts.slice(1).some((part) => isCapitalized(part.text))) return undefined;
  return { units: [...tokens.slice(0, whole), ...parts, ...tokens.slice(whole + 1)], i: whole };
}

// Whether a known place of two words or more starts at token `k` ("York County").
function opensKnownPlace(
  tokens: ReadonlyArray<Token>,
  k: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const first = tokens[k];
  if (first === undefined || !isCapitalized(first.text)) return false;
  for (let n = 2; n <= resources.gazetteer.maxWords && k + n - 1 < tokens.length; n++) {
    const last = tokens[k + n - 1]!;
    if (!isCapitalized(last.text)) return false;
    if (resources.gazetteer.lookup(text.slice(first.start, last.end)) !== undefined) return true;
  }
  return false;
}

const MC_LOWERED = /^Mc\p{Ll}/u;

/**
 * "Mcdonald", "Mckinley": a Mc name the dictionary knows with its capital after "Mc", written
 * without it. Names are written so only in all capitals, so this is a slip wherever it stands.
 */
export function mcLowered(word: string, resources: ProofingResources): boolean {
  return (
    MC_LOWERED.test(word) &&
    resources.speller.correct(`Mc${word.charAt(2).toUpperCase()}${word.slice(3)}`)
  );
}

// Whether an unknown capitalized word is a typo rather than a name: where a name could not
// stand (opening a sentence with no capitalized word after it, as after a first name; inside
// a name of everyday words) and close to a word (`looksLikeTypo`); or long and one slip from
// a common word; or a known proper noun with two letters swapped.
export function capitalTypo(
  tokens: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
  beforePlace = false,
): boolean {
  const token = tokens[i]!;
  if (mcLowered(stripPossessive(token.text), resources)) return true;
  // "the Ministry of Defence", "the Kennedy Centre": a name keeps its own country's
  // spelling (AP), so a British form of a word is no slip inside one.
  if (!token.sentenceStart && britishForm(stripPossessive(token.text), resources)) return false;
  const next = tokens[i + 1];
  // A capitalized word next may be a surname, after a first name; a known place of two words
  // or more ("Acros Lee County") is not.
  // (Not an acronym: "Becuase ERCOT has" opens a sentence with a slip, not a first name.)
  // (Nor a lone capital without a full stop before a lowercase word: "Hepatitis C spreads",
  // not an initial.)
  const beforeName =
    next !== undefined &&
    isCapitalized(next.text) &&
    !ACRONYM.test(next.text) &&
    !(
      next.text.length === 1 &&
      next.text !== 'I' &&
      text[next.end] !== '.' &&
      !isCapitalized(tokens[i + 2]?.text ?? 'X')
    ) &&
    text.slice(token.end, next.start) === ' ' &&
    !beforePlace;
  const word0 = stripPossessive(token.text);
  // After an article, where no person's name stands, a word one slip from an everyday word
  // of six letters or more that ends the phrase is that word: "in the Norteast," (not "the
  // Bootheel", two from brothel, nor "the Entergy plant", a company's name before a noun).
  const judged =
    (token.sentenceStart &&
      (!beforeName || CALENDAR_WORD.test(next.text)) &&
      !namedBySaying(token, word0, text, resources)) ||
    // Before a given name and a surname stands a title, not a first name: "Forcaster Elena
    // Marsh" (seven letters or more, one slip from a word for someone who does something;
    // "Taylour Dominique Paige" has two given names).
    (beforeName &&
      token.text.length >= 7 &&
      beforeFullName(tokens, i, text, resources) &&
      slipOfAgentNoun(stripPossessive(token.text), resources)) ||
    inCommonName(tokens, i, text, resources) ||
    (endsPhrase(tokens, i, text) &&
      afterArticle(tokens, i, text) &&
      oneSlipFromCommon(stripPossessive(token.text), resources)) ||
    // Before a state's or country's name stand "Central", "Northern", "Rural"; before a
    // numeral, "Division II", "Category 4", "Proposition 50": "Centrl Oregon", "Divison II".
    // (Before a state, only a slip of such a word: "Entergy Arkansas" is a company.)
    (beforeStateOrCountry(tokens, i, text, resources) && nearRegionWord(token.text)) ||
    (beforeNumeral(tokens, i, text) && oneSlipFromCommon(token.text, resources)) ||
    // (Not a plural there: a team's name, "the Toronto Marlies".)
    (afterArticleAndState(tokens, i, text, resources) && !token.text.endsWith('s')) ||
    beforeBodyHead(tokens, i, text, resources);
  // "Portgual's" is judged as "Portgual".
  const word = stripPossessive(token.text);
  // Before a surname, a word one swap from a name the dictionary knows is a name too
  // ("Cristian Romero", not Cristina). Not before a head or an everyday word ("the Appalachai
  // Mountains", "the Gila River Indain Community"), nor a possessive ("Portgual's Algarve"),
  // nor one swap from a place ("Huoston Texans").
  // Asked only once a swap is found: most capitalized words make no word by a swap.
  // After an everyday word of a name, a swap that makes an everyday word is a slip before a
  // name too ("Transport Secertary Louise Haigh"); a first name opening the run is not
  // ("Dameon Frami", one swap from "daemon").
  const titleSlip = (): boolean =>
    (afterEverydayCapital(tokens, i, text, resources) && swapMakesCommonWord(word, resources)) ||
    swapMakesTitle(word);
  // Nor before a nationality after an article: "the first Indain American woman".
  const inFirstNamePlace = (): boolean =>
    beforeName &&
    word === token.text &&
    !(afterArticle(tokens, i, text) && nationality(next.text, resources)) &&
    !NAME_HEADS.has(next.text.toLowerCase()) &&
    // A day or a month is no surname: "Evrey Saturday".
    !CALENDAR_WORD.test(next.text) &&
    !resources.speller.correct(next.text.toLowerCase()) &&
    !swapMakesPlace(word, resources) &&
    !titleSlip();
  // After a given name, a surname two of whose letters swapped make only an everyday word is
  // how surnames are spelled ("Mark Hackel", not hackle; "Payton Thorne", not throne); a swap
  // making a proper noun still is a slip ("Joe Bidne"), and so is a title's ("Board Chiar").
  // A given name: listed with its capital ("Mark") or no word at all ("Payton"), not "Salt"
  // of "Salt Lkae City".
  const surnameSwap = (): boolean => {
    const before = tokens[i - 1];
    if (before === undefined || !isCapitalized(before.text) || word.length < 4) return false;
    if (text.slice(before.end, token.start) !== ' ' || titleSlip()) return false;
    const { speller, gazetteer } = resources;
    if (!speller.listed(before.text) && speller.correct(before.text.toLowerCase())) return false;
    let everyday = false;
    const proper = someSwap(word, 1, (swapped) => {
      if (!speller.correct(swapped)) return false;
      if (speller.listed(swapped) || gazetteer.lookup(`${before.text} ${swapped}`) !== undefined)
        return true;
      everyday = true;
      return false;
    });
    return everyday && !proper;
  };
  // "TriMet", "PayPal": a capital inside a word is a name's; a slip does not make one.
  const camel = INNER_CAPITAL.test(word);
  if (
    (judged && !camel && looksLikeTypo(word, resources)) ||
    (token.sentenceStart && !beforeName && shortOpenerSlip(word, next) !== undefined) ||
    (token.sentenceStart && runTogetherOpening(word, next, resources)) ||
    (token.sentenceStart && !beforeName && speakerSlip(token, word, text, resources)) ||
    slipOfKnownWord(word, resources, false) ||
    (slipOfKnownWord(word, resources) && !inFirstNamePlace() && !surnameSwap())
  )
    return true;
  // "Mayor Lisa Brwon": after a given name the dictionary lists, a five-letter word two of
  // whose letters swapped make a name it lists (longer ones are `slipOfKnownWord`'s).
  const given = tokens[i - 1];
  if (
    word.length === 5 &&
    given !== undefined &&
    text.slice(given.end, token.start) === ' ' &&
    resources.speller.listed(given.text) &&
    someSwap(word, 1, (swapped) => resources.speller.listed(swapped))
  )
    return true;
  // Storms are named from lists of given names the dictionary knows: "Hurricane Harvy".
  if (afterStormWord(tokens, i, text) && nameSlip(word, resources)) return true;
  // A five-letter word a swap from an everyday word before a name: "Board Chiar Jennifer
  // Homendy". (Longer ones are `slipOfKnownWord`'s.)
  if (beforeName && word.length === 5 && titleSlip()) return true;
  // A language or nationality with a letter doubled or dropped ("Spannish", "Portugese",
  // "Amercans") is one wherever it stands (from seven letters: "Tyrese" is a given name);
  // other proper nouns only after an article ("the rural Midwst") or when long, as surnames
  // vary so ("Mathews", "Phillips").
  if (
    (afterArticle(tokens, i, text) ||
      word.length >= 10 ||
      (word.length >= 7 && LANGUAGE_ENDING.test(word))) &&
    letterSlipOfProperNoun(word, resources)
  )
    return true;
  // "The Broncoes", "the Buldogs": after an article, a plural a letter off one the dictionary
  // knows (team names are plurals of words).
  if (afterArticle(tokens, i, text) && pluralWordSlip(word, resources)) return true;
  return (
    yPluralSlip(word, resources) ||
    compassSlip(word) ||
    compassBeforeStreet(tokens, i, text) ||
    (!beforeName && calendarSlip(word, whereDateStands(tokens, i, text))) ||
    (!beforeName && stateOrCountrySlip(word, resources) !== undefined) ||
    shortMonthSwap(word, beforeDay(tokens, i, text)) ||
    slipOfNameHead(tokens, i, text)
  );
}

export function spellingFinding(token: Token, suggest: Suggest): Finding {
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    kind: 'spelling',
    message: `“${token.text}” is not in the dictionary.`,
    suggestions: suggest(token.text),
  };
}
