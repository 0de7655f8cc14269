// Which rules a block can match, by the texts their patterns need (see rule-screens.ts).
//
// Every text any rule needs (about 7,400, in 800 sets) is put in one trie, and one walk from each place in a block's lowercase text
// marks the texts that start there. A rule is run only when each of its sets has a marked
// text. Checking the sets with a substring search per text cost more than the rules
// themselves (some sets hold 200 words), and an expression of all the texts takes long to
// compile: a first check pays for everything it compiles.

import type { TextPair } from './rule-screens';

/** A rule as the index sees it: sets of texts, each set needing one in the text. */
export interface ScreenedRule {
  readonly literals?: ReadonlyArray<ReadonlyArray<string>>;
  /** Texts side by side in every match (see requiredPairs): one of the first ends where one of the second starts. */
  readonly pairs?: ReadonlyArray<TextPair>;
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
  // A text's number, given the first time it is met (in lowercase: blocks are read so).
  const idOf = (text: string): number => {
    const lower = text.toLowerCase();
    let id = ids.get(lower);
    if (id === undefined) {
      ids.set(lower, (id = ids.size));
      setsOfText.push([]);
    }
    return id;
  };
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
        const id = idOf(text);
        const list = setsOfText[id]!;
        if (list[list.length - 1] !== setId) list.push(setId);
      }
      return setId;
    });
  });

  // Each pair's two sets: for each text, the pairs whose first set it is in and those whose
  // second; each rule's pairs.
  const firstOf: Array<number[] | undefined> = [];
  const secondOf: Array<number[] | undefined> = [];
  let pairCount = 0;
  const pairsOfRule: Array<number[] | undefined> = rules.map(({ pairs }) =>
    pairs?.map(([before, after]) => {
      const pair = pairCount++;
      [before, after].forEach((set, role) => {
        for (const text of set) {
          const id = idOf(text);
          const list = ((role === 0 ? firstOf : secondOf)[id] ??= []);
          if (list[list.length - 1] !== pair) list.push(pair);
        }
      });
      return pair;
    }),
  );
  // Each text's sets in one flat list, from setsFrom[text] to setsFrom[text + 1]: read at
  // each text found, which a list of lists scatters about the heap.
  const setsFrom = new Int32Array(setsOfText.length + 1);
  setsOfText.forEach((sets, id) => (setsFrom[id + 1] = setsFrom[id]! + sets.length));
  const setsList = Int32Array.from(setsOfText.flat());
  const { root, child, sibling, label, ends, kinds, rows, table } = buildTrie(ids);
  const pairMarks = new Uint32Array(pairCount);
  // Which pairs' first texts end at each place of a block: a row of bits per place, valid
  // where endsHere holds the block's stamp (rows side by side, as the walk goes).
  const words = Math.max(1, Math.ceil(pairCount / 32));
  let endBits = new Uint32Array(0);
  let endsHere = new Uint32Array(0);

  // Marks are stamped with the walk they belong to, so nothing is cleared between blocks.
  const textMarks = new Uint32Array(ids.size);
  const setMarks = new Uint32Array(screens.length);
  let stamp = 0;

  let screened: number[] = [];
  // A text found at [start, i): its sets marked, and its place for the pairs it is in. Out of
  // the walk's loop, which V8 optimizes the sooner the smaller it is.
  // A text of a pair found at [start, i): a text of a pair's first set ends at i; one of its
  // second set starts where one ended (most such texts, "the", "an", start where none did).
  const paired = (text: number, start: number, i: number): void => {
    const firsts = firstOf[text];
    if (firsts !== undefined) {
      const at = i * words;
      if (endsHere[i] !== stamp) {
        endsHere[i] = stamp;
        for (let w = at; w < at + words; w++) endBits[w] = 0;
      }
      for (const pair of firsts) endBits[at + (pair >> 5)]! |= 1 << (pair & 31);
    }
    const seconds = secondOf[text];
    if (seconds === undefined || endsHere[start] !== stamp) return;
    const at = start * words;
    for (const pair of seconds)
      if ((endBits[at + (pair >> 5)]! & (1 << (pair & 31))) !== 0) pairMarks[pair] = stamp;
  };
  // A text found the first time in a block: its sets marked.
  const marked = (text: number): void => {
    textMarks[text] = stamp;
    for (let n = setsFrom[text]!, to = setsFrom[text + 1]!; n < to; n++) {
      const set = setsList[n]!;
      if (setMarks[set] === stamp) continue;
      setMarks[set] = stamp;
      if (screens[set] !== -1) screened.push(screens[set]!);
    }
  };
  const inPairs = Uint8Array.from({ length: ids.size }, (_, id) =>
    firstOf[id] !== undefined || secondOf[id] !== undefined ? 1 : 0,
  );

  return {
    candidates(lower: string): number[] {
      stamp++;
      screened = [];
      const width = lower.length + 1;
      if (endsHere.length < width) {
        endsHere = new Uint32Array(2 * width);
        endBits = new Uint32Array(2 * width * words);
      }
      for (let start = 0; start < lower.length; start++) {
        let node = root[lower.charCodeAt(start)]!;
        for (let i = start + 1; node !== 0; i++) {
          const end = ends[node]!;
          if (end !== 0) {
            if (inPairs[end - 1] === 1) paired(end - 1, start, i);
            if (textMarks[end - 1] !== stamp) marked(end - 1);
          }
          if (i === lower.length) break;
          const code = lower.charCodeAt(i);
          // Most walks end here, on a character no text goes on with: one look at a mask
          // rather than a scan of the node's children (below "th", twenty of them).
          if ((kinds[node]! & (code < 128 ? KIND[code]! : OTHER)) === 0) break;
          const row = rows[node]!;
          if (row !== 0 && code < 128) {
            node = table[row + code]!;
            continue;
          }
          node = child[node]!;
          while (node !== 0 && label[node] !== code) node = sibling[node]!;
        }
      }
      const out = [...always];
      for (const k of screened) {
        const sets = setsOfRule[k]!;
        let every = true;
        for (let n = 1; n < sets.length && every; n++) every = setMarks[sets[n]!] === stamp;
        for (const pair of pairsOfRule[k] ?? []) every &&= pairMarks[pair] === stamp;
        if (every) out.push(k);
      }
      return out.sort((a, b) => a - b);
    },
  };
}

// The kinds of character a node's children begin with, as bits: each letter a–z, a space,
// a digit, anything else.
const OTHER = 1 << 28;
const WIDE = 6;
const KIND = Uint32Array.from({ length: 128 }, (_, code) =>
  code >= 97 && code <= 122
    ? 1 << (code - 97)
    : code === 32
      ? 1 << 26
      : code >= 48 && code <= 57
        ? 1 << 27
        : OTHER,
);

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
  kinds: Uint32Array;
  rows: Int32Array;
  table: Int32Array;
} {
  let size = 1;
  for (const text of ids.keys()) size += text.length;
  const child = new Int32Array(size);
  const sibling = new Int32Array(size);
  const label = new Uint16Array(size);
  const ends = new Int32Array(size);
  const kinds = new Uint32Array(size);
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
        kinds[node] |= code < 128 ? KIND[code]! : OTHER;
      }
      node = next;
    }
    ends[node] = id + 1;
  }
  // A node with many children (below a space or "th", most walks pass one) gets a row of a
  // table by character code: a walk's look-up there is one read, not a scan of the list.
  const rows = new Int32Array(used);
  let wide = 0;
  for (let node = 1; node < used; node++) {
    let count = 0;
    for (let c = child[node]!; c !== 0; c = sibling[c]!) count++;
    if (count >= WIDE) rows[node] = ++wide * 128;
  }
  const table = new Int32Array((wide + 1) * 128);
  for (let node = 1; node < used; node++) {
    if (rows[node] === 0) continue;
    for (let c = child[node]!; c !== 0; c = sibling[c]!)
      if (label[c]! < 128) table[rows[node]! + label[c]!] = c;
  }
  return { root, child, sibling, label, ends, kinds, rows, table };
}
