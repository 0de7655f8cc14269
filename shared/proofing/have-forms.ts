import { takesIng } from './number-agreement';
import type { ProofingResources } from './proofreader';
import type { Finding } from './types';

// "had miss his first seven shots", "I've rebuild my house", "has reduce its rate": after a
// "have" of the perfect, the past participle. Only before what a verb takes as its object
// (a pronoun, a possessive, "the", a number or a sum), and only a word the dictionary knows as a verb
// (its -ing form is a word) whose participle is another word.
const HAVE_THEN_PLAIN =
  /\b(has|have|had|having|['’]ve|hasn['’]t|haven['’]t|hadn['’]t) ((?:already|just|not|never|also|since|recently|finally|now|long|always|yet|still|largely|mostly|quickly|repeatedly|twice) )?(\p{Ll}{3,}) (?=(him|them|us|me|it|his|their|its|our|my|your|the|this|these|those|every|\d)\b|\$\d)/gu;

// Plain forms that are also the participle ("has cost the city", "has put its plan"),
// participles that are a verb's plain form too ("have found the", "has felt the", "have met
// the"), and words that are no verb here ("has not the", "has with his", "you've still").
const NOT_A_SLIP = new Set(
  (
    'cost put hit set cut let run come become read spread shut quit bet hurt burst cast ' +
    'broadcast forecast bid split thrust upset overcome beat outrun rerun reset offset ' +
    'input output wed rid slit shed found met felt sat led fed held kept left lost made ' +
    'meant paid said sold sent spent stood told won built bought brought caught dug fled ' +
    'fought got heard hid laid lit shot slept slid sought spun stuck struck swept swung ' +
    'taught thought understood wept wound ground bound not with still yet all only even ' +
    'ever also too long well much more less enough'
  ).split(' '),
);

// Words a "have" takes as a noun before "the", "his" or "it": "had trouble the first time",
// "have time this week", "had help the whole way", "has power the council lacks".
const HAD_AS_NOUN = new Set(
  (
    'time trouble fun lunch dinner breakfast work help hope power experience access control ' +
    'reason chance need plan dream doubt fear love interest word news luck contact input ' +
    'support permission trust faith cause room space money cash credit debt surgery ' +
    'practice class school rain snow sex talks sleep rest leave notice proof answer answers ' +
    'question questions shape place phone call deal say influence impact effect effects'
  ).split(' '),
);

// Irregular participles a plain form is put for.
const PARTICIPLES: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'build:built rebuild:rebuilt send:sent spend:spent lend:lent bend:bent lose:lost ' +
    'bring:brought catch:caught teach:taught think:thought buy:bought seek:sought ' +
    'fight:fought keep:kept sleep:slept sweep:swept leave:left make:made pay:paid ' +
    'say:said sell:sold tell:told hold:held find:found feel:felt meet:met lead:led ' +
    'feed:fed flee:fled win:won stand:stood understand:understood deal:dealt hear:heard ' +
    'lay:laid dig:dug shoot:shot stick:stuck strike:struck give:given take:taken ' +
    'write:written speak:spoken break:broken choose:chosen drive:driven eat:eaten ' +
    'fall:fallen forget:forgotten freeze:frozen grow:grown know:known throw:thrown ' +
    'draw:drawn see:seen go:gone begin:begun drink:drunk sing:sung swim:swum ride:ridden ' +
    'rise:risen steal:stolen wear:worn tear:torn hide:hidden shake:shaken fly:flown ' +
    'withdraw:withdrawn undertake:undertaken overtake:overtaken mistake:mistaken ' +
    'forgive:forgiven do:done get:gotten'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** The regular participle of a plain verb the dictionary knows: "reduce" → reduced. */
function regularParticiple(plain: string, correct: (w: string) => boolean): string | undefined {
  const forms = plain.endsWith('e')
    ? [`${plain}d`]
    : /[^aeiou]y$/.test(plain)
      ? [`${plain.slice(0, -1)}ied`]
      : [`${plain}ed`, `${plain}${plain.slice(-1)}ed`];
  return forms.find(correct);
}

/** A plain verb after a perfect "have": "had miss his" → missed. */
export function haveThenPlainSlips(text: string, resources: ProofingResources): Finding[] {
  if (!/\b(?:ha[sdv]|['’]ve)/.test(text)) return [];
  const correct = (word: string): boolean => resources.speller.correct(word);
  const findings: Finding[] = [];
  HAVE_THEN_PLAIN.lastIndex = 0;
  for (let m = HAVE_THEN_PLAIN.exec(text); m !== null; m = HAVE_THEN_PLAIN.exec(text)) {
    const plain = m[3]!;
    if (NOT_A_SLIP.has(plain) || HAD_AS_NOUN.has(plain) || !correct(plain)) continue;
    // "has long the", "have all the": only a verb (a word with its -ing form).
    if (!takesIng(plain, correct)) continue;
    const participle = PARTICIPLES[plain] ?? regularParticiple(plain, correct);
    if (participle === undefined || participle === plain) continue;
    const start = m.index + m[0].length - plain.length - 1;
    findings.push({
      start,
      end: start + plain.length,
      text: plain,
      kind: 'spelling',
      message: `After “${m[1]}”, the past participle: “${participle}”.`,
      suggestions: [participle],
    });
  }
  return findings;
}
