import { buildRuleIndex, ruleIndexFrom, type RuleIndex } from './rule-index';
import { decodeRuleIndex, rulesFingerprint, type StoredRuleIndex } from './rule-index-file';
import { requiredLiterals, requiredPairs, type TextPair } from './rule-screens';
import { changedPart } from './fix-span';
import type { Finding } from './types';
import { WIDE_PRIMER } from './wide-text';

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
  /**
   * What the last group's words become in the fix, for one rule over many words ("could
   * gave" → give, "could took" → take): {"gave": "give", "took": "take"}. Matched in
   * lowercase; a match whose word the table lacks is no finding.
   */
  readonly forms?: Readonly<Record<string, string>>;
  /**
   * The fix ends in a plural made by adding s to a word written with an apostrophe ("the
   * church's" → churches): spelled as such a plural is ("churchs" would be no fix).
   */
  readonly plural?: boolean;
}

// "churchs" → churches, "boxs" → boxes: the plural ending a fix, spelled right.
function spellPlural(fix: string): string {
  return fix.replace(/(ch|sh|x|z|ss)s(\s*)$/, '$1es$2');
}

const CURLY_QUOTES = /[‘’“”]/;

// The fix a match makes: the replacement's $1… filled in, the last group changed by `forms`.
function withForms(
  replacement: string,
  forms: Readonly<Record<string, string>>,
  groups: ReadonlyArray<string | undefined>,
): string {
  const last = groups.length - 1;
  return replacement.replace(/\$(\d)/g, (_, digit: string) => {
    const n = Number(digit) - 1;
    const group = groups[n] ?? '';
    if (n !== last) return group;
    const form = Object.hasOwn(forms, group.toLowerCase()) ? forms[group.toLowerCase()] : undefined;
    return form === undefined ? group : matchCase(form, group);
  });
}

// "Gave" → "Give": a form keeps the capital of the word it replaces.
function matchCase(form: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? form.charAt(0).toUpperCase() + form.slice(1) : form;
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
  /** Texts side by side in every match: a block lacking them so is skipped too. */
  readonly pairs?: ReadonlyArray<TextPair>;
  readonly caseless: boolean;
};

// The groups a replacer function is given: the arguments between the match and its offset.
function groupsOf(args: ReadonlyArray<unknown>): Array<string | undefined> {
  const offsetAt = args.findIndex((arg, i) => i > 0 && typeof arg === 'number');
  return args.slice(1, offsetAt) as Array<string | undefined>;
}

/** Each compiled list's index of the texts its rules need (see rule-index.ts). */
const INDEXES = new WeakMap<ReadonlyArray<CompiledRule>, RuleIndex>();

/**
 * Each rule's screen (requiredLiterals) worked out ahead, as resources/rule-screens.json holds
 * them (scripts/build-rule-screens.ts writes it): reading them costs a worker's start a few
 * milliseconds, working them out about fifty. Each is kept with its pattern's hash, so an
 * edited rule's old screen is never used: that rule's is worked out as the checker starts.
 */
export interface RuleScreens {
  /** By rule id: its pattern's hash. */
  readonly hashes: Readonly<Record<string, string>>;
  /** By rule id: its screen, null for none. */
  readonly screens: Readonly<Record<string, ReadonlyArray<ReadonlyArray<string>> | null>>;
  /** By rule id: its texts side by side (requiredPairs), for a rule that has any. */
  readonly pairs?: Readonly<Record<string, ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>>>>;
}

/** A short hash of a pattern (FNV-1a, 32 bits, hex): which pattern a stored screen is for. */
export function patternHash(pattern: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < pattern.length; i++) {
    hash ^= pattern.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}

function screenOf(
  rule: StyleRule,
  ahead: RuleScreens | undefined,
): { literals?: ReadonlyArray<ReadonlyArray<string>>; pairs: ReadonlyArray<TextPair> } {
  if (
    ahead &&
    Object.hasOwn(ahead.screens, rule.id) &&
    ahead.hashes[rule.id] === patternHash(rule.pattern)
  )
    return {
      literals: ahead.screens[rule.id] ?? undefined,
      pairs:
        ahead.pairs && Object.hasOwn(ahead.pairs, rule.id)
          ? ahead.pairs[rule.id]!.map(([before, after]) => [before ?? [], after ?? []] as const)
          : [],
    };
  return { literals: requiredLiterals(rule.pattern), pairs: requiredPairs(rule.pattern) };
}

/** Compiles rules, reporting broken ones instead of failing the whole check. */
export function compileRules(
  rules: ReadonlyArray<StyleRule>,
  ahead?: RuleScreens,
  /** The index of the rules' texts as the build wrote it (rule-index-file.ts), if it did. */
  stored?: StoredRuleIndex,
): {
  compiled: CompiledRule[];
  errors: string[];
} {
  const compiled: CompiledRule[] = [];
  const errors: string[] = [];
  for (const rule of rules) {
    try {
      const caseless = rule.flags?.includes('i') ?? false;
      const { literals, pairs } = screenOf(rule, ahead);
      // Checked here, so a broken rule is reported now rather than when its text turns up.
      const regex = new RegExp(rule.pattern, `gu${caseless ? 'i' : ''}`);
      compiled.push({
        rule,
        regex,
        caseless,
        // (Not with a case class such as \p{Lu}, which ignoring case widens to every letter.)
        ...(caseless && !/\\[pP]\{(?:L[ult]|Upper|Lower)/.test(rule.pattern)
          ? { lowered: new RegExp(lowerPattern(rule.pattern), 'gu') }
          : {}),
        ...(pairs.length > 0 ? { pairs } : {}),
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
  // Built with the word lists as the checker starts, not in the first check a reader waits for;
  // read from the file where it was built ahead for these very rules.
  const data =
    stored !== undefined && stored.fingerprint === rulesFingerprint(compiled)
      ? decodeRuleIndex(stored)
      : undefined;
  INDEXES.set(compiled, data ? ruleIndexFrom(data) : buildRuleIndex(compiled));
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

/**
 * V8 runs an expression from bytecode the first time and compiles it to machine code the
 * second: a rule run on two blocks is compiled twice. Its first run over a text of 1,000
 * characters or more is compiled to machine code at once, and run from that text's end it
 * reads none of it; so a rule's first run is there, and every run after is on machine code
 * (for two-byte text, the form blocks are read in: see wide-text.ts).
 */
const PRIMED = new WeakSet<RegExp>();
const PRIMER = WIDE_PRIMER;

function prime(search: RegExp): void {
  PRIMED.add(search);
  search.lastIndex = PRIMER.length;
  search.exec(PRIMER);
}

/**
 * Compiles rules `from`…`to` ahead of the text they will run on (the worker's warm-up does,
 * a few dozen per step, while it waits for the first story): each costs a quarter of a
 * millisecond or more to compile, and a story's first check met 130 of them.
 */
export function primeRules(rules: ReadonlyArray<CompiledRule>, from: number, to: number): void {
  for (const { regex, lowered } of rules.slice(from, to)) {
    const search = lowered ?? regex;
    if (!PRIMED.has(search)) prime(search);
  }
}

function indexOf(rules: ReadonlyArray<CompiledRule>): RuleIndex {
  let index = INDEXES.get(rules);
  if (!index) INDEXES.set(rules, (index = buildRuleIndex(rules)));
  return index;
}

/** Rules each block can match (by its lowercase), found ahead for the blocks a check reads. */
const SCREENED = new WeakMap<ReadonlyArray<CompiledRule>, Map<string, number[]>>();

/**
 * Screens the blocks a check will read, all at once, before it reads them: the screen's
 * table (a few hundred kilobytes) stays in the processor's cache for one walk after
 * another, where walks between a block's other checks found it evicted each time (20–35 ms
 * for a 10,000-word story against 6). Forgotten by `forgetScreens` once the check is done.
 */
export function screenBlocks(texts: Iterable<string>, rules: ReadonlyArray<CompiledRule>): void {
  const index = indexOf(rules);
  let screened = SCREENED.get(rules);
  if (!screened) SCREENED.set(rules, (screened = new Map()));
  for (const text of texts) {
    const lower = text.toLowerCase();
    if (!screened.has(lower)) screened.set(lower, index.candidates(lower));
  }
}

export function forgetScreens(rules: ReadonlyArray<CompiledRule>): void {
  SCREENED.delete(rules);
}

/** Runs the house-style rules over one block of text. */
export function checkStyle(text: string, rules: ReadonlyArray<CompiledRule>): Finding[] {
  const findings: Finding[] = [];
  const lower = text.toLowerCase();
  // Lowercasing keeps every position unless a letter grows ("İ"): then the rules ignoring
  // case run on the text itself.
  const samePlaces = lower.length === text.length;
  let quotes: Array<[number, number]> | undefined;
  const candidates = SCREENED.get(rules)?.get(lower) ?? indexOf(rules).candidates(lower);
  // In the rules' order: where two overlap, the first one listed is reported.
  for (const k of candidates) {
    const { rule, regex, lowered } = rules[k]!;
    const [search, subject] = lowered && samePlaces ? [lowered, lower] : [regex, text];
    if (!PRIMED.has(search)) prime(search);
    search.lastIndex = 0;
    for (let m = search.exec(subject); m !== null; m = search.exec(subject)) {
      if (m[0] === '') {
        search.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
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
      const { forms } = rule;
      const fixed =
        forms === undefined
          ? text.replace(sticky, rule.replacement)
          : text.replace(sticky, (...args: unknown[]) =>
              withForms(rule.replacement, forms, groupsOf(args)),
            );
      let replacement = fixed.slice(start, fixed.length - (text.length - end));
      // A fix never glues two words: a space the match took (a rule that reads the word
      // after it) and its replacement left out stays: "may extent the" → "may extend the".
      const spaceAfter = /\s+$/.exec(matched)?.[0];
      if (
        spaceAfter &&
        /[\p{L}\p{N}]$/u.test(replacement) &&
        /^[\p{L}\p{N}]/u.test(text.slice(end))
      )
        replacement += spaceAfter;
      const spaceBefore = /^\s+/.exec(matched)?.[0];
      if (
        spaceBefore &&
        /^[\p{L}\p{N}]/u.test(replacement) &&
        /[\p{L}\p{N}]$/u.test(text.slice(0, start))
      )
        replacement = spaceBefore + replacement;
      // A word a rule's table of forms lacks: nothing to fix.
      if (forms !== undefined && replacement === matched) continue;
      if (rule.plural) replacement = spellPlural(replacement);
      // "Towards" at the start of a sentence becomes "Toward", not "toward".
      if (/^\p{Lu}/u.test(matched) && /^\p{Ll}/u.test(replacement))
        replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      // An apostrophe the fix brings is the paragraph's own kind: "we’re" where it writes
      // curly quotes.
      if (replacement.includes("'") && CURLY_QUOTES.test(text) && !text.includes("'"))
        replacement = replacement.replaceAll("'", '’');
      const part = changedPart(matched, replacement);
      const from = start + part.from;
      const to = start + part.to;
      // Two rules on the same words ("we where told"): the first one found is enough.
      if (findings.some((f) => f.start < to && from < f.end)) continue;
      findings.push({
        start: from,
        end: to,
        text: text.slice(from, to),
        kind: rule.kind ?? 'style',
        message: rule.reason,
        suggestions: [part.fix],
      });
    }
  }
  return findings;
}
