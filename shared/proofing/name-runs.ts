import { AFTER_PLURAL } from './context-ranking';
import { editDistance } from './edit-distance';
import { NAME_HEADS } from './name-words';
import type { ProofingResources } from './proofreader';
import { isCapitalized } from './tokenize';
import type { Finding, Token } from './types';

// How capitalized words are read as names: runs of them, a phrase matched with a place word
// by word, and a place's possessive written without its apostrophe.

// Capitalized words one after another ("San Bernadino", "Los Angles").
// "d'Alene" (Coeur d'Alene), "l'Anse", "d'Iberville": a lowercase particle joined to a
// capital by an apostrophe is part of a name.
const PARTICLE_NAME = /^\p{Ll}['’]\p{Lu}/u;

const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Ft', 'Mt']);

// "ST" of a dateline's "ST. ALBANS" is "St".
const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

// "St. Paul", "Ft. Myers", "Mt. Vernon": the abbreviation's period does not end the name.
function joinedInName(text: string, previous: Token, token: Token): boolean {
  const gap = text.slice(previous.end, token.start);
  return gap === ' ' || (gap === '. ' && NAME_ABBREVIATIONS.has(titleCase(previous.text)));
}

// A phrase two slips from a place is held to one slip in any word of five letters or fewer:
// "the Alau River" (a Nigerian river) is not the Yalu River, "Lake Meed" is Lake Mead.
export function wordByWordSlips(phrase: string, place: string): boolean {
  const typed = phrase.toLowerCase().split(' ');
  const known = place.toLowerCase().split(' ');
  return typed.every(
    (word, k) =>
      editDistance(word, known[k] ?? '', 2) <= (word.length <= 5 ? 1 : 2) &&
      // "Canyon Dam" is a dam, not a slip of Canyon Day, Ariz.
      (word === known[k] || !FEATURES.has(word)),
  );
}

// Words naming a kind of place, which a writer does not mistype into one another.
const FEATURES = new Set(
  (
    'dam lake lakes river creek bay park peak point pass falls springs spring valley canyon ' +
    'mesa butte island isle beach bridge road street hill hills mountain ridge forest harbor ' +
    'port fort lane way gap glen cove'
  ).split(' '),
);

// Ways one sound of Arabic, Persian, Russian or Ukrainian is written in English letters.
const ROMANIZED: ReadonlyArray<[RegExp, string]> = [
  [/ou|oo/g, 'u'],
  [/ee|iy/g, 'i'],
  [/kh/g, 'k'],
  [/dh/g, 'd'],
];

function romanizedKey(name: string): string {
  let key = name.toLowerCase();
  for (const [from, to] of ROMANIZED) key = key.replace(from, to);
  return key;
}

/**
 * Two spellings of one place abroad in different romanizations ("Khan Younis", GeoNames'
 * "Khan Yunis"), not a slip: the desk's style decides which.
 */
export function otherRomanization(typed: string, name: string): boolean {
  // Only the English-style spelling of a sound the gazetteer writes with one letter: "Huston
  // Rockets" is still Houston misspelled.
  if (typed.length > name.length && romanizedKey(typed) === romanizedKey(name)) return true;
  // French "ch" for the English "sh": Marrakech, Marrakesh.
  const [a, b] = [typed.toLowerCase(), name.toLowerCase()];
  return a !== b && a.replaceAll('ch', 'sh') === b.replaceAll('ch', 'sh');
}

// A phrase that differs from a place only in a word known as a name or place where the
// place's own word is known as neither ("Weber River", Utah, is not Germany's Weser River) is
// another place of its own. "Pittsburg Steelers" and "Jefferson Parrish" are still slips:
// Pittsburgh and parish are known.
export function anotherNamedPlace(
  phrase: string,
  place: string,
  resources: ProofingResources,
): boolean {
  const typed = phrase.split(' ');
  const known = place.split(' ');
  const { gazetteer } = resources;
  // Against a US place, a town abroad of the same name is no other place meant: "Morena
  // Valley" (Morena, India) is Moreno Valley, Calif.
  const usPlace = gazetteer.statesWithin(place).length > 0;
  const townAbroad = (word: string): boolean =>
    usPlace &&
    gazetteer.statesWithin(word).length === 0 &&
    !gazetteer.isStateOrCountry(word) &&
    gazetteer.countryOf(word) !== undefined;
  const knownWord = (word: string): boolean =>
    (gazetteer.lookup(word) !== undefined && !townAbroad(word)) || resources.speller.correct(word);
  // A well-known place in the phrase where the other has no place of its own, or only a
  // little-known one, is not a slip of it either: "Central Oregon" is not the "Central Region"
  // abroad, nor "Phoenix City" Alabama's "Phenix City", nor "Chicago City Council"
  // Minnesota's Chisago City.
  const famous = (word: string, other: string | undefined): boolean =>
    other !== undefined &&
    gazetteer.isWellKnown(word) &&
    !townAbroad(word) &&
    (gazetteer.lookup(other) === undefined || !gazetteer.isWellKnown(other));
  // An everyday word typed for a place's own word is no name of another place: "Des Planes"
  // is Des Plaines; "Weber River" (a surname) is a river of its own.
  const typedName = (word: string): boolean =>
    knownWord(word) &&
    (gazetteer.lookup(word) !== undefined || !resources.speller.correct(word.toLowerCase()));
  // A small town's name a letter off the word of a town of size is a slip of it there:
  // "Menominee Falls" (Menominee, Mich., a few thousand) is Menomonee Falls, Wis.
  const smallTownSlip = (word: string, other: string): boolean =>
    gazetteer.peopleOf(place) >= 25 &&
    gazetteer.peopleOf(word) < 10 &&
    !resources.speller.correct(word.toLowerCase()) &&
    editDistance(word.toLowerCase(), other.toLowerCase(), 1) <= 1;
  // A name of its own the dictionary lacks, where the place has an everyday word, is another
  // place: "Comal Springs" (on the Comal River, Texas) is not Coral Springs, Fla.
  const ownName = (word: string, other: string | undefined): boolean =>
    other !== undefined &&
    gazetteer.lookup(word) !== undefined &&
    !resources.speller.correct(word) &&
    resources.speller.correct(other.toLowerCase());
  return (
    typed.every(
      (word, k) =>
        word.toLowerCase() === known[k]?.toLowerCase() ||
        (typedName(word) &&
          known[k] !== undefined &&
          !knownWord(known[k]) &&
          !smallTownSlip(word, known[k])) ||
        ownName(word, known[k]),
    ) ||
    typed.some(
      (word, k) => word.toLowerCase() !== known[k]?.toLowerCase() && famous(word, known[k]),
    )
  );
}

// "Bay of Fundy", "Strait of Hormuz", "Rio de Janeiro", "Tierra del Fuego": a lowercase "of"
// (or its Spanish, Portuguese or French peer) inside a known name's first words keeps the run
// going, so "the Bay of Fundey" and "Rio de Janiero" are looked up as one name.
const JOINING_WORDS = new Set(['of', 'de', 'del', 'la', 'da', 'do', 'dos', 'du', 'des']);

function ofInName(
  text: string,
  tokens: ReadonlyArray<Token>,
  k: number,
  previous: Token | undefined,
  startsName: (phrase: string) => boolean,
): boolean {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  return (
    JOINING_WORDS.has(token.text) &&
    previous !== undefined &&
    next !== undefined &&
    isCapitalized(next.text) &&
    text.slice(previous.end, token.start) === ' ' &&
    text.slice(token.end, next.start) === ' ' &&
    startsName(`${previous.text} ${token.text}`)
  );
}

export function capitalizedRuns(
  text: string,
  tokens: ReadonlyArray<Token>,
  startsName: (phrase: string) => boolean,
): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const previous = run[run.length - 1];
    const nameLike =
      isCapitalized(token.text) ||
      (previous && PARTICLE_NAME.test(token.text)) ||
      ofInName(text, tokens, k, previous, startsName);
    if (nameLike && (!previous || joinedInName(text, previous, token))) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = isCapitalized(token.text) ? [token] : [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

// Words before a plural of a place's name: "the Carolinas", "both Dakotas", "two Koreas".
const PLURAL_PLACES_AFTER = new Set(['the', 'both', 'two', 'three', 'all']);

// A known place's name with an s and no apostrophe, before a word: "Quebecs wildfire agency"
// is Quebec's. The possessive keeps the story's apostrophe, curly or straight.
export function missingApostrophe(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): string | undefined {
  const token = units[i]!;
  const next = units[i + 1];
  const before = units[i - 1];
  if (token.text.length < 5 || !token.text.endsWith('s') || token.text.endsWith('ss'))
    return undefined;
  if (next === undefined || text.slice(token.end, next.start) !== ' ') return undefined;
  // After a first name it is a surname ("Myrna Kulas"); the place must be one a story names
  // for itself (Quebec, Houston), not a village a surname happens to spell.
  // (Not a word ending the sentence before: "near Casper. \"Thats not true.\"", though a
  // title's full stop ends none: "Mr. Samuels".)
  if (
    before !== undefined &&
    (!token.sentenceStart || TITLE_ABBREVIATION.test(before.text)) &&
    (PLURAL_PLACES_AFTER.has(before.text.toLowerCase()) || isCapitalized(before.text))
  )
    return undefined;
  const stem = token.text.slice(0, -1);
  const apostrophe = text.includes('’') ? '’' : "'";
  const place = resources.gazetteer.lookup(stem);
  if (place === undefined || place.includes(' ') || place !== stem)
    return ownerBefore(stem, next, resources) ? `${stem}${apostrophe}s` : undefined;
  if (!resources.gazetteer.isWellKnown(place) || AFTER_PLURAL.test(next.text)) return undefined;
  return `${place}${apostrophe}s`;
}

/** The spelling finding for `missingApostrophe`: "Bostons mayor" → Boston's. */
export function apostropheFinding(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): Finding | undefined {
  const apostrophe = missingApostrophe(units, i, text, resources);
  if (apostrophe === undefined) return undefined;
  const token = units[i]!;
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    kind: 'spelling',
    message: `A possessive takes an apostrophe: “${apostrophe}”.`,
    suggestions: [apostrophe],
  };
}

const TITLE_ABBREVIATION =
  /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|St|Prof|Rev|Maj|Cmdr|Adm|Supt|Det|Atty|Jr|Sr)$/;

// "Aggies fans", "Hokies coach Brent Pry": a team's plural names the team, as AP writes it.
const TEAM_WORDS =
  /^(?:fans?|faithful|players|coach|coaches|quarterback|defense|offense|roster|season|lineup|supporters|tickets|game|games|victory|win|loss)$/;

// "Intels largest campus": a name the dictionary knows (a company, a person), given an s it
// takes no plural with, before a lowercase word, owns that word.
function ownerBefore(stem: string, next: Token, resources: ProofingResources): boolean {
  return (
    stem.length >= 4 &&
    /^\p{Ll}/u.test(next.text) &&
    !AFTER_PLURAL.test(next.text) &&
    !TEAM_WORDS.test(next.text) &&
    resources.speller.correct(stem) &&
    !resources.speller.correct(`${stem}s`) &&
    // "Deputys cover the county" may be the plural as well: left to the spelling check,
    // which offers both.
    !(stem.endsWith('y') && resources.speller.correct(`${stem.slice(0, -1)}ies`))
  );
}

/**
 * Words inside a longer name, between its first word and its head: "Island State" in
 * "Antelope Island State Park" is no slip of Island Estate, Fla.
 */
export function midName(run: ReadonlyArray<Token>, i: number, length: number): boolean {
  const after = run[i + length];
  if (i === 0 || after === undefined) return false;
  const head = after.text.toLowerCase();
  return NAME_HEADS.has(head) || SHORT_HEADS.has(head);
}

// Heads of four letters or fewer, left out of NAME_HEADS as surnames (Park, Hall, Lake).
const SHORT_HEADS = new Set(['park', 'hall', 'lake', 'road', 'club', 'zoo', 'mall', 'pier', 'dam']);

// Words that open a sentence without being part of a name after them: "The San Joaquin Valley".
const DETERMINERS = new Set(
  'the a an this that these those its his her their our my your'.split(' '),
);

/**
 * Whether the capital opening a sentence begins the place the run names: "West Hartford
 * officials", or a dateline's "WEST HARFORD" (West Hartford misspelled, word by word), so
 * that "West" is no mere sentence opener to drop.
 */
export function opensPlaceName(
  text: string,
  run: ReadonlyArray<Token>,
  resources: ProofingResources,
): boolean {
  const { gazetteer } = resources;
  const opener = run[0]!.text.toLowerCase();
  for (let length = Math.min(gazetteer.maxWords, run.length); length >= 2; length--) {
    const phrase = text.slice(run[0]!.start, run[length - 1]!.end);
    if (gazetteer.lookup(phrase)) return true;
    if (DETERMINERS.has(opener)) continue;
    if (
      gazetteer
        .nearMisses(phrase)
        .some(
          (name) =>
            name.split(' ').length === length &&
            name.split(' ')[0]!.toLowerCase() === opener &&
            wordByWordSlips(phrase, name),
        )
    )
      return true;
  }
  return false;
}
