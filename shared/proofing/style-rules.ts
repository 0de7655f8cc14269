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
  /** Text every match contains (lowercase when the rule ignores case): a block without it is skipped. */
  readonly literal?: string;
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
    const plain = depth === 0 && /^[\p{L}\p{N} #%',:;-]$/u.test(c);
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
      const literal = requiredLiteral(rule.pattern);
      compiled.push({
        rule,
        regex: new RegExp(rule.pattern, `gu${caseless ? 'i' : ''}`),
        ...(literal ? { literal: caseless ? literal.toLowerCase() : literal } : {}),
      });
    } catch (error) {
      errors.push(
        `Style rule ${rule.id} is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { compiled, errors };
}

// One expression for all the rules' required texts, ignoring case: a block matching none of
// them skips every rule that has one (one native search instead of thirty substring tests).
const ANY_LITERAL = new WeakMap<ReadonlyArray<CompiledRule>, RegExp | null>();

function anyLiteral(rules: ReadonlyArray<CompiledRule>): RegExp | null {
  let found = ANY_LITERAL.get(rules);
  if (found === undefined) {
    const literals = rules.flatMap(({ literal }) => (literal === undefined ? [] : [literal]));
    found =
      literals.length === 0
        ? null
        : new RegExp(literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
    ANY_LITERAL.set(rules, found);
  }
  return found;
}

/** Runs the house-style rules over one block of text. */
export function checkStyle(text: string, rules: ReadonlyArray<CompiledRule>): Finding[] {
  const findings: Finding[] = [];
  let lower: string | undefined;
  let quotes: Array<[number, number]> | undefined;
  const screen = anyLiteral(rules);
  const someLiteral = screen === null || screen.test(text);
  for (const { rule, regex, literal } of rules) {
    if (literal !== undefined) {
      if (!someLiteral) continue;
      const haystack = regex.ignoreCase ? (lower ??= text.toLowerCase()) : text;
      if (!haystack.includes(literal)) continue;
    }
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0] === '') {
        regex.lastIndex++;
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
      // Replaced where it stands in the whole text, so a rule that looks past its match
      // ("through for " before "287 yards") still matches when its fix is made.
      const sticky = new RegExp(regex.source, `${regex.flags.replace('g', '')}y`);
      sticky.lastIndex = m.index;
      const fixed = text.replace(sticky, rule.replacement);
      let replacement = fixed.slice(m.index, fixed.length - (text.length - m.index - m[0].length));
      // "Towards" at the start of a sentence becomes "Toward", not "toward".
      if (/^\p{Lu}/u.test(m[0]) && /^\p{Ll}/u.test(replacement))
        replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        kind: rule.kind ?? 'style',
        message: rule.reason,
        suggestions: [replacement],
      });
    }
  }
  return findings;
}
