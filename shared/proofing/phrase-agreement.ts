import { plainOf } from './pronoun-verbs';
import type { ProofingResources } from './proofreader';
import {
  AMOUNTS,
  knownPlural,
  MANY_IN_ONE,
  NOT_SUBJECT_HEADS,
  PLURAL_VERB,
  SINGULAR_VERB,
  TIMES,
} from './subject-agreement';
import type { Finding, Token } from './types';

// "Units in her building was selling", "A public hearing on the plans are set": the verb
// agrees with the subject, not with the noun of a phrase between them. Read from each "is",
// "was", "has", "are", "were" or "have" back over a short phrase (a preposition and up to six
// words, none of them a verb or a clause's first word) to the noun before it, where a clause
// starts. A subject of one is only judged with its article ("the", "a", "each") and not after
// "and" or a comma, where it may be one of several ("the truck and the car in the lot are").

const VERBS = new Set(['is', 'was', 'has', 'are', 'were', 'have']);
const FOR_ONE = new Set(['is', 'was', 'has']);

const PREPOSITIONS = new Set(
  'in on at for from near along with about over under between across behind outside inside around throughout of to within beyond among without toward past'.split(
    ' ',
  ),
);

const BEFORE = new RegExp(
  '(?:[.!?]["”’)]?\\s+|([,;:])\\s+|\\b(said|says|say|argue|argues|argued|warn|warns|warned|insist|insists|insisted|that|because|but|and|or|while|when|since|if|as|although|though|whether)\\s)' +
    '(?:([Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ee]ach|[Ee]very|[Mm]any|[Mm]ost|[Ss]ome|[Bb]oth|[Ss]everal|[Aa]ll|' +
    '[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ii]ts|[Mm]y|[Yy]our|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\\d[\\d,]*) )?' +
    '(?:(\\p{Lu}?\\p{Ll}+) )?(\\p{Lu}?\\p{Ll}{2,}) ' +
    `(${[...PREPOSITIONS].join('|')}) ` +
    // Words of the phrase; a period only in a short abbreviation ("St. Louis"), never a
    // sentence's end.
    "((?:(?:\\p{Lu}\\p{L}{0,2}\\.|[\\p{L}\\d][\\p{L}\\d'’-]*) ){1,6})$",
  'u',
);

const SAYING = /^(?:said|says|say|argue|argues|argued|warn|warns|warned|insist|insists|insisted)$/;

// Words that end a noun phrase or start a clause: the verb may be theirs ("the cars in the
// lot that was flooded").
const NOT_IN_PHRASE = new Set(
  (
    'that which who whom whose where when why how and or but nor said says say is was are were ' +
    'has have had be been being not to than as if because while since do does did will would ' +
    'can could may might must should shall also still now then there here it he she they we you I ' +
    'what whatever though although however too either anyway so'
  ).split(' '),
);

// The nouns that may head a subject before "is" (a plural) or before "are" (one).
const HEAD_FOR_MANY = /^(?:\p{Lu}?\p{Ll}{2,}s|[Cc]hildren|[Pp]eople|[Mm]en|[Ww]omen)$/u;
const HEAD_FOR_ONE = /^\p{Lu}?\p{Ll}{2,}[^s]$/u;

const ONE_ONLY = /^(?:[Aa]n?|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very)$/;
const MANY_ONLY =
  /^(?:[Tt]hese|[Tt]hose|[Mm]any|[Ss]everal|[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d[\d,]*)$/;

// Heads that name a part or a kind of what follows "of": "a number of residents are", "lots
// of water is".
const PARTS = new Set(
  (
    'lots loads tons heaps plenty dozens hundreds thousands millions billions kinds sorts types ' +
    'percent percentage proportion share portion fraction part none variety range host handful ' +
    'bunch set kind sort type mix series batch class crew flock herd pack panel wave string ' +
    'round stream flood fleet troop band body collection cluster supply array row line pool ' +
    // Numbers and quantities: "the three of us are".
    'one two three four five six seven eight nine ten dozen hundred thousand million billion ' +
    'first last rest other others both none each any many few several most half halves ' +
    'thirds fourths fifths quarters tenths'
  ).split(' '),
);

export function acrossPhraseSlips(
  text: string,
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
): Finding[] {
  const findings: Finding[] = [];
  const correct = (w: string): boolean => resources.speller.correct(w);
  for (let i = 2; i < tokens.length; i++) {
    const token = tokens[i]!;
    const verb = token.text;
    if (!VERBS.has(verb) || /[-‑'’]/.test(text[token.end] ?? '')) continue;
    // A preposition two to seven words back after a noun that could be the subject (a
    // plural before "is", a word not in -s before "are"), or no phrase: most verbs stop here.
    const forOne = FOR_ONE.has(verb);
    let first = -1;
    for (let k = Math.max(1, i - 7); k <= i - 2; k++) {
      if (!PREPOSITIONS.has(tokens[k]!.text)) continue;
      const head = tokens[k - 1]!.text;
      if (forOne ? HEAD_FOR_MANY.test(head) : HEAD_FOR_ONE.test(head)) {
        first = k;
        break;
      }
    }
    if (first < 0) continue;
    // The subject stands at most four words before its preposition (an opener, an article,
    // a modifier, the noun): the punctuation before them is read too.
    const from = first >= 5 ? Math.max(0, tokens[first - 5]!.start - 3) : 0;
    // A block's start is a sentence's.
    const before = `${from === 0 ? '. ' : ''}${text.slice(from, token.start)}`;
    const m = BEFORE.exec(before);
    if (!m) continue;
    const [, comma, opener, article, modifier, head, preposition, phrase] = m;
    const words = phrase!.trim().split(' ');
    if (words.some((w) => NOT_IN_PHRASE.has(w))) continue;
    const noun = head!.toLowerCase();
    // A capitalized head opens its sentence ("Prices in the region was"), or it is a name; a
    // capital in its phrase makes it a title ("Diaries of an Exchange Student is").
    // (A party's members are no title: "Democrats in the House has".)
    if (
      head !== noun &&
      (comma ||
        opener ||
        article ||
        modifier ||
        (/\p{Lu}/u.test(phrase!) && !/^(?:Republicans|Democrats)$/.test(head!)))
    )
      continue;
    // "What passes for optimism is": a clause's first word is no modifier.
    if (modifier !== undefined && NOT_IN_PHRASE.has(modifier.toLowerCase())) continue;
    // A capitalized modifier opens the sentence ("Truck counts on the roads"), or it is a name.
    if (
      modifier !== undefined &&
      modifier !== modifier.toLowerCase() &&
      (comma || opener || article)
    )
      continue;
    // With no article after "that" or "what", the head may be a verb: "the mineral water that
    // comes in a green bottle is", "what matters for growth is".
    // After a verb of saying the next word is the subject: "agents say rents near the new
    // stations has".
    if (
      article === undefined &&
      opener !== undefined &&
      !SAYING.test(opener) &&
      plainOf(noun, correct) !== undefined
    )
      continue;
    // "Putting wings on an elephant is": a gerund's object is no subject.
    if (modifier?.endsWith('ing')) continue;
    if (FOR_ONE.has(verb)) {
      if (article !== undefined && ONE_ONLY.test(article)) continue;
      // "Our plans and systems of plans is": after "and", the subject may stand before.
      if (opener === 'and' || opener === 'or') continue;
      if (!/(?:s|^children|^people|^men|^women)$/.test(noun)) continue;
      if (!knownPlural(noun, resources) || NOT_SUBJECT_HEADS.has(noun)) continue;
      if (AMOUNTS.test(noun) || TIMES.has(noun) || PARTS.has(noun)) continue;
      findings.push(slip(token, PLURAL_VERB[verb]!, `“${noun}” is more than one`));
    } else {
      // "If the execution of such engines were": a wish or a condition.
      // With no article, only a sentence's first word that names no countable thing:
      // "Ridership on those ferries have grown", "Spending on roads were".
      if (article === undefined && !(head !== noun && massNoun(noun))) continue;
      if ((article !== undefined && MANY_ONLY.test(article)) || comma) continue;
      if (opener !== undefined && /^(?:and|or|if|as|whether)$/.test(opener)) continue;
      if (MANY_IN_ONE.has(noun) || PARTS.has(noun) || /(?:s|ly|ed)$/.test(noun)) continue;
      if (article === undefined) {
        findings.push(slip(token, SINGULAR_VERB[verb]!, `“${noun}” is one`));
        continue;
      }
      if (preposition === 'of' && (resources.common?.get(noun) ?? 99) > 20) continue;
      const plural = /(?:sh|ch|x|z)$/.test(noun)
        ? `${noun}es`
        : /[^aeiou]y$/.test(noun)
          ? `${noun.slice(0, -1)}ies`
          : `${noun}s`;
      if (!knownPlural(plural, resources) || (resources.common?.get(noun) ?? 99) > 35) continue;
      findings.push(slip(token, SINGULAR_VERB[verb]!, `“${noun}” is one`));
    }
  }
  return findings;
}

// Nouns for an amount of something rather than things counted, by their ending or their own.
// (Not other words in -ing: a sentence opened by one is often turned around, "Joining her on
// the stage were her two sons".)
const MASS_ENDING = /(?:ship|ment|tion|sion|ance|ence|ness|ism|ity)$/;
const MASS = new Set(
  (
    'traffic turnout revenue crime water money food research equipment demand inflation ' +
    'spending funding housing parking nothing something everything anything'
  ).split(' '),
);
// Collective nouns read as many in some styles ("Staff at the schools have").
const COLLECTIVE = new Set(
  'staff police clergy faculty personnel cattle livestock management leadership ownership'.split(
    ' ',
  ),
);
function massNoun(noun: string): boolean {
  if (COLLECTIVE.has(noun) || /^(?:people|children|men|women)$/.test(noun)) return false;
  return MASS.has(noun) || MASS_ENDING.test(noun);
}

function slip(token: Token, meant: string, subject: string): Finding {
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    kind: 'spelling',
    message: `${subject}, whatever the words between: “${meant}”.`,
    suggestions: [meant],
  };
}
