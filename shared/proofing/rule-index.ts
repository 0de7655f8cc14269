// Which rules a block can match, by the texts their patterns need (see rule-screens.ts).
//
// Every text any rule needs (about 6,000, in 800 sets) is put in one trie over a small
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
  /** For each text, the sets it is in; for each set, the rule it screens first, or -1. */
  const setsOfText: number[][] = [];
  const screens: number[] = [];
  const always: number[] = [];
  // Each rule's sets, by number. Marking a text marks its sets, so a rule's test is a look
  // at its sets' marks (a scan of each set's texts cost a third of the index's time).
  const setsOfRule: Array<Int32Array | undefined> = rules.map(({ literals }, k) => {
    if (literals === undefined || literals.length === 0) {
      always.push(k);
      return undefined;
    }
    return Int32Array.from(literals, (set, n) => {
      const setId = screens.length;
      screens.push(n === 0 ? k : -1);
      for (const text of set) {
        const lower = text.toLowerCase();
        let id = ids.get(lower);
        if (id === undefined) {
          ids.set(lower, (id = ids.size));
          setsOfText.push([]);
        }
        const list = setsOfText[id]!;
        if (list[list.length - 1] !== setId) list.push(setId);
      }
      return setId;
    });
  });

  // The alphabet: each character any text uses gets a column; 0 stands for all the others.
  const column = new Uint8Array(0x10000);
  let width = 1;
  for (const text of ids.keys())
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (column[code] === 0) column[code] = width++;
    }
  const { next, ends } = buildTrie(ids, column, width);

  // Marks are stamped with the walk they belong to, so nothing is cleared between blocks.
  const textMarks = new Uint32Array(ids.size);
  const setMarks = new Uint32Array(screens.length);
  let stamp = 0;

  return {
    candidates(lower: string): number[] {
      stamp++;
      const screened: number[] = [];
      for (let start = 0; start < lower.length; start++) {
        let node = 0;
        for (let i = start; i < lower.length; i++) {
          const c = column[lower.charCodeAt(i)]!;
          if (c === 0) break;
          node = next[node * width + c]!;
          if (node === 0) break;
          const end = ends[node]!;
          if (end === 0 || textMarks[end - 1] === stamp) continue;
          textMarks[end - 1] = stamp;
          for (const set of setsOfText[end - 1]!) {
            if (setMarks[set] === stamp) continue;
            setMarks[set] = stamp;
            if (screens[set] !== -1) screened.push(screens[set]!);
          }
        }
      }
      const out = [...always];
      for (const k of screened) {
        const sets = setsOfRule[k]!;
        let every = true;
        for (let n = 1; n < sets.length && every; n++) every = setMarks[sets[n]!] === stamp;
        if (every) out.push(k);
      }
      return out.sort((a, b) => a - b);
    },
  };
}

/**
 * The texts in a trie, as a table of `width` columns per node (node 0 the root): the node
 * after each character, and the text id + 1 ending at each node. Texts share their
 * beginnings, so the trie has far fewer nodes than the texts have letters: the table grows
 * as it fills rather than being sized for the worst case.
 */
function buildTrie(
  ids: ReadonlyMap<string, number>,
  column: Uint8Array,
  width: number,
): { next: Int32Array; ends: Int32Array } {
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
    ends[node] = id + 1;
  }
  return { next, ends };
}
