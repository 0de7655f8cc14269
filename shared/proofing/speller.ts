import { NgramIndex } from './ngram-index';
import { Splice } from './splice';
import { WordSet } from './word-set';

// Compiled once (see check-block.ts).
const ONE_CAPITAL = /^\p{Lu}[^\p{Lu}]*$/u;

/** What the checker needs from a dictionary. */
export interface Speller {
  correct(word: string): boolean;
  /** The list has this exact spelling: "Grant" is a name as well as a word, "Ready" is not. */
  listed(word: string): boolean;
  /** Known words one slip (deletion, swap, replacement, insertion) from a misspelled one. */
  suggest(word: string): ReadonlyArray<string>;
  /** Whether any known word is one slip away (cheaper than `suggest`: stops at the first). */
  hasNear(word: string): boolean;
  /** Known words sharing the most letter pairs with a misspelled one, most alike first. */
  alike(word: string): ReadonlyArray<string>;
  /**
   * A rare word (SCOWL 80) written as listed, in lowercase: never flagged as misspelled, but
   * no word for any other check, and never a suggestion.
   */
  rare(word: string): boolean;
  /** Adds a newsroom word; "Okafor" then also accepts "Okafor's". */
  add(word: string): void;
}

/**
 * Calls `visit` after setting `splice` (already holding the word) to each variant one
 * deletion, swap of neighbours, insertion or replacement away, in a fixed order, until it
 * returns true; true if one did. Variants equal to the word (a swap of two like letters)
 * are left out.
 */
function someSlip(splice: Splice, capital: boolean, visit: () => boolean): boolean {
  const { word } = splice;
  const n = word.length;
  for (let i = 0; i <= n; i++) {
    const here = i < n ? word.charCodeAt(i) : -1;
    if (i < n) {
      splice.set(i, 1, -1, -1, capital);
      if (visit()) return true;
    }
    if (i + 1 < n && word.charCodeAt(i + 1) !== here) {
      splice.set(i, 2, word.charCodeAt(i + 1), here, capital);
      if (visit()) return true;
    }
    for (let letter = 97; letter <= 122; letter++) {
      splice.set(i, 0, letter, -1, capital);
      if (visit()) return true;
      if (i < n && letter !== here) {
        splice.set(i, 1, letter, -1, capital);
        if (visit()) return true;
      }
    }
  }
  return false;
}

function ordinalIsRight(word: string): boolean {
  const match = /^(\d+)(st|nd|rd|th)$/.exec(word);
  if (!match) return false;
  const n = Number(match[1]!.slice(-2));
  const suffix = n >= 11 && n <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return match[2] === suffix;
}

/**
 * A speller over a list of words: in the app, every form Hunspell's en_US accepts (expanded
 * at build time into resources/words-en-us.txt, so no affix rules run when a worker starts)
 * followed by the extra words (resources/words-extra.txt, lowercase), read as one text so a
 * lookup is one probe of one table; rare words (resources/words-rare.txt) in a table apart.
 * Case follows Hunspell: a lowercase
 * word may be capitalized or all capitals, a name keeps its capitals ("McDonald", not
 * "MCDONALD" or "mcdonald"). A unit test holds this to nspell's answers.
 */
/** A letter with an accent or other mark (Latin-1 and Latin Extended). */
export const ACCENTED = /[\u00c0-\u024f]/;
const MARKS = /\p{M}/gu;

export function createSpeller(forms: Iterable<string> | WordSet, rare?: WordSet): Speller {
  // A list read as text stays text (fast start-up); any other list is made into one.
  const known = forms instanceof WordSet ? forms : new WordSet([...forms].join('\n'));
  let index: NgramIndex | undefined;
  const added: string[] = [];
  // Rare words (resources/words-rare.txt) are only not flagged (see `rare`): a slip is far
  // likelier to mean a common word than a psyllid, so only `known` is searched for
  // suggestions and near words, and the checks that read a word's forms in the dictionary
  // ("companion" is no verb for "companioned", a size 80 word) read only `known`.
  const has = (word: string): boolean => known.has(word);
  const splice = new Splice();
  const hasSplice = (): boolean => known.hasSplice(splice);
  // Every word of a story is asked about, most of them many times ("the", "said", a source's
  // name): answers are remembered until a word is added.
  const verdicts = new Map<string, boolean>();
  const nearVerdicts = new Map<string, boolean>();
  // A source's name opening several sentences is asked for its near words each time.
  const suggestions = new Map<string, ReadonlyArray<string>>();
  const correct = (raw: string): boolean => {
    let verdict = verdicts.get(raw);
    if (verdict === undefined) {
      if (verdicts.size > 50_000) verdicts.clear();
      verdict = judge(raw);
      verdicts.set(raw, verdict);
    }
    return verdict;
  };
  const judge = (raw: string): boolean => {
    const word = raw.includes('’') ? raw.replaceAll('’', "'") : raw;
    if (has(word)) return true;
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57 && ordinalIsRight(word)) return true;
    const lower = word.toLowerCase();
    if (ONE_CAPITAL.test(word)) return has(lower);
    if (word.length > 1 && word === word.toUpperCase() && lower !== word)
      return has(lower) || has(word.charAt(0) + lower.slice(1));
    // A loanword keeps its accents ("café", "résumé", "jalapeño"): the list has it without.
    if (ACCENTED.test(word)) {
      const plain = word.normalize('NFD').replace(MARKS, '');
      return plain !== word && judge(plain);
    }
    return false;
  };
  return {
    correct,
    listed: has,
    rare: (word) => rare?.has(word.includes('’') ? word.replaceAll('’', "'") : word) ?? false,
    suggest(word) {
      const remembered = suggestions.get(word);
      if (remembered) return remembered;
      if (suggestions.size > 10_000) suggestions.clear();
      // Only the variants that are words are made into strings: the lowercase form, or the
      // capitalized one when only a name matches ("chicgo" → "Chicago").
      splice.setWord(word.toLowerCase());
      const found = new Map<string, string>();
      someSlip(splice, false, () => {
        if (hasSplice()) {
          const variant = splice.toString();
          if (!found.has(variant)) found.set(variant, variant);
          return false;
        }
        splice.set(splice.at, splice.remove, splice.a, splice.b, true);
        if (hasSplice()) {
          const capital = splice.toString();
          const variant = capital.toLowerCase();
          if (!found.has(variant)) found.set(variant, capital);
        }
        return false;
      });
      const words = [...found.values()];
      suggestions.set(word, words);
      return words;
    },
    hasNear(word) {
      const lower = word.toLowerCase();
      let near = nearVerdicts.get(lower);
      if (near === undefined) {
        if (nearVerdicts.size > 10_000) nearVerdicts.clear();
        splice.setWord(lower);
        near = someSlip(splice, false, hasSplice) || someSlip(splice, true, hasSplice);
        nearVerdicts.set(lower, near);
      }
      return near;
    },
    alike(word) {
      // Built on first use: checking never needs it, and most stories have few misspellings.
      if (!index) {
        // Possessives are left out: a slip is never fixed by adding an apostrophe.
        index = new NgramIndex([...known].filter((w) => /^\p{L}+$/u.test(w)));
        for (const w of added) index.add(w);
      }
      return index.nearest(word, 30, word.length >= 10 ? 3 : 2).map((match) => match.word);
    },
    add(word) {
      // A newsroom word brings its possessive and plural, as Hunspell's model word did; a
      // word ending in s, x, z or sh (most are plurals already: "gastropubs") takes no
      // plural s ("gastropubss" is a slip, never a suggestion).
      known.add(word);
      known.add(`${word}'s`);
      if (!/(?:[sxz]|sh)$/i.test(word)) known.add(`${word}s`);
      verdicts.clear();
      nearVerdicts.clear();
      suggestions.clear();
      added.push(word);
      index?.add(word);
    },
  };
}
