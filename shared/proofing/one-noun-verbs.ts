import type { ProofingResources } from './proofreader';
import { thirdPerson } from './one-subject-verbs';
import {
  knownPlural,
  MANY_IN_ONE,
  NOT_HEADS,
  NOT_MODIFIERS,
  SINGULAR_VERB,
  verbSlip,
} from './subject-agreement';
import type { Finding } from './types';
import { STATE_CODES } from './us-states';

// "The system carry about 19 million riders", "Kansas grow more wheat than any state": one
// thing opening a sentence (a determiner and a count noun, or a state), then a verb's plain
// form. Only at a sentence's start, where no "that" or "if" makes the plain form a demand or a
// wish ("the law requires that the city provide"), and only verbs that are no everyday nouns,
// so no compound is read as a subject and its verb ("the state pay scale").

// Not "feel", "take" or "make", which stand as nouns after a determiner too ("the almost
// minimalist feel to the film").
const VERBS = (
  'say know seem appear require include argue insist refuse continue tell ask try lose spend send ' +
  'keep begin become come go oppose serve rely depend receive earn sell agree expect think ' +
  'believe own live get give assume suggest allow provide describe reflect predict involve ' +
  'consider remember understand admit explain recognize represent prefer deserve contain ' +
  'affect enjoy happen exist ensure enable accept reject prevent intend seek speak write ' +
  'bring invite carry grow remain employ operate manage recommend conclude warn propose acknowledge contend'
).split(' ');

const OPENING_ONE_THEN_PLAIN = new RegExp(
  `(?<=(?:^|[.!?]["”’)]?\\s+))(?:(?:The|This|That|Its|His|Her|Their|Our|My|Your) ((?:\\p{Ll}{3,} ){0,2})(\\p{Ll}{3,})|(${Object.keys(
    STATE_CODES,
  ).join('|')})) (${VERBS.join('|')})\\b(?![-‑'’])`,
  'gu',
);

// Pronouns, adverbs and verbs that stand where the noun or a word before it would.
const NOT_NOUNS = new Set(
  (
    'him her them you she they his its our their still also just even only never always ' +
    'often now then soon already again made make let help helped see saw watch heard'
  ).split(' '),
);

// Nouns whose plural is the singular: "The fish swim", "The deer come".
const SAME_IN_PLURAL = new Set(
  'fish sheep deer moose bison salmon trout cod aircraft offspring species series'.split(' '),
);

// "Rebuilding have been slowed": a word in -ing opening a sentence and followed at once by a
// verb is a deed, one; a plural of a noun in -ing ends in -s ("Buildings have").
const OPENING_GERUND_THEN_PLURAL =
  /(?<=(?:^|[.!?]["”’)]?\s+))(\p{Lu}\p{Ll}{2,}ing) (have|are|were|haven't|aren't|weren't|haven’t|aren’t|weren’t)\b/gu;

// "Denver host Cincinnati", "Minnesota face Iowa next": a team named by its city or state is
// one (AP: "Denver hosts"), before the verbs of a schedule and the opponent's name or where
// the game is. Not a team's plural nickname ("the Broncos host").
const OPENING_PLACE_THEN_MATCH =
  /(?<=(?:^|[.!?]["”’)]?\s+))(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) (host|face|visit|play|meet|beat|lead|trail|welcome|travel) (?=\p{Lu}|at |to )/gu;

export function oneNounPlainVerbs(text: string, resources: ProofingResources): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(OPENING_PLACE_THEN_MATCH)) {
    const [, place, verb] = m as unknown as [string, string, string];
    const known = resources.gazetteer.lookup(place);
    if (
      known === undefined ||
      (!Object.hasOwn(STATE_CODES, known) && resources.gazetteer.peopleOf(known) < 100)
    )
      continue;
    const meant = thirdPerson(verb);
    findings.push(
      verbSlip(
        m.index + place.length + 1,
        verb,
        meant,
        `A team named for “${place}” is one: “${meant}”.`,
      ),
    );
  }
  for (const m of text.matchAll(OPENING_GERUND_THEN_PLURAL)) {
    const [, gerund, verb] = m as unknown as [string, string, string];
    if (!resources.speller.correct(gerund.toLowerCase())) continue;
    const meant = SINGULAR_VERB[verb]!;
    findings.push(
      verbSlip(
        m.index + m[0].length - verb.length,
        verb,
        meant,
        `“${gerund}” is one deed: “${meant}”.`,
      ),
    );
  }
  OPENING_ONE_THEN_PLAIN.lastIndex = 0;
  for (const m of text.matchAll(OPENING_ONE_THEN_PLAIN)) {
    const [, before = '', noun, state, verb] = m as unknown as [
      string,
      string | undefined,
      string | undefined,
      string | undefined,
      string,
    ];
    if (noun !== undefined && !countNounForOne(before, noun, resources)) continue;
    const meant = thirdPerson(verb);
    findings.push(
      verbSlip(
        m.index + m[0].length - verb.length,
        verb,
        meant,
        `“${state ?? noun}” is one: “${meant}”.`,
      ),
    );
  }
  return findings;
}

// An everyday count noun for one, with up to two words naming its kind ("the water system").
function countNounForOne(before: string, noun: string, resources: ProofingResources): boolean {
  if (MANY_IN_ONE.has(noun) || NOT_HEADS.has(noun) || SAME_IN_PLURAL.has(noun)) return false;
  // Nor a word of a clause between: "The lady should still feel", "This would help keep".
  if (NOT_MODIFIERS.has(noun) || NOT_NOUNS.has(noun)) return false;
  if (/(?:s|ing|ly|ed|est)$/.test(noun)) return false;
  const modifiers = before === '' ? [] : before.trim().split(' ');
  if (
    modifiers.some(
      (word) =>
        NOT_MODIFIERS.has(word) ||
        NOT_HEADS.has(word) ||
        NOT_NOUNS.has(word) ||
        MANY_IN_ONE.has(word) ||
        /(?:ly|ing|ed|s)$/.test(word) ||
        !resources.speller.correct(word),
    )
  )
    return false;
  const plural = /(?:sh|ch|x|z)$/.test(noun)
    ? `${noun}es`
    : /[^aeiou]y$/.test(noun)
      ? `${noun.slice(0, -1)}ies`
      : `${noun}s`;
  return knownPlural(plural, resources) && (resources.common?.get(noun) ?? 99) <= 35;
}
