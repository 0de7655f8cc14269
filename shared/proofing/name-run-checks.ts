import { BYLINE } from './boilerplate';
import type { UnknownName } from './consistency';
import { stateAfter, type PlaceMention } from './place-context';
import {
  containingStates,
  cuedRun,
  headOfName,
  hyphenedPlaceSlip,
  joinedPlaceCue,
  placeCue,
  listedTownsNear,
} from './place-cues';
import type { ProofingResources } from './proofreader';
import { orderNearPlaces, shortPlaceSlips } from './short-places';
import { spellingFinding, typoOfWord } from './capital-typos';
import { calendarSlip, slipOfNameHead, whereDateStands } from './word-slips';
import { capitalizedRuns, midName, opensPlaceName } from './name-runs';
import {
  bigPlaceSlip,
  everydayWordsApart,
  headOfStreetOrWaters,
  INNER_CAPITAL,
  innerCapitalFinding,
  writtenAsPlace,
  otherNumberPlace,
  placeNearMisses,
  statedStateFinding,
  WORDS_NEAR_PLACE,
} from './place-near-misses';
import {
  ARTICLE_BEFORE,
  beforeSurname,
  givenNameToo,
  PERSONAL_TITLE,
  personAfter,
  personAround,
  personLike,
  titleBefore,
  TITLES,
} from './person-cues';
import { spaceLeftOut } from './run-on-words';
import { CALENDAR, knownNameCandidate } from './known-names';
import { featureOf } from './place-features';
import { droppedG, stripPossessive } from './tokenize';
import { isAccepted, isKnownWord } from './known-words';
import { inQuotedTitle } from './written-as-meant';
import type { Finding } from './types';

import type { StoryNames, Suggest } from './check-block';
import type { Token } from './types';
import { INSTITUTION_HEADS, NAME_HEADS } from './name-words';

// A word in capitals (a dateline's place, an abbreviation).
export const SHOUTED = /^\p{Lu}{2,}$/u;
const STORM_BEFORE = /\b(?:Hurricane|Typhoon|Cyclone|Storm) $/;
// What follows a dateline's first word: more of the place, its state, the agency, the dash.
const DATELINE_REST =
  /^(?: [\p{Lu}.'’-]+)*(?:,\s+[\p{L}.]+(?: [\p{L}.]+)?)?\s*(?:\([^)]{1,24}\)\s*)?[—–-]/u;

const PLURAL_POSSESSIVE_BEFORE = /\p{Lu}\p{Ll}+s['’] $/u;

/** What the name-and-place pass of a block reads, and the lists it adds to. */
export interface NameRunContext {
  readonly text: string;
  readonly tokens: ReadonlyArray<Token>;
  /** The tokens names are looked up by (a hyphenated word by the name that leads it). */
  readonly forNames: ReadonlyArray<Token>;
  readonly block: number;
  readonly resources: ProofingResources;
  readonly unknown: UnknownName[];
  readonly places: PlaceMention[];
  readonly findings: Finding[];
  /** Where a word was judged as part of a name or place, so the word pass leaves it. */
  readonly covered: Set<number>;
  /** Where a known place of two words or more starts. */
  readonly placeStarts: Set<number>;
  readonly suggest: Suggest;
  readonly story?: StoryNames;
}

// A word one slip from a name's head ("division", "department") before "of" and a capital.
function headsNameOf(text: string, token: Token, resources: ProofingResources): boolean {
  if (!OF_NAME_AFTER.test(text.slice(token.end, token.end + 5))) return false;
  return resources.speller
    .suggest(token.text.toLowerCase())
    .some((word) => NAME_HEADS.has(word) || INSTITUTION_HEADS.has(word));
}

const OF_NAME_AFTER = /^ of \p{Lu}/u;

/**
 * A block's runs of capitalized words, judged as names and places: known places are listed,
 * near misses of places become findings (or wait for the story to judge them), and unknown
 * names are kept for the story-wide checks.
 */
export function checkNameRuns(context: NameRunContext): void {
  const {
    text,
    tokens,
    forNames,
    block,
    resources,
    unknown,
    places,
    findings,
    covered,
    placeStarts,
    suggest,
    story,
  } = context;
  // A byline names people: "By Marcus Thibodeaux" is not Thibodaux, La.
  const byline = BYLINE.test(text);
  for (const whole of capitalizedRuns(text, forNames, (phrase) =>
    resources.gazetteer.startsName(phrase),
  )) {
    // A name after a personal title is a person's: "Dr. Lindsey Park" is not Lindsay Park.
    // So is a name given an age or said to speak ("Shannon Mills, 45," is not Shannon Hills),
    // unless the words before it say it is a place or a thing: "officials in Emeryvile said",
    // "the San Joaqin Valley said".
    const titled =
      PERSONAL_TITLE.test(text.slice(Math.max(0, whole[0]!.start - 8), whole[0]!.start)) ||
      titleBefore(text, whole[0]!.start) ||
      personAround(text, whole, resources) ||
      (personAfter(text, whole, resources) &&
        !placeCue(text, whole[0]!, tokens) &&
        !ARTICLE_BEFORE.test(text.slice(Math.max(0, whole[0]!.start - 4), whole[0]!.start)));
    // "The San Joaquin Valley": a capital that only opens the sentence is not part of the name.
    const opener = whole[0]!;
    const run =
      whole.length > 1 &&
      opener.sentenceStart &&
      (resources.common?.get(opener.text.toLowerCase()) ?? 99) <= 20 &&
      !opensPlaceName(text, whole, resources)
        ? whole.slice(1)
        : whole;
    // The words after a title inside the run: "Judge Barry Hyde" is no town of Barry.
    let titleAt = -1;
    // A title left out of the run still names a person: "Mayor Wallen said" is no Allen.
    const afterTitle = run !== whole && TITLES.has(opener.text.toLowerCase());
    for (let i = 0; i < run.length; i++) {
      if (TITLES.has(run[i]!.text.toLowerCase())) titleAt = i;
      // A storm is named as a person is: "Hurricane Idalia" is no slip of Vidalia, Ga.
      const personal =
        titled ||
        afterTitle ||
        (titleAt >= 0 && i > titleAt) ||
        STORM_BEFORE.test(text.slice(Math.max(0, run[i]!.start - 16), run[i]!.start));
      for (
        let length = Math.min(resources.gazetteer.maxWords, run.length - i);
        length >= 1;
        length--
      ) {
        const first = run[i]!;
        const last = run[i + length - 1]!;
        const phrase = text.slice(first.start, last.end);
        const known = writtenAsPlace(
          phrase,
          resources.gazetteer.lookup(phrase) ??
            resources.gazetteer.lookup(stripPossessive(phrase)) ??
            featureOf(phrase, resources.gazetteer),
          resources.gazetteer,
        );
        // A small town where a date stands is a weekday's slip: "scheduled for Munday at noon"
        // (Munday, Texas), left to the word check; so is a month's slip that is no place
        // ("in Augst": August, Calif., is a hamlet no story means by it).
        if (
          length === 1 &&
          (known || CALENDAR.has(resources.gazetteer.nearMisses(phrase)[0] ?? '')) &&
          calendarSlip(
            phrase,
            whereDateStands(
              tokens,
              tokens.findIndex((t) => t.start === first.start),
              text,
            ),
          )
        )
          break;
        const capitals =
          known && innerCapitalFinding(phrase, known, run, i, length, text, tokens, resources);
        if (capitals) findings.push(capitals);
        const elsewhere =
          known && !personal
            ? statedStateFinding(phrase, known, first.start, stateAfter(text, last.end), resources)
            : undefined;
        if (elsewhere) {
          findings.push(elsewhere);
          for (let k = i; k < i + length; k++) covered.add(run[k]!.start);
          i += length - 1;
          break;
        }
        let near: string[] = [];
        let otherNumber = false;
        let listedTowns: string[] = [];
        // The known place written with another apostrophe: "Côte d'Ivoire", "Walker's Point".
        let twin: string | undefined;
        if (!known && !isAccepted(phrase, resources)) {
          // A first name next to another proper noun ("Philippa Hargreaves") is not a misspelled place.
          const besideUnknown = [run[i - 1], run[i + 1]].some(
            (t) =>
              t !== undefined &&
              !resources.speller.correct(t.text.toLowerCase()) &&
              !resources.gazetteer.lookup(t.text),
          );
          // After a name the dictionary knows only as a name ("Harrison Butker"), a word is a
          // surname, not Butler: a place of two words would have matched as a phrase.
          // A possessive, a state or a country before it is no given name: "Duluth's Lincon Park",
          // "Southern California Edisen".
          const previous = run[i - 1];
          // Only right after it: "Portsmouth and Chilicothe" is two places, not a name.
          // So is a given name that is a word too ("Pat Conroy" is no slip of Conroe, Texas).
          const afterName =
            previous !== undefined &&
            text.slice(previous.end, first.start) === ' ' &&
            stripPossessive(previous.text) === previous.text &&
            (!resources.speller.correct(previous.text.toLowerCase()) ||
              givenNameToo(previous.text, resources)) &&
            resources.speller.correct(previous.text) &&
            !resources.gazetteer.isStateOrCountry(previous.text);
          // A surname the dictionary knows joined to "-based" is a slip of a place: "Huston-based".
          // "Monongahela Vally" is a Valley misspelled, not Bally: left to the word check.
          // Capitals inside a paragraph are an abbreviation ("a LIDAR scan"); a place is
          // written so only in a dateline, which opens the block.
          // (An acronym opening a paragraph is one too: "PATCO, the rail line that runs".)
          const shouted =
            SHOUTED.test(first.text) &&
            (first.start > 0 || !DATELINE_REST.test(text.slice(first.end, first.end + 48)));
          const singleUnknown =
            length === 1 &&
            !shouted &&
            (!besideUnknown || bigPlaceSlip(first.text, resources)) &&
            !afterName &&
            !beforeSurname(text, first, run[i + 1], resources) &&
            // "Noone panicked": two words run together opening a sentence, not Boone.
            !(first.sentenceStart && spaceLeftOut(first.text.toLowerCase(), resources)) &&
            (!isKnownWord(first.text, resources) ||
              (joinedPlaceCue(text, first) &&
                !resources.speller.correct(first.text.toLowerCase())) ||
              hyphenedPlaceSlip(first.text, resources) ||
              (listedTowns = listedTownsNear(text, first, tokens, resources)).length > 0) &&
            !slipOfNameHead(run, i, text) &&
            !droppedG(text, first, (w) => resources.speller.correct(w));
          // "Frederick Douglass High School" is named for a man, not Douglas High School.
          if (
            !byline &&
            !personal &&
            (length > 1 ? !afterName && !midName(run, i, length) : singleUnknown) &&
            !inQuotedTitle(text, first.start, last.end)
          ) {
            // One word is held to one edit: "Oaklan" is Oakland, but "Priya" is not Praia.
            const bare = stripPossessive(phrase);
            near = placeNearMisses(
              bare,
              length,
              () => placeCue(text, first, tokens),
              story,
              resources,
              () => stateAfter(text, last.end),
            );
            // A given name listed with towns is held to the towns near it there.
            if (listedTowns.length > 0) near = listedTowns;
            if (near.length === 0 && length > 1 && cuedRun(text, first, last, tokens)) {
              const other = otherNumberPlace(bare, resources);
              if (other !== undefined) [near, otherNumber] = [[other], true];
            }
            if (length === 1 && headOfStreetOrWaters(run[i + 1], text.slice(last.end)))
              near = near.filter((name) => resources.gazetteer.isWellKnown(name));
            if (length === 1 && bare.length === 4 && near.length === 0 && !INNER_CAPITAL.test(bare))
              near = shortPlaceSlips(bare, first, text, tokens, resources, story);
            ({ near, twin } = orderNearPlaces(
              bare,
              near,
              length > 1,
              first,
              text,
              tokens,
              resources,
            ));
            // Everyday words after another capital of the run, or after a plural's possessive,
            // are that name's: "the Citizens Law Center", "the Citizens' Law Center" are no
            // La Center.
            if (
              length > 1 &&
              near.length > 0 &&
              (i > 0 ||
                PLURAL_POSSESSIVE_BEFORE.test(
                  text.slice(Math.max(0, first.start - 16), first.start),
                )) &&
              everydayWordsApart(bare, near[0]!, resources)
            )
              near = [];
            // A place said to be in another one is in that one's state.
            // So is one followed by its state: "Davisville, Rhode Island" is no Davidsville, Pa.
            const within =
              near.length === 0
                ? []
                : containingStates(text, last, resources.gazetteer).concat(
                    stateAfter(text, last.end) ?? [],
                  );
            // (An institution's name has no state: "the National Whether Service in Slidell".)
            if (within.length > 0)
              near = near.filter((name) => {
                const states = resources.gazetteer.statesWithin(name);
                return (
                  states.some((state) => within.includes(state)) ||
                  (states.length === 0 && resources.gazetteer.countryOf(name) === undefined)
                );
              });
          }
        }
        const place = known ?? twin;
        if (place || near.length > 0) {
          for (let k = i; k < i + length; k++) covered.add(run[k]!.start);
          // "Acros Lee County": a word before a place of two words or more is no first name.
          if (place && length > 1) placeStarts.add(first.start);
          if (place)
            places.push({
              block,
              start: first.start,
              end: first.start + stripPossessive(phrase).length,
              text: stripPossessive(phrase),
              name: place,
              ...(i + length < run.length || headOfName(run, i, text, resources)
                ? { inLongerName: true }
                : {}),
              ...(personal || (length === 1 && personLike(run, place, resources))
                ? { inPersonName: true }
                : {}),
            });
          // A place that is a surname too, said to speak ("Grant said") or after a first
          // name ("Julie Gonzalez"), is held to another spelling of that name or holds it
          // ("Alyssa Grnat"; "Gonzales said"). Only an everyday word is never flagged itself.
          const at = place && length === 1 ? forNames.indexOf(first) : -1;
          const candidate =
            at >= 0 ? knownNameCandidate(forNames, at, text, block, resources) : undefined;
          const asName =
            candidate?.everyday ||
            (place !== undefined &&
              at >= 0 &&
              (personal || personLike(run, place, resources)) &&
              !candidate);
          if (asName) {
            const bare = stripPossessive(first.text);
            const name = { block, start: first.start, end: first.start + bare.length, text: bare };
            unknown.push(
              candidate?.everyday && resources.speller.correct(bare.toLowerCase())
                ? candidate
                : { ...name, known: true },
            );
          }
          if (near.length > 0) {
            const finding: Finding = {
              start: first.start,
              end: first.start + stripPossessive(phrase).length,
              text: stripPossessive(phrase),
              kind: 'name',
              message: `Check the name: did you mean “${near[0]}”?`,
              suggestions: near.slice(0, 3),
            };
            findings.push(finding);
            if (
              otherNumber ||
              (length > 1 &&
                everydayWordsApart(finding.text, near[0]!, resources) &&
                !placeCue(text, first, tokens, false))
            )
              WORDS_NEAR_PLACE.add(finding);
            if (length === 1) {
              // Nothing says this word is a place: the story decides which places it may
              // mean, and if none, whether it is a typo of a word ("Universty").
              const uncued = !placeCue(text, first, tokens, false);
              // So is one heading a name of its own, cue or no cue: "from the Divison of
              // Occupational Safety" is a division, not Davison, Mich.
              const asTypo =
                (uncued ? typoOfWord(tokens, first, text, resources, suggest) : undefined) ??
                (headsNameOf(text, first, resources) ? spellingFinding(first, suggest) : undefined);
              unknown.push({
                block,
                start: finding.start,
                end: finding.end,
                text: finding.text,
                nameFinding: finding,
                ...(uncued ? { uncued: true } : {}),
                ...(asTypo ? { asTypo } : {}),
              });
            }
          }
          i += length - 1;
          break;
        }
      }
    }
  }
}
