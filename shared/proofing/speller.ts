import { NgramIndex } from './ngram-index';
import { WordSet } from './word-set';

// Compiled once (see check-block.ts).
const ONE_CAPITAL = /^\p{Lu}[^\p{Lu}]*$/u;

/** What the checker needs from a dictionary. */
export interface Speller {
  correct(word: string): boolean;
  /** Known words one slip (deletion, swap, replacement, insertion) from a misspelled one. */
  suggest(word: string): ReadonlyArray<string>;
  /** Whether any known word is one slip away (cheaper than `suggest`: stops at the first). */
  hasNear(word: string): boolean;
  /** Known words sharing the most letter pairs with a misspelled one, most alike first. */
  alike(word: string): ReadonlyArray<string>;
  /** Adds a newsroom word; "Okafor" then also accepts "Okafor's". */
  add(word: string): void;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Calls `found` with every string one deletion, swap of neighbours, replacement or insertion
 * from `word` (some more than once) until it returns true; true if one did.
 */
function someSlipAway(word: string, found: (variant: string) => boolean): boolean {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0 && found(head + tail.slice(1))) return true;
    if (tail.length > 1 && found(head + tail[1]! + tail[0]! + tail.slice(2))) return true;
    for (const letter of LETTERS) {
      if (found(head + letter + tail)) return true;
      if (tail.length > 0 && letter !== tail[0] && found(head + letter + tail.slice(1)))
        return true;
    }
  }
  return false;
}

/** Every string one deletion, swap of neighbours, replacement or insertion from `word`. */
function oneSlipAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const letter of LETTERS) {
      out.add(head + letter + tail);
      if (tail.length > 0) out.add(head + letter + tail.slice(1));
    }
  }
  out.delete(word);
  return [...out];
}

function ordinalIsRight(word: string): boolean {
  const match = /^(\d+)(st|nd|rd|th)$/.exec(word);
  if (!match) return false;
  const n = Number(match[1]!.slice(-2));
  const suffix = n >= 11 && n <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return match[2] === suffix;
}

/**
 * A speller over every form Hunspell's en_US accepts (expanded at build time into
 * resources/words-en-us.txt, so no affix rules run when a worker starts) plus a plain list
 * of extra words (resources/words-extra.txt, lowercase). Case follows Hunspell: a lowercase
 * word may be capitalized or all capitals, a name keeps its capitals ("McDonald", not
 * "MCDONALD" or "mcdonald"). A unit test holds this to nspell's answers.
 */
export function createSpeller(
  forms: Iterable<string> | WordSet,
  extra: ReadonlySet<string> = new Set(),
): Speller {
  // A WordSet reads the list's text as it is (fast start-up); any other list becomes a Set.
  const known: { has(word: string): boolean; add(word: string): void } & Iterable<string> =
    forms instanceof WordSet ? forms : new Set(forms);
  let index: NgramIndex | undefined;
  const added: string[] = [];
  const has = (word: string): boolean => known.has(word) || extra.has(word);
  // Every word of a story is asked about, most of them many times ("the", "said", a source's
  // name): answers are remembered until a word is added.
  const verdicts = new Map<string, boolean>();
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
    const word = raw.replaceAll('’', "'");
    if (has(word) || ordinalIsRight(word)) return true;
    const lower = word.toLowerCase();
    if (ONE_CAPITAL.test(word)) return has(lower);
    if (word.length > 1 && word === word.toUpperCase() && lower !== word)
      return has(lower) || has(word.charAt(0) + lower.slice(1));
    return false;
  };
  return {
    correct,
    suggest(word) {
      return oneSlipAway(word.toLowerCase()).flatMap((variant) => {
        const capital = variant.charAt(0).toUpperCase() + variant.slice(1);
        return has(variant) ? [variant] : has(capital) ? [capital] : [];
      });
    },
    hasNear(word) {
      const lower = word.toLowerCase();
      return someSlipAway(
        lower,
        (variant) =>
          variant !== lower &&
          (has(variant) || has(variant.charAt(0).toUpperCase() + variant.slice(1))),
      );
    },
    alike(word) {
      // Built on first use: checking never needs it, and most stories have few misspellings.
      if (!index) {
        // Possessives are left out: a slip is never fixed by adding an apostrophe.
        index = new NgramIndex([...known, ...extra].filter((w) => /^\p{L}+$/u.test(w)));
        for (const w of added) index.add(w);
      }
      return index.nearest(word, 30, word.length >= 10 ? 3 : 2).map((match) => match.word);
    },
    add(word) {
      // A newsroom word brings its possessive and plural, as Hunspell's model word did.
      for (const form of [word, `${word}'s`, `${word}s`]) known.add(form);
      verdicts.clear();
      added.push(word);
      index?.add(word);
    },
  };
}
