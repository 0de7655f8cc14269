import { countrySlips } from './country-after';
import { judgeStoryTowns } from './small-towns';
import type { UnknownName } from './consistency';
import { checkPlacesAbroad, checkPlacesInContext, type PlaceMention } from './place-context';
import type { ProofingResources } from './proofreader';
import { judgeFarPlaces, storyGeography } from './story-geography';
import { storyState } from './story-state';
import type { Finding } from './types';
import { STATE_CODES } from './us-states';

const NATIONALITY = /(?:an|ese|ish)$/;
const BEFORE_NOUN = /^ \p{Ll}/u;

/**
 * The story-wide judgment of its places: the state it is set in, places that cannot be the
 * ones it means (added to `findings`), near misses of places held to its geography, and a
 * story set abroad. Returns the places as names (with those a person also bears marked),
 * the names people bear, and the story's state.
 */
export function judgeStoryPlaces(
  blocks: ReadonlyArray<string>,
  places: ReadonlyArray<PlaceMention>,
  stateCues: ReadonlyArray<ReadonlyArray<string>>,
  unknown: UnknownName[],
  findings: Finding[][],
  resources: ProofingResources,
): { personal: Set<string>; placeNames: PlaceMention[]; state: string | undefined } {
  // A town's name the story also gives a person ("Dalton Jenkins", then "Jenkins said") is
  // that person's wherever it stands: it does not set the story's state.
  const personal = new Set<string>();
  for (const p of places) if (p.inPersonName) personal.add(p.name);
  // "Canadian waters", "Mexican food": a nationality before a noun, not a town in Texas.
  const { speller } = resources;
  const asPlaces = places.filter(
    (p) =>
      !(
        NATIONALITY.test(p.text) &&
        speller.correct(p.text) &&
        !speller.correct(p.text.toLowerCase()) &&
        BEFORE_NOUN.test(blocks[p.block]!.slice(p.end, p.end + 2))
      ),
  );
  const placeNames =
    personal.size === 0
      ? asPlaces
      : asPlaces.map((p) => (personal.has(p.name) ? { ...p, inPersonName: true } : p));
  const state = storyState(stateCues, placeNames, resources.gazetteer);
  for (const { block, finding } of checkPlacesInContext(
    placeNames,
    resources.gazetteer,
    state,
    new Set(stateCues.flat()),
    (p) => blocks[p.block]!.slice(Math.max(0, p.start - 30), p.start),
  ))
    // (Not over the block's own finding on the place: "Mckinley" is first a matter of capitals.)
    if (!findings[block]!.some((f) => f.start === finding.start && f.end === finding.end))
      findings[block]!.push(finding);
  const geography = storyGeography(stateCues, placeNames, state, resources.gazetteer);
  judgeFarPlaces(unknown, findings, geography, blocks, resources);
  if (geography.abroad)
    for (const { block, finding } of checkPlacesAbroad(placeNames, resources, (p) =>
      blocks[p.block]!.slice(Math.max(0, p.start - 12), p.start),
    ))
      findings[block]!.push(finding);
  // A place followed by a country it is not in ("Monterey, Mexico"), wherever the story is.
  for (const { block, finding } of countrySlips(placeNames, blocks, resources.gazetteer))
    if (!findings[block]!.some((f) => f.start === finding.start && f.end === finding.end))
      findings[block]!.push(finding);
  // The small towns only the ZIP code list knows, judged by the states the story names.
  judgeStoryTowns(findings, unknown, blocks, [state, ...stateCues.flat()], resources);
  return { personal, placeNames, state };
}

function ownCode(name: string): string | undefined {
  return Object.hasOwn(STATE_CODES, name) ? STATE_CODES[name] : undefined;
}

/**
 * The states each block names, by abbreviation or by name ("In Missouri, …"). Not a state
 * that opens a compound: "the Illinois-based developer" says where a company is, not where
 * the paragraph's hearing is.
 */
export function statesByBlock(
  stateCues: ReadonlyArray<ReadonlyArray<string>>,
  placeNames: ReadonlyArray<PlaceMention>,
  blocks: ReadonlyArray<string>,
): Array<Set<string>> {
  const blockStates = stateCues.map((codes) => new Set(codes));
  for (const p of placeNames) {
    const compound = /^[-‑]\p{L}/u.test(blocks[p.block]?.slice(p.end, p.end + 2) ?? '');
    const code = p.inLongerName || p.inPersonName || compound ? undefined : ownCode(p.name);
    if (code !== undefined) blockStates[p.block]?.add(code);
  }
  return blockStates;
}
