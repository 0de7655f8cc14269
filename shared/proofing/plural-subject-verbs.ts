import { plainOf } from './pronoun-verbs';
import type { ProofingResources } from './proofreader';
import { AMOUNTS, knownPlural, PLURAL_VERB, TIMES } from './subject-agreement';
import { VERBS_FOR_ONE } from './verbs-for-one';
import type { Finding, Token } from './types';

// "Most economists expects", "whose two children attends", "Democratic lawmakers says":
// a plural subject with a verb for one, beyond "has", "was", "is" and "does" (which
// subject-agreement.ts reads). Only everyday verbs, and only after a determiner or a count
// opening a clause, after a capitalized word opening a sentence ("Democratic lawmakers"),
// after "as" or "because" alone, or opening a sentence itself ("Drivers needs"), so "one of
// the economists expects" and "Waters says" (a surname) are left alone.

const ADVERBS =
  'still|also|now|often|usually|already|never|only|just|generally|typically|largely|mostly|' +
  'rarely|always|sometimes|really|even|simply|certainly|probably';

const DETERMINERS =
  '[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Mm]ost|[Ss]ome|[Bb]oth|[Ss]everal|[Aa]ll|[Oo]ther|[Tt]wo|' +
  '[Mm]ore|[Ff]ewer|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ii]ts|[Yy]our|[Mm]y|' +
  '[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|(?!1(?![,\\d]))\\d{1,3}(?:,\\d{3})*';

// A clause opens at a sentence's start, after a comma, or after one of these words.
const OPENERS = (
  'said says say think thought argue argued insist insisted that because but and while when since whose as although though if so until ' +
  'unless where whether why how'
)
  .split(' ')
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|');
// (A quotation may open there: "“The dry years is coming,” she said.")
const CLAUSE_START = `(?:(?:^|[.!?]["”’)]?\\s+|[,;:]\\s+)["“]?|\\b(?:${OPENERS})\\s)`;

// The verb found among the block's words, then the plural before it: a pattern of the two
// together tried every lowercase word of a block (11 ms of a cold check).
const ADVERB_SET: ReadonlySet<string> = new Set(ADVERBS.split('|'));
const PLURAL = /^(?:[a-z]{2,}s|children|people|men|women)$/;
// Capitalized plurals naming a party or a people ("some Republicans", "many Texans"): after a
// determiner, a subject like any plural.
const GROUP_PLURAL = /^(?:Republicans|Democrats|Independents|\p{Lu}\p{Ll}+(?:ans|ers))$/u;
const JOINED_AFTER = /[-‑'’]/;
const OPENING_PLURAL = /^[A-Z][a-z]{2,}s$/;
// What may stand before the plural, read at the end of the text before it.
// A possessive stands for a determiner: "the shed's troubles", "Ford's plants".
const POSSESSIVE = "(?:[Tt]he \\p{Ll}+|\\p{Lu}\\p{Ll}+)['’]s";
const DETERMINER_BEFORE = new RegExp(
  `(?<=${CLAUSE_START})(?:${DETERMINERS}|${POSSESSIVE}) (?:(\\p{Ll}+) )?(?:(\\p{Ll}+) )?$`,
  'u',
);
const CAPITAL_BEFORE = /(?:^|[.!?]["”’)]?\s+)\p{Lu}\p{Ll}+ $/u;
// After "as", "because", "said" or "that" alone, or with one word before the plural that
// names what kind: "as families leaves", "but dock prices has".
const OPENER_BEFORE = new RegExp(`\\b(?:${OPENERS})\\s(?:(\\p{Ll}{3,}) )?$`, 'u');

// Words in -s that are no plural subject: "a program that sometimes runs".
const NOT_PLURALS = new Set(
  (
    'sometimes always perhaps afterwards besides nevertheless nonetheless regardless towards ' +
    'backwards forwards upwards downwards sideways indoors outdoors overseas nowadays'
  ).split(' '),
);

export function pluralSubjectVerbs(
  text: string,
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
  /** Whether another finding covers this place: a plural that is itself a slip is no subject. */
  taken: (at: number) => boolean = () => false,
): Finding[] {
  const findings: Finding[] = [];
  const correct = (w: string): boolean => resources.speller.correct(w);
  const spaced = (a: Token, b: Token): boolean => b.start === a.end + 1 && text[a.end] === ' ';
  for (let i = 1; i < tokens.length; i++) {
    const verbToken = tokens[i]!;
    const verb = verbToken.text;
    const linking = LINKING.get(verb);
    if (!(linking !== undefined || VERBS_FOR_ONE.has(verb))) continue;
    if (JOINED_AFTER.test(text[verbToken.end] ?? '')) continue;
    let k = i - 1;
    if (ADVERB_SET.has(tokens[k]!.text) && k > 0 && spaced(tokens[k]!, verbToken)) k--;
    const nounToken = tokens[k]!;
    if (!spaced(nounToken, tokens[k + 1]!)) continue;
    // A plural opening a sentence on its own: "Drivers needs to slow down" (not a surname
    // the dictionary lists, "Waters says", nor a word that is a verb too, "Plans calls").
    if (nounToken.sentenceStart && OPENING_PLURAL.test(nounToken.text)) {
      const lower = nounToken.text.toLowerCase();
      const plain = PLAIN_VERB[verb] ?? plainOf(verb, correct);
      if (
        plain !== undefined &&
        !resources.speller.listed(nounToken.text) &&
        !NOT_PLURALS.has(lower) &&
        plainOf(lower, correct) === undefined &&
        knownPlural(lower, resources) &&
        !taken(nounToken.start)
      )
        findings.push(slip(verbToken, lower, plain));
      continue;
    }
    const group = GROUP_PLURAL.test(nounToken.text) && !nounToken.sentenceStart;
    const noun = group ? nounToken.text.toLowerCase() : nounToken.text;
    if (!(PLURAL.test(noun) || group) || NOT_PLURALS.has(noun)) continue;
    // (Asked first: most words in -s before a verb are no plural, "this is", "news has".)
    if (!(group || knownPlural(noun, resources))) continue;
    // The text before, from a little way back ("\0" where it was cut, which nothing matches).
    const from = Math.max(0, nounToken.start - 100);
    const before = `${from > 0 ? '\0' : ''}${text.slice(from, nounToken.start)}`;
    const determined = DETERMINER_BEFORE.exec(before);
    // (An adjective slot holding a verb or "of" is another sentence's shape; with no
    // determiner, a verb may stand where the plural would: "Fortune suggests uses".)
    const word = determined?.[2] ?? determined?.[1];
    const opened = determined === null ? OPENER_BEFORE.exec(before) : null;
    const kind = opened?.[1];
    // Only "and" or "or" before: the plural may end a list whose verb is the list's ("the
    // rules and procedures is" is the use of them).
    // (After a comma, "and" and a determiner of its own, a clause of its own: ", and many
    // shelters has", not "banks and other lenders is" nor "between X and the Ys is".)
    const listed = LISTED.test(before) && !NEW_CLAUSE.test(before);
    if (listed && (linking !== undefined || kind !== undefined)) continue;
    // "How many lawyers does it take": a question, its verb before its subject.
    if (linking !== undefined && ASKED.test(text.slice(verbToken.end, verbToken.end + 8))) continue;
    if (determined !== null) {
      // "The problem with engineers is", "the dessert she wants is": a preposition or a
      // pronoun between makes the plural another phrase's.
      if ([determined[1], determined[2]].some((w) => w !== undefined && FUNCTION_WORDS.has(w)))
        continue;
      if (word !== undefined && plainOf(word, correct) !== undefined) continue;
    } else if (
      !(CAPITAL_BEFORE.test(before) || opened !== null) ||
      // "Having children is", "Building translators is": a gerund and its object.
      (linking !== undefined && /ing $/.test(before)) ||
      (kind === undefined && plainOf(noun, correct) !== undefined) ||
      (kind !== undefined && !namesAKind(kind, correct))
    )
      continue;
    // A group's name is judged only after a determiner ("some Republicans has").
    if (group && (determined === null || !correct(nounToken.text.slice(0, -1)))) continue;
    if (!(group || knownPlural(noun, resources)) || taken(nounToken.start)) continue;
    // "The past two years has been hard": a stretch of time or an amount, taken as one,
    // when counted or placed ("the last years", "five miles"); "the dry years is" is many.
    if (
      linking !== undefined &&
      (SEASONS.test(noun) || ((AMOUNTS.test(noun) || TIMES.has(noun)) && SPAN_BEFORE.test(before)))
    )
      continue;
    const plain = linking ?? PLAIN_VERB[verb] ?? plainOf(verb, correct);
    if (plain === undefined) continue;
    findings.push(slip(verbToken, noun, plain));
  }
  return findings;
}

const SPAN_BEFORE =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|few|several|many|past|last|next|first|coming|previous|recent|those|these))[\s\S]{0,20}$/i;
const SEASONS = /^(?:winters|summers|springs|autumns|falls|seasons|weekends|semesters|terms)$/;
const LISTED = /\b(?:and|or)\s(?:\S+\s){0,3}$/;
const NEW_CLAUSE =
  /,\s(?:and|or|but)\s(?:now\s|then\s|so\s)?(?:many|most|some|several|both|the|these|those|their|our|his|her|its|my|your|two|three|four|five|\d[\d,]*)\s(?:\S+\s){0,2}$/;
const LINKING: ReadonlyMap<string, string> = new Map(Object.entries(PLURAL_VERB));
const ASKED = /^ (?:it|he|she|they|you|we|I)\b/;

// Words that cannot stand between a determiner and its plural noun.
const FUNCTION_WORDS = new Set(
  (
    'of in on at to for from with by about into onto over under between among through ' +
    'against without within during after before than as like per via that which who whom ' +
    'whose what it he she they we you i me him her them us an a the this these those and or ' +
    'but nor'
  ).split(' '),
);

// Plain forms too short for plainOf to accept.
const PLAIN_VERB: Readonly<Record<string, string>> = { goes: 'go' };

// The one word between an opener and a plural, naming what kind ("dock", "gas"): a word the
// dictionary knows that is no verb, adverb, determiner or preposition.
const NOT_KINDS = new Set(
  (
    'the a an all any some many most more few both each every other such no not its their his ' +
    'her our your my these those this that what which of for from with about into than then ' +
    'very too so only'
  ).split(' '),
);
function namesAKind(word: string, correct: (w: string) => boolean): boolean {
  return (
    correct(word) &&
    !NOT_KINDS.has(word) &&
    !ADVERB_SET.has(word) &&
    !word.endsWith('ly') &&
    !word.endsWith('ing') &&
    plainOf(word, correct) === undefined
  );
}

function slip(verb: Token, noun: string, plain: string): Finding {
  return {
    start: verb.start,
    end: verb.end,
    text: verb.text,
    kind: 'spelling',
    message: `“${noun}” are more than one: “${plain}”.`,
    suggestions: [plain],
  };
}
