import { editDistance } from './edit-distance';
import type { ProofingResources } from './proofreader';
import { spaceLeftOut } from './run-on-words';
import type { Finding, Token } from './types';

// What a sentence's first word is, by the word after it: a person before a verb of saying,
// two words run together before a lowercase word.

const PERSON_AFTER =
  /^(?: (?:said|says|told|added|testified|wrote|argued|noted|explained|replied|agreed|declined)\b|, \d{1,3},)/;
const SPEAKERS = new Set(
  (
    'police staff everyone everybody someone somebody nobody people one officials workers teachers farmers voters leaders members lawmakers owners officers managers drivers riders customers players supporters organizers researchers lawyers rangers ranchers builders buyers sellers shoppers commuters travelers fishermen firefighters neighbors others deputies families critics witnesses authorities experts nurses parents ' +
    'landlords tenants homeowners contractors veterans schools churches companies counties cities towns ' +
    'agencies children judges jurors troopers coaches athletes mayors donors lenders borrowers guards ' +
    'fans students doctors developers investors employees residents prosecutors protesters advocates ' +
    'opponents hospitals patients attorneys senators governors commissioners trustees volunteers ' +
    'survivors passengers immigrants refugees migrants inmates shippers retailers businesses ' +
    'analysts economists scientists historians forecasters meteorologists epidemiologists ' +
    'physicians pharmacists psychologists therapists counselors councilors educators ' +
    'administrators regulators inspectors investigators detectives diplomats negotiators ' +
    'executives shareholders consumers homebuyers landowners farmworkers activists ' +
    'environmentalists democrats republicans independents liberals conservatives moderates ' +
    'progressives'
  ).split(' '),
);
// Plurals of words for people by their endings: "Psycologists", "Resdients", "Advocats".
const PEOPLE_PLURAL = /(?:ists|ians|ents|ants|ees|ors|ates|ives)$/;

/**
 * Before a verb of saying or an age, a sentence's first word is a person ("Wirth said",
 * "Willett, 54,"), unless it is one slip from a word that says things: a plural or a word
 * for people ("Offcials said", "Polcie said").
 */
export function namedBySaying(
  token: Token,
  word: string,
  text: string,
  resources: ProofingResources,
): boolean {
  if (!PERSON_AFTER.test(text.slice(token.end, token.end + 14))) return false;
  const lower = word.toLowerCase();
  // A letter dropped from or added to such a word ("Polce said") is no surname, whatever the
  // speller ranks first; a letter changed may be ("Rangel" is no "ranger").
  if (lower.length >= 5 && dropOrAdd(lower)) return false;
  return !resources.speller
    .suggest(lower)
    .slice(0, 3)
    .some(
      (s, rank) =>
        SPEAKERS.has(s) ||
        (lower.endsWith('s') &&
          (PEOPLE_PLURAL.test(s) || (rank === 0 && agentPlural(s, resources))) &&
          editDistance(s, lower, 1) <= 1),
    );
}

function dropOrAdd(lower: string): boolean {
  for (const speaker of SPEAKERS) {
    if (speaker.charCodeAt(0) !== lower.charCodeAt(0)) continue;
    const [short, long] = speaker.length < lower.length ? [speaker, lower] : [lower, speaker];
    if (long.length - short.length !== 1) continue;
    for (let i = 0; i < long.length; i++)
      if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/**
 * A sentence's first word before a verb of saying, two slips from a word for a group that
 * speaks and one slip from no word: "Economisists said" (economists). Surnames so close to
 * such words are rare; closer ones are `namedBySaying`'s.
 */
export function speakerSlip(
  token: Token,
  word: string,
  text: string,
  resources: ProofingResources,
): boolean {
  if (word.length < 7 || !SAID_NEXT.test(text.slice(token.end, token.end + 12))) return false;
  // (Compared with the list itself: "Smith said" opens many sentences, and ranking its
  // suggestions would build the suggestion index inside the first check.)
  const lower = word.toLowerCase();
  for (const speaker of SPEAKERS)
    if (
      speaker.charCodeAt(0) === lower.charCodeAt(0) &&
      Math.abs(speaker.length - lower.length) <= 2 &&
      editDistance(speaker, lower, 2) <= 2
    )
      return !resources.speller.hasNear(lower);
  return false;
}

// A plural in -ers is a surname as often as a word for people (Masters, Peters, Sellers):
// only the first suggestion, where it is a doer of a verb ("Forcasters said": forecasters,
// who forecast) and the dictionary lists it as no name, speaks for a group.
function agentPlural(word: string, resources: ProofingResources): boolean {
  if (!word.endsWith('ers')) return false;
  const verb = word.slice(0, -3);
  const { speller } = resources;
  return (
    (speller.correct(verb) || speller.correct(`${verb}e`)) &&
    !speller.listed(word[0]!.toUpperCase() + word.slice(1))
  );
}

/**
 * "Atleast two audits": two words run together opening a sentence, before a lowercase word
 * other than a verb of saying ("Noland said" is a man); not after an article ("Arun",
 * "Adoor" are names as often as "a run").
 */
export function runTogetherOpening(
  word: string,
  next: Token | undefined,
  resources: ProofingResources,
): boolean {
  if (next === undefined || !/^\p{Ll}/u.test(next.text) || SAYING.test(next.text)) return false;
  const split = spaceLeftOut(word.toLowerCase(), resources);
  return split !== undefined && !/^an? /.test(split);
}

const SAYING = /^(?:said|says|told|added|testified|wrote)$/;

const SAID_NEXT = /^ (?:said|says|told|added|testified|argued|noted|agreed|declined)\b/;
const BEING_NEXT = /^ (?:were|are|have|had)\b/;

/**
 * A plural's slip opening a sentence before a verb of saying speaks for a group: the word
 * for one among its first five suggestions goes first ("Twons said": towns, not twins;
 * "Senatos said": senators).
 */
export function rankSpeakerOpening(finding: Finding, text: string): Finding {
  const { suggestions } = finding;
  const after = text.slice(finding.end, finding.end + 12);
  if (
    finding.kind !== 'spelling' ||
    suggestions.length < 2 ||
    !/^\p{Lu}\p{Ll}+s$/u.test(finding.text) ||
    !/(?:^|[.!?]["”’]?\s+|["“])$/u.test(
      text.slice(Math.max(0, finding.start - 4), finding.start),
    ) ||
    !(SAID_NEXT.test(after) || BEING_NEXT.test(after))
  )
    return finding;
  // (Before "are" or "were" only a word from the list: "Thes are" is These, not Thees.)
  const top = suggestions.slice(0, 5);
  const wanted =
    top.find((s) => SPEAKERS.has(s.toLowerCase())) ??
    (SAID_NEXT.test(after) ? top.find((s) => PEOPLE_PLURAL.test(s)) : undefined);
  if (wanted === undefined || wanted === suggestions[0]) return finding;
  return { ...finding, suggestions: [wanted, ...suggestions.filter((s) => s !== wanted)] };
}
