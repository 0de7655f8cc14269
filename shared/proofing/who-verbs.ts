import { NOT_VERBS, takesIng, thirdPerson } from './number-agreement';
import { plainOf } from './pronoun-verbs';
import type { ProofingResources } from './proofreader';
import { IRREGULAR_PLURALS, knownPlural, NOT_MODIFIERS, verbSlip } from './subject-agreement';
import type { Finding } from './types';
import { VERBS_FOR_ONE } from './verbs-for-one';

// A verb after "who" or "that" held to the noun before it: one person's ("a nurse who
// speak") or many's ("students who relies").

// "a nurse who speak Low German", "Sue Higby, who run a bakery": after one person and "who",
// a verb in -s. Not after
// "who" and a subject of its own ("a teen who police say fired"), which a verb may also be.
// "Her son, who work as an electrician": after a possessive, one of the family or a person;
// "Shandiin Yazzie, 24, who work": a person and an age; "the next mother who go".
const ONE_WHO =
  /\b(?:([Aa]n?|[Oo]ne|[Tt]he (?:next|first|last|only)|[Hh]er|[Hh]is|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our) ((?:\p{Ll}+ ){0,2})(\p{Ll}{3,})(,?)|(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+),(?: \d{1,3},)?|[Ss]omeone|[Aa]nyone|[Ee]veryone|[Nn]o one|[Nn]obody|[Ss]omebody|[Aa]nybody|[Ee]verybody) who (?:now |still |also |often |usually |then |later |already |always |never |sometimes |rarely |mostly |typically |generally |regularly )?(\p{Ll}{3,}|go|do)\b(?![-‑'’])/gu;
const GROUP_SUBJECTS = new Set(
  (
    'police people staff crew management leadership clergy cattle faculty personnel coach ' +
    'mom dad mother father sister brother wife husband'
  ).split(' '),
);

// One person, after a possessive: "his wife, who run", "my roommate, who have".
const KIN = new Set(
  (
    'mom dad mother father sister brother wife husband son daughter child grandmother ' +
    'grandfather grandson granddaughter grandma grandpa aunt uncle niece nephew cousin ' +
    'friend roommate boyfriend girlfriend fiancé fiancée partner boss neighbor colleague ' +
    'stepson stepdaughter stepfather stepmother'
  ).split(' '),
);

// A given name and a surname: the first listed with its capital ("Sue") or no word at all
// ("Hondula"), the second no everyday word.
function personNamed(names: string, resources: ProofingResources): boolean {
  const [given, surname] = names.split(' ') as [string, string];
  const { speller } = resources;
  return (
    (speller.listed(given) || !speller.correct(given.toLowerCase())) &&
    !speller.correct(surname.toLowerCase())
  );
}

// Nouns for a group, said of as many: "a very strange couple who want to help".
const COLLECTIVES = new Set(
  'couple family team gang group crowd band crew pair trio duo staff'.split(' '),
);

const PLACE_BEFORE = /\b(?:in|of|from|near|at|across|around|outside|throughout|to)\s+$/i;

/** "A nurse who speak": a verb without its -s after one person and "who". */
export function oneWhoSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes(' who ')) return [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  const findings: Finding[] = [];
  ONE_WHO.lastIndex = 0;
  for (let m = ONE_WHO.exec(text); m !== null; m = ONE_WHO.exec(text)) {
    const [, determiner, modifiers, noun, comma, person, verb] = m;
    if (noun !== undefined && /s$/.test(noun) && !/ss$/.test(noun)) continue;
    // After a possessive, only one of the family or a person one knows: "our land who cry
    // out", "our sick, who tend" are many.
    const possessive = determiner !== undefined && !/^(?:an?|one|the .+)$/i.test(determiner);
    if (possessive ? !KIN.has(noun!) : comma === ',') continue;
    // "The first people who go": after "the", a group is as many.
    if (
      determiner !== undefined &&
      /^the /i.test(determiner) &&
      (IRREGULAR_PLURALS.has(noun!) ||
        (GROUP_SUBJECTS.has(noun!) && !KIN.has(noun!)) ||
        COLLECTIVES.has(noun!))
    )
      continue;
    // "a retired science teacher who live": words before the noun describe it; "a lot of
    // people who live" is the people's.
    if (
      modifiers &&
      (modifiers.split(' ').some((word) => NOT_MODIFIERS.has(word)) ||
        IRREGULAR_PLURALS.has(noun!) ||
        GROUP_SUBJECTS.has(noun!) ||
        COLLECTIVES.has(noun!))
    )
      continue;
    // "Sue Higby, who run": a person's two names, not a place's ("residents of New Haven,
    // who live") nor a plural ("the Green Bay Packers, who").
    if (
      person !== undefined &&
      (/s$/.test(person) ||
        resources.gazetteer.lookup(person) !== undefined ||
        !personNamed(person, resources) ||
        // After "in" or "of" it is a place, even misspelled ("farmers in Pinal Conuty, who").
        PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))
    )
      continue;
    if (/(?:s|ed|ing|ly)$/.test(verb!) || NOT_VERBS.has(verb!) || GROUP_SUBJECTS.has(verb!))
      continue;
    const meant =
      verb === 'have'
        ? 'has'
        : (noun === undefined || correct(noun)) && correct(verb!) && takesIng(verb!, correct)
          ? thirdPerson(verb!, correct)
          : undefined;
    if (meant === undefined) continue;
    findings.push(
      verbSlip(
        m.index + m[0].length - verb!.length,
        verb!,
        meant,
        `After one person and “who”: “${meant}”.`,
      ),
    );
  }
  return findings;
}

// "students who relies on buses", "families who owns a car", "programs that lets students":
// after a plural and "who" or "that", the verb for many. Not "one of the families who owns" (whose verb may follow "one").
// ("Harvesters, who collects": a comma before "who" too.)
// (Across an adverb: "producers, who often works".)
const PLURAL_WHO =
  /\b(\p{L}\p{Ll}{2,}s)(?:,? (who)|( that)) (?:(?:now|still|also|often|usually|then|later|already|always|never|sometimes|rarely|mostly|typically|generally|regularly) )?(\p{Ll}{3,}s)\b(?![-‑'’])/gu;
// A subject before it makes the "plural" its verb: "the system that decides who picks".
const SUBJECT_BEFORE = /\b(?:that|which|who|it|he|she|this)\s+$/iu;
const ONE_OF_BEFORE =
  /\b(?:one|each|any|none|either|neither) of (?:the |those |these |our |their |its |his |her )?(?:\p{L}+ )?$/iu;

const IN_PHRASE_BEFORE =
  /\b(?:of|with|in|for|from|on|at|by|among|between|about|than|like|to)(?: \S+){0,2} $/iu;

/** "Students who relies": a verb for one after a plural and "who". */
export function pluralWhoSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes(' who ') && !text.includes(' that ')) return [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  const findings: Finding[] = [];
  PLURAL_WHO.lastIndex = 0;
  for (let m = PLURAL_WHO.exec(text); m !== null; m = PLURAL_WHO.exec(text)) {
    const [, noun, who, that, verb] = m as unknown as [
      string,
      string,
      string | undefined,
      string | undefined,
      string,
    ];
    const relative = who ?? that!.trim();
    // ", who knows what else": a question, not the plural's verb.
    if (text[m.index + noun.length] === ',' && /^(?:knows|cares)$/.test(verb)) continue;
    if (!knownPlural(noun.toLowerCase(), resources) || /(?:ss|us|is)$/.test(verb)) continue;
    // A capital inside a sentence is a name, not a plural: "a Republican from Billings who
    // sits".
    if (/^\p{Lu}/u.test(noun) && !/(?:^|[.!?]["”’)]?\s+|["“])$/u.test(text.slice(0, m.index)))
      continue;
    // A verb is no plural: "walks the ditch and decides who takes water".
    if (VERBS_FOR_ONE.has(noun.toLowerCase())) continue;
    // After "that", only a verb that is never a noun ("programs that lets"): "the rules that
    // costs" may be a clause of its own ("told reporters that costs rose").
    if (relative === 'that' && !VERBS_FOR_ONE.has(verb)) continue;
    // "A coalition of parties that holds", "a family with two kids that earns": after a
    // preposition, "that" may speak of the noun before it.
    if (
      relative === 'that' &&
      IN_PHRASE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (ONE_OF_BEFORE.test(before) || SUBJECT_BEFORE.test(before)) continue;
    const plain = plainOf(verb, correct);
    if (plain === undefined) continue;
    const at = m.index + m[0].length - verb.length;
    findings.push(verbSlip(at, verb, plain, `“${noun}” are more than one: “${plain}”.`));
  }
  return findings;
}
