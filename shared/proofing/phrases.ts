import type { Token } from './types';

/**
 * Phrases of other languages and the sciences ("habeas corpus", "pro bono", "Daucus carota"),
 * from resources/phrases.txt: a word the dictionary lacks is right inside its phrase, and a
 * few long ones ("amicus") on their own. The file has one sorted line per such word, found by
 * binary search in the text as loaded: nothing is parsed up front.
 */
export class PhraseIndex {
  private starts: Int32Array | undefined;

  public constructor(private readonly text: string) {}

  /** Whether the unit at `i` is a word of a known phrase, written out in full around it. */
  public covers(units: ReadonlyArray<Token>, i: number, text: string): boolean {
    const word = units[i]!.text.toLowerCase();
    const entry = this.entry(word);
    if (entry === undefined) return false;
    if (entry.startsWith('+')) return true;
    for (const phrase of entry.split('|')) {
      const words = phrase.split(' ');
      for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1))
        if (writtenOut(words, units, i - at, text)) return true;
    }
    return false;
  }

  /**
   * Whether a hyphenated word is a phrase of the list written with hyphens, as some are:
   * "cul-de-sac", "tete-a-tete", and their plurals ("cul-de-sacs").
   */
  public joins(word: string): boolean {
    const words = word.toLowerCase().split(/[-\u2011]/);
    const entry = this.entry(words[0]!);
    if (entry === undefined || entry.startsWith('+')) return false;
    const written = words.join(' ');
    return entry
      .split('|')
      .some((phrase) => phrase === written || (words.length > 1 && `${phrase}s` === written));
  }

  // The text after the word's tab on its line, or undefined.
  private entry(word: string): string | undefined {
    const starts = (this.starts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = starts[middle]!;
      const order = compareKey(this.text, start, word);
      if (order === 0) {
        const tab = start + word.length;
        return this.text.slice(tab + 1, this.text.indexOf('\n', tab));
      }
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

// The key of the line at `start` (up to its tab) against `word`, a character at a time: a
// search cutting each key out as a string made garbage at every step, for every unknown word.
function compareKey(text: string, start: number, word: string): number {
  for (let k = 0; ; k++) {
    const code = text.charCodeAt(start + k);
    const ended = code === 9;
    if (k === word.length) return ended ? 0 : 1;
    if (ended) return -1;
    const other = word.charCodeAt(k);
    if (code !== other) return code - other;
  }
}

// Where each line after the comments starts.
function lineStarts(text: string): Int32Array {
  const starts: number[] = [];
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    if (text[at] !== '#' && end !== at) starts.push(at);
    at = next;
  }
  return Int32Array.from(starts);
}

// The phrase's words, one space apart, from the unit at `first`.
function writtenOut(
  phrase: ReadonlyArray<string>,
  units: ReadonlyArray<Token>,
  first: number,
  text: string,
): boolean {
  if (first < 0 || first + phrase.length > units.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const unit = units[first + k]!;
    if (unit.text.toLowerCase() !== phrase[k]) return false;
    if (k > 0 && text.slice(units[first + k - 1]!.end, unit.start) !== ' ') return false;
  }
  return true;
}
