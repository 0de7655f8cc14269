import { NOT_VERBS, thirdPerson } from './number-agreement';
import type { ProofingResources } from './proofreader';
import type { Finding } from './types';

// "the delays has made it hard", "1,100 students has finished": a plural noun opening a
// clause, right after "the", "these", "many" or a count, takes "have", "were", "are", "do".
// Only where a clause starts (a sentence, a comma, "said", "that", "because"…), so "one of
// the delays has" and "among the reasons is" (whose subject stands elsewhere) are left.
const PLURAL_THEN_SINGULAR =
  /(?<=(?:^|[.!?]["”’)]?\s+|[,;:]\s+|\b(?:said|says|that|because|but|and|while|when|since|after|before|although|though|if|as|so|until|unless|where|whether|why|how|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]round|[Oo]ver|[Oo]nly|[Jj]ust|least|than)\s))([Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Mm]ost|[Ss]ome|[Bb]oth|[Ss]everal|[Ss]uch|(?!1(?![,\d]))\d{1,3}(?:,\d{3})*) (\p{Ll}{3,}s) (has|was|is|does|hasn't|wasn't|isn't|doesn't|hasn’t|wasn’t|isn’t|doesn’t)\b/gu;

const PLURAL_VERB: Readonly<Record<string, string>> = {
  has: 'have',
  was: 'were',
  is: 'are',
  does: 'do',
  "hasn't": "haven't",
  "wasn't": "weren't",
  "isn't": "aren't",
  "doesn't": "don't",
  'hasn’t': 'haven’t',
  'wasn’t': 'weren’t',
  'isn’t': 'aren’t',
  'doesn’t': 'don’t',
};

// Words in -s that take a singular verb ("the news is", "the series was", "the outdoors is").
const SINGULAR_IN_S = new Set(
  (
    'news series species means headquarters crossroads whereabouts gallows measles mumps ' +
    'diabetes rabies herpes shingles billiards lens chassis corps innings kudos summons ' +
    'outdoors indoors blues shambles sweepstakes works falls barracks'
  ).split(' '),
);

const TIMES = new Set(['days', 'years', 'months', 'weeks', 'nights', 'times', 'mornings']);

/** A plural the dictionary knows from its singular ("delays", "counties", "buses"). */
// Everyday words only: a rare one in -s may be one thing ("the lats was Latvia's money").
function knownPlural(word: string, resources: ProofingResources): boolean {
  if (SINGULAR_IN_S.has(word) || /(?:ss|us|is|ics|ous)$/.test(word)) return false;
  const everyday = (w: string): boolean => (resources.common?.get(w) ?? 99) <= 35;
  if (!resources.speller.correct(word)) return false;
  const singulars = [word.slice(0, -1)];
  if (word.endsWith('es')) singulars.push(word.slice(0, -2));
  if (word.endsWith('ies')) singulars.push(`${word.slice(0, -3)}y`);
  return singulars.some((s) => s.length >= 3 && everyday(s) && resources.speller.correct(s));
}

/** "The delays has": a plural subject with a verb for one. */
export function pluralSubjectSlips(text: string, resources: ProofingResources): Finding[] {
  if (!/\b(?:has|was|is|does)/.test(text)) return [];
  const findings: Finding[] = [];
  PLURAL_THEN_SINGULAR.lastIndex = 0;
  for (let m = PLURAL_THEN_SINGULAR.exec(text); m !== null; m = PLURAL_THEN_SINGULAR.exec(text)) {
    const [, , noun, verb] = m;
    if (!knownPlural(noun!, resources)) continue;
    // "These days is used by many": a time, said in passing, is no subject.
    if (/^th[eo]se$/i.test(m[1]!) && TIMES.has(noun!)) continue;
    const start = m.index + m[0].length - verb!.length;
    const meant = PLURAL_VERB[verb!]!;
    findings.push({
      start,
      end: start + verb!.length,
      text: verb!,
      kind: 'spelling',
      message: `“${noun}” is more than one: “${meant}”.`,
      suggestions: [meant],
    });
  }
  return findings;
}

// "a nurse who speak Low German": after one person and "who", a verb in -s. Not after
// "who" and a subject of its own ("a teen who police say fired"), which a verb may also be.
const ONE_WHO =
  /\b(?:(?:[Aa]n?|[Oo]ne) (\p{Ll}{3,})|[Ss]omeone|[Aa]nyone|[Ee]veryone|[Nn]o one|[Nn]obody|[Ss]omebody|[Aa]nybody|[Ee]verybody) who (\p{Ll}{3,})\b(?![-‑'’])/gu;
const GROUP_SUBJECTS = new Set(
  (
    'police people staff crew management leadership clergy cattle faculty personnel coach ' +
    'mom dad mother father sister brother wife husband'
  ).split(' '),
);

// A verb, regular or not ("speak"): the dictionary has it in -ing. (The -s form is asked
// for next.)
function takesIng(verb: string, correct: (word: string) => boolean): boolean {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [`${stem}ing`, `${verb}ing`, `${verb}${verb.charAt(verb.length - 1)}ing`].some(correct);
}

/** "A nurse who speak": a verb without its -s after one person and "who". */
export function oneWhoSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes(' who ')) return [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  const findings: Finding[] = [];
  ONE_WHO.lastIndex = 0;
  for (let m = ONE_WHO.exec(text); m !== null; m = ONE_WHO.exec(text)) {
    const [, noun, verb] = m;
    if (noun !== undefined && /s$/.test(noun) && !/ss$/.test(noun)) continue;
    if (/(?:s|ed|ing|ly)$/.test(verb!) || NOT_VERBS.has(verb!) || GROUP_SUBJECTS.has(verb!))
      continue;
    const meant =
      verb === 'have'
        ? 'has'
        : (noun === undefined || correct(noun)) && correct(verb!) && takesIng(verb!, correct)
          ? thirdPerson(verb!, correct)
          : undefined;
    if (meant === undefined) continue;
    const start = m.index + m[0].length - verb!.length;
    findings.push({
      start,
      end: start + verb!.length,
      text: verb!,
      kind: 'spelling',
      message: `After one person and “who”: “${meant}”.`,
      suggestions: [meant],
    });
  }
  return findings;
}
