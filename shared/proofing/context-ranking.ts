import { editDistance } from './edit-distance';
import { NAME_HEADS, TITLE_WORDS } from './name-words';
import type { Speller } from './speller';
import type { Finding } from './types';
import type { WordPairs } from './word-pairs';

// A lowercase word's suggestions are ranked out of context: "wether" is nearer weather than
// whether by letters, but "decided wether to" means whether. Where two of the first three
// are sound-alikes the language model knows, the words around the slip choose between them.

const WORD_BEFORE = /([a-z]+(?:['’][a-z]+)?)[ ]+$/;
const WORD_AFTER = /^[ ]+([a-z]+(?:['’][a-z]+)?)/;
const SENTENCE_END = /^[.!?]/;
/** How much likelier (log10) the words around must make another suggestion to put it first. */
const MARGIN = 1;
/** The same among suggestions that are not sound-alikes, with a word known on each side. */
const WIDE_MARGIN = 2;

// Words after a plural, not after an owner: "Toyotas sold well", "Intels are cheap".
export const AFTER_PLURAL =
  /^(?:are|were|have|had|was|is|and|or|sold|sell|in|of|at|on|for|to|with|that|which|who|can|could|will|would|should|may|might|must|say|said|do|did|also|still|keep|want|need|pay|make|take|get|go|come|plan|hope|expect|continue|face|see|know|think|like|tend|use|move|buy|hire|spend|report|remain|seem|often|usually|already|now|rarely|never|always|actually|really|generally|typically|mostly|largely|quickly|simply|currently|recently|finally|eventually|certainly|probably|along|across|near|from|by|into|around|than|such|close|closed|grow|grew|shut|open|opened|made|took|gave|got|found|built|paid|lost|spent|sent|put|cut|set|kept|left|told|brought|bought|began|became|ran|won|held|chose|saw|fell|rose)$|ed$/;

/**
 * "Companys keep": an s left for a plural ("companies") or a possessive ("company's"); a verb
 * or a preposition after it says the plural. Only the order of the two changes.
 */
export function rankPluralOrPossessive(finding: Finding, text: string): Finding {
  const { suggestions } = finding;
  if (finding.kind !== 'spelling' || !/s$/i.test(finding.text) || suggestions.length < 2)
    return finding;
  // A capital inside a sentence is a name's ("with Moodys and Fitch"): left as ranked.
  if (
    /\p{Lu}/u.test(finding.text) &&
    !/(?:^|[.!?]["”’]?\s+|["“])$/.test(text.slice(Math.max(0, finding.start - 4), finding.start))
  )
    return finding;
  const top = suggestions.slice(0, 3);
  const possessive = top.find((s) => /['’]s$/.test(s));
  const plural = top.find((s) => /s$/.test(s) && !/['’]s$/.test(s));
  if (possessive === undefined || plural === undefined) return finding;
  const next = /^ (\p{Ll}+)/u.exec(text.slice(finding.end, finding.end + 20))?.[1];
  const closes = /^[.,;:!?)]/.test(text.slice(finding.end));
  // Only the plural is put first: before a noun either may stand ("the citys north side",
  // "citys such as"), and the other rankings know those.
  if (!(closes || (next !== undefined && AFTER_PLURAL.test(next)))) return finding;
  const first = plural;
  if (first === suggestions[0]) return finding;
  return { ...finding, suggestions: [first, ...suggestions.filter((s) => s !== first)] };
}

// A suggestion the model can rank: one with a sound-alike other than its owner's form ("hours"
// beside "hour's" is there for "the states budget", not to rank "honours" as hours).
function rankedByModel(word: string, pairs: WordPairs): boolean {
  const alikes = pairs.soundAlikes(word);
  if (alikes === undefined) return false;
  return alikes.some((alike) => !pluralAndOwner(word, alike) && !pluralAndOwner(alike, word));
}

function pluralAndOwner(plural: string, owner: string): boolean {
  return owner.endsWith("'s") && plural === `${owner.slice(0, -2)}s`;
}

/** The finding with its suggestions reordered by the words around it, or as it was. */
export function rankInContext(finding: Finding, text: string, pairs: WordPairs): Finding {
  const { suggestions } = finding;
  if (finding.kind !== 'spelling' || suggestions.length < 2 || /\p{Lu}/u.test(finding.text))
    return finding;
  const soundAlikes = suggestions.slice(0, 3).filter((s) => rankedByModel(s, pairs));
  // Without sound-alikes, the words on both sides must choose, and by far ("a propery tax":
  // property, not properly).
  const wide = soundAlikes.length < 2 || soundAlikes[0] !== suggestions[0];
  // (Only between words as near the slip as the first: "requirment of" is requirement,
  // though the model hears "requirements of" more.)
  const slip = finding.text.toLowerCase();
  const near = (s: string): number => editDistance(slip, s, 3);
  const modelled = wide
    ? suggestions
        .slice(0, 3)
        .filter((s) => /^[a-z]+$/.test(s) && pairs.has(s) && near(s) <= near(suggestions[0]!))
    : soundAlikes;
  if (modelled.length < 2 || modelled[0] !== suggestions[0]) return finding;
  const rest = text.slice(finding.end);
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, finding.start - 30), finding.start));
  const after = SENTENCE_END.test(rest) ? '</s>' : WORD_AFTER.exec(rest)?.[1];
  const known = (word: string | undefined): string | undefined =>
    word !== undefined && pairs.has(word.replace('’', "'")) ? word.replace('’', "'") : undefined;
  const left = known(before?.[1]);
  const right = known(after);
  if (left === undefined && right === undefined) return finding;
  if (wide && (left === undefined || right === undefined)) return finding;
  const score = (word: string): number =>
    pairs.logProb(left, word) + (right === undefined ? 0 : pairs.logProb(word, right));
  const first = score(modelled[0]!);
  let best = modelled[0]!;
  let bestScore = first + (wide ? WIDE_MARGIN : MARGIN);
  for (const candidate of modelled.slice(1)) {
    const s = score(candidate);
    if (s > bestScore) [best, bestScore] = [candidate, s];
  }
  if (best === suggestions[0]) return finding;
  return { ...finding, suggestions: [best, ...suggestions.filter((s) => s !== best)] };
}

// After these (and "not", "never" or an adverb), a verb takes its plain form: "would not
// defind" is define, not defined, though defined is the commoner word.
const PLAIN_AFTER =
  /\b(?:to|will|would|could|should|can|cannot|may|might|must|shall|did|does|do|didn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t|can['’]t)(?: (?:not|never|also|still|just|even|only))? $/i;
// After these, its participle: "had recieve" is received. (Not after "is" or "were", which
// as often stand before a noun: "is subsittute", substitute.)
const PARTICIPLE_AFTER =
  /\b(?:has|have|had|having|been)(?: (?:not|never|also|already|just|since|recently))? $/i;
// (Not -ing: "got to thinking", "looking forward to seeing".)
const VERB_ENDING = /^(.+?)(?:ed|d|es|s)$/;
const PAST_ENDING = /^(.+?)(?:ed|d)$/;

/**
 * A slip's suggestions where the words before say which form of a verb is meant: the plain
 * form after "to", "would" or "did not", the participle after "had" or "was", when the form
 * is among the first few. Only reorders forms of the first suggestion's verb.
 */
export function rankVerbForm(finding: Finding, text: string): Finding {
  const { suggestions } = finding;
  if (finding.kind !== 'spelling' || suggestions.length < 2 || /\p{Lu}/u.test(finding.text))
    return finding;
  const before = text.slice(Math.max(0, finding.start - 24), finding.start);
  const first = suggestions[0]!;
  const top = suggestions.slice(0, 3);
  let wanted: string | undefined;
  if (PLAIN_AFTER.test(before)) {
    // After "to", which may be a preposition, not a plural's stem: "to vacationers".
    const ending = /\bto(?: \p{Ll}+)? $/iu.test(before) ? PAST_ENDING : VERB_ENDING;
    const stem = ending.exec(first)?.[1];
    // (Among the first five: it is the first's own verb.)
    wanted = suggestions.slice(0, 5).find((s) => s !== first && (s === stem || s === `${stem}e`));
  } else if (PARTICIPLE_AFTER.test(before) && !/(?:ed|en)$/.test(first))
    wanted = top.find((s) => s !== first && (s === `${first}d` || s === `${first}ed`));
  if (wanted === undefined) return finding;
  return { ...finding, suggestions: [wanted, ...suggestions.filter((s) => s !== wanted)] };
}

const AFTER_NAME_WORD = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’.-]* $/u;

/**
 * A capitalized slip after another capitalized word ("Mount Desert Isand") ends a name: the
 * head of a name one slip away (island, county, river) goes first. Inside a sentence, not
 * after one, a proper noun one slip away goes before an everyday word ("across the Midwets":
 * Midwest before midgets).
 */
export function rankNameWord(finding: Finding, text: string, speller: Speller): Finding {
  const { suggestions } = finding;
  const word = finding.text;
  if (finding.kind !== 'spelling' || suggestions.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(word))
    return finding;
  const before = text.slice(Math.max(0, finding.start - 30), finding.start);
  const lower = word.toLowerCase();
  const near = (s: string): boolean => editDistance(lower, s.toLowerCase(), 1) === 1;
  const top = suggestions.slice(0, 3);
  let wanted: string | undefined;
  if (AFTER_NAME_WORD.test(before))
    wanted = top.find((s) => NAME_HEADS.has(s.toLowerCase()) && near(s));
  else if (
    /\p{Ll}[,;]? $/u.test(before) &&
    // (Not before a capitalized word: "Centrl Oregon" opens a name, Central its word.)
    !/^ \p{Lu}/u.test(text.slice(finding.end, finding.end + 2)) &&
    speller.correct(suggestions[0]!.toLowerCase())
  )
    wanted = top.find((s) => /^\p{Lu}/u.test(s) && !speller.correct(s.toLowerCase()) && near(s));
  if (wanted === undefined || wanted === suggestions[0]) return finding;
  return { ...finding, suggestions: [wanted, ...suggestions.filter((s) => s !== wanted)] };
}

// People a name stands beside: "Teague's lawer, Howard Pruitt" is his lawyer, not his later.
const PERSON_NOUNS = new Set([
  ...TITLE_WORDS,
  ...'lawyer attorney wife husband son daughter brother sister mother father friend partner aide client neighbor spokesman spokeswoman girlfriend boyfriend cousin uncle aunt nephew niece grandson granddaughter grandmother grandfather widow fiancee fiance colleague boss employer landlord tenant doctor nurse teacher student owner founder agent publicist lawmaker opponent rival successor predecessor deputy assistant secretary'.split(
    ' ',
  ),
]);
const NAME_APPOSITION = /^, (?:\p{Lu}\.|\p{Lu}\p{Ll}+) \p{Lu}/u;
const OWNER_BEFORE = /\p{L}['’]s $/u;
const SAID_AFTER = /^ (?:said|says|told|testified|argued|added|declined)\b/;

/**
 * A slip between an owner and a name, or an owner and a verb of saying, is a person: the
 * word for a person among its first three goes first ("the mayor's spokesmna, Ana Ruiz").
 */
export function rankPersonNoun(finding: Finding, text: string): Finding {
  const { suggestions } = finding;
  if (finding.kind !== 'spelling' || suggestions.length < 2 || !/^\p{Ll}+$/u.test(finding.text))
    return finding;
  const after = text.slice(finding.end, finding.end + 30);
  const owned = OWNER_BEFORE.test(text.slice(Math.max(0, finding.start - 4), finding.start));
  if (!NAME_APPOSITION.test(after) && !(owned && SAID_AFTER.test(after))) return finding;
  const wanted = suggestions.slice(0, 3).find((s) => PERSON_NOUNS.has(s));
  if (wanted === undefined || wanted === suggestions[0]) return finding;
  return { ...finding, suggestions: [wanted, ...suggestions.filter((s) => s !== wanted)] };
}
