import { editDistance, sameLetters } from './edit-distance';
import { COMPOUND_PREFIXES } from './compounds';
import { CALENDAR } from './known-names';
import { NAME_HEADS } from './name-words';
import type { ProofingResources } from './proofreader';
import { isCapitalized } from './tokenize';
import type { Finding, Token } from './types';

// Capitalized words that are slips of everyday words wherever they stand: a plural, a month
// or weekday, a noun in -y. The capital-typo judgement asks these last.

// A letter dropped, added or two swapped: not a replaced one, which is how names differ
// ("the Cullens", not cullers).
export function letterDroppedAddedOrSwapped(typed: string, known: string): boolean {
  if (Math.abs(typed.length - known.length) > 1 || editDistance(typed, known, 1) !== 1)
    return false;
  return typed.length !== known.length || sameLetters(typed, known);
}

/** A plural a letter off one the dictionary knows ("Buldogs", "Broncoes"). */
export function pluralWordSlip(word: string, resources: ProofingResources): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 6 || !lower.endsWith('s')) return false;
  return resources.speller
    .suggest(lower)
    .some(
      (known) =>
        known.length >= 5 &&
        known.endsWith('s') &&
        known === known.toLowerCase() &&
        letterDroppedAddedOrSwapped(lower, known),
    );
}

// Holidays a date names too ("before Thanksgivng"); not those with other spellings of their
// own (Hanukah, Ramadhan) or everyday neighbours (Easter, Eastern).
const HOLIDAYS = ['Thanksgiving', 'Christmas', 'Halloween', 'Juneteenth'];
const CALENDAR_NAMES = [...CALENDAR, ...HOLIDAYS];
const CALENDAR_WORDS = CALENDAR_NAMES.map((name) => name.toLowerCase());

const SHORT_MONTH_DROPS = new Map([
  ['une', 'June'],
  ['jne', 'June'],
  ['jue', 'June'],
  ['uly', 'July'],
  ['jly', 'July'],
  ['juy', 'July'],
]);

// "Septmber", "Wednsday": a month or a weekday with a letter dropped, added or two swapped,
// or from eight letters any one slip (asked where no surname follows: "Augusto Ruiz").
// Where a date stands, any one slip of five letters or more: "scheduled for Munday" (a
// surname elsewhere).
export function calendarSlip(word: string, whereDateStands = false): boolean {
  const lower = word.toLowerCase();
  // Three letters, where a date stands: June or July with a letter dropped ("in Juy 2026"),
  // not AP's forbidden but real abbreviations Jun and Jul.
  if (word.length === 3) return whereDateStands && SHORT_MONTH_DROPS.has(lower);
  // Four letters, where a date stands: June or July with two letters swapped ("late Juyl").
  if (word.length === 4)
    return whereDateStands && (lower === 'juyl' || lower === 'jnue' || lower === 'juen');
  if (word.length < 5) return false;
  return CALENDAR_WORDS.some(
    (name) =>
      name !== lower &&
      (letterDroppedAddedOrSwapped(lower, name) ||
        ((lower.length >= 8 || whereDateStands) && editDistance(lower, name, 1) === 1) ||
        // Spelled as said, two slips off, but ending as the weekday does: "on Wensday",
        // "by Thrusday".
        (whereDateStands &&
          lower.length >= 6 &&
          name.endsWith('day') &&
          lower.slice(-4) === name.slice(-4) &&
          editDistance(lower, name, 2) <= 2)),
  );
}

/** "Jnue 1", "Jluy 4": June or July with two letters swapped, before a day of the month. */
export function shortMonthSwap(word: string, beforeDay: boolean): boolean {
  const lower = word.toLowerCase();
  return (
    beforeDay &&
    lower.length === 4 &&
    ['june', 'july'].some(
      (month) =>
        month !== lower && sameLetters(lower, month) && editDistance(lower, month, 1) === 1,
    )
  );
}

/** A weekday's or month's slip offers that name first: "Satuday" is Saturday, not study. */
export function calendarFirst(finding: Finding): Finding {
  const lower = finding.text.toLowerCase();
  if (!isCapitalized(finding.text)) return finding;
  const dropped = SHORT_MONTH_DROPS.get(lower);
  if (dropped !== undefined)
    return {
      ...finding,
      suggestions: [dropped, ...finding.suggestions.filter((s) => s !== dropped)].slice(0, 5),
    };
  if (lower.length < 4) return finding;
  const at = CALENDAR_WORDS.findIndex((name) =>
    lower.length === 4
      ? name.length === 4 && name !== lower && sameLetters(lower, name)
      : name !== lower && editDistance(lower, name, 1) === 1,
  );
  if (at < 0) return finding;
  const name = CALENDAR_NAMES[at]!;
  return {
    ...finding,
    suggestions: [name, ...finding.suggestions.filter((s) => s !== name)].slice(0, 5),
  };
}

const BEFORE_DATE = new Set(
  'on for by until till since last next this early late from through before after every each starting beginning effective ending around following'.split(
    ' ',
  ),
);
// (Not a comma before an age: "said Ruth Sundby, 78," is a person.)
const AFTER_DAY =
  /^(?:,(?! \d{1,3}[,.])|\s+(?:\d|morning|afternoon|evening|night|and\b|or\b|through\b|at (?:\d|noon)))/;

/** A word stands where a weekday or month would: "for _ at", "on _,", "_ morning". */
export function whereDateStands(units: ReadonlyArray<Token>, i: number, text: string): boolean {
  const before = units[i - 1];
  const token = units[i];
  if (token === undefined) return false;
  if (
    before !== undefined &&
    BEFORE_DATE.has(before.text) &&
    text.slice(before.end, token.start) === ' '
  )
    return true;
  return AFTER_DAY.test(text.slice(token.end, token.end + 12));
}

// "Twin Citys", "the Countys": a common noun in -y given a plain s, which no name is.
export function yPluralSlip(word: string, resources: ProofingResources): boolean {
  if (word.length < 5 || !word.endsWith('ys')) return false;
  const lower = word.toLowerCase();
  const noun = lower.slice(0, -1);
  return (
    (resources.common?.get(noun) ?? 99) <= 35 &&
    resources.speller.correct(`${noun.slice(0, -1)}ies`)
  );
}

// "the Eisenhower Tunel": the head of a name (tunnel, bridge, county) a letter off, after a
// capitalized word.
// After a capitalized prefix joined by a hyphen too: "the Tri-Vally".
export function slipOfNameHead(units: ReadonlyArray<Token>, i: number, text: string): boolean {
  const before = units[i - 1];
  const token = units[i]!;
  // Three letters only for a bay, by a swap: "Yaquina Bya".
  if (
    token.text.length < 3 ||
    (token.text.length === 3 && !swapped(token.text.toLowerCase(), 'bay'))
  )
    return false;
  const prefixed =
    text[token.start - 1] === '-' &&
    COMPOUND_PREFIXES.has(
      PREFIX_BEFORE.exec(text.slice(0, token.start - 1))?.[0].toLowerCase() ?? '',
    );
  if (
    !prefixed &&
    (before === undefined ||
      !isCapitalized(before.text) ||
      text.slice(before.end, token.start) !== ' ')
  )
    return false;
  // A person's surname where the words around say a person ("said Buddy Rizer", "Tom
  // Baye, 54,"): no river or bay.
  if (!prefixed && personAround(text, before!, token)) return false;
  // Compared with the few heads of its first letter and length: most words meet none.
  const lower = token.text.toLowerCase();
  if (lower.length === 3) return true;
  const heads = HEADS_BY_START.get(lower[0]!);
  return (
    heads !== undefined &&
    heads.some((head) =>
      // A head of four letters only by two letters swapped: "Aera", not "Arba" (Kiryat Arba).
      head.length < 5
        ? swapped(lower, head)
        : Math.abs(head.length - lower.length) <= 1 && editDistance(lower, head, 1) === 1,
    )
  );
}

const PERSON_BEFORE =
  /(?:\b(?:said|says|told|according to)|\b(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Sgt|Lt|Capt|Rev)\.|\b(?:Mayor|Judge|Sheriff|Coach|Officer|Pastor|Councilman|Councilwoman|Commissioner|Superintendent))\s$/;
const PERSON_AFTER =
  /^(?:,? (?:said|says|told|added|wrote|testified|argued)\b|, \d{1,3},|, (?:the|a|an) [\p{L}\s'’-]{0,60}?\b(?:director|manager|president|chief|spokesman|spokeswoman|spokesperson|officer|chair|chairman|chairwoman|executive|owner|founder|professor|attorney|lawyer|teacher|superintendent|commissioner|secretary|mayor|leader|coordinator|analyst|economist|researcher|scientist|supervisor|administrator|editor|pastor|coach|farmer|nurse|doctor)\b)/u;

// Whether the words around a name of two words say it is a person's: a verb of saying or a
// title before it, or a verb of saying, an age or a job after it.
function personAround(text: string, first: Token, last: Token): boolean {
  const before = text.slice(Math.max(0, first.start - 24), first.start);
  // ("Ranchers in the Carson Medows said": a person's name takes no article.)
  if (/\b(?:the|a|an)\s$/i.test(before)) return false;
  return PERSON_BEFORE.test(before) || PERSON_AFTER.test(text.slice(last.end, last.end + 90));
}

// Two neighbouring letters swapped: the same letters, one edit apart.
function swapped(word: string, other: string): boolean {
  return (
    word.length === other.length && sameLetters(word, other) && editDistance(word, other, 1) === 1
  );
}

// The capitalized word ending the text before a hyphen ("Tri" of "Tri-Vally").
const PREFIX_BEFORE = /(?<=^|[^\p{L}])\p{Lu}\p{Ll}*$/u;

const HEADS_BY_START = new Map<string, string[]>();
for (const head of NAME_HEADS) {
  const list = HEADS_BY_START.get(head[0]!);
  if (list) list.push(head);
  else HEADS_BY_START.set(head[0]!, [head]);
}

// Compass points of eight letters or more, one slip off, wherever they stand: "the
// Soutwest Side", "Nortwest Indiana". (Shorter ones are surnames too: Souther, Sothern.)
const COMPASS_WORDS = [
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northern',
  'southern',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'midwestern',
];

export function compassSlip(word: string): boolean {
  if (word.length < 8) return false;
  const lower = word.toLowerCase();
  return COMPASS_WORDS.some(
    (compass) =>
      Math.abs(compass.length - lower.length) <= 1 && editDistance(lower, compass, 1) === 1,
  );
}

const COMPASS_POINTS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Upper',
  'Lower',
]);

const SHORT_COMPASS = ['north', 'south', 'east', 'west'];
const STREET_HEAD =
  /^(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Way|Place|Parkway|Highway|Court|Terrace)\.?$/;

/**
 * A compass point with a slip, opening a street's name: "on Nort Fourth Street", "Wst Main
 * Avenue". Short words one slip from North or West are surnames too, so only there.
 */
export function compassBeforeStreet(
  tokens: ReadonlyArray<Token>,
  i: number,
  text: string,
): boolean {
  const lower = tokens[i]!.text.toLowerCase();
  if (lower.length < 3 || lower.length > 6) return false;
  if (
    !SHORT_COMPASS.some((c) => c[0] === lower[0] && c !== lower && editDistance(lower, c, 1) === 1)
  )
    return false;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (text.slice(tokens[k - 1]!.end, token.start) !== ' ' || !isCapitalized(token.text))
      return false;
    if (k > i + 1 && STREET_HEAD.test(token.text)) return true;
  }
  return false;
}

// What a compass point names: "the East Bay", "the West Side", "the North Shore", "the North
// Country" (upstate New York).
const REGION_HEADS = [
  'bay',
  'side',
  'end',
  'coast',
  'shore',
  'valley',
  'range',
  'basin',
  'slope',
  'hills',
  'county',
  'country',
  'village',
];

/**
 * The region head a known word after a compass point is a slip of, same first letter, one
 * slip off: "the East Bey" (Bay), "the West Cost" (Coast). Undefined for most words.
 */
export function compassHeadSlip(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
): string | undefined {
  const before = units[i - 1];
  const token = units[i]!;
  if (before === undefined || !COMPASS_POINTS.has(before.text)) return undefined;
  if (text.slice(before.end, token.start) !== ' ' || !isCapitalized(token.text)) return undefined;
  const lower = token.text.toLowerCase();
  if (lower.length < 3 || REGION_HEADS.includes(lower)) return undefined;
  const head = REGION_HEADS.find(
    (h) =>
      h[0] === lower[0] &&
      Math.abs(h.length - lower.length) <= 1 &&
      editDistance(lower, h, 1) === 1,
  );
  return head === undefined ? undefined : head[0]!.toUpperCase() + head.slice(1);
}

/**
 * The US state or country a word is with a letter dropped, added or swapped, as no name is
 * spelled: "from Turky", "in Germny". (Words the dictionary lists, "Frances", never reach here.)
 */
export function stateOrCountrySlip(word: string, resources: ProofingResources): string | undefined {
  if (word.length < 5) return undefined;
  const lower = word.toLowerCase();
  const names = resources.gazetteer.statesAndCountriesByInitial().get(lower[0]!) ?? [];
  // (Not a letter added at the end, "Utahn", "Canadan": the people of a place are judged
  // as words.)
  // (Lengths first: asked of every unknown capitalized word, most are no length near one.)
  return names.find((name) => {
    if (Math.abs(name.length - lower.length) > 1) return false;
    const known = name.toLowerCase();
    return known !== lower && !lower.startsWith(known) && letterDroppedAddedOrSwapped(lower, known);
  });
}
