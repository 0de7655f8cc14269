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
