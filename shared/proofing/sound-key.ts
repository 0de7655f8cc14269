/**
 * A rough key of how a word sounds, for misspellings written by ear ("speshel" for special,
 * "butifuly" for beautifully, "igzort" for exhort): letters that spell one sound are written
 * alike, h and w after the first letter are dropped, every run of vowels is one mark, and
 * doubled letters are one. Words with the same key are candidates however many letters apart.
 *
 * Deliberately coarse: the key only brings candidates in; the slip distance and how common
 * each candidate is still rank them (see rankedSuggestions).
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const SOFTENING = new Set(['e', 'i', 'y']);
const VOWEL_MARK = 'A';
const SH = 'X';

// How many letters the last `soundAt` read (a second return value without an array per letter:
// the index is built from sixty thousand words).
let lettersRead = 1;

// Module functions, not closures: a closure made per letter is a cost of its own (and the
// TypeScript runner names each one as it is made).
function read(count: number, sound: string): string {
  lettersRead = count;
  return sound;
}

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.has(letter);
}

/** The sound of the letters at `at`, as written in a key; sets how many letters it read. */
function soundAt(word: string, at: number): string {
  const c = word[at]!;
  const next = word[at + 1];
  const after = word[at + 2];
  if (at === 0) {
    // Silent first letters: knife, write, psalm.
    if ((c === 'k' && next === 'n') || (c === 'w' && next === 'r') || (c === 'p' && next === 's'))
      return read(1, '');
  }
  switch (c) {
    case 'p':
      return next === 'h' ? read(2, 'f') : read(1, 'p');
    case 'g':
      // Silent inside a word (night, though), hard at its start (ghost).
      if (next === 'h') return read(2, at === 0 ? 'g' : '');
      return next !== undefined && SOFTENING.has(next) ? read(1, 'j') : read(1, 'g');
    case 'd':
      return next === 'g' ? read(2, 'j') : read(1, 'd');
    case 't':
      if (next === 'c' && after === 'h') return read(3, SH);
      // "-tion", "-tial": the t and i are one sound before a vowel.
      if (next === 'i' && isVowel(after)) return read(2, SH);
      return read(1, 't');
    case 's':
      if (next === 'c' && after === 'h') return read(3, 'sk');
      if (next === 'h') return read(2, SH);
      if (next === 's' && after === 'i' && isVowel(word[at + 3])) return read(3, SH);
      if (next === 'i' && isVowel(after)) return read(2, SH);
      return read(1, 's');
    case 'c':
      if (next === 'k') return read(2, 'k');
      if (next === 'h') return read(2, SH);
      if (next === 'i' && isVowel(after)) return read(2, SH);
      return next !== undefined && SOFTENING.has(next) ? read(1, 's') : read(1, 'k');
    case 'q':
      return read(1, 'k');
    case 'x':
      return read(1, 'ks');
    case 'z':
      return read(1, 's');
    case 'h':
    case 'w':
      return read(1, at === 0 ? c : '');
    default:
      return read(1, isVowel(c) ? VOWEL_MARK : c);
  }
}

/** The sound key of a lowercase word ("special" and "speshel" are both "spAXAl"). */
export function soundKey(word: string): string {
  let key = '';
  // Compared with the last letter kept, not read back from the key: reading a string built
  // by concatenation flattens it every time.
  let last = '';
  for (let at = 0; at < word.length;) {
    const sound = soundAt(word, at);
    // The first letter is kept as written when it is a vowel: "ache" and "eke" stay apart.
    const written = at === 0 && VOWELS.has(word[0]!) ? word[0]! : sound;
    for (let i = 0; i < written.length; i++)
      if (written[i] !== last) {
        last = written[i]!;
        key += last;
      }
    at += lettersRead;
  }
  return key;
}

/** Words grouped by sound key, built once from a word list. */
export class SoundIndex {
  private readonly byKey = new Map<string, string[]>();

  public constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length < 3) continue;
      const key = soundKey(word);
      const list = this.byKey.get(key);
      if (list) list.push(word);
      else this.byKey.set(key, [word]);
    }
  }

  /** The words that sound like `typed` by its key (lowercase). */
  public like(typed: string): ReadonlyArray<string> {
    return this.byKey.get(soundKey(typed)) ?? [];
  }
}
