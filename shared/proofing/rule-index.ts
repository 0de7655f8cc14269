// Which rules a block can match, by the texts their patterns need (see rule-screens.ts).
//
// Every text any rule needs (about 7,400, in 800 sets) is put in one trie, and one walk from each place in a block's lowercase text
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

  const { root, child, sibling, label, ends } = buildTrie(ids);

  // Marks are stamped with the walk they belong to, so nothing is cleared between blocks.
  const textMarks = new Uint32Array(ids.size);
  const setMarks = new Uint32Array(screens.length);
  let stamp = 0;

  return {
    candidates(lower: string): number[] {
      stamp++;
      const screened: number[] = [];
      for (let start = 0; start < lower.length; start++) {
        let node = root[lower.charCodeAt(start)]!;
        for (let i = start + 1; node !== 0; i++) {
          const end = ends[node]!;
          if (end !== 0 && textMarks[end - 1] !== stamp) {
            textMarks[end - 1] = stamp;
            for (const set of setsOfText[end - 1]!) {
              if (setMarks[set] === stamp) continue;
              setMarks[set] = stamp;
              if (screens[set] !== -1) screened.push(screens[set]!);
            }
          }
          if (i === lower.length) break;
          const code = lower.charCodeAt(i);
          node = child[node]!;
          while (node !== 0 && label[node] !== code) node = sibling[node]!;
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
 * The texts in a trie: the root's children in a table by character code, every other node's children as a
 * list (first child, next sibling), the text id + 1 ending at each node. Below the first
 * letter a node has two or three children at most, so a list is as quick to walk as a table,
 * and it is built in a few milliseconds where a table of every node's columns (megabytes,
 * grown by copying) took a first check's worth of time.
 */
function buildTrie(ids: ReadonlyMap<string, number>): {
  root: Int32Array;
  child: Int32Array;
  sibling: Int32Array;
  label: Uint16Array;
  ends: Int32Array;
} {
  let size = 1;
  for (const text of ids.keys()) size += text.length;
  const child = new Int32Array(size);
  const sibling = new Int32Array(size);
  const label = new Uint16Array(size);
  const ends = new Int32Array(size);
  const root = new Int32Array(0x10000);
  let used = 1;
  for (const [text, id] of ids) {
    if (text === '') continue;
    const first = text.charCodeAt(0);
    let node = root[first]!;
    if (node === 0) {
      root[first] = node = used++;
      label[node] = first;
    }
    for (let i = 1; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next: number = child[node]!;
      while (next !== 0 && label[next] !== code) next = sibling[next]!;
      if (next === 0) {
        next = used++;
        label[next] = code;
        sibling[next] = child[node]!;
        child[node] = next;
      }
      node = next;
    }
    ends[node] = id + 1;
  }
  return { root, child, sibling, label, ends };
}
