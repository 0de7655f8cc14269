import { apostropheInPlaceName } from './apostrophe-places';
import { stateAbbreviationSlips } from './state-abbreviations';
import { pluralSubjectVerbs } from './plural-subject-verbs';
import { acrossPhraseSlips } from './phrase-agreement';
import { eachPluralSlips, oneSubjectPlainVerbs } from './one-subject-verbs';
import { oneNounPlainVerbs } from './one-noun-verbs';
import { numberSlip } from './compounds';
import { ordinalSlips } from './ordinal-slips';
import { contextSlips } from './context-slips';
import { countyListFindings } from './county-lists';
import {
  infinitiveSlips,
  infinitiveThirdSlips,
  tooBeforePlural,
  tooBeforeVerb,
} from './infinitive-slips';
import { agreementSlips, singularSlips } from './number-agreement';
import { haveThenPlainSlips } from './have-forms';
import { modalIrregularSlips, modalPastSlips, toPastSlips } from './modal-forms';
import { pluralSubjectSlips, pluralVerbSlips, singularSubjectSlips } from './subject-agreement';
import { oneWhoSlips, pluralWhoSlips } from './who-verbs';
import { pronounVerbSlips } from './pronoun-verbs';
import type { ProofingResources } from './proofreader';
import { checkArticles } from './articles';
import { checkRepeats, checkSpacingAndBrackets } from './simple-checks';
import { checkStyle } from './style-rules';
import type { Finding, Token } from './types';
import { yearSlips } from './year-slips';

/**
 * The checks of a block's wording, after its names and spellings (`found`): numbers, repeats,
 * articles, spacing, house style and wrong words, then the checks that speak only where no
 * other has (county lists, sound-alikes, verb forms, years). Returns the findings to add.
 */
export function checkWording(
  text: string,
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
  found: Finding[],
): Finding[] {
  const findings: Finding[] = [];
  for (const token of tokens) {
    const slip = numberSlip(token);
    if (!slip) continue;
    const finding: Finding = {
      start: slip.part.start,
      end: slip.part.end,
      text: slip.part.text,
      kind: 'spelling',
      message: `Check the number: did you mean “${slip.meant}”?`,
      suggestions: [slip.meant],
    };
    // It replaces the dictionary's finding on the same part ("Twenty-fith": fifth, not faith).
    const same = found.findIndex((f) => f.start === finding.start && f.end === finding.end);
    if (same >= 0) found[same] = finding;
    else findings.push(finding);
  }
  findings.push(
    ...checkRepeats(
      text,
      tokens,
      (word) => resources.speller.correct(word),
      (name) => resources.gazetteer.lookup(name) !== undefined,
    ),
    ...checkArticles(text, tokens, (word) => resources.speller.correct(word)),
    ...checkSpacingAndBrackets(text),
  );
  // A wrong-word rule whose fix changes a word the dictionary lacks says more than "not in
  // the dictionary" ("wether to": whether, not the sheep): its finding stands for both.
  const ruled = checkStyle(text, resources.rules);
  for (const rule of ruled) {
    // A house-style rule with a fix for the same word the speller offers too ("grey": gray;
    // "metres": meters, after metros) says why: one finding, the rule's.
    if (rule.kind === 'style') {
      const same = found.findIndex(
        (f) =>
          f.kind === 'spelling' &&
          f.start === rule.start &&
          f.end === rule.end &&
          f.suggestions.slice(0, 3).includes(rule.suggestions[0] ?? ''),
      );
      if (same >= 0) found.splice(same, 1);
      continue;
    }
    if (rule.kind !== 'spelling') continue;
    const inside = found.findIndex(
      (f) =>
        f.kind === 'spelling' &&
        rule.start <= f.start &&
        f.end <= rule.end &&
        // (A capitalized word only where the rule reads that word alone: "Everytime".)
        (!/\p{Lu}/u.test(f.text) || (rule.start === f.start && rule.end === f.end)) &&
        // Its fix changes the word: a rule reading past a slip ("recieved they") leaves it.
        !(rule.suggestions[0] ?? '').split(/[^\p{L}'’]+/u).includes(f.text),
    );
    if (inside >= 0) found.splice(inside, 1);
    // A name found misspelled whose fix is the rule's ("Mesa Community Collage") is one
    // finding, the rule's, on the word itself.
    const named = found.findIndex(
      (f) =>
        f.kind === 'name' &&
        f.start <= rule.start &&
        rule.end <= f.end &&
        f.text.slice(0, rule.start - f.start) +
          (rule.suggestions[0] ?? '') +
          f.text.slice(rule.end - f.start) ===
          f.suggestions[0],
    );
    if (named >= 0) found.splice(named, 1);
  }
  findings.push(
    ...ruled,
    ...ordinalSlips(text),
    ...stateAbbreviationSlips(text),
    ...apostropheInPlaceName(
      text,
      resources.gazetteer,
      (word) => resources.common?.get(word.toLowerCase()) !== undefined,
    ),
  );
  // A county name already found misspelled on its own is one finding; a sound-alike out of
  // place ("over their") is questioned only where no other check has spoken.
  const later: Finding[] = [];
  // A county in a list of counties is better judged there, beside the others' state, than
  // alone: "Solona and Napa counties" is Solano, not Ohio's Solon.
  for (const county of countyListFindings(text, tokens, resources.gazetteer)) {
    const same = found.findIndex(
      (f) => f.kind === 'name' && f.start === county.start && f.end === county.end,
    );
    if (same >= 0) found[same] = county;
    else later.push(county);
  }
  if (resources.pairs) later.push(...contextSlips(text, tokens, resources.pairs));
  later.push(
    ...infinitiveSlips(text, resources),
    ...infinitiveThirdSlips(text, resources),
    ...singularSlips(text, resources),
    ...agreementSlips(text, resources),
    ...pluralSubjectSlips(text, resources),
    // (Not where the plural is itself a slip: "the sales tacks pays".)
    ...pluralSubjectVerbs(text, tokens, resources, (at) =>
      [found, findings].some((list) => list.some((f) => f.start <= at && at < f.end)),
    ),
    ...oneWhoSlips(text, resources),
    ...pronounVerbSlips(text, resources),
    ...pluralVerbSlips(text, resources),
    ...pluralWhoSlips(text, resources),
    ...singularSubjectSlips(text, resources),
    ...oneNounPlainVerbs(text, resources),
    ...acrossPhraseSlips(text, tokens, resources),
    ...oneSubjectPlainVerbs(text, tokens, resources),
    ...eachPluralSlips(text, resources),
    ...modalPastSlips(text, resources),
    ...modalIrregularSlips(text),
    ...toPastSlips(text),
    ...haveThenPlainSlips(text, resources),
    ...tooBeforeVerb(text, resources),
    ...tooBeforePlural(text, resources),
    ...yearSlips(text),
  );
  const spoken = (finding: Finding): boolean =>
    [found, findings].some((list) =>
      list.some((f) => f.start < finding.end && finding.start < f.end),
    );
  for (const finding of later) if (!spoken(finding)) findings.push(finding);
  return findings;
}
