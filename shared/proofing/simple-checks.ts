import type { Finding, Token } from './types';

// Doubles that are usually right ("that that", "so so") are left alone; "is is" and
// "had had" are judged by their neighbours (see `legitDouble`).
const LEGIT_DOUBLES = new Set([
  'that',
  'do',
  'bye',
  'no',
  'yes',
  'very',
  'so',
  'ha',
  'knock',
  'chop',
  'tut',
]);

// "What it is is a mess" and "the point is is" are spoken English a quote may keep; "the first
// is is not" is a slip. "They had had enough" is the past perfect of have; "had had
// performed" (a past participle after it) is a slip. "Paid for for years" is right.
const IS_IS_OPENERS = new Set([
  'it',
  'this',
  'that',
  'what',
  'thing',
  'point',
  'problem',
  'question',
]);

const FOR_A_TIME =
  /^(?:years|months|weeks|days|hours|minutes|decades|generations|ages|ever|now|life|long|\d+)$/i;

const FOR_VERBS = new Set(
  (
    'pay pays paid wait waits ask asks call calls look looks hope hopes vote votes apply ' +
    'applies work works care cares search fight fights fought push lobby account plan plans ' +
    'prepare long longs stand stands run runs go goes went'
  ).split(' '),
);

function legitDouble(word: string, before: Token | undefined, after: Token | undefined): boolean {
  const lower = word.toLowerCase();
  if (lower === 'is') return before !== undefined && IS_IS_OPENERS.has(before.text.toLowerCase());
  // "The can can be recycled" (a can, then the verb); "riders can can wait" is a slip.
  if (lower === 'can')
    return (
      before !== undefined &&
      /^(?:the|a|this|that|each|every|one|no|any|your|my)$/i.test(before.text)
    );
  if (lower === 'had') return !(after && after.text.length >= 5 && /[^e]ed$|en$/i.test(after.text));
  // "paying for for years": a verb's "for", then a span of time (not "the family for for
  // generations", where no verb asks for the first).
  if (lower === 'for')
    return (
      after !== undefined &&
      FOR_A_TIME.test(after.text) &&
      before !== undefined &&
      (/(?:ed|ing)$/i.test(before.text) || FOR_VERBS.has(before.text.toLowerCase()))
    );
  return false;
}

/**
 * "the the": the same word twice in a row. A name written twice ("Walla Walla", "Bora Bora",
 * "Sirhan Sirhan") is no slip: a capitalized word the dictionary does not know in lowercase,
 * or a place of that name.
 */
export function checkRepeats(
  text: string,
  tokens: ReadonlyArray<Token>,
  isWord: (lower: string) => boolean = () => true,
  isPlace: (name: string) => boolean = () => false,
): Finding[] {
  const findings: Finding[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    // Most neighbours differ in length: that answers before any string is made.
    if (a.text.length !== b.text.length || a.text.toLowerCase() !== b.text.toLowerCase()) continue;
    // "a.m. a.m.": an abbreviation's last period stands between the two. (Not "U.S. U.S.":
    // a sentence may end with the one and open with the other.)
    const dotted = a.text.includes('.') && text[b.end] === '.' && /^\p{Ll}/u.test(a.text);
    const between = text.slice(a.end, b.start);
    if (!(dotted ? /^\.\s+$/ : /^\s+$/).test(between)) continue;
    // A number written twice after a word ("scored 22 22 points") is a slip; in a row of
    // figures, or "20 20 vision", it is not.
    if (
      /^\d/.test(a.text) &&
      !(
        /^\d{2,}$/.test(a.text) &&
        /^\p{Ll}+$/u.test(tokens[i - 2]?.text ?? '') &&
        !/^\s*(?:[\d/:-]|vision)/.test(text.slice(b.end))
      )
    )
      continue;
    // An acronym beside the word it spells: "played at AT&T Field", "told us US Airways".
    if (b.text.length > 1 && b.text === b.text.toUpperCase() && a.text !== b.text) continue;
    if (
      LEGIT_DOUBLES.has(a.text.toLowerCase()) ||
      (/^\p{Lu}/u.test(b.text) &&
        (!isWord(b.text.toLowerCase()) || isPlace(text.slice(a.start, b.end)))) ||
      legitDouble(a.text, tokens[i - 2], tokens[i + 1])
    )
      continue;
    const end = dotted ? b.end + 1 : b.end;
    findings.push({
      start: a.start,
      end,
      text: text.slice(a.start, end),
      kind: 'repeat',
      message: `“${text.slice(b.start, end)}” is repeated.`,
      suggestions: [dotted ? `${a.text}.` : a.text],
    });
  }
  findings.push(...repeatedPairs(text, tokens));
  return findings;
}

// Words that repeat a pair on purpose: "over and over and over", "as sad as sad can be",
// "metres per second per second", "day by day by day", "to have to have surgery".
const PAIR_REPEATERS = new Set(['and', 'or', 'as', 'vs', 'per', 'by', 'after', 'upon', 'to']);

// Two words written twice over ("will not be able be able to"), a slip of editing: written
// alike (case too: a sentence run into the next is another matter), no punctuation between
// them, and words of letters only ("20 20 vision" is left alone).
function repeatedPairs(text: string, tokens: ReadonlyArray<Token>): Finding[] {
  const findings: Finding[] = [];
  for (let i = 3; i < tokens.length; i++) {
    const [a, b, c, d] = [tokens[i - 3]!, tokens[i - 2]!, tokens[i - 1]!, tokens[i]!];
    if (a.text !== c.text || b.text !== d.text || a.text === b.text) continue;
    if (!/^\p{L}+$/u.test(a.text) || !/^\p{L}+$/u.test(b.text)) continue;
    if (PAIR_REPEATERS.has(a.text.toLowerCase()) || PAIR_REPEATERS.has(b.text.toLowerCase()))
      continue;
    if (![a, b, c].every((t, k) => /^ +$/.test(text.slice(t.end, [b, c, d][k]!.start)))) continue;
    // "dead ant dead ant dead ant" is one finding, not two that overlap.
    if (a.start < (findings[findings.length - 1]?.end ?? 0)) continue;
    const pair = text.slice(a.start, b.end);
    findings.push({
      start: a.start,
      end: d.end,
      text: text.slice(a.start, d.end),
      kind: 'repeat',
      message: `“${pair}” is repeated.`,
      suggestions: [pair],
    });
  }
  return findings;
}

/** Doubled spaces and unbalanced parentheses within one block. */
export function checkSpacingAndBrackets(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
    findings.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'punctuation',
      message: 'Two spaces where one belongs.',
      suggestions: [' '],
    });
  }
  let depth = 0;
  let lastOpen = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      depth++;
      lastOpen = i;
    } else if (text[i] === ')') {
      if (depth === 0)
        findings.push({
          start: i,
          end: i + 1,
          text: ')',
          kind: 'punctuation',
          message: 'This closing parenthesis has no opening one.',
          suggestions: [],
        });
      else depth--;
    }
  }
  if (depth > 0)
    findings.push({
      start: lastOpen,
      end: lastOpen + 1,
      text: '(',
      kind: 'punctuation',
      message: 'This parenthesis is never closed.',
      suggestions: [],
    });
  return findings;
}

/**
 * Unbalanced quotation marks across a story's paragraphs. Quotes are paired by position: a
 * mark after a space or at the start opens, one after a letter or punctuation closes. A quote
 * may run on into the next paragraph without closing, as long as that paragraph opens with a
 * quotation mark (the newspaper convention for multi-paragraph quotes).
 */
// A block's quotation marks: the first that closes a quote never opened, and the first
// opening left open. Remembered by the block's text: every recheck reads every block.
const QUOTES = new Map<string, { readonly open?: number; readonly stray?: number }>();

function quotesOf(text: string): { readonly open?: number; readonly stray?: number } {
  let found = QUOTES.get(text);
  if (found) return found;
  const open: number[] = [];
  let stray: number | undefined;
  for (const m of text.matchAll(/["“”]/g)) {
    const at = m.index;
    const before = at === 0 ? '' : text[at - 1]!;
    const opening = m[0] === '“' || (m[0] === '"' && (before === '' || /[\s([—–-]/.test(before)));
    if (opening) open.push(at);
    else if (open.length > 0) open.pop();
    else stray ??= at;
  }
  found = {
    ...(open.length > 0 ? { open: open[0]! } : {}),
    ...(stray !== undefined ? { stray } : {}),
  };
  if (QUOTES.size > 5_000) QUOTES.clear();
  QUOTES.set(text, found);
  return found;
}

export function checkQuotes(
  blocks: ReadonlyArray<string>,
): Array<{ block: number; finding: Finding }> {
  const out: Array<{ block: number; finding: Finding }> = [];
  blocks.forEach((text, index) => {
    const { open, stray } = quotesOf(text);
    const continues = /^\s*["“]/.test(blocks[index + 1] ?? '');
    const at = stray ?? (!continues ? open : undefined);
    if (at === undefined) return;
    out.push({
      block: index,
      finding: {
        start: at,
        end: at + 1,
        text: text[at]!,
        kind: 'punctuation',
        message:
          stray !== undefined
            ? 'This quotation mark closes a quote that never opened.'
            : 'This quote is never closed.',
        suggestions: [],
      },
    });
  });
  return out;
}
