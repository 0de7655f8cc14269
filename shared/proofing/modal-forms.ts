import { plainOfIrregularPast } from './irregular-pasts';
import type { ProofingResources } from './proofreader';
import type { Finding } from './types';

// "The district will closed four schools", "they didn't wanted it", "we would rather
// knocked": after a modal or a "do" of negation, and an adverb between, the plain verb
// stands, not its past. Only where the dictionary knows the past
// and its plain form; not verbs whose own plain form ends in -ed ("will need", "can
// proceed", "may shed"), nor "will" or "can" as nouns ("his will stated", "the can dented").
const MODAL_THEN_PAST =
  /\b(will|would|could|should|can|may|might|must|cannot|won['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t|can['’]t|didn['’]t|doesn['’]t|don['’]t|did not|does not|do not) ((?:rather|not|also|never|still|just|probably|likely|only|then|soon|eventually|ultimately|now|already|again|always|simply) )?(\p{Ll}{2,}ed)\b(?![-‑'’])/gu;

const PLAIN_IN_ED = new Set(['shed', 'wed', 'embed', 'imbed', 'shred', 'sled', 'bobsled', 'bed']);
const NOUN_BEFORE =
  /\b(?:the|a|an|his|her|their|its|our|my|your|own|free|political|good|ill|living)\s+$/i;

/** The plain form of a past the dictionary knows: "closed" → close, "stopped" → stop. */
function plainOf(past: string, correct: (word: string) => boolean): string | undefined {
  const stem = past.slice(0, -2);
  // A short vowel before one consonant would have doubled it ("hopped"): "hoped" is hope,
  // "closed" close, "used" use; otherwise the bare stem first ("passed" is pass, not passé).
  const candidates = /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/.test(stem)
    ? [past.slice(0, -1), stem]
    : [stem, past.slice(0, -1)];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  return candidates.find(
    (plain) =>
      plain.length >= 2 &&
      correct(plain) &&
      [`${plain}ing`, `${plain.replace(/e$/, '')}ing`, `${plain}${plain.slice(-1)}ing`].some(
        correct,
      ),
  );
}

// The finding for `word` ending match `m`, where the plain verb `plain` belongs after `after`.
function plainVerbSlip(m: RegExpExecArray, word: string, plain: string, after: string): Finding {
  const start = m.index + m[0].length - word.length;
  return {
    start,
    end: start + word.length,
    text: word,
    kind: 'spelling',
    message: `After “${after}”, the plain verb: “${plain}”.`,
    suggestions: [plain],
  };
}

/** A past after a modal: "will closed" → close. */
export function modalPastSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes('ed')) return [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  const findings: Finding[] = [];
  MODAL_THEN_PAST.lastIndex = 0;
  for (let m = MODAL_THEN_PAST.exec(text); m !== null; m = MODAL_THEN_PAST.exec(text)) {
    const past = m[3]!;
    if (past.endsWith('eed') || PLAIN_IN_ED.has(past) || !correct(past)) continue;
    if (NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const plain = plainOf(past, correct);
    if (plain === undefined) continue;
    findings.push(plainVerbSlip(m, past, plain, m[1]!));
  }
  return findings;
}

// "it can drew on", "they may seen", "crews will took": an irregular past or participle
// after a modal. Not pasts that are a plain verb too ("will fell the trees", "may found a
// school", "can saw the boards").
const MODAL_THEN_WORD =
  /\b(will|would|could|should|can|may|might|must|cannot|won['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t|can['’]t|didn['’]t|doesn['’]t|don['’]t|did not|does not|do not) ((?:rather|not|also|never|still|just|probably|likely|only|then|soon|eventually|ultimately|now|already|again|always|simply) )?(\p{Ll}{3,})\b(?![-‑'’])/gu;

const ALSO_PLAIN = new Set(['fell', 'found', 'saw', 'lay', 'bore', 'ground', 'wound', 'bound']);

const PLAIN_BY_PARTICIPLE: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'seen:see taken:take given:give gone:go written:write spoken:speak broken:break ' +
    'chosen:choose driven:drive eaten:eat fallen:fall forgotten:forget grown:grow ' +
    'known:know thrown:throw drawn:draw begun:begin ridden:ride risen:rise stolen:steal ' +
    'torn:tear hidden:hide shaken:shake flown:fly withdrawn:withdraw undertaken:undertake'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** An irregular past or participle after a modal: "can drew" → draw, "may seen" → see. */
export function modalIrregularSlips(text: string): Finding[] {
  const findings: Finding[] = [];
  MODAL_THEN_WORD.lastIndex = 0;
  for (let m = MODAL_THEN_WORD.exec(text); m !== null; m = MODAL_THEN_WORD.exec(text)) {
    const word = m[3]!;
    if (ALSO_PLAIN.has(word)) continue;
    const plain = PLAIN_BY_PARTICIPLE[word] ?? plainOfIrregularPast(word);
    if (plain === undefined) continue;
    if (NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    findings.push(plainVerbSlip(m, word, plain, m[1]!));
  }
  return findings;
}

// "to chose it", "to took part": an irregular past after an infinitive's "to". Not pasts that
// are also a noun or an adjective after "to" ("to the left", "converted to won", "to lost
// causes", "from rich to broke", "to paid leave", "spent fuel").
const TO_THEN_PAST =
  /\b([Tt]o) ((?:quickly|finally|actually|really|simply|also|not|never|always|eventually) )?(\p{Ll}{3,})\b(?![-‑'’])/gu;

const PAST_AS_NOUN = new Set(
  'left won felt led fed spoke rose bit shot lost broke paid spent thought bent hid sank'.split(
    ' ',
  ),
);

/** An irregular past after "to": "to chose" → choose. */
export function toPastSlips(text: string): Finding[] {
  if (!/\b[Tt]o /.test(text)) return [];
  const findings: Finding[] = [];
  TO_THEN_PAST.lastIndex = 0;
  for (let m = TO_THEN_PAST.exec(text); m !== null; m = TO_THEN_PAST.exec(text)) {
    const word = m[3]!;
    if (ALSO_PLAIN.has(word) || PAST_AS_NOUN.has(word)) continue;
    const plain = plainOfIrregularPast(word);
    if (plain === undefined) continue;
    findings.push(plainVerbSlip(m, word, plain, 'to'));
  }
  return findings;
}
