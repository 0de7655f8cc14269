import type { ProofingResources } from './proofreader';
import type { Finding } from './types';

/** The finding for a verb at `start` that its subject wants as `meant`. */
export function verbSlip(start: number, verb: string, meant: string, message: string): Finding {
  return {
    start,
    end: start + verb.length,
    text: verb,
    kind: 'spelling',
    message,
    suggestions: [meant],
  };
}

// "the delays has made it hard", "1,100 students has finished", "Eleven children has been":
// a plural noun opening a clause, right after "the", "these", "many" or a count, takes "have", "were", "are", "do".
// Only where a clause starts (a sentence, a comma, "said", "say", "that", "because"…), so "one of
// the delays has" and "among the reasons is" (whose subject stands elsewhere) are left.
const PLURAL_THEN_SINGULAR =
  /(?<=(?:^|[.!?]["”’)]?\s+|[,;:]\s+|\b(?:said|says|say|think|thinks|thought|argue|argues|argued|insist|insists|insisted|hope|hopes|hoped|means|meant|that|because|but|and|while|when|since|after|before|although|though|if|as|so|until|unless|where|whether|why|how|About|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]round|[Oo]ver|[Oo]nly|[Jj]ust|least|than)\s))([Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Mm]ost|[Ss]ome|[Bb]oth|[Ss]everal|[Ss]uch|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|(?!1(?![,\d]))\d{1,3}(?:,\d{3})*) (\p{Ll}{3,}s|children|people|men|women) (has|was|is|does|hasn't|wasn't|isn't|doesn't|hasn’t|wasn’t|isn’t|doesn’t)\b/gu;

export const PLURAL_VERB: Readonly<Record<string, string>> = {
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

// Words in -s that take a singular verb ("the news is", "the series was", "the outdoors is"),
// and possessive pronouns ("Ours is a world").
const SINGULAR_IN_S = new Set(
  (
    'news series species means headquarters crossroads whereabouts gallows measles mumps ' +
    'diabetes rabies herpes shingles billiards lens chassis corps innings kudos summons ' +
    'outdoors indoors blues shambles sweepstakes works falls barracks ours yours theirs hers'
  ).split(' '),
);

export const AMOUNTS =
  /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|times|miles|feet|inches|yards|meters|kilometers|pounds|ounces|tons|gallons|acres|degrees|dollars|cents|percent|points|votes)$/;

const COUNT_WORD =
  /^(?:\d|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)/;
const ONE_SUM_AFTER =
  /^ (?:(?:still|also|just|only|not|already|really|simply) )?(?:a|an|too|enough|nothing|plenty)\b/;

export const IRREGULAR_PLURALS = new Set(['children', 'people', 'men', 'women']);

export const TIMES = new Set(['days', 'years', 'months', 'weeks', 'nights', 'times', 'mornings']);

/** A plural the dictionary knows from its singular ("delays", "counties", "buses"). */
// Everyday words only: a rare one in -s may be one thing ("the lats was Latvia's money").
export function knownPlural(word: string, resources: ProofingResources): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (SINGULAR_IN_S.has(word) || /(?:ss|us|is|ics|ous)$/.test(word)) return false;
  const everyday = (w: string): boolean => (resources.common?.get(w) ?? 99) <= 35;
  if (!resources.speller.correct(word)) return false;
  const singulars = [word.slice(0, -1)];
  if (word.endsWith('es')) singulars.push(word.slice(0, -2));
  if (word.endsWith('ies')) singulars.push(`${word.slice(0, -3)}y`);
  return singulars.some((s) => s.length >= 3 && everyday(s) && resources.speller.correct(s));
}

// The finding for `verb` ending match `m`, after `noun`, which is more than one.
function manyVerbSlip(m: RegExpExecArray, verb: string, noun: string, meant: string): Finding {
  return verbSlip(
    m.index + m[0].length - verb.length,
    verb,
    meant,
    `“${noun}” is more than one: “${meant}”.`,
  );
}

// "Talks has stalled", "Investigators was told": a plural opening a sentence on its own,
// capitalized. Not a word the dictionary lists with its capital (a surname: "Brooks has",
// "Banks was", "Fields is").
const OPENING_PLURAL_THEN_SINGULAR =
  /(?<=(?:^|[.!?]["”’)]?\s+))(\p{Lu}\p{Ll}{2,}s) (has|was|is|does|hasn't|wasn't|isn't|doesn't|hasn’t|wasn’t|isn’t|doesn’t)\b/gu;

/** "The delays has": a plural subject with a verb for one. */
export function pluralSubjectSlips(text: string, resources: ProofingResources): Finding[] {
  if (!/\b(?:has|was|is|does)/.test(text)) return [];
  const findings: Finding[] = [];
  OPENING_PLURAL_THEN_SINGULAR.lastIndex = 0;
  for (
    let m = OPENING_PLURAL_THEN_SINGULAR.exec(text);
    m !== null;
    m = OPENING_PLURAL_THEN_SINGULAR.exec(text)
  ) {
    const [, word, verb] = m as unknown as [string, string, string];
    const noun = word.toLowerCase();
    if (resources.speller.listed(word) || AMOUNTS.test(noun) || TIMES.has(noun)) continue;
    if (!knownPlural(noun, resources)) continue;
    const meant = PLURAL_VERB[verb]!;
    findings.push(manyVerbSlip(m, verb, noun, meant));
  }
  PLURAL_THEN_SINGULAR.lastIndex = 0;
  for (let m = PLURAL_THEN_SINGULAR.exec(text); m !== null; m = PLURAL_THEN_SINGULAR.exec(text)) {
    const [, , noun, verb] = m;
    if (!knownPlural(noun!, resources)) continue;
    // "These days is used by many": a time, said in passing, is no subject; "three minutes
    // is a long time", "three times is enemy action": an amount is one thing.
    if (/^th[eo]se$/i.test(m[1]!) && TIMES.has(noun!)) continue;
    if (
      !/^(?:the|these|those|many|most|some|both|several|such)$/i.test(m[1]!) &&
      AMOUNTS.test(noun!)
    )
      continue;
    // "Almost 300 people is still a tragedy": a count taken as one sum, said of with "a".
    if (
      COUNT_WORD.test(m[1]!) &&
      ONE_SUM_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))
    )
      continue;
    const meant = PLURAL_VERB[verb!]!;
    findings.push(
      verbSlip(
        m.index + m[0].length - verb!.length,
        verb!,
        meant,
        `“${noun}” is more than one: “${meant}”.`,
      ),
    );
  }
  return findings;
}

const WISHED = /\b(?:if|wish|wished|wishes|though|suppose|imagine|would that|Would that)\b[^.;]*$/;
// Words in a noun's place that are no subject of one: modals, numbers, "kind" ("your kind are").
export const NOT_HEADS = new Set(
  (
    'would could should did does might must shall will can may one two three four five six ' +
    'seven eight nine ten twenty thirty forty fifty hundred thousand million billion kind ' +
    'sort category best next first last'
  ).split(' '),
);

// Words that cannot stand before a noun as a word naming its kind.
export const NOT_MODIFIERS = new Set(
  (
    'of in on at for from with by about into and or but than that which who whom whose what ' +
    'lot lots number group couple few handful bunch kind sort type other only same one two ' +
    'three four five six seven eight nine ten many much more most some all both either ' +
    'neither each every such own very first second third next last final'
  ).split(' '),
);

// "Federal rules requires", "the drivers wants": a plural subject opening a clause, then one
// of the verbs whose -s form is seldom a noun (not "shows", "plans", "remains", which a
// plural before them makes a compound: "TV shows", "human remains"). An adverb may stand
// between ("employers already pays").
const PLURAL_THEN_VERB =
  /(?<=(?:^|[.!?]["”’)]?\s+|[,;:]\s+|\b(?:said|says|that|because|but|and|while|when|since|if|as|so|until|unless|where|whether)\s))((?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Mm]ost|[Ss]ome|[Bb]oth|[Ss]everal|[Aa]ll|\p{Lu}\p{Ll}+) )?(?:\p{Ll}{3,} )?)(\p{Ll}{3,}s) ((?:already|also|still|often|now|usually|generally|typically|never|always|really|simply|just) )?(requires|deserves|wants|seems|believes|knows|thinks|appears|involves|allows|prevents|continues|expects|intends|agrees|argues|becomes|gets|gives|goes|makes|takes|says|tells|understands|explains|opposes|owns|pays|sees|feels|keeps|brings|buys|sells|seeks|speaks|writes|refuses|happens|depends|exists|insists|admits|prefers|ensures|enables|lacks|accepts|rejects|provides|receives|affects|faces|lives)\b(?![-‑'’])/gu;

// Verbs for many, from the -s forms above: "requires" → require, "goes" → go.
function pluralVerb(verb: string): string {
  if (verb === 'goes') return 'go';
  if (/(?:sses|shes|ches|xes|zes)$/.test(verb)) return verb.slice(0, -2);
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  return verb.slice(0, -1);
}

// First words of a plural that is one thing or names a noun after it ("the sales figures").
export const NOT_SUBJECT_HEADS = new Set(
  (
    'sales arts sports jobs parks savings goods customs operations affairs arms weapons drugs ' +
    'thanks ours yours theirs hers news'
  ).split(' '),
);

const OF_THEN_AND = /\bof (?:[\p{L}'’-]+ ){1,5}and\s$/u;
const THAT_AFTER_WORD = /\b(\p{L}+) that\s$/u;
const SAYING =
  /^(?:say|said|says|know|knew|knows|think|thought|thinks|believe|believes|show|shows|mean|means|found|find|finds|argue|argues|warn|warns|hope|hopes|fear|fears|feel|feels|felt|so|now|such|given|except|clear|sure|true|aware|noted|note|notes)$|ed$/;

function relativeThat(before: string): boolean {
  const word = THAT_AFTER_WORD.exec(before)?.[1];
  return word !== undefined && !SAYING.test(word.toLowerCase());
}

/** "Federal rules requires": a plural subject, then a verb for one. */
export function pluralVerbSlips(text: string, resources: ProofingResources): Finding[] {
  const findings: Finding[] = [];
  PLURAL_THEN_VERB.lastIndex = 0;
  for (let m = PLURAL_THEN_VERB.exec(text); m !== null; m = PLURAL_THEN_VERB.exec(text)) {
    const [, before, noun, , verb] = m as unknown as [string, string, string, string, string];
    if (!knownPlural(noun, resources)) continue;
    // "faces" and "lives" after a plural are most often nouns: "their faces", "their lives".
    if ((verb === 'faces' || verb === 'lives') && !/^(?:[Tt]he|[Tt]hese|[Tt]hose) $/.test(before))
      continue;
    if (NOT_SUBJECT_HEADS.has(noun)) continue;
    // "Using matching pairs keeps": a gerund's object.
    const words = before
      .trim()
      .split(' ')
      .filter((w) => w !== '');
    const last = words[words.length - 1]?.toLowerCase();
    if (words.some((w) => w.endsWith('ing'))) continue;
    if (last !== undefined && NOT_SUBJECT_HEADS.has(last)) continue;
    // "A shortage of officers and engineers continues": after "of … and", the plural is
    // part of what the head noun is of, not a subject.
    if (OF_THEN_AND.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "Every farm that closes takes": "that" after a noun opens a clause whose verb comes
    // first; only after a verb ("said that", "found that") does a subject follow it.
    if (before === '' && relativeThat(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const meant = pluralVerb(verb);
    findings.push(manyVerbSlip(m, verb, noun, meant));
  }
  return findings;
}

// "the tourist have returned", "each student were given": one of an everyday count noun,
// opening a clause, then a verb for many. Not a noun that may stand for many ("the team
// are", "a lot are", "the majority were"; an institution is one in American copy: "the
// company have" is "has"), nor after "if" ("if the site were sold"), nor
// after "and" but where it joins clauses ("were repaired and the tourist have"): "the Garden
// and the world were" is two subjects.
const ONE_THEN_PLURAL =
  /(?<=(?:^|[.!?]["”’)]?\s+|[,;:]\s+|\b(?:said|says|say|argue|argues|argued|warn|warns|warned|insist|insists|insisted|that|because|but|while|when|since|as|so|until|unless|where|whether)\s|(?:,|\p{Ll}{2,}ed) and\s))([Tt]he|[Ee]ach|[Ee]very|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our) ((?:\p{Ll}{3,} ){0,2})(\p{Ll}{3,}) (have|are|were|haven't|aren't|weren't|haven’t|aren’t|weren’t)\b(?![-‑'’])/gu;

export const SINGULAR_VERB: Readonly<Record<string, string>> = {
  have: 'has',
  are: 'is',
  were: 'was',
  "haven't": "hasn't",
  "aren't": "isn't",
  "weren't": "wasn't",
  'haven’t': 'hasn’t',
  'aren’t': 'isn’t',
  'weren’t': 'wasn’t',
};

export const MANY_IN_ONE = new Set(
  (
    'team staff family crew police public jury audience ' +
    'group majority minority lot number couple rest bulk remainder total half third quarter ' +
    'pair dozen hundred thousand million band crowd class faculty media data people army ' +
    'navy press clergy personnel youth cattle management ' +
    'union party opposition congregation enemy household population community dice ' +
    // Animals whose plural is the singular ("the perch are coming back").
    'fish perch walleye salmon trout pike carp cod halibut tuna snapper grouper crappie ' +
    'sturgeon whitefish deer elk moose bison buffalo sheep swine shrimp squid aircraft ' +
    'spacecraft offspring livestock ' +
    // Adjectives standing for people ("the rich are"), and modals ("this can have").
    'rich poor young old dead sick wealthy blind deaf brave accused needy vulnerable ' +
    'powerful faithful can will may must might shall'
  ).split(' '),
);

const DEMANDED =
  /\b(?:insist|insists|insisted|insisting|insistence|demand|demands|demanded|require|requires|required|requirement|recommend|recommends|recommended|recommendation|urge|urges|urged|propose|proposes|proposed|proposal|mandate|mandates|mandated|essential|vital|crucial|imperative)\s+that\s+$/i;

/** "The tourist have returned": one of a count noun, then a verb for many. */
export function singularSubjectSlips(text: string, resources: ProofingResources): Finding[] {
  const findings: Finding[] = [];
  ONE_THEN_PLURAL.lastIndex = 0;
  for (let m = ONE_THEN_PLURAL.exec(text); m !== null; m = ONE_THEN_PLURAL.exec(text)) {
    const [, determiner, before2, noun, verb] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    // Up to two words naming its kind: "the regional school district have".
    const modifiers = before2 === '' ? [] : before2.trim().split(' ');
    const modifier = modifiers[modifiers.length - 1];
    if (MANY_IN_ONE.has(noun) || /(?:s|ing|ly|ed|est)$/.test(noun) || NOT_HEADS.has(noun)) continue;
    // After "if", "wish" or "would that", "were" is a wish ("if his son were here"); after
    // "and", the subject may be two ("Athens, and his daughter were").
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (verb.startsWith('were') && WISHED.test(before)) continue;
    // After a demand and "that", "have" is the plain form a demand takes: "her insistence
    // that every essay have a point".
    if (verb === 'have' && DEMANDED.test(before)) continue;
    if (
      (modifier !== undefined || !/^(?:the|each|every|this|that)$/i.test(determiner)) &&
      /\band\s$/.test(before)
    )
      continue;
    // A word before the noun names its kind ("the water system were"): a noun or an
    // adjective the dictionary knows, not a verb's form or a word of a clause.
    if (
      modifiers.some(
        (word) =>
          NOT_MODIFIERS.has(word) ||
          MANY_IN_ONE.has(word) ||
          /(?:ly|ing|ed|s)$/.test(word) ||
          !resources.speller.correct(word),
      )
    )
      continue;
    // An everyday count noun: its plural is a known everyday plural.
    const plural = /(?:sh|ch|x|z)$/.test(noun)
      ? `${noun}es`
      : /[^aeiou]y$/.test(noun)
        ? `${noun.slice(0, -1)}ies`
        : `${noun}s`;
    if (!knownPlural(plural, resources)) continue;
    if ((resources.common?.get(noun) ?? 99) > 35) continue;
    const meant = SINGULAR_VERB[verb]!;
    findings.push(
      verbSlip(m.index + m[0].length - verb.length, verb, meant, `“${noun}” is one: “${meant}”.`),
    );
  }
  return findings;
}
