import type { ProofingResources } from './proofreader';
import { quotedRanges } from './style-rules';
import type { Finding, Token } from './types';

// "Each buyout take months", "Nobody want their child in the hospital", "If anyone know":
// a subject of one (each or every with a noun, or someone, nobody, everyone…) with a verb for
// many. Only verbs that are no everyday nouns ("each home support group" is a compound), only
// where a clause starts, and not after "that", where the plain verb is a demand: "the law
// requires that each county submit a plan".

const PLAIN_VERBS = new Set(
  (
    'take want know seem appear require include argue insist refuse continue see feel tell ' +
    'ask try lose spend send keep begin become come go oppose make serve rely depend receive ' +
    'earn sell attend agree say expect think believe own live get give assume suggest allow ' +
    'provide describe reflect predict involve consider remember understand admit explain ' +
    'recognize represent prefer deserve contain affect enjoy happen exist ensure enable accept ' +
    'reject prevent intend seek speak write bring invite'
  ).split(' '),
);

const ONE_PRONOUNS = new Set(
  'someone somebody everyone everybody anyone anybody nobody'.split(' '),
);
// "Every week take a walk": a time, then a plain verb, is an instruction.
const TIMES = new Set(
  'day week month year time night morning evening weekend season hour minute'.split(' '),
);
const NOT_NOUNS = new Set(
  'other one shall will would could should can may might must did does do'.split(' '),
);
// Words opening a clause that no instruction follows ("if anyone know").
const OPENERS = new Set(
  'and but because if when while since although though as or so until unless whether said'.split(
    ' ',
  ),
);

export function oneSubjectPlainVerbs(
  text: string,
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
): Finding[] {
  const findings: Finding[] = [];
  let quotes: Array<[number, number]> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i]!;
    if (!PLAIN_VERBS.has(verb.text) || /[-‑'’]/.test(text[verb.end] ?? '')) continue;
    const before = tokens[i - 1]!;
    if (text.slice(before.end, verb.start) !== ' ') continue;
    let subjectAt: number;
    let subject: string;
    const lower = before.text.toLowerCase();
    if (ONE_PRONOUNS.has(lower)) {
      [subjectAt, subject] = [i - 1, lower];
    } else if (lower === 'one' && tokens[i - 2]?.text.toLowerCase() === 'no') {
      [subjectAt, subject] = [i - 2, 'no one'];
    } else {
      const article = tokens[i - 2];
      if (!article || !/^(?:[Ee]ach|[Ee]very)$/.test(article.text)) continue;
      if (text.slice(article.end, before.start) !== ' ') continue;
      if (!/^\p{Ll}{3,}$/u.test(before.text) || TIMES.has(before.text)) continue;
      if (/(?:s|ing|ly|ed)$/.test(before.text)) continue;
      // After "each" or "every", a word the dictionary knows is a noun ("each buyout").
      if (NOT_NOUNS.has(before.text) || !resources.speller.correct(before.text)) continue;
      [subjectAt, subject] = [i - 2, `${article.text.toLowerCase()} ${before.text}`];
    }
    const opened = opensClause(text, tokens, subjectAt);
    if (opened === false) continue;
    // "Anyone know where the log is?", "Somebody keep the fire burning!": a question without
    // its "does", or an instruction. Said in a quote, "someone give him access" is one too:
    // there only "nobody" and "no one", or a subject after "if" or "because", are judged.
    if (/^[^.!?]*[?!]/.test(text.slice(verb.end))) continue;
    if (
      opened === 'start' &&
      subject !== 'nobody' &&
      subject !== 'no one' &&
      (quotes ??= quotedRanges(text)).some(([a, b]) => a <= verb.start && verb.end <= b)
    )
      continue;
    const meant = thirdPerson(verb.text);
    findings.push({
      start: verb.start,
      end: verb.end,
      text: verb.text,
      kind: 'spelling',
      message: `“${subject}” is one: “${meant}”.`,
      suggestions: [meant],
    });
  }
  return findings;
}

// How the token at `k` opens a clause: at a block's or sentence's start or after a comma ('start'),
// after an opener such as "if" or "because" ('opener'); false where it opens none.
function opensClause(
  text: string,
  tokens: ReadonlyArray<Token>,
  k: number,
): 'start' | 'opener' | false {
  const token = tokens[k]!;
  if (token.sentenceStart) return 'start';
  const previous = tokens[k - 1];
  if (!previous) return /^\s*["“]?$/.test(text.slice(0, token.start)) ? 'start' : false;
  const between = text.slice(previous.end, token.start);
  if (/[,;:]\s*["“]?$|[.!?]["”’)]?\s+["“]?$/.test(between)) return 'start';
  return between === ' ' && OPENERS.has(previous.text.toLowerCase()) ? 'opener' : false;
}

function thirdPerson(verb: string): string {
  if (verb === 'go') return 'goes';
  if (/(?:s|sh|ch|x|z)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
