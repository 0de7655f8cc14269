import { isAccepted } from './known-words';
import type { ProofingResources } from './proofreader';
import type { Token } from './types';
import { isCapitalized } from './tokenize';

/**
 * Prefixes that form real compounds with a hyphen ("non-patient", "co-founder", "mid-July"),
 * and the few one-letter or clipped parts that are not words on their own ("e-mail").
 */
export const COMPOUND_PREFIXES: ReadonlySet<string> = new Set([
  'a',
  'anti',
  'bi',
  'co',
  'counter',
  'cross',
  'de',
  'e',
  'ex',
  'extra',
  'half',
  'hyper',
  'inter',
  'intra',
  'macro',
  'micro',
  'mid',
  'mini',
  'multi',
  'neo',
  'non',
  'over',
  'post',
  'pre',
  'pro',
  'pseudo',
  're',
  'semi',
  'self',
  'sub',
  'super',
  'trans',
  'tri',
  'ultra',
  'un',
  'under',
  'vice',
  'x',
]);

/**
 * Suffix parts that are not dictionary words on their own but form compounds ("-esque"; a
 * pitcher is a "right-hander", an easy choice a "no-brainer").
 */
export const COMPOUND_SUFFIXES: ReadonlySet<string> = new Set([
  'esque',
  'ish',
  'ism',
  'ist',
  'hander',
  'handers',
  'brainer',
]);

/** One part of a hyphenated word, with its offsets in the checked text. */
export interface CompoundPart extends Token {
  /** Index of the part within its word (0 for the first). */
  readonly index: number;
  readonly count: number;
}

/**
 * Splits a word joined by hyphens into its parts, each a token with its own offsets, so the
 * part that is wrong can be flagged and fixed alone ("Oaklan" in "Oaklan-based").
 */
export function compoundParts(token: Token): CompoundPart[] {
  const pieces = token.text.split('-');
  const parts: CompoundPart[] = [];
  let offset = token.start;
  pieces.forEach((text, index) => {
    parts.push({
      text,
      start: offset,
      end: offset + text.length,
      sentenceStart: index === 0 && token.sentenceStart,
      index,
      count: pieces.length,
    });
    offset += text.length + 1;
  });
  return parts.filter((part) => part.text !== '');
}

/** True for a part that needs no dictionary: a known prefix or suffix of a compound. */
export function isAffixPart(part: CompoundPart): boolean {
  const lower = part.text.toLowerCase();
  if (part.index < part.count - 1 && COMPOUND_PREFIXES.has(lower)) return true;
  return part.index > 0 && COMPOUND_SUFFIXES.has(lower);
}

/**
 * Tokens for the name and place check: a hyphenated word led by a capitalized part
 * ("Oaklan-based", "Sacremento-area", "San Fransisco-bound") contributes only that part, so it
 * joins the capitalized words before it and is looked up like a standalone name. Two places
 * joined ("the Alabma-Mississippi line", "Dallas-Fort Worth") are looked up part by part when
 * one of them is a known place and no first name stands before them (which would make it a
 * double-barrelled surname: "Evangelina Ruiz-Halvorsen").
 */
const OPENING_WORDS = new Set(
  'the a an in on at of for from to and but by with as after before near between'.split(' '),
);

// "St. Paul", "Ft. Myers", "Mt. Vernon".
const ABBREVIATED = /^(?:St|Ste|Ft|Mt)$/;

export function nameTokens(
  tokens: ReadonlyArray<Token>,
  isKnownName: (text: string) => boolean,
  text?: string,
  /** A joined place's slip, kept whole to be judged as one: "Wilkes-Bare". */
  placeSlip?: (text: string) => boolean,
): Token[] {
  // A loop rather than flatMap: called for every word of every check.
  const out: Token[] = [];
  tokens.forEach((token, i) => {
    if (!token.text.includes('-') || isKnownName(token.text) || placeSlip?.(token.text)) {
      out.push(token);
      return;
    }
    const parts = compoundParts(token);
    const head = parts[0];
    if (!head || !isCapitalized(head.text)) {
      out.push(token);
      return;
    }
    const capitalized = parts.filter((p) => isCapitalized(p.text));
    if (capitalized.length === 1) {
      out.push({
        text: head.text,
        start: head.start,
        end: head.end,
        sentenceStart: token.sentenceStart,
      });
      return;
    }
    const previous = tokens[i - 1];
    // ("The Seattle-Bainbrige route": a capital that only opens the sentence is no name.)
    const afterName =
      previous !== undefined &&
      isCapitalized(previous.text) &&
      !(previous.sentenceStart && OPENING_WORDS.has(previous.text.toLowerCase())) &&
      text !== undefined &&
      text.slice(previous.end, token.start) === ' ';
    // The last part may open a place with the word after it: "Dalas-Fort Worth", and an
    // abbreviation's period stands between: "Minneaplois-St. Paul".
    const next = tokens[i + 1];
    const last = parts[parts.length - 1]!;
    const opensPlace = (): boolean => {
      if (next === undefined || text === undefined) return false;
      const gap = text.slice(token.end, next.start);
      return (
        (gap === ' ' || (gap === '. ' && ABBREVIATED.test(last.text))) &&
        isKnownName(`${last.text}${gap}${next.text}`)
      );
    };
    if (
      text === undefined ||
      afterName ||
      capitalized.length !== parts.length ||
      !(parts.some((p) => isKnownName(p.text)) || opensPlace())
    ) {
      out.push(token);
      return;
    }
    for (const part of parts)
      out.push({
        text: part.text,
        start: part.start,
        end: part.end,
        sentenceStart: part.index === 0 && token.sentenceStart,
      });
  });
  return out;
}

const TENS = new Set([
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
]);
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
// "The forty-eighth session": an ordinal is no slip of its number.
const ORDINALS = new Set('first second third fourth fifth sixth seventh eighth ninth'.split(' '));

const ALL_ORDINALS = [...ORDINALS, 'tenth', 'eleventh', 'twelfth'];
// What a tens word's second part may be: "twenty-one", "forty-eighth".
const SECOND_PARTS = [...UNITS, ...ORDINALS];

/**
 * The ordinal a misspelling ending in "th" is one slip from, offered first: "eigth" is eighth
 * before eight, "fith" fifth before faith. Undefined for most words.
 */
export function ordinalOf(word: string, correct: (word: string) => boolean): string | undefined {
  if (!word.endsWith('th') || word.length < 4) return undefined;
  const ordinal = ALL_ORDINALS.find((o) => o !== word && o[0] === word[0] && slipApart(word, o));
  if (ordinal === undefined) return undefined;
  // Not where two letters swapped make another word: "nigth" is night, "fougth" fought
  // (but "eigth" is still eighth before eight).
  for (let i = 0; i + 1 < word.length; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (swapped !== word && !UNITS.includes(swapped) && correct(swapped)) return undefined;
  }
  return ordinal;
}

/**
 * The number a slip in a written-out number's second part was meant to be: "Twenty-there"
 * is twenty-three, "forty-for" forty-four. Both parts are words, so the speller passes them.
 */
export function numberSlip(token: Token): { part: Token; meant: string } | undefined {
  const dash = token.text.indexOf('-');
  if (dash < 0 || !TENS.has(token.text.slice(0, dash).toLowerCase())) return undefined;
  const second = token.text.slice(dash + 1);
  const lower = second.toLowerCase();
  if (second.includes('-') || UNITS.includes(lower) || ORDINALS.has(lower)) return undefined;
  const meant = SECOND_PARTS.find((unit) => slipApart(lower, unit));
  if (meant === undefined) return undefined;
  const start = token.start + dash + 1;
  return {
    part: { text: second, start, end: start + second.length, sentenceStart: false },
    meant: second === lower ? meant : meant.charAt(0).toUpperCase() + meant.slice(1),
  };
}

// One letter added, dropped, changed or two swapped.
function slipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) ||
    restA.slice(1) === restB ||
    restA === restB.slice(1) ||
    (restA.length >= 2 &&
      restA[0] === restB[1] &&
      restA[1] === restB[0] &&
      restA.slice(2) === restB.slice(2))
  );
}

/**
 * A block's tokens with each compound the dictionary lacks cut into its checked parts
 * ("Oaklan-based" → "Oaklan"), and where the parts of a name joined by hyphens start
 * ("Pyrénées-Orientales", "Ocasio-Cortez"): those parts are names.
 */
export function splitCompounds(
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
): { units: Token[]; nameParts: Set<number> } {
  const units: Token[] = [];
  const nameParts = new Set<number>();
  tokens.forEach((token, t) => {
    // A compound led by a number ("68-yrad", "12-yaer-old") has its lowercase words checked;
    // its numbers and capitals are left as they are, and so is one led by a word ("Pac-12",
    // "COVID-19", "uquake-x11": a name or a product's).
    if (token.text.includes('-') && /\d/.test(token.text)) {
      if (!/^\d[\d,.]*-/.test(token.text)) {
        units.push(token);
        return;
      }
      const words = compoundParts(token).filter(
        (part) =>
          /^\p{Ll}{3,}$/u.test(part.text) && !isAffixPart(part) && !countedAs(part.text, resources),
      );
      if (words.length === 0) units.push(token);
      else units.push(...words);
      return;
    }
    if (
      token.text.includes('-') &&
      !resources.speller.correct(token.text) &&
      !isAccepted(token.text, resources)
    ) {
      // A phrase of another language written with hyphens: "cul-de-sac", "tete-a-tete".
      if (resources.phrases?.joins(token.text) === true) return;
      const all = compoundParts(token);
      // "a three-decker", "a two-seater", "a triple-decker": a number's word before a word
      // and -er, as "3-decker" is read.
      const counted = COUNTS.has(all[0]?.text.toLowerCase() ?? '') && all.length === 2;
      const parts = all.filter(
        (part) =>
          !isAffixPart(part) &&
          !(counted && part.index === 1 && countedAs(part.text.toLowerCase(), resources)),
      );
      const allNames = parts.length > 1 && parts.every((part) => isCapitalized(part.text));
      for (const part of parts) {
        // The end of a place of two words or three: "Coeur d'Alene-based", "Port au-Prince".
        if (part.index === 0 && endsPlace(tokens, t, part.text, resources)) continue;
        units.push(part);
        if (allNames) nameParts.add(part.start);
      }
    } else units.push(token);
  });
  return { units, nameParts };
}

function endsPlace(
  tokens: ReadonlyArray<Token>,
  t: number,
  head: string,
  resources: ProofingResources,
): boolean {
  let phrase = head;
  for (let k = t - 1; k >= Math.max(0, t - 2); k--) {
    const before = tokens[k]!;
    if (before.end + 1 !== tokens[k + 1]!.start || !isCapitalized(before.text)) return false;
    phrase = `${before.text} ${phrase}`;
    if (resources.gazetteer.lookup(phrase) !== undefined) return true;
  }
  return false;
}

const COUNTS = new Set([
  ...UNITS,
  'ten',
  'eleven',
  'twelve',
  'single',
  'double',
  'triple',
  'quadruple',
]);

// What a number's compound makes of a word: "7-year-olds", "a 12-seater", "a three-pointer",
// "a 10-footer", an "18-wheeler": the word and -er, or "olds".
function countedAs(word: string, resources: ProofingResources): boolean {
  if (word === 'olds') return true;
  const stem = /^(\p{Ll}{2,}?)(?:er|r)s?$/u.exec(word)?.[1];
  if (stem === undefined) return false;
  const undoubled = /(\p{Ll})\1$/u.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].some((s) => s.length >= 3 && resources.speller.correct(s));
}
