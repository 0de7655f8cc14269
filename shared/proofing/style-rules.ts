import type { Finding } from './types';

/** A house-style rule as written in resources/style-rules.json. */
export interface StyleRule {
  readonly id: string;
  /** A regular expression (JavaScript syntax, applied with the `u` flag). */
  readonly pattern: string;
  /** Replacement, with $1… for groups. */
  readonly replacement: string;
  readonly reason: string;
  /** Matches case-sensitively unless "i" is given. */
  readonly flags?: string;
  /** What the finding is: house style by default; a wrong word (their/there) is spelling. */
  readonly kind?: 'style' | 'spelling';
  /** Wording a speaker chose ("in order to", "irregardless"): not suggested inside a quote. */
  readonly outsideQuotes?: boolean;
}

const OPENS = /[\s([{—–-]/;

/**
 * Where a block's direct quotations are, as [start, end) pairs: a quotation mark at the start
 * or after a space opens one, the next mark closes it; a quote left open runs to the block's
 * end (a quote that goes on in the next paragraph).
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== '“' && c !== '”') continue;
    const opening = c === '“' || (c === '"' && (i === 0 || OPENS.test(text[i - 1]!)));
    if (open < 0 && opening) open = i;
    else if (open >= 0 && !opening) {
      ranges.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  return ranges;
}

/**
 * The house-style rules and the wrong-word rules (resources/word-confusions.json, the same
 * form), the latter reported as spelling findings.
 */
export function checkerRules(
  style: { readonly rules: ReadonlyArray<StyleRule> },
  confusions: { readonly rules: ReadonlyArray<StyleRule> },
): StyleRule[] {
  return [
    ...style.rules,
    ...confusions.rules.map((rule) => ({ ...rule, kind: 'spelling' as const })),
  ];
}

/** A rule ready to run, or the reason it was skipped. */
export type CompiledRule = {
  readonly rule: StyleRule;
  readonly regex: RegExp;
  /** For a rule ignoring case: the same pattern in lowercase, run on the lowercase text. */
  readonly lowered?: RegExp;
  /**
   * Sets of texts, one text of each every match contains (lowercase when the rule ignores
   * case): a block lacking all of a set is skipped.
   */
  readonly literals?: ReadonlyArray<ReadonlyArray<string>>;
};

/**
 * Plain text every match of a pattern contains ("\\bper cent\\b" → "per cent", "\\b(more|less)
 * then\\b" → " then"): the longest run of plain characters outside any group, or undefined
 * when there is none. Most house rules are words, and most blocks contain none of them: a
 * substring test spares running 30 expressions per block.
 */
export function requiredLiteral(pattern: string): string | undefined {
  if (hasTopLevelAlternative(pattern)) return undefined;
  let best = '';
  let run = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const plain = depth === 0 && /^[\p{L}\p{N} #%'’,:;-]$/u.test(c);
    // A character made optional or repeatable by what follows it is not required.
    if (plain && !/^[?*{]/.test(pattern[i + 1] ?? '')) {
      run += c;
      continue;
    }
    if (run.length > best.length) best = run;
    run = '';
    if (c === '\\') i++;
    else if (c === '{') i = Math.max(i, pattern.indexOf('}', i));
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
  }
  if (run.length > best.length) best = run;
  return best.length > 0 ? best : undefined;
}

/**
 * What every match of a pattern contains, as sets of texts, one text of each set in every
 * match: `requiredLiteral`'s run; the alternatives of a group every match goes through
 * ("\\b(sighting|sited) (what|concerns?)" → sighting, sited, where the plain run is a lone
 * space found in every block); a group's words joined to the text beside them ("could sea").
 * A block missing every text of some set cannot match, so the rule's expression (costly to
 * compile the first time) is never run on it.
 */
export function requiredLiterals(pattern: string): string[][] | undefined {
  const single = requiredLiteral(pattern);
  const sets: string[][] = single === undefined || single.trim() === '' ? [] : [[single]];
  for (const group of requiredGroups(pattern)) {
    const alternatives = splitTopLevel(group).map(requiredLiteral);
    if (alternatives.every((l): l is string => l !== undefined && l.trim().length >= 2))
      sets.push(alternatives);
  }
  sets.push(...joinedAlternatives(pattern));
  // The shortest set first: it is asked first in every block (and screens all rules at once),
  // the longer sets only where it is found.
  const score = (set: string[]): number => Math.min(...set.map((l) => l.length));
  sets.sort((a, b) => a.length - b.length || score(b) - score(a));
  return sets.length > 0 ? sets : undefined;
}

type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'words'; readonly words: string[] }
  | { readonly kind: 'gap' };

const PLAIN = /^[\p{L}\p{N} #%'’,:;-]$/u;

/**
 * A group of plain words right before or after plain text, joined: "\\b(could|would) sea\\b"
 * → "could sea", "would sea", rarer in a story than " sea" alone.
 */
function joinedAlternatives(pattern: string): string[][] {
  const pieces: Piece[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') pieces.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const quantified = /^[?*+{]/.test(pattern[i + 1] ?? '');
    if (PLAIN.test(c) && !quantified) {
      text += c;
      continue;
    }
    flush();
    if (c === '\\' && /[bB]/.test(pattern[i + 1] ?? '')) {
      i++; // A word boundary takes no room: what is on each side stays joined.
      continue;
    }
    if (c === '(') {
      let depth = 0;
      let end = i;
      for (; end < pattern.length; end++) {
        if (pattern[end] === '\\') end++;
        else if (pattern[end] === '[') end = closingBracket(pattern, end);
        else if (pattern[end] === '(') depth++;
        else if (pattern[end] === ')' && --depth === 0) break;
      }
      const inner = pattern.slice(i + 1, end);
      i = end;
      if (/^\?[=!<]/.test(inner)) continue; // A lookaround takes no room either.
      const body = inner.startsWith('?:') ? inner.slice(2) : inner;
      const words = splitTopLevel(body);
      const plain = words.every((w) => w !== '' && [...w].every((ch) => PLAIN.test(ch)));
      const optional = /^[?*+{]/.test(pattern[i + 1] ?? '');
      pieces.push(
        plain && !optional && words.length <= 80 ? { kind: 'words', words } : { kind: 'gap' },
      );
      continue;
    }
    if (c === '|') return [];
    pieces.push({ kind: 'gap' });
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(pattern, i);
  }
  flush();
  const sets: string[][] = [];
  pieces.forEach((piece, k) => {
    if (piece.kind !== 'words') return;
    const before = pieces[k - 1];
    const after = pieces[k + 1];
    if (after?.kind === 'text') sets.push(piece.words.map((w) => w + after.text));
    if (before?.kind === 'text') sets.push(piece.words.map((w) => before.text + w));
  });
  return sets;
}

// The contents of the capturing or plain groups at the top level that every match goes
// through (not lookarounds, not optional or repeated from zero).
function requiredGroups(pattern: string): string[] {
  const groups: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(pattern, i);
    else if (c === '(') {
      if (depth++ === 0) start = i;
    } else if (c === ')' && --depth === 0) {
      const inner = pattern.slice(start + 1, i);
      const optional = /^(?:[?*]|\{0)/.test(pattern.slice(i + 1, i + 3));
      if (!optional && !/^\?[=!<]/.test(inner))
        groups.push(inner.startsWith('?:') ? inner.slice(2) : inner);
    } else if (c === '|' && depth === 0) return [];
  }
  return groups;
}

function closingBracket(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length;
}

function splitTopLevel(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') i = closingBracket(pattern, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(pattern.slice(from));
  return parts;
}

// "grey|gray": no text is common to every match.
function hasTopLevelAlternative(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') i = Math.max(i, pattern.indexOf('}', i));
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Compiles rules, reporting broken ones instead of failing the whole check. */
export function compileRules(rules: ReadonlyArray<StyleRule>): {
  compiled: CompiledRule[];
  errors: string[];
} {
  const compiled: CompiledRule[] = [];
  const errors: string[] = [];
  for (const rule of rules) {
    try {
      const caseless = rule.flags?.includes('i') ?? false;
      const literals = requiredLiterals(rule.pattern);
      // Checked here, so a broken rule is reported now rather than when its text turns up.
      const regex = new RegExp(rule.pattern, `gu${caseless ? 'i' : ''}`);
      compiled.push({
        rule,
        regex,
        // (Not with a case class such as \p{Lu}, which ignoring case widens to every letter.)
        ...(caseless && !/\\[pP]\{(?:L[ult]|Upper|Lower)/.test(rule.pattern)
          ? { lowered: new RegExp(lowerPattern(rule.pattern), 'gu') }
          : {}),
        ...(literals
          ? {
              literals: caseless
                ? literals.map((set) => set.map((l) => l.toLowerCase()))
                : literals,
            }
          : {}),
      });
    } catch (error) {
      errors.push(
        `Style rule ${rule.id} is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { compiled, errors };
}

/**
 * A pattern's letters in lowercase, its escapes ("\\S", "\\p{Lu}") as written: run over a
 * block's lowercase text, it finds what the pattern finds ignoring case. Case-folding
 * expressions cost three to four times as much to compile, and most rules run at most once
 * or twice in a story, so compiling is most of their cost.
 */
export function lowerPattern(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c !== '\\') {
      out += c.toLowerCase();
      continue;
    }
    const next = pattern[i + 1] ?? '';
    const braced = /[pPu]/.test(next) && pattern[i + 2] === '{';
    const to = braced ? pattern.indexOf('}', i) : i + 1;
    out += pattern.slice(i, (to < 0 ? pattern.length - 1 : to) + 1);
    i = to < 0 ? pattern.length : to;
  }
  return out;
}

// One expression for all the rules' required texts, in lowercase: a block's lowercase text
// matching none of them skips every rule that has one (one native search instead of a
// hundred substring tests).
const ANY_LITERAL = new WeakMap<ReadonlyArray<CompiledRule>, RegExp | null>();

function anyLiteral(rules: ReadonlyArray<CompiledRule>): RegExp | null {
  let found = ANY_LITERAL.get(rules);
  if (found === undefined) {
    const literals = [
      ...new Set(rules.flatMap(({ literals }) => literals?.[0]?.map((l) => l.toLowerCase()) ?? [])),
    ];
    found =
      literals.length === 0
        ? null
        : new RegExp(literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
    ANY_LITERAL.set(rules, found);
  }
  return found;
}

/** Runs the house-style rules over one block of text. */
export function checkStyle(text: string, rules: ReadonlyArray<CompiledRule>): Finding[] {
  const findings: Finding[] = [];
  const lower = text.toLowerCase();
  // Lowercasing keeps every position unless a letter grows ("İ"): then the rules ignoring
  // case run on the text itself.
  const samePlaces = lower.length === text.length;
  let quotes: Array<[number, number]> | undefined;
  const screen = anyLiteral(rules);
  const someLiteral = screen === null || screen.test(lower);
  for (const { rule, regex, lowered, literals } of rules) {
    if (literals !== undefined) {
      if (!someLiteral) continue;
      const haystack = regex.ignoreCase ? lower : text;
      if (!literals.every((set) => set.some((literal) => haystack.includes(literal)))) continue;
    }
    const [search, subject] = lowered && samePlaces ? [lowered, lower] : [regex, text];
    search.lastIndex = 0;
    for (let m = search.exec(subject); m !== null; m = search.exec(subject)) {
      if (m[0] === '') {
        search.lastIndex++;
        continue;
      }
      // Two rules on the same words ("we where told"): the first one found is enough.
      const start = m.index;
      const end = start + m[0].length;
      if (findings.some((f) => f.start < end && start < f.end)) continue;
      if (
        rule.outsideQuotes &&
        (quotes ??= quotedRanges(text)).some(([a, b]) => a < start && end <= b)
      )
        continue;
      const matched = text.slice(start, end);
      // Replaced where it stands in the whole text, so a rule that looks past its match
      // ("through for " before "287 yards") still matches when its fix is made; on the text
      // as written, so the fix keeps its capitals.
      const sticky = new RegExp(regex.source, `${regex.flags.replace('g', '')}y`);
      sticky.lastIndex = start;
      const fixed = text.replace(sticky, rule.replacement);
      let replacement = fixed.slice(start, fixed.length - (text.length - end));
      // "Towards" at the start of a sentence becomes "Toward", not "toward".
      if (/^\p{Lu}/u.test(matched) && /^\p{Ll}/u.test(replacement))
        replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      findings.push({
        start,
        end,
        text: matched,
        kind: rule.kind ?? 'style',
        message: rule.reason,
        suggestions: [replacement],
      });
    }
  }
  return findings;
}
