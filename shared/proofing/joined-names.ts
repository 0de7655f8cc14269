import type { UnknownName } from './consistency';
import { nameDistance } from './name-distance';
import { isCapitalized } from './tokenize';

// Double surnames joined by a hyphen ("Trujillo-Baca"): their second parts, held to each other.

// The second parts of double surnames joined to the same first part, a letter apart even at
// their start ("Trujillo-Baca", "Trujillo-Vaca"): the commoner spelling, or both when tied.
export function joinedSlips(
  unknown: ReadonlyArray<UnknownName>,
  counts: ReadonlyMap<string, number>,
  preferred: Map<string, string>,
): void {
  const byFirstPart = new Map<string, Set<string>>();
  for (const u of unknown) {
    if (u.joinedTo === undefined || u.text.length < 4) continue;
    const set = byFirstPart.get(u.joinedTo);
    if (set) set.add(u.text);
    else byFirstPart.set(u.joinedTo, new Set([u.text]));
  }
  for (const spellings of byFirstPart.values()) {
    const list = [...spellings];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a[0] === b[0] || a.length !== b.length || nameDistance(a, b) !== 1) continue;
        // (Used as often as each other, the later spelling is the slip.)
        const [ca, cb] = [counts.get(a) ?? 0, counts.get(b) ?? 0];
        const [rare, common] = ca < cb ? [a, b] : [b, a];
        if (!preferred.has(rare)) preferred.set(rare, common);
      }
  }
}

// The second part of a double surname records the first ("Baca" of "Trujillo-Baca"), so a
// slip of its first letter is still seen as one name spelled two ways ("Trujillo-Vaca").
export function markJoinedNames(unknown: UnknownName[], from: number, text: string): void {
  for (let k = from; k < unknown.length; k++) {
    const u = unknown[k]!;
    if (text[u.start - 1] !== '-') continue;
    const joinedTo = /[\p{L}'’]+$/u.exec(text.slice(Math.max(0, u.start - 31), u.start - 1))?.[0];
    if (joinedTo && isCapitalized(joinedTo)) unknown[k] = { ...u, joinedTo };
  }
}
