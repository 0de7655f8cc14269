import { takesIng, thirdPerson } from './number-agreement';
import type { ProofingResources } from './proofreader';
import { quotedRanges } from './style-rules';
import type { Finding } from './types';

// "They deserves a bus", "we wants answers", "they has", "we was": after "they", "we", "I" or
// "you" opening a clause, the verb for many. Only a verb's -s form (the dictionary has its
// plain form as a verb, and that form's -s is the word): "they always", "we sometimes" are
// adverbs. Not before another verb: "we parents want", "you kids had" name who "we" are.
const PRONOUN_THEN_S =
  /(?<=(?:^|[.!?]["”’)]?\s+|[,;:]\s+|["“(]|\b(?:[Ss]aid|[Ss]ays|[Tt]hat|[Bb]ecause|[Bb]ut|[Aa]nd|[Ww]hile|[Ww]hen|[Ss]ince|[Aa]fter|[Bb]efore|[Aa]lthough|[Tt]hough|[Ii]f|[Ss]o|[Uu]ntil|[Uu]nless|[Ww]here|[Ww]hether|[Ww]hy|[Hh]ow|[Ww]hat)\s))([Tt]hey|[Ww]e|I|[Yy]ou) (\p{Ll}{3,}s)\b(?![-‑'’])( \p{Ll}+)?/gu;

const AUXILIARIES: Readonly<Record<string, string>> = {
  has: 'have',
  was: 'were',
  does: 'do',
  "hasn't": "haven't",
  "doesn't": "don't",
  "wasn't": "weren't",
};
const AUXILIARY_THEN =
  /(?<=(?:^|[.!?]["”’)]?\s+|[,;:]\s+|["“(]|\b(?:[Ss]aid|[Tt]hat|[Bb]ecause|[Bb]ut|[Aa]nd|[Ww]hen|[Ii]f|[Ss]o)\s))([Tt]hey|[Ww]e|[Yy]ou) (has|does|was|hasn't|doesn't|wasn't)\b(?![-‑'’])/gu;

/**
 * The plain form a verb's -s form comes from, if the word is one: "deserves" → deserve,
 * "tries" → try, "pushes" → push.
 */
export function plainOf(word: string, correct: (w: string) => boolean): string | undefined {
  const candidates = [word.slice(0, -1)];
  if (word.endsWith('ies')) candidates.unshift(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  return candidates.find(
    (plain) =>
      plain.length >= 3 &&
      correct(plain) &&
      takesIng(plain, correct) &&
      thirdPerson(plain, correct) === word,
  );
}

// Nouns naming who "we" or "you" are, whose singular is a verb too ("you guys", "we parents").
const NAMING = new Set(
  (
    'guys folks kids boys girls ladies lads fellows parents students fans voters members ' +
    'players workers veterans taxpayers readers viewers listeners citizens neighbors residents ' +
    'officers nurses teachers doctors drivers riders owners farmers'
  ).split(' '),
);

// Verbs that may follow a noun naming "we" or "you" ("we parents had", "you kids were").
const LIKELY_VERBS = new Set(
  (
    'had have are were want need can will would should could may might must do did say said ' +
    'get got go went know knew think thought feel felt see saw make made take took come came ' +
    'hope wish love like'
  ).split(' '),
);

function slip(start: number, text: string, meant: string, pronoun: string): Finding {
  return {
    start,
    end: start + text.length,
    text,
    kind: 'spelling',
    message: `After “${pronoun}”, the verb is “${meant}”.`,
    suggestions: [meant],
  };
}

/** "They deserves": a verb for one after "they", "we", "I" or "you". */
export function pronounVerbSlips(text: string, resources: ProofingResources): Finding[] {
  if (!/\b(?:[Tt]hey|[Ww]e|I|[Yy]ou) \p{Ll}+s\b/u.test(text)) return [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  const findings: Finding[] = [];
  PRONOUN_THEN_S.lastIndex = 0;
  for (let m = PRONOUN_THEN_S.exec(text); m !== null; m = PRONOUN_THEN_S.exec(text)) {
    const [, pronoun, word, after] = m as unknown as [string, string, string, string | undefined];
    if (
      NAMING.has(word) ||
      word === 'was' ||
      word === 'has' ||
      word === 'does' ||
      /(?:ss|us|is)$/.test(word)
    )
      continue;
    const plain = plainOf(word, correct);
    if (plain === undefined) continue;
    // "We parents want", "you kids had": a noun naming them, before their verb.
    const next = after?.trim();
    if (next !== undefined && LIKELY_VERBS.has(next)) continue;
    // "You degenerates!", "Come, you spirits That tend": calling to them, not a verb.
    if (next === undefined && /^you$/i.test(pronoun)) continue;
    findings.push(slip(m.index + pronoun.length + 1, word, plain, pronoun));
  }
  AUXILIARY_THEN.lastIndex = 0;
  let quotes: Array<[number, number]> | undefined;
  for (let m = AUXILIARY_THEN.exec(text); m !== null; m = AUXILIARY_THEN.exec(text)) {
    const [, pronoun, word] = m as unknown as [string, string, string];
    // "We was here first," she said: a speaker's own grammar, which a quotation keeps.
    const at = m.index;
    if (
      word.startsWith('was') &&
      (quotes ??= quotedRanges(text)).some(([a, b]) => a <= at && at < b)
    )
      continue;
    findings.push(slip(m.index + pronoun.length + 1, word, AUXILIARIES[word]!, pronoun));
  }
  return findings;
}
