/**
 * The weighted slip distance from a typed word to a candidate: how a copy editor weighs a
 * slip (sound-alike letters, doubled letters, a dropped vowel, swapped neighbours cost less
 * than other edits). Used by the suggestion ranking and the common-word index (suggest.ts).
 */

const VOWEL_CODES = new Uint8Array(128);
for (const c of 'aeiouy') VOWEL_CODES[c.charCodeAt(0)] = 1;

export const isVowel = (code: number): boolean => code < 128 && VOWEL_CODES[code] === 1;

/** The cost of each kind of slip: sounds-alike and doubled letters are cheap, others cost 1. */
export function substitution(a: number, b: number): number {
  if (a === b) return 0;
  if (isVowel(a) && isVowel(b)) return 0.5;
  // Letters that stand for the same sound: c/s, c/k, s/z, g/j.
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  if (low === 99 && (high === 115 || high === 107)) return 0.6;
  if ((low === 115 && high === 122) || (low === 103 && high === 106)) return 0.6;
  // The same sound voiced or not ("losd" for "lost"): d/t, b/p, g/k, f/v.
  if (
    (low === 100 && high === 116) ||
    (low === 98 && high === 112) ||
    (low === 103 && high === 107) ||
    (low === 102 && high === 118)
  )
    return 0.8;
  // A key beside the one meant ("crewa" for crews): on random slips of the corpus's words,
  // first right 84.1 → 86.5 %, the cspell list's figures kept (at 0.8, 88.1 %, and the
  // cspell list lost 0.2 points).
  if (keysTouch(low, high)) return KEY_BESIDE;
  return 1;
}

const KEY_BESIDE = 0.9;

// Keys side by side on a QWERTY keyboard, by letter: a finger landing one key off.
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const TOUCHING = new Set<number>();
KEY_ROWS.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    const a = row.charCodeAt(i);
    const near = [row.charCodeAt(i + 1)];
    // The row below sits half a key to the right: "s" touches "z" and "x".
    const below = KEY_ROWS[r + 1];
    if (below !== undefined) near.push(below.charCodeAt(i - 1), below.charCodeAt(i));
    for (const b of near) if (!Number.isNaN(b)) TOUCHING.add(Math.min(a, b) * 128 + Math.max(a, b));
  }
});

function keysTouch(low: number, high: number): boolean {
  return TOUCHING.has(low * 128 + high);
}

// Substitution costs between ASCII code units, looked up in the distance's inner loop (a call
// per cell was a fifth of a cold check's comparisons).
const SUBSTITUTION = new Float64Array(128 * 128);
for (let a = 0; a < 128; a++)
  for (let b = 0; b < 128; b++) SUBSTITUTION[a * 128 + b] = substitution(a, b);

export const OMITTED = 0.7;
// Two neighbours typed in the wrong order ("twon", "pateints").
const SWAP = 0.5;
const IE_SWAP = 0.35;
const IE = 105 * 101;
const EXCHANGE = 0.8;
const SILENT_E = 0.3;

// Whether an e is followed by an ending that keeps it ("definitely", "management"). Asked for
// every e of every word compared: no string is built, and no loop whose early exit V8 first
// meets in optimized code (that threw the optimized distance away mid-check).
function silentEBefore(word: string, at: number): boolean {
  const rest = at + 1;
  return (
    word.startsWith('ly', rest) ||
    word.startsWith('ment', rest) ||
    word.startsWith('ness', rest) ||
    word.startsWith('ful', rest)
  );
}

// A letter an ending is spelled with but not heard in: the o of "-ous" ("porus",
// "hazardus"), the e of "-le" ("partical", "vehicals" as "-cle" is said).
function soundedEnding(word: string, at: number, saidLe: boolean): boolean {
  const code = word.charCodeAt(at);
  const fromEnd = word.length - at;
  if (code === 111) return fromEnd === 3 && word.endsWith('us');
  if (!saidLe || code !== 101 || at < 2 || word.charCodeAt(at - 1) !== 108) return false;
  return fromEnd === 1 || (fromEnd === 2 && word.charCodeAt(at + 1) === 115);
}

// Scratch rows reused by every distance (thousands per check): allocating three typed arrays
// per comparison kept the garbage collector busy.
let scratchA = new Float64Array(64);
let scratchB = new Float64Array(64);
let scratchD = new Float64Array(64 * 64);

// The cost of typing or dropping each letter of a word, by position, written into `costs`.
export function indelCosts(word: string, costs: Float64Array): Float64Array {
  const last = word.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = word.charCodeAt(i);
    // A doubled letter typed once or twice ("comuters", "unsucessfull") is the cheapest slip.
    // Neighbours are read only inside the word: a read past either end made V8 throw away
    // the optimized distance, in the middle of a first check.
    if ((i > 0 && word.charCodeAt(i - 1) === c) || (i < last && word.charCodeAt(i + 1) === c))
      costs[i] = 0.3;
    // A k written after a c, or a c before a k ("panick", "atack"): one sound, two letters.
    else if (
      (c === 107 && i > 0 && word.charCodeAt(i - 1) === 99) ||
      (c === 99 && i < last && word.charCodeAt(i + 1) === 107)
    )
      costs[i] = 0.4;
    // A silent e at the end, put on or left off ("deficite", "excus").
    else if (c === 101 && i === last && i > 2 && !isVowel(word.charCodeAt(i - 1))) costs[i] = 0.4;
    else costs[i] = isVowel(c) || c === 104 ? 0.6 : 1;
  }
  return costs;
}

/**
 * Weighted Damerau-Levenshtein distance from a typed word to a candidate, giving up (returning
 * Infinity) once every path costs more than `limit`.
 */
export function slipDistance(typed: string, candidate: string, limit = 2.5): number {
  if (scratchA.length < typed.length + 1) scratchA = new Float64Array(typed.length * 2 + 2);
  return distanceFrom(typed, indelCosts(typed, scratchA), candidate, limit);
}

/** `slipDistance` with the typed word's letter costs worked out once for many candidates. */
export function distanceFrom(a: string, insA: Float64Array, b: string, limit: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  if (scratchB.length < cols) scratchB = new Float64Array(cols * 2);
  if (scratchD.length < rows * cols) scratchD = new Float64Array(rows * cols * 2);
  const insB = indelCosts(b, scratchB);
  // "-al" typed for a "-le" said alike ("particals"): the e is cheap to put in.
  const saidLe = a.length >= 6 && (a.endsWith('al') || a.endsWith('als'));
  // A consonant left out ("ceated", "poiters") is the commonest slip of a fast typist: a little
  // cheaper than one typed in its stead. A silent e left out before an ending ("definitly",
  // "managment") is as cheap as a doubled letter, and so is the a of an "ea" ("stedy", "helth").
  for (let j = 0; j < b.length; j++) {
    // Stored on every pass: a store V8 first met in optimized code cost it the whole function.
    const cost = insB[j]!;
    insB[j] =
      cost === 1
        ? OMITTED
        : b.charCodeAt(j) === 101 && j > 1 && silentEBefore(b, j)
          ? SILENT_E
          : b.charCodeAt(j) === 97 && j > 0 && b.charCodeAt(j - 1) === 101
            ? SILENT_E
            : soundedEnding(b, j, saidLe)
              ? SILENT_E
              : cost;
  }
  const d = scratchD;
  d[0] = 0;
  for (let i = 1; i < rows; i++) d[i * cols] = d[(i - 1) * cols]! + insA[i - 1]!;
  for (let j = 1; j < cols; j++) d[j] = d[j - 1]! + insB[j - 1]!;
  for (let i = 1; i < rows; i++) {
    let best = Infinity;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    const deleteA = insA[i - 1]!;
    const subRow = ai < 128 ? ai * 128 : -1;
    const row = i * cols;
    const up = row - cols;
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      const replace = bj < 128 && subRow >= 0 ? SUBSTITUTION[subRow + bj]! : substitution(ai, bj);
      let cost = d[up + j]! + deleteA;
      const typedIn = d[row + j - 1]! + insB[j - 1]!;
      if (typedIn < cost) cost = typedIn;
      const replaced = d[up + j - 1]! + replace;
      if (replaced < cost) cost = replaced;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj && ai !== aPrev) {
        // ("ie" for "ei" and back, "recieve", "siezed": the speller's rule misremembered.)
        const swapped =
          d[up - cols + j - 2]! + (ai * bj === IE && ai + bj === 206 ? IE_SWAP : SWAP);
        if (swapped < cost) cost = swapped;
      }
      // Two letters exchanged across a third ("dymanite", "decidated"): a slip of the hand or
      // of the ear, cheaper than the two replacements it takes otherwise.
      if (
        i > 2 &&
        j > 2 &&
        ai !== bj &&
        ai === b.charCodeAt(j - 3) &&
        a.charCodeAt(i - 3) === bj &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 2)
      ) {
        const exchanged = d[up - 2 * cols + j - 3]! + EXCHANGE;
        if (exchanged < cost) cost = exchanged;
      }
      d[row + j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return Infinity;
  }
  const result = d[rows * cols - 1]!;
  return result > limit ? Infinity : result;
}
