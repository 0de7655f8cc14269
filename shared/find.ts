/** Find options, as the Find and Replace panel offers them. */
export interface FindOptions {
  readonly matchCase: boolean;
  readonly wholeWord: boolean;
  readonly regex: boolean;
}

/** A match inside one piece of text. */
export interface TextMatch {
  readonly start: number;
  readonly end: number;
}

/** A compiled query, or the reason it cannot be used (shown inline, never thrown). */
export type Matcher =
  { readonly ok: true; readonly regex: RegExp } | { readonly ok: false; readonly message: string };

const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** Compiles a query with its options. An empty query matches nothing. */
export function buildMatcher(query: string, options: FindOptions): Matcher {
  if (query === '') return { ok: false, message: '' };
  let source = options.regex ? query : query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (options.wholeWord) source = `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
  try {
    return { ok: true, regex: new RegExp(source, `gu${options.matchCase ? '' : 'i'}`) };
  } catch (error) {
    const detail =
      error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : '';
    return {
      ok: false,
      message: `That is not a valid regular expression${detail ? ` (${detail})` : ''}.`,
    };
  }
}

/** All non-overlapping, non-empty matches in a text. */
export function findInText(text: string, matcher: Matcher): TextMatch[] {
  if (!matcher.ok) return [];
  const regex = new RegExp(matcher.regex.source, matcher.regex.flags);
  const matches: TextMatch[] = [];
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    matches.push({ start: m.index, end: m.index + m[0].length });
    if (matches.length >= 100_000) break;
  }
  return matches;
}

/**
 * The replacement for one match: with regular expressions, `$1` and `$&` refer to the match's
 * groups, as in every regex-aware editor; otherwise the text is used literally.
 */
export function replacementFor(
  matched: string,
  replacement: string,
  matcher: Matcher,
  options: FindOptions,
): string {
  if (!matcher.ok || !options.regex) return replacement;
  const single = new RegExp(matcher.regex.source, matcher.regex.flags.replace('g', ''));
  return matched.replace(single, replacement);
}

/** Replaces every match in a text at once (used for headline and dek). */
export function replaceAllInText(
  text: string,
  replacement: string,
  matcher: Matcher,
  options: FindOptions,
): { text: string; count: number } {
  const matches = findInText(text, matcher);
  let out = '';
  let last = 0;
  for (const match of matches) {
    out +=
      text.slice(last, match.start) +
      replacementFor(text.slice(match.start, match.end), replacement, matcher, options);
    last = match.end;
  }
  return { text: out + text.slice(last), count: matches.length };
}
