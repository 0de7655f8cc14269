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

/**
 * The index as numbers only, so it can be built ahead and stored (rule-index-file.ts): for
 * each text its sets, and its pairs as first and as second text; for each rule its sets and
 * its pairs; each list flat, from `…From[k]` to `…From[k + 1]` of `…List`.
 */
export interface RuleIndexData {
  readonly textCount: number;
  readonly setsFrom: Int32Array;
  readonly setsList: Int32Array;
  /** For each set, the rule it screens first, or -1. */
  readonly screens: Int32Array;
  /** Rules with no screen: run on every block. */
  readonly always: Int32Array;
  readonly ruleSetsFrom: Int32Array;
  readonly ruleSetsList: Int32Array;
  readonly pairCount: number;
  readonly firstFrom: Int32Array;
  readonly firstList: Int32Array;
  readonly secondFrom: Int32Array;
  readonly secondList: Int32Array;
  readonly rulePairsFrom: Int32Array;
  readonly rulePairsList: Int32Array;
  readonly trie: Trie;
}

/** The texts' trie (see buildTrie), as built or stored; its look-up tables are made on load. */
export interface Trie {
  /** The root's children by character code, as (code, node) pairs: the table is mostly empty. */
  readonly rootCodes: Int32Array;
  readonly rootNodes: Int32Array;
  readonly child: Int32Array;
  readonly sibling: Int32Array;
  readonly label: Uint16Array;
  readonly ends: Int32Array;
}

export function buildRuleIndex(rules: ReadonlyArray<ScreenedRule>): RuleIndex {
  return ruleIndexFrom(ruleIndexData(rules));
}

// Lists of lists as one flat list and where each starts.
function flatten(
  lists: ReadonlyArray<ReadonlyArray<number> | undefined>,
): [Int32Array, Int32Array] {
  const from = new Int32Array(lists.length + 1);
  lists.forEach((list, k) => (from[k + 1] = from[k]! + (list?.length ?? 0)));
  const flat = new Int32Array(from[lists.length]!);
  lists.forEach((list, k) => flat.set(list ?? [], from[k]!));
  return [from, flat];
}

export function ruleIndexData(rules: ReadonlyArray<ScreenedRule>): RuleIndexData {
  const ids = new Map<string, number>();
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
  const setsOfRule = rules.map(({ literals }, k) => {
    if (literals === undefined || literals.length === 0) {
      always.push(k);
      return undefined;
    }
    return literals.map((set, n) => {
      const setId = screens.length;
      screens.push(n === 0 ? k : -1);
      for (const text of set) {
        const list = setsOfText[idOf(text)]!;
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
  const pairsOfRule = rules.map(({ pairs }) =>
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
  const [setsFrom, setsList] = flatten(setsOfText);
  const [ruleSetsFrom, ruleSetsList] = flatten(setsOfRule);
  const [firstFrom, firstList] = flatten(Array.from({ length: ids.size }, (_, id) => firstOf[id]));
  const [secondFrom, secondList] = flatten(
    Array.from({ length: ids.size }, (_, id) => secondOf[id]),
  );
  const [rulePairsFrom, rulePairsList] = flatten(pairsOfRule);
  return {
    textCount: ids.size,
    setsFrom,
    setsList,
    screens: Int32Array.from(screens),
    always: Int32Array.from(always),
    ruleSetsFrom,
    ruleSetsList,
    pairCount,
    firstFrom,
    firstList,
    secondFrom,
    secondList,
    rulePairsFrom,
    rulePairsList,
    trie: buildTrie(ids),
  };
}

/** The index that answers a block's candidates, from its numbers (built now or stored). */
export function ruleIndexFrom(data: RuleIndexData): RuleIndex {
  const { textCount, setsFrom, setsList, screens, always, ruleSetsFrom, ruleSetsList } = data;
  const { pairCount, firstFrom, firstList, secondFrom, secondList } = data;
  const { rulePairsFrom, rulePairsList } = data;
  const { rootCodes, rootNodes, child, sibling, label, ends } = data.trie;
  const root = new Int32Array(0x10000);
  rootCodes.forEach((code, n) => (root[code] = rootNodes[n]!));
  const { kinds, rows, table } = walkTables(data.trie);
  const pairMarks = new Uint32Array(pairCount);
  // Which pairs' first texts end at each place of a block: a row of bits per place, valid
  // where endsHere holds the block's stamp (rows side by side, as the walk goes).
  const words = Math.max(1, Math.ceil(pairCount / 32));
  let endBits = new Uint32Array(0);
  let endsHere = new Uint32Array(0);

  // Marks are stamped with the walk they belong to, so nothing is cleared between blocks.
  const textMarks = new Uint32Array(textCount);
  const setMarks = new Uint32Array(screens.length);
  let stamp = 0;

  let screened: number[] = [];
  // A text of a pair found at [start, i): a text of a pair's first set ends at i; one of its
  // second set starts where one ended (most such texts, "the", "an", start where none did).
  // Out of the walk's loop, which V8 optimizes the sooner the smaller it is.
  const paired = (text: number, start: number, i: number): void => {
    const firstTo = firstFrom[text + 1]!;
    if (firstFrom[text]! < firstTo) {
      const at = i * words;
      if (endsHere[i] !== stamp) {
        endsHere[i] = stamp;
        for (let w = at; w < at + words; w++) endBits[w] = 0;
      }
      for (let n = firstFrom[text]!; n < firstTo; n++) {
        const pair = firstList[n]!;
        endBits[at + (pair >> 5)]! |= 1 << (pair & 31);
      }
    }
    const secondTo = secondFrom[text + 1]!;
    if (secondFrom[text]! === secondTo || endsHere[start] !== stamp) return;
    const at = start * words;
    for (let n = secondFrom[text]!; n < secondTo; n++) {
      const pair = secondList[n]!;
      if ((endBits[at + (pair >> 5)]! & (1 << (pair & 31))) !== 0) pairMarks[pair] = stamp;
    }
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
  const inPairs = Uint8Array.from({ length: textCount }, (_, id) =>
    firstFrom[id]! < firstFrom[id + 1]! || secondFrom[id]! < secondFrom[id + 1]! ? 1 : 0,
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
      const out = Array.from(always);
      for (const k of screened) {
        let every = true;
        for (let n = ruleSetsFrom[k]! + 1, to = ruleSetsFrom[k + 1]!; n < to && every; n++)
          every = setMarks[ruleSetsList[n]!] === stamp;
        for (let n = rulePairsFrom[k]!, to = rulePairsFrom[k + 1]!; n < to && every; n++)
          every = pairMarks[rulePairsList[n]!] === stamp;
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
function buildTrie(ids: ReadonlyMap<string, number>): Trie {
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
  const rootCodes: number[] = [];
  root.forEach((node, code) => {
    if (node !== 0) rootCodes.push(code);
  });
  const trimmed = (array: Int32Array): Int32Array => array.slice(0, used);
  return {
    rootCodes: Int32Array.from(rootCodes),
    rootNodes: Int32Array.from(rootCodes, (code) => root[code]!),
    child: trimmed(child),
    sibling: trimmed(sibling),
    label: label.slice(0, used),
    ends: trimmed(ends),
  };
}

/**
 * What a walk reads besides the lists: the kinds of character each node's children begin
 * with, and for a node with many children (below a space or "th", most walks pass one) a
 * row of a table by character code, so its look-up is one read, not a scan of the list.
 * Made from the lists in a few milliseconds, so the stored index need not hold them.
 */
function walkTables({ child, sibling, label }: Trie): {
  kinds: Uint32Array;
  rows: Int32Array;
  table: Int32Array;
} {
  const used = child.length;
  const kinds = new Uint32Array(used);
  const rows = new Int32Array(used);
  let wide = 0;
  for (let node = 1; node < used; node++) {
    let count = 0;
    for (let c = child[node]!; c !== 0; c = sibling[c]!) {
      count++;
      const code = label[c]!;
      kinds[node] |= code < 128 ? KIND[code]! : OTHER;
    }
    if (count >= WIDE) rows[node] = ++wide * 128;
  }
  const table = new Int32Array((wide + 1) * 128);
  for (let node = 1; node < used; node++) {
    if (rows[node] === 0) continue;
    for (let c = child[node]!; c !== 0; c = sibling[c]!)
      if (label[c]! < 128) table[rows[node]! + label[c]!] = c;
  }
  return { kinds, rows, table };
}
