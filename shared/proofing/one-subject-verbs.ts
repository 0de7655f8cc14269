import type { ProofingResources } from './proofreader';
import { plainOf } from './pronoun-verbs';
import { knownPlural } from './subject-agreement';
import { quotedRanges } from './style-rules';
import type { Finding, Token } from './types';

// "Each buyout take months", "Nobody want their child in the hospital", "If anyone know":
// a subject of one (each or every with a noun, or someone, nobody, everyone…) with a verb for
// many. Only verbs that are no everyday nouns ("each home support group" is a compound), only
// where a clause starts, and not after "that", where the plain verb is a demand: "the law
// requires that each county submit a plan".

export const PLAIN_VERBS = new Set(
  (
    'take want know seem appear require include argue insist refuse continue see feel tell ' +
    'ask try lose spend send keep begin become come go oppose make serve rely depend receive ' +
    'earn sell attend agree say expect think believe own live get give assume suggest allow ' +
    'provide describe reflect predict involve consider remember understand admit explain ' +
    'recognize represent prefer deserve contain affect enjoy happen exist ensure enable accept ' +
    'reject prevent intend seek speak write bring invite sit'
  ).split(' '),
);

const ONE_PRONOUNS = new Set(
  'someone somebody everyone everybody anyone anybody nobody he she'.split(' '),
);
// Of them, those no noun follows as a compound's first part ("each care package" is a
// package; "nobody care" is a slip); not "everybody" or "someone", which open calls to act
// ("Everybody move!", "Someone call 911").
const PRONOUNS = new Set(['nobody', 'he', 'she']);
// Verbs that are nouns too ("She ride the ferry"), read only after those pronouns and after
// "every … that". Not "need" or "dare", which stand plain after one ("he need not").
const VERBS_AFTER_PRONOUN = new Set(
  'ride run work drive walk play teach use call talk plan move start hire build grow love leave care'.split(
    ' ',
  ),
);
// Every verb any subject here is read with.
const CANDIDATES: ReadonlySet<string> = new Set([...PLAIN_VERBS, ...VERBS_AFTER_PRONOUN]);
const BETWEEN = new Set(['here', 'there', 'else', 'really', 'ever', 'actually']);
// "Every week take a walk": a time, then a plain verb, is an instruction.
const TIMES = new Set(
  'day week month year time night morning evening weekend season hour minute'.split(' '),
);
const NOT_NOUNS = new Set(
  'other one shall will would could should can may might must did does do'.split(' '),
);
// Words opening a clause that no instruction follows ("if anyone know").
const OPENERS = new Set(
  'and but because if when while since although though as or so until unless whether said what whatever'.split(
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
    if (!CANDIDATES.has(verb.text) || /[-‑'’]/.test(text[verb.end] ?? '')) continue;
    const before = tokens[i - 1]!;
    const noCompound =
      (PRONOUNS.has(before.text.toLowerCase()) || /^(?:that|who)$/.test(before.text)) &&
      VERBS_AFTER_PRONOUN.has(verb.text);
    if (!(PLAIN_VERBS.has(verb.text) || noCompound)) continue;
    if (text.slice(before.end, verb.start) !== ' ') continue;
    let subjectAt: number;
    let subject: string;
    let relative = false;
    const lower = before.text.toLowerCase();
    // "Nobody here think": a word of place or degree between.
    const afterAdverb =
      BETWEEN.has(lower) &&
      ONE_PRONOUNS.has(tokens[i - 2]?.text.toLowerCase() ?? '') &&
      text.slice(tokens[i - 2]!.end, before.start) === ' ';
    if (afterAdverb) {
      [subjectAt, subject] = [i - 2, tokens[i - 2]!.text.toLowerCase()];
    } else if (ONE_PRONOUNS.has(lower)) {
      [subjectAt, subject] = [i - 1, lower];
    } else if (lower === 'one' && tokens[i - 2]?.text.toLowerCase() === 'no') {
      [subjectAt, subject] = [i - 2, 'no one'];
    } else if (
      /^(?:that|who)$/.test(lower) &&
      /^(?:[Ee]ach|[Ee]very)$/.test(tokens[i - 3]?.text ?? '')
    ) {
      // "Every ferry that sit at the dock": the relative clause's verb is the subject's.
      const noun = tokens[i - 2]!;
      if (!/^\p{Ll}{3,}$/u.test(noun.text) || TIMES.has(noun.text) || NOT_NOUNS.has(noun.text))
        continue;
      if (!nounLike(noun.text) || !resources.speller.correct(noun.text)) continue;
      if (text.slice(tokens[i - 3]!.end, verb.start) !== ` ${noun.text} ${before.text} `) continue;
      [subjectAt, subject] = [i - 3, `${tokens[i - 3]!.text.toLowerCase()} ${noun.text}`];
      relative = true;
    } else {
      const article = tokens[i - 2];
      if (!article || !/^(?:[Ee]ach|[Ee]very)$/.test(article.text)) continue;
      if (text.slice(article.end, before.start) !== ' ') continue;
      if (!/^\p{Ll}{3,}$/u.test(before.text) || TIMES.has(before.text)) continue;
      if (!nounLike(before.text)) continue;
      // After "each" or "every", a word the dictionary knows is a noun ("each buyout").
      if (NOT_NOUNS.has(before.text) || !resources.speller.correct(before.text)) continue;
      [subjectAt, subject] = [i - 2, `${article.text.toLowerCase()} ${before.text}`];
    }
    const opened = opensClause(text, tokens, subjectAt);
    if (opened === false) continue;
    // "Anyone know where the log is?", "Somebody keep the fire burning!": a question without
    // its "does", or an instruction. Said in a quote, "someone give him access" is one too:
    // there only "nobody", "no one", "he" and "she", or a subject after "if" or "because",
    // are judged.
    if (/^[^.!?]*[?!]/.test(text.slice(verb.end))) continue;
    if (
      opened === 'start' &&
      !relative &&
      !/^(?:nobody|no one|he|she)$/.test(subject) &&
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

// Not a plural, a participle or an adverb ("every family" is a noun in -ly).
const NOUNS_IN_LY = new Set('family supply assembly rally ally monopoly anomaly bully'.split(' '));
function nounLike(word: string): boolean {
  return !/(?:s|ing|ed)$/.test(word) && (!word.endsWith('ly') || NOUNS_IN_LY.has(word));
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

export function thirdPerson(verb: string): string {
  if (verb === 'go') return 'goes';
  if (/(?:s|sh|ch|x|z)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

// "every students", "each players will": a plural after a word for one, where what follows
// shows it is no compound's first part ("each sales associate"): a preposition, a verb, a
// clause's end.
const EACH_PLURAL =
  /\b([Ee]ach|[Ee]very) (\p{Ll}{3,}s)(?=[.,;:!?]| (?:in|on|at|of|for|from|with|who|that|will|would|can|could|must|should|may|might|is|are|was|were|has|have|had|gets?|got|and|or|to|before|after|since|until|during)\b)/gu;

export function eachPluralSlips(text: string, resources: ProofingResources): Finding[] {
  if (!/\b(?:[Ee]ach|[Ee]very) /.test(text)) return [];
  const findings: Finding[] = [];
  EACH_PLURAL.lastIndex = 0;
  for (let m = EACH_PLURAL.exec(text); m !== null; m = EACH_PLURAL.exec(text)) {
    const plural = m[2]!;
    if (!knownPlural(plural, resources)) continue;
    // "Each thinks that", "each wishes to": "each" alone is a subject, its verb after it.
    if (m[1] === 'each' || m[1] === 'Each') {
      if (plainOf(plural, (w) => resources.speller.correct(w)) !== undefined) continue;
    }
    const singular = [
      plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : undefined,
      plural.endsWith('es') ? plural.slice(0, -2) : undefined,
      plural.slice(0, -1),
    ].find((word) => word !== undefined && resources.speller.correct(word));
    if (singular === undefined) continue;
    const start = m.index + m[1]!.length + 1;
    findings.push({
      start,
      end: start + plural.length,
      text: plural,
      kind: 'spelling',
      message: `After “${m[1]!.toLowerCase()}”, one: “${singular}”.`,
      suggestions: [singular],
    });
  }
  return findings;
}
