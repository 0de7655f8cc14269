import nspell from 'nspell';

/** What the checker needs from a dictionary. */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): ReadonlyArray<string>;
  /** Adds a newsroom word; "Okafor" then also accepts "Okafor's". */
  add(word: string): void;
}

/**
 * A speller over Hunspell's en_US files through nspell, pure JavaScript, so it runs in a Web
 * Worker, the CLI and tests alike, plus a plain list of extra words (resources/words-extra.txt).
 * Suggestions are cached: nspell takes up to half a second for some words.
 */
export function createSpeller(
  aff: string,
  dic: string,
  extra: ReadonlySet<string> = new Set(),
): Speller {
  const spell = nspell(aff, dic);
  const cache = new Map<string, ReadonlyArray<string>>();
  return {
    // The extra list (SCOWL and compounds, lowercase) also accepts a word opening a sentence.
    correct: (word) =>
      spell.correct(word) ||
      extra.has(word) ||
      (/^\p{Lu}\p{Ll}+$/u.test(word) && extra.has(word.toLowerCase())),
    suggest(word) {
      let found = cache.get(word);
      if (!found) {
        found = spell.suggest(word);
        cache.set(word, found);
      }
      return found;
    },
    add(word) {
      // A model word teaches nspell the possessive and plural forms.
      spell.add(word, /^\p{Lu}/u.test(word) ? 'Oakland' : 'word');
      cache.clear();
    },
  };
}
