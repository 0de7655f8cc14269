import type { RuleIndexData, Trie } from './rule-index';

// The rule index built ahead (scripts/build-rule-screens.ts writes it into
// resources/rule-screens.json): its arrays as base64, read back as the checker starts. Built
// there it costs a worker's start about 80 ms of its 350; read, a few. It is used only for
// the very rules it was built for, in their order (`fingerprint`): any other list of rules
// (one edited since, one that failed to compile) builds its own index as before.
// (Arrays are stored in the byte order of the machine that built them, little-endian, as
// every machine Galley runs on is.)

/** The index as stored: the fingerprint of its rules, its counts and its arrays in base64. */
export interface StoredRuleIndex {
  readonly fingerprint: string;
  readonly textCount: number;
  readonly pairCount: number;
  readonly arrays: Readonly<Record<string, string>>;
}

type ArrayName = Exclude<keyof RuleIndexData, 'textCount' | 'pairCount' | 'trie'>;
type TrieName = keyof Trie;

const INDEX_ARRAYS: ReadonlyArray<ArrayName> = [
  'setsFrom',
  'setsList',
  'screens',
  'always',
  'ruleSetsFrom',
  'ruleSetsList',
  'firstFrom',
  'firstList',
  'secondFrom',
  'secondList',
  'rulePairsFrom',
  'rulePairsList',
];
const TRIE_ARRAYS: ReadonlyArray<Exclude<TrieName, 'label'>> = [
  'rootCodes',
  'rootNodes',
  'child',
  'sibling',
  'ends',
];

/** Which rules an index is for: each rule's id and pattern, in order (FNV-1a, 32 bits). */
export function rulesFingerprint(
  rules: ReadonlyArray<{ readonly rule: { readonly id: string; readonly pattern: string } }>,
): string {
  let hash = 0x811c9dc5;
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    // (A separator, so "ab" + "c" and "a" + "bc" differ.)
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  };
  for (const { rule } of rules) {
    mix(rule.id);
    mix(rule.pattern);
  }
  return `${rules.length}-${(hash >>> 0).toString(16)}`;
}

export function encodeRuleIndex(data: RuleIndexData, fingerprint: string): StoredRuleIndex {
  const arrays: Record<string, string> = {};
  for (const name of INDEX_ARRAYS) arrays[name] = base64Of(data[name]);
  for (const name of TRIE_ARRAYS) arrays[`trie.${name}`] = base64Of(data.trie[name]);
  arrays['trie.label'] = base64Of(data.trie.label);
  return { fingerprint, textCount: data.textCount, pairCount: data.pairCount, arrays };
}

/** The stored index's arrays, or undefined where one is missing (a file from before). */
export function decodeRuleIndex(stored: StoredRuleIndex): RuleIndexData | undefined {
  const { arrays } = stored;
  const bytes = (name: string): Uint8Array | undefined =>
    typeof arrays[name] === 'string' ? bytesOf(arrays[name]) : undefined;
  const ints = (name: string): Int32Array | undefined => {
    const b = bytes(name);
    return b && new Int32Array(b.buffer, 0, b.byteLength >> 2);
  };
  const index: Partial<Record<ArrayName, Int32Array>> = {};
  for (const name of INDEX_ARRAYS) index[name] = ints(name);
  const trie: Partial<Record<Exclude<TrieName, 'label'>, Int32Array>> = {};
  for (const name of TRIE_ARRAYS) trie[name] = ints(`trie.${name}`);
  const label = bytes('trie.label');
  if (
    INDEX_ARRAYS.some((name) => index[name] === undefined) ||
    TRIE_ARRAYS.some((name) => trie[name] === undefined) ||
    label === undefined
  )
    return undefined;
  return {
    ...(index as Record<ArrayName, Int32Array>),
    textCount: stored.textCount,
    pairCount: stored.pairCount,
    trie: {
      ...(trie as Record<Exclude<TrieName, 'label'>, Int32Array>),
      label: new Uint16Array(label.buffer, 0, label.byteLength >> 1),
    },
  };
}

// Both Node and browsers have these; the shared code is typed without the DOM's names.
const { atob, btoa } = globalThis as unknown as {
  atob(data: string): string;
  btoa(data: string): string;
};

function base64Of(array: Int32Array | Uint16Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// A fresh buffer of its own, so every typed array over it starts aligned. (Node's atob is
// four times slower than its Buffer.)
function bytesOf(base64: string): Uint8Array {
  const { Buffer } = globalThis as unknown as {
    Buffer?: { from(data: string, encoding: 'base64'): Uint8Array };
  };
  if (Buffer !== undefined) return new Uint8Array(Buffer.from(base64, 'base64'));
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
