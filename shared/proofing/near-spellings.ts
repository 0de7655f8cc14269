// The story-wide name check compares each spelling of four letters or more with every other
// of the same first letter and within two letters of its length. A 10,000-word story has
// hundreds of spellings and thousands of such pairs, compared again on every keystroke's
// recheck though only one paragraph changed. This index keeps, for each spelling a checker
// has met, those at most two slips from it; a check then reads only those pairs.

import { nameDistance } from './name-distance';

/** Spellings kept before the index starts over (a long session of many stories). */
const MOST_SPELLINGS = 20_000;

export class NearSpellings {
  /** For each spelling met, the spellings two slips or fewer from it, with the distance. */
  private readonly near = new Map<string, Array<readonly [string, number]>>();
  /** The spellings met, by first letter. */
  private readonly byInitial = new Map<string, string[]>();

  private add(spelling: string): void {
    const own: Array<readonly [string, number]> = [];
    this.near.set(spelling, own);
    const initial = spelling[0]!;
    let group = this.byInitial.get(initial);
    if (!group) this.byInitial.set(initial, (group = []));
    for (const other of group) {
      if (Math.abs(other.length - spelling.length) > 2) continue;
      // Measured in the order the check measures it (the lesser first).
      const distance =
        other < spelling ? nameDistance(other, spelling) : nameDistance(spelling, other);
      if (distance > 2) continue;
      own.push([other, distance]);
      this.near.get(other)!.push([spelling, distance]);
    }
    group.push(spelling);
  }

  /**
   * The pairs of `spellings` (four letters or more, same first letter, lengths within two)
   * at most two slips apart, as [lesser, greater, distance], in the order the check has
   * always met them: by first letter in the order first used, then shortest first (ties
   * in the order used), each spelling with those after it.
   */
  public pairs(spellings: Iterable<string>): Array<readonly [string, string, number]> {
    if (this.near.size >= MOST_SPELLINGS) {
      this.near.clear();
      this.byInitial.clear();
    }
    const groups = new Map<string, string[]>();
    for (const spelling of spellings) {
      if (spelling.length < 4) continue;
      if (!this.near.has(spelling)) this.add(spelling);
      const group = groups.get(spelling[0]!);
      if (group) group.push(spelling);
      else groups.set(spelling[0]!, [spelling]);
    }
    const rank = new Map<string, number>();
    for (const group of groups.values()) {
      group.sort((x, y) => x.length - y.length);
      for (const spelling of group) rank.set(spelling, rank.size);
    }
    const found: Array<[number, number, number]> = [];
    for (const [spelling, at] of rank)
      for (const [other, distance] of this.near.get(spelling) ?? []) {
        const there = rank.get(other);
        if (there !== undefined && there > at) found.push([at, there, distance]);
      }
    found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const byRank = [...rank.keys()];
    return found.map(([i, j, distance]) => {
      const [x, y] = [byRank[i]!, byRank[j]!];
      return x < y ? ([x, y, distance] as const) : ([y, x, distance] as const);
    });
  }
}
