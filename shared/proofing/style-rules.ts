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
}

/** A rule ready to run, or the reason it was skipped. */
export type CompiledRule = { readonly rule: StyleRule; readonly regex: RegExp };

/** Compiles rules, reporting broken ones instead of failing the whole check. */
export function compileRules(rules: ReadonlyArray<StyleRule>): {
  compiled: CompiledRule[];
  errors: string[];
} {
  const compiled: CompiledRule[] = [];
  const errors: string[] = [];
  for (const rule of rules) {
    try {
      compiled.push({
        rule,
        regex: new RegExp(rule.pattern, `gu${rule.flags?.includes('i') ? 'i' : ''}`),
      });
    } catch (error) {
      errors.push(
        `Style rule ${rule.id} is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { compiled, errors };
}

/** Runs the house-style rules over one block of text. */
export function checkStyle(text: string, rules: ReadonlyArray<CompiledRule>): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, regex } of rules) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0] === '') {
        regex.lastIndex++;
        continue;
      }
      let replacement = m[0].replace(
        new RegExp(regex.source, regex.flags.replace('g', '')),
        rule.replacement,
      );
      // "Towards" at the start of a sentence becomes "Toward", not "toward".
      if (/^\p{Lu}/u.test(m[0]) && /^\p{Ll}/u.test(replacement))
        replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        kind: 'style',
        message: rule.reason,
        suggestions: [replacement],
      });
    }
  }
  return findings;
}
