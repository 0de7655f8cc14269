// What text a rule's pattern needs before its expression is worth running: a block without
// it cannot match, so the expression (costly to compile the first time) is never run there.
// Patterns are read once per process, for ~170 rules: they are cut into tokens by one native
// expression rather than walked a character at a time.

type Item =
  /** Characters that stand for themselves, each needed once. */
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'group';
      readonly alternatives: Item[][];
      /** Not needed by every match: "(…)?", "(…)*", "(…){0,2}". */
      optional: boolean;
      /** Followed by "+" or "{2,}": what comes after is not right after it. */
      repeated: boolean;
      /** A lookahead or lookbehind: it takes no room in the match. */
      readonly look: boolean;
      /** A lookahead or lookbehind that must match ("(?= …)", "(?<= …)"), not one that must not. */
      readonly positive?: 'ahead' | 'behind';
    }
  /** A word boundary or an anchor: takes no room. */
  | { readonly kind: 'zero' }
  /** A class, an escape, any character: takes room, says nothing about the text. */
  | { readonly kind: 'other' };

const TOKEN =
  /\\[pPu]\{[^}]*\}|\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?|[)|]|\{\d*(?:,\d*)?\}\??|[?*+]\??|[.^$]|[^\\[\](){}|?*+.^$]+/gu;

function parse(tokens: ReadonlyArray<string>, at: { i: number }): Item[][] {
  const alternatives: Item[][] = [[]];
  while (at.i < tokens.length) {
    const token = tokens[at.i++]!;
    const sequence = alternatives[alternatives.length - 1]!;
    if (token === ')') break;
    if (token === '|') {
      alternatives.push([]);
      continue;
    }
    if (token.startsWith('(')) {
      const look = /^\(\?(?:[=!]|<[=!])/.test(token);
      const positive = token === '(?=' ? 'ahead' : token === '(?<=' ? 'behind' : undefined;
      sequence.push({
        kind: 'group',
        alternatives: parse(tokens, at),
        optional: false,
        repeated: false,
        look,
        ...(positive ? { positive } : {}),
      });
      continue;
    }
    if (/^[?*+{]/.test(token)) {
      quantify(sequence, token);
      continue;
    }
    if (token === '\\b' || token === '\\B' || token === '^' || token === '$') {
      sequence.push({ kind: 'zero' });
      continue;
    }
    // A digit or a class of a few characters ("['’]", "[2-9]") is a group of its characters:
    // "['’]s" needs "'s" or "’s", and "\d{1,3} (student|voter)" a digit before " student".
    const characters = fewCharacters(token);
    if (characters !== undefined) {
      sequence.push({
        kind: 'group',
        alternatives: characters.map((c) => [{ kind: 'text', text: c }]),
        optional: false,
        repeated: false,
        look: false,
      });
      continue;
    }
    // An escaped sign stands for itself (a\.m\., \$5); under the u flag no other
    // character may be escaped, so the rest (\d, \s, \p{L}) are classes.
    const text = /^\\[^\p{L}\p{N}]$/u.test(token)
      ? token.slice(1)
      : token.startsWith('\\') || token.startsWith('[') || token === '.'
        ? undefined
        : token;
    const last = sequence[sequence.length - 1];
    // Runs of text side by side are one text: "a.m." rather than its longest piece.
    if (text !== undefined && last?.kind === 'text')
      sequence[sequence.length - 1] = { kind: 'text', text: last.text + text };
    else sequence.push(text === undefined ? { kind: 'other' } : { kind: 'text', text });
  }
  return alternatives;
}

const DIGITS = [...'0123456789'];

// The characters of "\d" or of a class of up to ten plain characters and digit ranges, or
// undefined for any other token.
function fewCharacters(token: string): string[] | undefined {
  if (token === '\\d') return DIGITS;
  const inside = /^\[([^\]\\^][^\]\\]*)\]$/u.exec(token)?.[1];
  if (inside === undefined) return undefined;
  const characters: string[] = [];
  for (let i = 0; i < inside.length; i++) {
    const range = /^(\d)-(\d)/.exec(inside.slice(i));
    if (range) {
      for (let d = Number(range[1]); d <= Number(range[2]); d++) characters.push(String(d));
      i += 2;
    } else if (inside[i] === '-' && i > 0 && i < inside.length - 1) return undefined;
    else characters.push(inside[i]!);
  }
  return characters.length <= 10 ? characters : undefined;
}

// A quantifier binds to the item before it: a group's, or the last character of a run of text.
function quantify(sequence: Item[], quantifier: string): void {
  const optional = quantifier[0] === '?' || quantifier[0] === '*' || /^\{0[,}]/.test(quantifier);
  const previous = sequence.pop();
  if (previous?.kind === 'group') {
    previous.optional ||= optional;
    previous.repeated = true;
    sequence.push(previous);
    return;
  }
  if (previous?.kind === 'text') {
    const kept = optional ? previous.text.slice(0, -1) : previous.text;
    if (kept !== '') sequence.push({ kind: 'text', text: kept });
  }
  // The repeated character may come again: nothing after it is right after the text.
  sequence.push({ kind: 'other' });
}

function itemsOf(pattern: string): Item[][] {
  return parse(pattern.match(TOKEN) ?? [], { i: 0 }).map((sequence) => flatten(sequence, true));
}

/**
 * A sequence with each group of one alternative, needed once, opened into it and the texts
 * then side by side joined: "\\btheir(?: (?:during|since))" reads as "their " before a group.
 * At the top, a lookahead that ends the pattern and a lookbehind that opens it are opened
 * too: the block holds their text, right after or before the match.
 */
function flatten(sequence: ReadonlyArray<Item>, top: boolean): Item[] {
  const out: Item[] = [];
  const room = sequence.map(
    (item) => item.kind !== 'zero' && !(item.kind === 'group' && item.look),
  );
  sequence.forEach((item, k) => {
    if (item.kind !== 'group') return push(out, item);
    const alternatives = item.alternatives.map((alternative) => flatten(alternative, false));
    const opened =
      !item.look ||
      (top && item.positive === 'ahead' && !room.slice(k + 1).some(Boolean)) ||
      (top && item.positive === 'behind' && !room.slice(0, k).some(Boolean));
    if (opened && alternatives.length === 1 && !item.optional && !item.repeated)
      for (const inner of alternatives[0]!) push(out, inner);
    else push(out, { ...item, alternatives });
  });
  return out;
}

function push(sequence: Item[], item: Item): void {
  const last = sequence[sequence.length - 1];
  if (item.kind === 'text' && last?.kind === 'text')
    sequence[sequence.length - 1] = { kind: 'text', text: last.text + item.text };
  else sequence.push(item);
}

function longestText(sequence: ReadonlyArray<Item>): string | undefined {
  let best: string | undefined;
  for (const item of sequence)
    if (item.kind === 'text' && item.text.length > (best?.length ?? 0)) best = item.text;
  return best;
}

/**
 * Plain text every match of a pattern contains ("\\bper cent\\b" → "per cent", "\\b(more|less)
 * then\\b" → " then"): the longest run of plain characters outside any group, or undefined
 * when there is none.
 */
export function requiredLiteral(pattern: string): string | undefined {
  const alternatives = itemsOf(pattern);
  return alternatives.length === 1 ? longestText(alternatives[0]!) : undefined;
}

/**
 * What every match of a pattern contains, as sets of texts, one text of each set in every
 * match: `requiredLiteral`'s run; the alternatives of a group every match goes through
 * ("\\b(sighting|sited) (what|concerns?)" → sighting, sited, where the plain run is a lone
 * space found in every block); a group's words joined to the text beside them ("could sea").
 * The set with the fewest texts comes first.
 */
export function requiredLiterals(pattern: string): string[][] | undefined {
  const alternatives = itemsOf(pattern);
  if (alternatives.length === 1) return setsOf(alternatives[0]!);
  // Alternatives at the top ("\\b(jury|bench) trail\\b|\\btrail (?=…)"): every match goes
  // through one of them, so it holds a text of one alternative's best set.
  const union = new Set<string>();
  for (const alternative of alternatives) {
    const best = setsOf(alternative)?.[0];
    if (best === undefined) return undefined;
    for (const text of best) union.add(text);
  }
  return [[...union]];
}

// Worth screening by: two characters or more, or one sign ("%", "#") rather than a letter
// or a space, which nearly every block has.
function telling(text: string | undefined): text is string {
  const trimmed = text?.trim() ?? '';
  return trimmed.length >= 2 || /^[^\p{L}\p{N}]$/u.test(trimmed);
}

function setsOf(sequence: ReadonlyArray<Item>): string[][] | undefined {
  const sets: string[][] = [];
  // Each text is needed, not only the longest: "\\bdye(s?) off\\b" needs "dye" as well as " off".
  const texts = new Set<string>();
  for (const item of sequence) if (item.kind === 'text' && telling(item.text)) texts.add(item.text);
  for (const text of texts) sets.push([text]);
  for (const item of sequence) {
    if (item.kind !== 'group' || item.optional) continue;
    if (item.look) {
      if (item.positive !== undefined) sets.push(...lookedAt(item.alternatives));
      continue;
    }
    const texts = item.alternatives.map(longestText);
    if (texts.every(telling)) sets.push(texts);
  }
  sets.push(...joined(sequence));
  if (sets.length === 0) return undefined;
  const least = (set: string[]): number => {
    let shortest = Infinity;
    for (const text of set) if (text.length < shortest) shortest = text.length;
    return shortest;
  };
  // A set with a text of two letters or fewer ("he", "on ") or a lone sign (",", ".") is in
  // nearly every block: it screens little, and its texts are found at most places a block is
  // read from.
  const strong = sets.filter(
    (set) => !set.some((text) => /^(?:\p{L}{1,2}|[^\p{L}\p{N}])$/u.test(text.trim())),
  );
  return (strong.length > 0 ? strong : sets)
    .map((set) => ({ set, shortest: least(set) }))
    .sort((a, b) => a.set.length - b.set.length || b.shortest - a.shortest)
    .map(({ set }) => set);
}

/**
 * What a lookaround that must match needs of the block: its text is in the block wherever it
 * stands. "\\b(is|was)\\b(?<=\\b(?:two|both) of (?:the|its) …)" needs " of the" or " of its"
 * as well as "is" or "was": most of the wrong-word rules read their verb first and the words
 * before it from there, and screened by the verb alone they ran on nearly every block.
 */
function lookedAt(alternatives: ReadonlyArray<ReadonlyArray<Item>>): string[][] {
  if (alternatives.length === 1) return setsOf(alternatives[0]!) ?? [];
  const union = new Set<string>();
  for (const alternative of alternatives) {
    const best = setsOf(alternative)?.[0];
    if (best === undefined) return [];
    for (const text of best) union.add(text);
  }
  return [[...union]];
}

// What a match spends characters on: not a word boundary, an anchor or a lookaround.
function takesRoom(item: Item): item is Exclude<Item, { kind: 'zero' }> {
  return item.kind !== 'zero' && !(item.kind === 'group' && item.look);
}

// A group of plain words right before or after plain text, joined: "\\b(could|would) sea\\b"
// → "could sea", "would sea", rarer in a story than " sea" alone.
function joined(sequence: ReadonlyArray<Item>): string[][] {
  const room = sequence.filter(takesRoom);
  const words = (item: Item | undefined): string[] | undefined => {
    if (item?.kind !== 'group' || item.optional || item.alternatives.length > 80) return undefined;
    const plain = item.alternatives.map((alternative) =>
      alternative.length === 1 && alternative[0]!.kind === 'text'
        ? alternative[0]!.text
        : undefined,
    );
    return plain.every((w): w is string => w !== undefined) ? plain : undefined;
  };
  const sets: string[][] = [];
  room.forEach((item, k) => {
    const list = words(item);
    if (list === undefined) return;
    const before = room[k - 1];
    const after = room[k + 1];
    if (after?.kind === 'text' && !(item.kind === 'group' && item.repeated))
      sets.push(list.map((w) => w + after.text));
    if (before?.kind === 'text') sets.push(list.map((w) => before.text + w));
  });
  return sets;
}

/** Two sets of texts a match holds side by side: one of the first ends where one of the second starts. */
export type TextPair = readonly [ReadonlyArray<string>, ReadonlyArray<string>];

/**
 * Words of two groups a match holds side by side ("\\b(will|could) (took|gave)\\b" →
 * "will "/"could " right before "took"/"gave"). The sets alone let a rule run on every block
 * with a "will" and a "took" anywhere in it; most of the rules' runs were such blocks, and a
 * rule run is a rule compiled. Only a pattern without alternatives at the top is read.
 */
export function requiredPairs(pattern: string): TextPair[] {
  const alternatives = itemsOf(pattern);
  if (alternatives.length !== 1) return [];
  const room = alternatives[0]!.filter(takesRoom);
  const pairs: TextPair[] = [];
  for (let k = 0; k + 2 < room.length; k++) {
    const [first, between, second] = [room[k]!, room[k + 1]!, room[k + 2]!];
    if (first.kind !== 'group' || second.kind !== 'group' || between.kind !== 'text') continue;
    const before = edgeTexts([first], 'last');
    const after = edgeTexts([second], 'first');
    if (before === undefined || after === undefined) continue;
    if (before.size > MOST_TEXTS || after.size > MOST_TEXTS) continue;
    const ending = [...before].map((text) => text + between.text);
    // A lone letter or space ("e ", "a") is everywhere: a pair of it costs the index more
    // than it screens. A digit is not ("5 " before "year").
    const lone = (text: string): boolean => /^\p{L}?$/u.test(text.trim());
    if (ending.some(lone) || [...after].some(lone)) continue;
    pairs.push([ending, [...after]]);
  }
  return pairs;
}

// More would cost the index more than the runs it saves.
const MOST_TEXTS = 400;

/**
 * The texts a sequence's every match ends with (or, from its first end, starts with): a text
 * ("dozens of"), or a group's alternatives' own, and through an optional part, what is
 * before it as well ("\\d{1,3}(?:,\\d{3})*" ends with a digit). Undefined when a class or
 * anything else may stand there.
 */
function edgeTexts(sequence: ReadonlyArray<Item>, edge: 'first' | 'last'): Set<string> | undefined {
  const items = sequence.filter(takesRoom);
  if (edge === 'last') items.reverse();
  const texts = new Set<string>();
  for (const item of items) {
    if (item.kind === 'other') return undefined;
    if (item.kind === 'text') {
      texts.add(item.text);
      return texts;
    }
    for (const alternative of item.alternatives) {
      const inner = edgeTexts(alternative, edge);
      if (inner === undefined) return undefined;
      for (const text of inner) texts.add(text);
    }
    if (!item.optional) return texts;
  }
  // Every part optional: a match may have none of them.
  return undefined;
}
