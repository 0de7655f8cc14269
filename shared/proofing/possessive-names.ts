import type { UnknownName } from './consistency';
import { spacedNameSlips } from './spaced-names';
import type { Finding } from './types';

// A person's name in the possessive, written wrong: "Melvins agency" (Barbara Melvin's) and
// "Walter's order" (Ryan Walters'). Read after the story-wide name check.

const APOSTROPHE_S = /^(['’])s\b/;
const VERB_AFTER = /^ (?:said|says|told|added|noted|wrote|testified|declined|agreed|argued)\b/;

/**
 * The apostrophe a fix brings, in the story's own kind: straight where it writes straight
 * apostrophes or quotes and no curly ones, curly otherwise.
 */
export function storyApostrophe(blocks: ReadonlyArray<string>): string {
  const curly = blocks.some((b) => /[’‘“”]/u.test(b));
  return !curly && blocks.some((b) => /['"]/u.test(b)) ? "'" : '’';
}

/**
 * A finding that a name is spelled "Walters" elsewhere, on "Walter" of "Walter's": the
 * possessive of the story's spelling is "Walters'" (AP: an apostrophe alone after a name's
 * s), so the finding takes in the "'s" and offers that.
 */
export function possessiveOfSpelling(finding: Finding, text: string): Finding {
  const better = finding.suggestions[0];
  const mark = APOSTROPHE_S.exec(text.slice(finding.end, finding.end + 3));
  if (better === undefined || mark === null || better !== `${finding.text}s`) return finding;
  const written = text.slice(finding.start, finding.end + 2);
  // Before a verb the "'s" is the slip's own ("Samuel's said" for Rob Samuels): no owner.
  if (VERB_AFTER.test(text.slice(finding.end + 2, finding.end + 16)))
    return {
      ...finding,
      end: finding.end + 2,
      text: written,
      message: `“${written}”: the name is “${better}” elsewhere in this story.`,
      suggestions: [better],
    };
  return {
    ...finding,
    end: finding.end + 2,
    text: written,
    message: `“${written}”: the name is “${better}” elsewhere in this story, so its possessive is “${better}${mark[1]}”.`,
    suggestions: [`${better}${mark[1]}`],
  };
}

// "The Melvins", "the Van Zantes": a family, with its name's particle if it has one.
const FAMILY_BEFORE =
  /\b[Tt]he (?:(?:[Vv]an(?: [Dd]e[rn])?|[Vv]on(?: [Dd]er)?|[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]a|[Ll]e) )?$/;

// What a person has, after "Melvins": a possessive's noun, not a verb ("Melvins said") or a
// family's plural ("the Melvins were").
const OWNED = new Set(
  (
    'agency office campaign lawyer lawyers attorney attorneys family wife husband son sons ' +
    'daughter daughters mother father brother sister company administration spokesman ' +
    'spokeswoman spokesperson team death decision proposal comments statement remarks ' +
    'lawsuit firm department predecessor successor tenure leadership supporters critics ' +
    'children parents testimony ruling opinion business'
  ).split(' '),
);

/**
 * Findings on a name written with an s and no apostrophe before what it owns ("Melvins
 * agency"), where the story gives that person a first name without the s ("Barbara
 * Melvin"): the possessive, "Melvin's".
 */
export function possessivesWithoutApostrophe(
  unknown: ReadonlyArray<UnknownName>,
  blocks: ReadonlyArray<string>,
): Array<{ block: number; finding: Finding; name: UnknownName }> {
  const found: Array<{ block: number; finding: Finding; name: UnknownName }> = [];
  let mark: string | undefined;
  for (const u of unknown) {
    if (u.known || u.text.length < 5 || !u.text.endsWith('s')) continue;
    const text = blocks[u.block]!;
    const next = /^ (\p{Ll}[\p{L}-]*)/u.exec(text.slice(u.end, u.end + 24))?.[1];
    if (next === undefined || !OWNED.has(next)) continue;
    // "The Melvins' agency" is a family's: its own slip, not this one.
    if (FAMILY_BEFORE.test(text.slice(Math.max(0, u.start - 16), u.start))) continue;
    const name = u.text.slice(0, -1);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const withGiven = new RegExp(`\\p{Lu}[\\p{L}.'’-]* ${escaped}(?![\\p{L}'’])`, 'u');
    if (!blocks.some((b) => withGiven.test(b))) continue;
    // (In the story's own apostrophe.)
    mark ??= storyApostrophe(blocks);
    found.push({
      name: u,
      block: u.block,
      finding: {
        start: u.start,
        end: u.end,
        text: u.text,
        kind: 'consistency',
        message: `The story names “${name}”: the possessive is “${name}${mark}s”.`,
        suggestions: [`${name}${mark}s`],
      },
    });
  }
  return found;
}

/**
 * Adds to each block's findings, where no other check has spoken, a name's particle written
 * another way ("DeLuca" for "De Luca") and its possessive without an apostrophe, a person's
 * or an owner's (see `ownerPossessives`). Returns the names so flagged (no longer shown as
 * unknown).
 */
export function addNameFormSlips(
  findings: Finding[][],
  unknown: ReadonlyArray<UnknownName>,
  blocks: ReadonlyArray<string>,
  capitals: ReadonlyMap<string, number> = new Map(),
  owner: (name: string) => boolean = () => false,
): Set<UnknownName> {
  const free = (block: number, finding: Finding): boolean =>
    !findings[block]!.some((f) => f.start < finding.end && finding.start < f.end);
  for (const { block, finding } of spacedNameSlips(unknown, blocks))
    if (free(block, finding)) findings[block]!.push(finding);
  const possessives = new Set<UnknownName>();
  for (const { block, finding, name } of possessivesWithoutApostrophe(unknown, blocks))
    if (free(block, finding)) {
      findings[block]!.push(finding);
      possessives.add(name);
    }
  for (const { block, finding } of ownerPossessives(capitals, blocks, owner))
    if (free(block, finding)) findings[block]!.push(finding);
  return possessives;
}

// What a place or a company has, after "Providences": its sites, people and money.
const HELD = new Set(
  (
    'hospitals hospital clinics clinic stores store plants plant factories factory workers ' +
    'employees nurses doctors patients customers shares stock executives board chief ' +
    'president headquarters campus offices website spokesperson spokesman spokeswoman ' +
    'lawyers attorneys budget revenue profits sales plan policy decision network system ' +
    'mayor council schools police residents economy downtown ' +
    'stadium ballpark arena airport port harbor waterfront riverfront streets roads bridges ' +
    'neighborhoods suburbs population history leaders officials team teams fans zoo museum ' +
    'library libraries housing hotels restaurants skyline water tax taxes debt growth ' +
    'largest biggest oldest newest tallest busiest main top tech'
  ).split(' '),
);

/**
 * Findings on a place or company the story names again and again, written with an s and no
 * apostrophe before what it has ("Providences hospitals" where the story says Providence):
 * the possessive. `owner` says whether the name without its s is a place or a company, or a
 * name the dictionary lacks.
 */
export function ownerPossessives(
  capitals: ReadonlyMap<string, number>,
  blocks: ReadonlyArray<string>,
  owner: (name: string) => boolean,
): Array<{ block: number; finding: Finding }> {
  const found: Array<{ block: number; finding: Finding }> = [];
  let mark: string | undefined;
  for (const [word, uses] of capitals) {
    if (uses > 2 || word.length < 6 || !word.endsWith('s') || word.endsWith('ss')) continue;
    const name = word.slice(0, -1);
    if ((capitals.get(name) ?? 0) < 2 || !owner(name)) continue;
    const pattern = new RegExp(`(?<![\\p{L}'’-])${word} (\\p{Ll}+)\\b`, 'gu');
    blocks.forEach((text, block) => {
      if (!text.includes(word)) return;
      for (const m of text.matchAll(pattern)) {
        if (!HELD.has(m[1]!) || FAMILY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)))
          continue;
        // (In the story's own apostrophe.)
        mark ??= storyApostrophe(blocks);
        found.push({
          block,
          finding: {
            start: m.index,
            end: m.index + word.length,
            text: word,
            kind: 'consistency',
            message: `The story names “${name}”: the possessive is “${name}${mark}s”.`,
            suggestions: [`${name}${mark}s`],
          },
        });
      }
    });
  }
  return found;
}
