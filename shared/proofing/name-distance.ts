import { editDistance } from './edit-distance';

// Every recheck compares the story's proper nouns pairwise; the pairs hardly change between
// keystrokes, so their distances are remembered (bounded: cleared past 50,000 pairs). Nested
// maps, so a lookup builds no key string.
const distances = new Map<string, Map<string, number>>();
let remembered = 0;

/** Edit distance between two names, ignoring case (3 for anything past two), remembered. */
export function nameDistance(a: string, b: string): number {
  let row = distances.get(a);
  if (!row) distances.set(a, (row = new Map()));
  let distance = row.get(b);
  if (distance === undefined) {
    if (remembered > 50_000) {
      distances.clear();
      remembered = 0;
      distances.set(a, row);
      row.clear();
    }
    distance = editDistance(a.toLowerCase(), b.toLowerCase(), 2);
    row.set(b, distance);
    remembered++;
  }
  return distance;
}

const SZ_ENDING = /[sz]$/;
const GENDERED = /^(?:ao|oa)$/;

// Two proper nouns the dictionary knows two slips apart are two names (Africa and America);
// one slip apart they may still be one name spelled two ways (Velazquez, Velasquez). A name
// and its plural are a family ("Tollefsrud" and "the Tollefsruds"). Two the dictionary knows
// that differ only at the end are forms of one word, not one name spelled two ways: Russia
// and Russian, Texas and Texan.
export function differentNames(a: string, b: string, dictionary: ReadonlySet<string>): boolean {
  // A Spanish or Italian word or name and its other gender are two: El Niño and La Niña,
  // Antonio and Antonia.
  if (
    a.length === b.length &&
    a.slice(0, -1) === b.slice(0, -1) &&
    GENDERED.test(a.slice(-1) + b.slice(-1))
  )
    return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (dictionary.has(a) && dictionary.has(b)) {
    if (nameDistance(a, b) >= 2) return true;
    // "Gonzales" and "Gonzalez" are one surname spelled two ways, not two forms of it.
    if (a.length === b.length && SZ_ENDING.test(a) && SZ_ENDING.test(b)) return false;
    let shared = 0;
    while (shared < short.length && short[shared] === long[shared]) shared++;
    if (shared >= short.length - 1) return true;
  }
  // A place the dictionary lists and its people: "Kashmir", "Kashmiri"; "Oceania", "Oceanian".
  if (
    dictionary.has(short) &&
    /^(?:i|n|an)$/.test(long.slice(short.length)) &&
    long.startsWith(short)
  )
    return true;
  return long === `${short}s` || long === `${short}es`;
}
