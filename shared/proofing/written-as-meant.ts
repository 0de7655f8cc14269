import { isKnownWord } from './known-words';
import { ARTICLE_BEFORE } from './person-cues';
import type { ProofingResources } from './proofreader';
import { ACCENTED } from './speller';
import { nearAnyCommonWord } from './suggestions';
import { isCapitalized } from './tokenize';
import type { Token } from './types';

// Words the dictionary lacks that are written as meant: another language's, a science's, a
// brand's, a name's syllable. The block check asks this before judging an unknown word.

const BRAND_CAPITALS = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;
// Latin endings of a genus ("Stygiomedusa", "Aedes") and of a species ("gigantea", "aegypti").
const GENUS = /^\p{Lu}\p{Ll}{3,}(?:a|us|um|is|es|ia|on|ix|ops|ella)$/u;
const SPECIES = /^\p{Ll}{4,}(?:a|us|um|is|ae|i|ii|ensis|oides)$/u;
const GIVEN_NAME_SYLLABLE = /^\p{Ll}{2,4}$/u;
// ", or" and a plain word or two closed by a comma or a stop: a gloss, not a choice ("the
// hajj, or pilgrimage, to Mecca"; not "in Concord, or in Salem").
const OKINA = /[\u02bb\u02bc]/;
const GLOSS_AFTER = /^, or (?:a |an |the )?\p{Ll}+(?: \p{Ll}+)?[,.)]/u;
// The endings the United States Adopted Names council gives new medicines' generic names
// by class ("zuranolone", "lecanemab", "tirzepatide", "nirsevimab"): health stories name
// drugs no dictionary has yet.
const DRUG_STEM =
  /^\p{Ll}{4,}(?:mab|tinib|ciclib|parib|lisib|zomib|glutide|patide|natide|ratide|otide|lintide|gliflozin|gliptin|sartan|pril|olol|dipine|vastatin|prazole|tidine|oxacin|cillin|mycin|cycline|conazole|previr|buvir|asvir|tegravir|navir|vudine|afil|triptan|setron|lukast|parin|xaban|gatran|olone|semide|thiazide|bactam|penem|dronate|lutamide|relix|cept|siran|rsen|leucel)$/u;
const FIRST_SYLLABLE = /(?:^|[^\p{L}\p{M}-])\p{Lu}\p{Ll}{1,4}$/u;

/** Whether the unknown word at `i` is written as meant rather than misspelled. */
export function writtenAsMeant(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const token = units[i]!;
  // A brand's capitals inside a word ("UK HealthCare's", "PowerSchool") on a known word.
  if (BRAND_CAPITALS.test(token.text) && isKnownWord(token.text.toLowerCase(), resources))
    return true;
  // A lowercase word with accents the dictionary lacks is another language's: "the
  // mañanera", "crème brûlée" (known loanwords such as "café" the speller accepts).
  if (!isCapitalized(token.text) && ACCENTED.test(token.text)) return true;
  // So is one written with an ʻokina, Hawaiian's glottal stop: "loʻi", "ʻauwai".
  if (!isCapitalized(token.text) && OKINA.test(token.text)) return true;
  // A word the story explains as it uses it: "an oba, or king,", "the hajj, or pilgrimage"
  // (a slip of a common word is still one: "the recieved, or sent, letters").
  if (
    !isCapitalized(token.text) &&
    GLOSS_AFTER.test(text.slice(token.end, token.end + 40)) &&
    ARTICLE_BEFORE.test(text.slice(Math.max(0, token.start - 4), token.start)) &&
    !nearAnyCommonWord(token.text, resources, 0.7)
  )
    return true;
  // A medicine's generic name: "brexanolone", "donanemab", unless one slip from a word.
  if (DRUG_STEM.test(token.text) && !resources.speller.hasNear(token.text)) return true;
  // The second syllable of a Korean given name: "Min-ji", "Seo-yeon".
  if (GIVEN_NAME_SYLLABLE.test(token.text) && givenNameSyllable(token, text)) return true;
  // A word of a phrase of another language or a science, written out in full: "habeas
  // corpus", "pro bono", "Daucus carota"; or a species after its genus.
  return (
    resources.phrases?.covers(units, i, text) === true || speciesName(units, i, text, resources)
  );
}

// A short lowercase part after a short capitalized one, the two joined by a hyphen and
// nothing else: "Min-ji", not "Rep-ly" inside a longer chain.
function givenNameSyllable(token: Token, text: string): boolean {
  return (
    text[token.start - 1] === '-' &&
    text[token.end] !== '-' &&
    FIRST_SYLLABLE.test(text.slice(Math.max(0, token.start - 7), token.start - 1))
  );
}

// "Stygiomedusa gigantea": a lowercase Latin word after a capitalized Latin word the
// dictionary lacks, one space apart, is a species after its genus.
function speciesName(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const genus = units[i - 1];
  const species = units[i]!;
  return (
    genus !== undefined &&
    SPECIES.test(species.text) &&
    GENUS.test(genus.text) &&
    text.slice(genus.end, species.start) === ' ' &&
    !resources.speller.correct(genus.text)
  );
}

// Title-case words in quotation marks, alone: the name of a work ("Downton Abbey," "The
// Prime of Miss Jean Brodie").
const TITLE_BEFORE = /["“](?:(?:\p{Lu}[\p{L}'’-]*|of|the|a|an|and|with|in|on|to|for) )*$/u;
const TITLE_AFTER = /^(?: (?:\p{Lu}[\p{L}'’-]*|of|the|a|an|and|with|in|on|to|for))*[,.!?]?["”]/u;

/** Whether the words from `start` to `end` stand in a quoted title, where no place is meant. */
export function inQuotedTitle(text: string, start: number, end: number): boolean {
  return (
    TITLE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) &&
    TITLE_AFTER.test(text.slice(end, end + 80))
  );
}
