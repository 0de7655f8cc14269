import type { ProofingResources } from './proofreader';
import { isVerb } from './number-agreement';
import { knownPlural } from './subject-agreement';
import type { Finding } from './types';

// "hit a 3-pointer to tied the game": after "to", a verb in -ed before the thing it acts on
// ("the", "a", "his", "them") is the plain verb. An adjective in -ed never stands before a
// determiner, so "due to increased demand" is never asked about. The irregular past forms
// ("had to spent") are the wrong-word rules'.
const TO_PAST =
  /\bto ([a-z]{2,}ed) (?=(?:the|a|an|his|her|their|its|our|my|your|this|these|those|it|them|him|us)\b)/g;

// Words in -ed that are plain verbs themselves ("to need the", "to succeed him").
const PLAIN_IN_ED = new Set([
  'bleed',
  'breed',
  'embed',
  'exceed',
  'feed',
  'heed',
  'need',
  'proceed',
  'seed',
  'shed',
  'shred',
  'speed',
  'succeed',
  'wed',
  'weed',
]);

function plainVerbFinding(start: number, written: string, plain: string): Finding {
  return {
    start,
    end: start + written.length,
    text: written,
    kind: 'spelling',
    message: `After “to”, the plain verb: “to ${plain}”.`,
    suggestions: [plain],
  };
}

/** Verbs in -ed after "to" that take an object: the plain verb is meant. */
export function infinitiveSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes('ed ')) return [];
  const findings: Finding[] = [];
  TO_PAST.lastIndex = 0;
  for (let m = TO_PAST.exec(text); m !== null; m = TO_PAST.exec(text)) {
    const written = m[1]!;
    if (PLAIN_IN_ED.has(written)) continue;
    const plain = plainVerb(written, resources);
    if (plain === undefined) continue;
    findings.push(plainVerbFinding(m.index + 3, written, plain));
  }
  return findings;
}

// "tries to wins back fans": after a verb that takes "to" and a verb, a verb in -s before the
// thing it acts on is the plain verb. Not after verbs that take a noun after "to" ("agreed to
// terms the union wanted").
const TO_THIRD =
  /\b(?:tries|try|trying|tried|wants?|wanted|wanting|plans|planned|planning|hopes|hoped|hoping|seeks|seeking|aims|aimed|aiming|intends|intended|decided|vowed|refused|managed|struggles|struggled|struggling|failed|continues|continued|began|begins|starts|started|attempts|attempted) to ([a-z]{3,}s) (?=(?:the|a|an|his|her|their|its|our|my|your|this|these|those|it|them|him|us|back|up|out|off)\b)/g;

/** Verbs in -s after "tries to": the plain verb is meant. */
export function infinitiveThirdSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes(' to ')) return [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  const findings: Finding[] = [];
  TO_THIRD.lastIndex = 0;
  for (let m = TO_THIRD.exec(text); m !== null; m = TO_THIRD.exec(text)) {
    const written = m[1]!;
    // (A plain verb in -ss is no form in -s: "to discuss it", "to pass it".)
    if (written.endsWith('ss')) continue;
    // "passes" is pass, not passe; "carries" carry; "wins" win.
    const forms = /(?:ss|sh|ch|x|z)es$/.test(written)
      ? [written.slice(0, -2)]
      : written.endsWith('ies')
        ? [`${written.slice(0, -3)}y`]
        : [written.slice(0, -1)];
    const plain = forms.find((word) => word.length >= 2 && correct(word) && isVerb(word, correct));
    if (plain === undefined) continue;
    findings.push(plainVerbFinding(m.index + m[0].length - written.length - 1, written, plain));
  }
  return findings;
}

// The common verb a form in -ed comes from: tied → tie, played → play, stopped → stop,
// carried → carry. Undefined when none is a common word.
function plainVerb(written: string, resources: ProofingResources): string | undefined {
  const stem = written.slice(0, -2);
  const candidates = [written.slice(0, -1), stem];
  if (stem.length >= 3 && stem[stem.length - 1] === stem[stem.length - 2])
    candidates.push(stem.slice(0, -1));
  if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  return candidates.find(
    (candidate) =>
      candidate.length >= 2 &&
      (resources.common?.get(candidate) ?? 99) <= 35 &&
      resources.speller.correct(candidate),
  );
}

// "asking people too plan ahead": "too" before a verb and the thing it acts on is "to". Only
// words the dictionary knows as verbs and not with -est ("too close the", "too clean them"
// are adjectives), and only before an object or a particle.
const TOO_VERB =
  /\btoo (\p{Ll}{2,}) (?=(?:the|it|them|him|her|us|me|out|up|ahead|their|his|our|your|its|this|these|those)\b)/gu;

function superlative(word: string, correct: (word: string) => boolean): boolean {
  const last = word.charAt(word.length - 1);
  return [
    `${word}est`,
    `${word}st`,
    `${word}${last}est`,
    /y$/.test(word) ? `${word.slice(0, -1)}iest` : '',
  ].some((form) => form !== '' && correct(form));
}

/** "too" where "to" is meant, before a verb and its object. */
export function tooBeforeVerb(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes('too ')) return [];
  const findings: Finding[] = [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  TOO_VERB.lastIndex = 0;
  for (let m = TOO_VERB.exec(text); m !== null; m = TOO_VERB.exec(text)) {
    const verb = m[1]!;
    if (/(?:ed|ing|ly|s)$/.test(verb) || !isVerb(verb, correct) || superlative(verb, correct))
      continue;
    findings.push({
      start: m.index,
      end: m.index + 3,
      text: text.slice(m.index, m.index + 3),
      kind: 'spelling',
      message: `Before a verb, “to ${verb}”.`,
      suggestions: [text[m.index] === 'T' ? 'To' : 'to'],
    });
  }
  return findings;
}

// "skiing with too companions", "too middle schools": "too" before a plural noun (with a
// word between it may describe) is the number "two". Not right before a plural that is also
// a verb ("the city too faces cuts"), nor after "too many", "too busy", "too costly".
const TOO_PLURAL = /\b([Tt])oo ((?:\p{Ll}+ )?)(\p{Ll}{3,}s)\b(?![-‑'’])/gu;

/** "too" where "two" is meant, before a plural noun. */
export function tooBeforePlural(text: string, resources: ProofingResources): Finding[] {
  if (!/\b[Tt]oo /.test(text)) return [];
  const findings: Finding[] = [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  TOO_PLURAL.lastIndex = 0;
  for (let m = TOO_PLURAL.exec(text); m !== null; m = TOO_PLURAL.exec(text)) {
    const [, t, between, plural] = m as unknown as [string, string, string, string];
    if (!knownPlural(plural, resources)) continue;
    // Right after "too", a word that is also a verb may be one: "the city too faces cuts".
    if (between === '' && isVerb(plural.slice(0, -1), correct)) continue;
    // A word between must be one a noun takes before it, not "too many", "too busy", "too
    // late": only a word that is neither an adverb of degree nor takes -er/-est.
    const word = between.trim();
    if (
      word !== '' &&
      (DEGREE.has(word) || /(?:ly|ous|ful|s)$/.test(word) || superlative(word, correct))
    )
      continue;
    findings.push({
      start: m.index,
      end: m.index + 3,
      text: `${t}oo`,
      kind: 'spelling',
      message: `Before a count of things, the number: “two ${word === '' ? plural : `${word} ${plural}`}”.`,
      suggestions: [t === 'T' ? 'Two' : 'two'],
    });
  }
  return findings;
}

// Words of degree, and little words that start another phrase ("understands too and
// chuckles", "too, in cases").
const DEGREE = new Set(
  (
    'many few much little often long far late early soon busy bad good hard easy and or but ' +
    'nor so yet the of in on at to for with by from as he she it they we you his her their ' +
    'our its my your that this these those is are was were be has have had do does did will ' +
    'would can could should may might must not no'
  ).split(' '),
);
