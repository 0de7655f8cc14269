import type { Token } from './types';

const OPENING_CAPITAL = /^\p{Lu}/u;

// The words, captured so that one split gives the whole block as gap, word, gap, word… in one
// call into the expression engine instead of one call per word.
const WORDS = /([\p{L}\p{N}]+(?:['’‘][\p{L}]+)*(?:[-.][\p{L}\p{N}]+)*)/u;

// A dateline opening a paragraph: "TAMPA, Fla. —", "SEATTLE (AP) —", "KYIV, Ukraine --".
// The story's first sentence starts after its dash.
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]*(?:, [\p{L}. ]{2,20})?(?: \([A-Za-z]{1,12}\))? ?(?:—|–|--) ?/u;

const DASH_NEAR_START = / (?:—|–|--)/;

/** Splits text into words with offsets, marking the first word of each sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Most paragraphs have no dash near their start: the expression is not even tried.
  const story = DASH_NEAR_START.test(text.slice(0, 60))
    ? (DATELINE.exec(text)?.[0].length ?? 0)
    : 0;
  const parts = text.split(WORDS);
  let at = parts[0]!.length;
  let lastEnd = 0;
  for (let k = 1; k < parts.length; k += 2) {
    const word = parts[k]!;
    const sentenceStart =
      tokens.length === 0 ||
      (endsSentence(parts[k - 1]!) &&
        !afterMiddleInitial(tokens, parts[k - 1]!) &&
        !afterTitle(tokens, parts[k - 1]!)) ||
      (story > 0 && lastEnd < story && at >= story);
    tokens.push({ text: word, start: at, end: at + word.length, sentenceStart });
    lastEnd = at + word.length;
    at = lastEnd + parts[k + 1]!.length;
  }
  return tokens;
}

// "Edwin H. Gott": the full stop of a middle initial after a given name ends no sentence.
function afterMiddleInitial(tokens: ReadonlyArray<Token>, gap: string): boolean {
  const n = tokens.length;
  if (n < 2 || !gap.startsWith('. ')) return false;
  const initial = tokens[n - 1]!.text;
  const code = initial.charCodeAt(0);
  return (
    initial.length === 1 &&
    code >= 65 &&
    code <= 90 &&
    isCapitalized(tokens[n - 2]!.text) &&
    tokens[n - 2]!.text.length > 1
  );
}

// A title's full stop ends no sentence: "Mr. Bowman", "Gov. Abbott", "Sgt. Reyes". ("St."
// and "Jr." are left out: a sentence ends on "Main St." or "Martin Luther King Jr." often.)
const TITLES = new Set(
  'Mr Mrs Ms Mx Dr Gov Sen Sens Rep Reps Lt Gen Col Sgt Capt Cmdr Adm Maj Rev Prof Supt Det Msgr'.split(
    ' ',
  ),
);

function afterTitle(tokens: ReadonlyArray<Token>, gap: string): boolean {
  const n = tokens.length;
  return n > 0 && gap === '. ' && TITLES.has(tokens[n - 1]!.text);
}

const SENTENCE_GAP = /[.!?]["”’)]?\s+["“‘(]?$/;

// Whether the text between two words closes a sentence. Most gaps are one space or a comma:
// only a gap with a full stop, question or exclamation mark is read with the expression.
function endsSentence(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63) return SENTENCE_GAP.test(gap);
  }
  return false;
}

/**
 * A word whose g the speaker dropped, its apostrophe after it: "nothin'", "Darlin'" (no slip
 * of Darwin). `correct` says whether the word with its g is one.
 */
export function droppedG(text: string, token: Token, correct: (word: string) => boolean): boolean {
  const { text: word, end } = token;
  const after = text.charCodeAt(end);
  if ((after !== 39 && after !== 0x2019) || !word.endsWith('in')) return false;
  const next = text.charCodeAt(end + 1);
  // Not an apostrophe that opens a word's ending: "the Martin's".
  if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return false;
  return correct(`${word.toLowerCase()}g`);
}

/** True for a word that starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  // Called for every word of every check: ASCII answers without the Unicode expression.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return OPENING_CAPITAL.test(word);
}

const isMark = (code: number): boolean => code === 39 || code === 0x2019;

/** Strips a possessive ending: "Ferreira's" → "Ferreira". */
export function stripPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  const n = word.length;
  // "Ferreira's" → "Ferreira"; "the Joneses'" → "the Joneses".
  if (last === 115 && n > 2 && isMark(word.charCodeAt(n - 2))) return word.slice(0, -2);
  if (isMark(last) && n > 1 && word.charCodeAt(n - 2) === 115) return word.slice(0, -1);
  return word;
}
