import { markOfficials } from './officials';
import { BYLINE, boilerplateFinding, isBoilerplate } from './boilerplate';
import { markJoinedNames } from './joined-names';
import type { UnknownName } from './consistency';
import { stateAfter, type PlaceMention } from './place-context';
import {
  containingStates,
  cuedRun,
  headOfName,
  hyphenedPlaceSlip,
  joinedPlaceCue,
  knownWordSlip,
  placeCue,
  listedTownsNear,
} from './place-cues';
import type { ProofingResources } from './proofreader';
import { orderNearPlaces, shortPlaceSlips } from './short-places';
import { capitalTypo, spellingFinding, typoOfWord } from './capital-typos';
import { openerFirst, rareOpenerSlip } from './short-openers';
import { calendarFirst, calendarSlip, slipOfNameHead, whereDateStands } from './word-slips';
import { apostropheFinding, capitalizedRuns, midName, opensPlaceName } from './name-runs';
import {
  bigPlaceSlip,
  everydayWordsApart,
  headOfStreetOrWaters,
  INNER_CAPITAL,
  innerCapitalFinding,
  writtenAsPlace,
  otherNumberPlace,
  placeNearMisses,
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
import { suggestionsFor } from './suggestions';
import { spaceLeftOut } from './run-on-words';
import { nameTokens, splitCompounds } from './compounds';
import { checkWording } from './wording-checks';
import { CALENDAR, INITIALS, knownNameCandidate } from './known-names';
import { isCapitalized, stripPossessive, tokenize } from './tokenize';
import { isAccepted, isJoinedArticle, isKnownWord, isNameParticle } from './known-words';
import { inQuotedTitle, writtenAsMeant } from './written-as-meant';
import type { Finding } from './types';

// Expressions used per word are compiled once: some transforms (tsx for Node 20) turn a
// Unicode literal into a RegExp built on every call.
const ABBREVIATION = /^\p{Lu}{2,6}s?$/u;
// A word in capitals (a dateline's place, an abbreviation).
const SHOUTED = /^\p{Lu}{2,}$/u;

// The checks of one block of text (names and places, spelling, repeats, articles, spacing,
// house style); the Proofreader runs them per block and adds the story-wide ones.
/**
 * Checks one block: names and places, spelling, repeats, articles, spacing and house style.
 * Unknown capitalized words are returned separately for the story-wide consistency check.
 */
/** Spelling suggestions for a flagged word (may answer none yet, to be filled in later). */
export type Suggest = (word: string) => ReadonlyArray<string>;

const PLURAL_POSSESSIVE_BEFORE = /\p{Lu}\p{Ll}+s['’] $/u;

/**
 * What the story as a whole says about capitalized words: one used twice or more is a name
 * (the consistency pass drops a typo finding on it anyway), so a sentence opening with it is
 * not judged as a typo, the costliest judgment of a first check. The words left unjudged
 * are listed, so a block can be checked again if one stops being repeated.
 */
export interface StoryNames {
  readonly repeated: ReadonlySet<string>;
  readonly skipped: string[];
}

export function checkBlock(
  text: string,
  block: number,
  resources: ProofingResources,
  unknown: UnknownName[],
  places: PlaceMention[] = [],
  suggest: Suggest = (word) => suggestionsFor(word, resources),
  story?: StoryNames,
): Finding[] {
  // A whole line of site chrome copied with a wire story is one finding; its fix deletes it.
  if (isBoilerplate(text)) return [boilerplateFinding(text)];
  const tokens = tokenize(text);
  const findings: Finding[] = [];
  const namesBefore = unknown.length;
  const covered = new Set<number>();
  const placeStarts = new Set<number>();

  // Names and places first: a known name is never a spelling error, a near miss always is one.
  // A hyphenated word led by a name ("Oaklan-based") is looked up by that name.
  const forNames = nameTokens(
    tokens,
    (t) => resources.gazetteer.lookup(t) !== undefined,
    text,
    (t) => hyphenedPlaceSlip(t, resources),
  );
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
      const personal = titled || afterTitle || (titleAt >= 0 && i > titleAt);
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
          resources.gazetteer.lookup(phrase) ?? resources.gazetteer.lookup(stripPossessive(phrase)),
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
          const shouted = SHOUTED.test(first.text) && first.start > 0;
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
            !slipOfNameHead(run, i, text);
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
              const asTypo = uncued
                ? typoOfWord(tokens, first, text, resources, suggest)
                : undefined;
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

  // Words joined by hyphens are checked part by part, so the finding covers the wrong part
  // and its fix replaces only that part ("goverment" in "goverment-run").
  const { units, nameParts } = splitCompounds(tokens, resources);
  units.forEach((token, i) => {
    // Most words are everyday lowercase words the dictionary knows: nothing more to ask.
    const capitalized = isCapitalized(token.text);
    if (!capitalized && resources.speller.correct(token.text)) return;
    // A rare word ("psyllids", "a gillnetter's boat") is written as meant; capitalized, it
    // is judged as a name would be.
    if (!capitalized && resources.speller.rare(stripPossessive(token.text))) return;
    if (covered.has(token.start) || /\d/.test(token.text) || isAccepted(token.text, resources))
      return;
    if (ABBREVIATION.test(token.text)) return; // abbreviations such as NASA, FEMA
    if (writtenAsMeant(units, i, text, resources)) return;
    if (isNameParticle(units, i, text)) return; // von der Leyen, del Toro
    if (isJoinedArticle(token, text)) return; // al-Shabab, el-Sisi
    if (INITIALS.test(token.text) || token.text === 'W.Va') return; // a.m., U.S., W.Va.
    if (isKnownWord(token.text, resources)) {
      const slip = capitalized
        ? (knownWordSlip(units, i, text, resources) ?? rareOpenerSlip(units, i, resources, suggest))
        : undefined;
      if (slip !== undefined) {
        findings.push(slip);
        return;
      }
      const candidate = knownNameCandidate(units, i, text, block, resources);
      if (candidate) unknown.push(candidate);
      // The second part of a double surname ("Okafor-Mills") is a name however plain a
      // word: the spelling another use of the double name is held to.
      else if (capitalized && nameParts.has(token.start) && text[token.start - 1] === '-')
        unknown.push({
          block,
          start: token.start,
          end: token.start + stripPossessive(token.text).length,
          text: stripPossessive(token.text),
          known: true,
          everyday: true,
        });
      return;
    }
    // A word the story uses again and again is a name, however close to a word it is: it is
    // not judged (listed as skipped, so the block is checked again if that changes).
    const bare = capitalized ? stripPossessive(token.text) : token.text;
    // A dateline's "RODANTHE" is the story's "Rodanthe", however rare the place.
    const inTitleCase =
      capitalized && SHOUTED.test(bare) ? bare[0] + bare.slice(1).toLowerCase() : bare;
    const repeated =
      capitalized &&
      story !== undefined &&
      (story.repeated.has(bare) || (inTitleCase !== bare && story.repeated.has(inTitleCase)));
    if (repeated) story.skipped.push(story.repeated.has(bare) ? bare : inTitleCase);
    const apostrophe = capitalized ? apostropheFinding(units, i, text, resources) : undefined;
    if (apostrophe) {
      findings.push(apostrophe);
      return;
    }
    const typo =
      capitalized &&
      !repeated &&
      // A part of a name joined by hyphens is a name's, unless a prefix heads it: "Tri-Vally".
      (nameParts.has(token.start)
        ? slipOfNameHead(units, i, text)
        : capitalTypo(units, i, text, resources, placeStarts.has(units[i + 1]?.start ?? -1)));
    if (capitalized && !typo) {
      unknown.push({ block, start: token.start, end: token.start + bare.length, text: bare });
      return;
    }
    const finding = openerFirst(
      calendarFirst(spellingFinding(token, suggest)),
      token,
      units[i + 1],
    );
    findings.push(finding);
    // A capitalized word taken for a typo is still a name if the story uses it again.
    if (isCapitalized(token.text))
      unknown.push({
        block,
        start: token.start,
        end: token.end,
        text: stripPossessive(token.text),
        nameFinding: finding,
      });
  });

  markJoinedNames(unknown, namesBefore, text);
  findings.push(...checkWording(text, tokens, resources, findings));
  if (resources.officials) markOfficials(text, block, resources.officials, findings, unknown);
  return findings;
}
