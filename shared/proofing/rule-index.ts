// Which rules a block can match, by the texts their patterns need (see rule-screens.ts).
//
// Every text any rule needs (about 5,000, in 770 sets) is put in one trie over a small
// alphabet, stored as a flat table, and one walk from each place in a block's lowercase text
// marks the texts that start there. A rule is run only when each of its sets has a marked
// text. Checking the sets with a substring search per text cost more than the rules
// themselves (some sets hold 200 words), and an expression of all the texts takes long to
// compile: a first check pays for everything it compiles.

/** A rule as the index sees it: sets of texts, each set needing one in the text. */
export interface ScreenedRule {
  readonly literals?: ReadonlyArray<ReadonlyArray<string>>;
}

export interface RuleIndex {
  /** Rules that can match a block, in their order, given its lowercase text. */
  candidates(lower: string): number[];
}

export function buildRuleIndex(rules: ReadonlyArray<ScreenedRule>): RuleIndex {
  const ids = new Map<string, number>();
  const idOf = (text: string): number => {
    const lower = text.toLowerCase();
    let id = ids.get(lower);
    if (id === undefined) ids.set(lower, (id = ids.size));
    return id;
  };
  const always: number[] = [];
  // Each rule's sets as text ids; the first set screens (the index lists its rules).
  const sets: Array<Int32Array[] | undefined> = rules.map(({ literals }, k) => {
    if (literals === undefined || literals.length === 0) {
      always.push(k);
      return undefined;
    }
    return literals.map((set) => Int32Array.from(set, idOf));
  });
  const rulesOf: number[][] = Array.from({ length: ids.size }, () => []);
  sets.forEach((ruleSets, k) => {
    if (ruleSets) for (const id of new Set(ruleSets[0])) rulesOf[id]!.push(k);
  });

  // The alphabet: each character any text uses gets a column; 0 stands for all the others.
  const column = new Uint8Array(0x10000);
  let width = 1;
  for (const text of ids.keys())
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (column[code] === 0) column[code] = width++;
    }
  // Texts share their beginnings, so the trie has far fewer nodes than the texts have
  // letters: the table grows as it fills rather than being sized for the worst case.
  let next = new Int32Array(4096 * width);
  let ends = new Int32Array(4096);
  let used = 1;
  for (const [text, id] of ids) {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const at = node * width + column[text.charCodeAt(i)]!;
      if (next[at] === 0) {
        if (used === ends.length) {
          const grownNext = new Int32Array(next.length * 2);
          grownNext.set(next);
          next = grownNext;
          const grownEnds = new Int32Array(ends.length * 2);
          grownEnds.set(ends);
          ends = grownEnds;
        }
        next[at] = used++;
      }
      node = next[at]!;
    }
    // The text id + 1 ending at this node.
    ends[node] = id + 1;
  }

  // Marks are stamped with the walk they belong to, so nothing is cleared between blocks.
  const marks = new Uint32Array(ids.size);
  const picked = new Uint32Array(rules.length);
  let stamp = 0;

  return {
    candidates(lower: string): number[] {
      stamp++;
      const found: number[] = [];
      for (let start = 0; start < lower.length; start++) {
        let node = 0;
        for (let i = start; i < lower.length; i++) {
          const c = column[lower.charCodeAt(i)]!;
          if (c === 0) break;
          node = next[node * width + c]!;
          if (node === 0) break;
          const end = ends[node]!;
          if (end !== 0 && marks[end - 1] !== stamp) {
            marks[end - 1] = stamp;
            found.push(end - 1);
          }
        }
      }
      const out = [...always];
      for (const id of found)
        for (const k of rulesOf[id]!) {
          if (picked[k] === stamp) continue;
          picked[k] = stamp;
          if (sets[k]!.every((set) => set.some((text) => marks[text] === stamp))) out.push(k);
        }
      return out.sort((a, b) => a - b);
    },
  };
}
