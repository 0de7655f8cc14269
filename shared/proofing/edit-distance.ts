// Three rows reused by every call: the gazetteer compares hundreds of candidates per check.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up
 * early once it exceeds `max`.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (rows[0]!.length < cols) rows = rows.map(() => new Int32Array(cols * 2));
  let [prevPrev, prev, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj)
        value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = current;
    current = spare;
  }
  return prev[cols - 1]!;
}

/** Whether two words have the same letters, in any order and either case ("Ohama", Omaha). */
export function sameLetters(a: string, b: string): boolean {
  const sorted = (word: string): string => [...word.toLowerCase()].sort().join('');
  return a.length === b.length && sorted(a) === sorted(b);
}

/**
 * Whether the longer of two words, one letter of a doubled pair dropped, has the shorter's
 * letters: "Perriera" and "Pereira" (a letter doubled, two swapped), not "Coates", "Cortez".
 */
export function sameLettersUndoubled(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++)
    if (long[i] === long[i - 1] && sameLetters(long.slice(0, i) + long.slice(i + 1), short))
      return true;
  return false;
}
