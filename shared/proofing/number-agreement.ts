import type { ProofingResources } from './proofreader';
import type { Finding } from './types';

// "a spokesmen", "one congresswomen": one person after a word for one, in the plural in -men.
// Not before an apostrophe ("a women's shelter" is the shelter's article), and only where the
// dictionary knows both forms, so "a specimen", "an omen" and "a ramen shop" are left alone.
const ONE_THEN_MEN = /\b(a|an|one|each|every|another) (\p{L}*)men\b(?!['’])/giu;

/** A plural in -men after a word for one: the singular in -man is meant. */
export function singularSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes('men')) return [];
  const findings: Finding[] = [];
  ONE_THEN_MEN.lastIndex = 0;
  for (let m = ONE_THEN_MEN.exec(text); m !== null; m = ONE_THEN_MEN.exec(text)) {
    const stem = m[2]!;
    const written = `${stem}men`;
    const singular = `${stem}man`;
    const { speller } = resources;
    if (!speller.correct(written.toLowerCase()) || !speller.correct(singular.toLowerCase()))
      continue;
    const start = m.index + m[1]!.length + 1;
    findings.push({
      start,
      end: start + written.length,
      text: written,
      kind: 'spelling',
      message: `One person: “${m[1]} ${singular}”.`,
      suggestions: [singular],
    });
  }
  return findings;
}

// "while it retool", "because she work": after a word that opens a clause, "it", "he" or
// "she" takes a verb in -s. Only words the dictionary knows in -s, in -ed and in -ing are read
// as verbs, and not those whose past is written like their present ("as it cost", "after it
// hit") nor the adverbs that take verb endings ("when it last rained", "while it still").
const CLAUSE_THEN_ONE =
  /\b(while|as|because|since|although|though|after|before|when|whenever|until|unless|if|whether|where|once|and|but|said|says) (it|he|she) (\p{Ll}{3,})\b(?![-‑'’])/giu;
// Written as one string: prettier would set the words one to a line.
export const NOT_VERBS: ReadonlySet<string> = new Set(
  (
    'last still even further better ever near right long down back alone first again once ' +
    'well less more most best worst only just then soon later often never also really ' +
    // Pasts written like their present ("as it cost", "after it hit").
    'cost forecast broadcast fit bid wed knit quit spit sweat thrust upset wet need dare used ' +
    // Modals, and pasts written like another verb ("when he saw", "as it wound").
    'can will may might must shall should would could ought saw found fell wound ground bore ' +
    'felt bit put lay left lit beat bet cast cut hit hurt let set shed shut slit split spread ' +
    'read rose sank sang sat spat sped stole struck swore tore wore woke won dove drew flew ' +
    'grew knew threw blew led fed met paid laid said made had got came went ran gave took told ' +
    'sold held kept meant sent spent lent bent built dealt fought bought brought caught taught ' +
    'thought sought stood understood became began broke chose drove ate froze rode rang shook ' +
    'spoke swam wrote hung clung flung slung stung strung swung wrung dug spun stuck slid hid ' +
    'bled bred fled slept swept wept crept knelt dreamt learnt burnt spilt leapt shone shot ' +
    'lost heard forgot forgave arose awoke strove strode trod wove slew sprang shrank stank ' +
    'smelt leant damn darn'
  ).split(' '),
);

export function thirdPerson(verb: string, correct: (word: string) => boolean): string | undefined {
  const forms = /(?:s|sh|ch|x|z|o)$/.test(verb)
    ? [`${verb}es`]
    : /[^aeiou]y$/.test(verb)
      ? [`${verb.slice(0, -1)}ies`]
      : [`${verb}s`];
  return forms.find(correct);
}

/** A verb, regular or not ("speak", "think"): the dictionary has it in -ing. */
export function takesIng(verb: string, correct: (word: string) => boolean): boolean {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [`${stem}ing`, `${verb}ing`, `${verb}${verb.charAt(verb.length - 1)}ing`].some(correct);
}

/** A word the dictionary knows with -ed and -ing endings: a verb, whatever else it is. */
export function isVerb(word: string, correct: (word: string) => boolean): boolean {
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const last = word.charAt(word.length - 1);
  const past = [
    `${stem}ed`,
    `${word}${last}ed`,
    /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ied` : '',
  ];
  const ing = [`${stem}ing`, `${word}ing`, `${word}${last}ing`];
  return past.some((w) => w !== '' && correct(w)) && ing.some(correct);
}

/** A verb without its -s after "it", "he" or "she" opening a clause. */
export function agreementSlips(text: string, resources: ProofingResources): Finding[] {
  const findings: Finding[] = [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  CLAUSE_THEN_ONE.lastIndex = 0;
  for (let m = CLAUSE_THEN_ONE.exec(text); m !== null; m = CLAUSE_THEN_ONE.exec(text)) {
    const verb = m[3]!;
    if (verb.endsWith('s') || verb.endsWith('ed') || verb.endsWith('ing') || verb.endsWith('ly'))
      continue;
    if (NOT_VERBS.has(verb) || !correct(verb) || !isVerb(verb, correct)) continue;
    const meant = thirdPerson(verb, correct);
    if (meant === undefined) continue;
    const start = m.index + m[0].length - verb.length;
    findings.push({
      start,
      end: start + verb.length,
      text: verb,
      kind: 'spelling',
      message: `“${m[2]}” takes “${meant}”.`,
      suggestions: [meant],
    });
  }
  return findings;
}
