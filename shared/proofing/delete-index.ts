/**
 * A near-miss index over names (the symmetric-delete idea behind SymSpell): every name is
 * filed under itself and each string made by deleting one of its characters, so a misspelling
 * one deletion, insertion or replacement away, or one deletion on each side (a swap, "vail"
 * for "vale"), shares a filing with the name and is found by a handful of lookups.
 *
 * The filings are 32-bit hashes of the deletions in flat typed arrays, computed without
 * building the strings: a Map of a quarter of a million strings took most of a second to
 * build in every proofing worker. Filings sharing a table slot are told apart by their full
 * hash; a full-hash collision only adds a candidate, which the caller's edit distance rejects.
 */
export class DeleteIndex {
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  /** Each filing's full hash: a slot holds other deletions too, which are skipped unread. */
  private readonly hashes: Uint32Array;
  private readonly keyCount: number;

  /** `keys` are lowercase names; those shorter than `minLength` are not filed. */
  public constructor(keys: ReadonlyArray<string>, minLength = 5) {
    let filings = 0;
    for (const key of keys) if (key.length >= minLength) filings += key.length + 1;
    let size = 1024;
    while (size * 2 < filings) size <<= 1;
    this.mask = size - 1;
    this.keyCount = keys.length;
    // Each filing's hash and name, hashed once; then a counting sort by slot. Each pass is its
    // own small function: V8 optimizes a small loop long before a constructor holding five.
    const full = new Uint32Array(filings);
    const owners = new Int32Array(filings);
    const n = hashFilings(keys, minLength, full, owners);
    this.starts = slotStarts(full, n, size);
    this.ids = new Int32Array(n);
    this.hashes = new Uint32Array(n);
    fileBySlot(full, owners, n, this.starts.slice(), this.mask, this.ids, this.hashes);
  }

  /** Ids of keys that share a filing with `word`, once each (candidates, to be checked by distance). */
  public candidates(word: string): number[] {
    const found: number[] = [];
    if (this.seen.length < this.keyCount) this.seen = new Uint32Array(this.keyCount);
    // A stamp per call marks the ids already found, instead of a Set per lookup.
    const stamp = ++this.stamp;
    if (stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    if (scratch.length <= word.length) scratch = new Uint32Array(word.length * 2 + 2);
    const count = deletionHashes(word, scratch);
    for (let h = 0; h < count; h++) {
      const hash = scratch[h]!;
      const slot = hash & this.mask;
      for (let k = this.starts[slot]!; k < this.starts[slot + 1]!; k++) {
        if (this.hashes[k] !== hash) continue;
        const id = this.ids[k]!;
        if (this.seen[id] === stamp) continue;
        this.seen[id] = stamp;
        found.push(id);
      }
    }
    return found;
  }

  private seen = new Uint32Array(0);
  private stamp = 0;
}

function hashFilings(
  keys: ReadonlyArray<string>,
  minLength: number,
  full: Uint32Array,
  owners: Int32Array,
): number {
  let n = 0;
  let hashes = new Uint32Array(64);
  for (let id = 0; id < keys.length; id++) {
    const key = keys[id]!;
    if (key.length < minLength) continue;
    if (hashes.length <= key.length) hashes = new Uint32Array(key.length * 2);
    const count = deletionHashes(key, hashes);
    for (let k = 0; k < count; k++, n++) {
      full[n] = hashes[k]!;
      owners[n] = id;
    }
  }
  return n;
}

// Where each slot's filings begin (a slot's end is the next one's start).
function slotStarts(full: Uint32Array, n: number, size: number): Int32Array {
  const mask = size - 1;
  const starts = new Int32Array(size + 1);
  for (let k = 0; k < n; k++) starts[(full[k]! & mask) + 1]!++;
  for (let i = 1; i <= size; i++) starts[i]! += starts[i - 1]!;
  return starts;
}

function fileBySlot(
  full: Uint32Array,
  owners: Int32Array,
  n: number,
  next: Int32Array,
  mask: number,
  ids: Int32Array,
  hashes: Uint32Array,
): void {
  for (let k = 0; k < n; k++) {
    const at = next[full[k]! & mask]!++;
    ids[at] = owners[k]!;
    hashes[at] = full[k]!;
  }
}

let scratch = new Uint32Array(64);

const BASE = 0x01000193;

/**
 * Polynomial hashes (mod 2^32) of `text` and of every string made by deleting one of its
 * characters, in linear time: deleting character p leaves the hash of the part before p,
 * shifted by the length after it, plus the full hash's share of the part after p. Writes
 * them into `out` (the whole text first) and returns how many there are.
 */
// Scratch arrays reused by every call (tens of thousands at start-up): allocating two typed
// arrays per name cost more than the hashing.
let suffix = new Uint32Array(128);
let shifts = new Uint32Array(128);

function deletionHashes(text: string, out: Uint32Array): number {
  const n = text.length;
  if (out.length < n + 1) return 0;
  if (suffix.length < n + 1) {
    suffix = new Uint32Array(2 * (n + 1));
    shifts = new Uint32Array(2 * (n + 1));
  }
  // suffix[q]: the full text's hash contributions of characters q..n-1.
  suffix[n] = 0;
  let power = 1;
  for (let i = n - 1; i >= 0; i--) {
    suffix[i] = (suffix[i + 1]! + Math.imul(text.charCodeAt(i), power)) >>> 0;
    power = Math.imul(power, BASE);
  }
  out[0] = suffix[0]!;
  // prefix: hash of characters 0..p-1; shift: BASE^(n-1-p).
  let prefix = 0;
  let shift = 1;
  for (let p = n - 1; p >= 0; p--) {
    shifts[p] = shift;
    shift = Math.imul(shift, BASE);
  }
  for (let p = 0; p < n; p++) {
    out[p + 1] = (Math.imul(prefix, shifts[p]!) + suffix[p + 1]!) >>> 0;
    prefix = (Math.imul(prefix, BASE) + text.charCodeAt(p)) >>> 0;
  }
  return n + 1;
}
