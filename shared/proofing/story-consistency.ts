// The story-wide name check as a checker runs it on each recheck: what it reads around each
// name (the name after it, the first name before it) is worked out once and kept with the
// name, which is kept with its paragraph; the spellings a slip or two apart are kept across
// checks (near-spellings.ts).

import { checkConsistency } from './consistency';
import type { UnknownName } from './consistency';
import { NearSpellings } from './near-spellings';
import type { PlaceMention } from './place-context';
import type { Finding } from './types';
import type { ProofingResources } from './proofreader';
import { nameAfter, nameBefore } from './story-capitals';

// A city this big (thousands of people) misspelled the same way twice is still misspelled.
const BIG_PLACE_THOUSANDS = 100;

// What `find` gives for a name, worked out once and kept with it.
function remembered(
  kept: WeakMap<UnknownName, string | null>,
  name: UnknownName,
  find: () => string | undefined,
): string | undefined {
  let found = kept.get(name);
  if (found === undefined) kept.set(name, (found = find() ?? null));
  return found ?? undefined;
}

// The names of the places the story names, but for those it gives people too.
function placesNotPersons(
  places: ReadonlyArray<PlaceMention>,
  personal: ReadonlySet<string>,
): string[] {
  const names: string[] = [];
  for (const p of places) if (!personal.has(p.name)) names.push(p.name);
  return names;
}

const JOINED_HEAD = /\p{Lu}[\p{L}'’]*[-‑]$/u;

type Result = ReturnType<typeof checkConsistency>;

interface Input {
  readonly unknown: ReadonlyArray<UnknownName>;
  readonly places: ReadonlyArray<PlaceMention>;
  readonly personal: ReadonlySet<string>;
}

export class StoryConsistency {
  private readonly nearSpellings = new NearSpellings();
  private readonly namesAfter = new WeakMap<UnknownName, string | null>();
  private readonly givenNames = new WeakMap<UnknownName, string | null>();
  /** The last check's input, with what it gave (see `check`). */
  private last: (Input & { readonly result: Result }) | undefined;

  /**
   * The story's spellings held to each other. A keystroke most often leaves every name where
   * it was: the last answer is given again, its names and findings those of this check.
   */
  public check(
    unknown: ReadonlyArray<UnknownName>,
    places: ReadonlyArray<PlaceMention>,
    /** Town names the story gives people ("Ramona Trujillo"). */
    personal: ReadonlySet<string>,
    blocks: ReadonlyArray<string>,
    capitals: ReadonlyMap<string, number>,
    resources: ProofingResources,
    /** The story's capitalized words changed since the last check. */
    capitalsChanged = true,
  ): Result {
    const after = (u: UnknownName): string | undefined =>
      remembered(this.namesAfter, u, () => nameAfter(blocks[u.block]!, u.end));
    const given = (u: UnknownName): string | undefined =>
      remembered(this.givenNames, u, () => this.givenName(u, blocks, resources));
    const input: Input = { unknown, places, personal };
    const last = this.last;
    if (!capitalsChanged && last && sameInput(last, input, after, given))
      return sameResult(last, unknown);
    const result = checkConsistency(
      unknown,
      // A town's name that is a person's here ("Ramona Trujillo") holds no word to a place:
      // "the Trujillos" are her family.
      placesNotPersons(places, personal),
      after,
      capitals,
      given,
      (name) => resources.gazetteer.peopleOf(name) >= BIG_PLACE_THOUSANDS,
      this.nearSpellings,
    );
    this.last = { ...input, result };
    return result;
  }

  private givenName(
    u: UnknownName,
    blocks: ReadonlyArray<string>,
    resources: ProofingResources,
  ): string | undefined {
    // The second part of a joined surname has the first name of the whole: "Keir
    // Bradford-Grey".
    const text = blocks[u.block]!;
    const head = JOINED_HEAD.exec(text.slice(Math.max(0, u.start - 30), u.start));
    const given = nameBefore(text, head === null ? u.start : u.start - head[0].length);
    // "The Darnold family": an everyday word before a name is no first name, unless the
    // dictionary lists it as a name too and lacks the name after it ("Rick Jaworski";
    // not "Black Africans").
    const { speller } = resources;
    return given !== undefined &&
      (!speller.correct(given.toLowerCase()) || (speller.listed(given) && !speller.correct(u.text)))
      ? given
      : undefined;
  }
}

// The same names, in the same places, with the same words around them, as the last check's:
// then checkConsistency, which reads no more of them, gives the same answer. (A name of an
// unchanged paragraph is the same object.)
function sameInput(
  last: Input,
  now: Input,
  after: (u: UnknownName) => string | undefined,
  given: (u: UnknownName) => string | undefined,
): boolean {
  if (
    last.unknown.length !== now.unknown.length ||
    last.places.length !== now.places.length ||
    last.personal.size !== now.personal.size
  )
    return false;
  for (let i = 0; i < now.unknown.length; i++) {
    const [a, b] = [last.unknown[i]!, now.unknown[i]!];
    if (a !== b && !sameName(a, b, after, given)) return false;
  }
  for (let i = 0; i < now.places.length; i++)
    if (last.places[i]!.name !== now.places[i]!.name) return false;
  for (const name of now.personal) if (!last.personal.has(name)) return false;
  return true;
}

function sameName(
  a: UnknownName,
  b: UnknownName,
  after: (u: UnknownName) => string | undefined,
  given: (u: UnknownName) => string | undefined,
): boolean {
  return (
    a.text === b.text &&
    a.block === b.block &&
    a.start === b.start &&
    a.end === b.end &&
    !a.known === !b.known &&
    !a.everyday === !b.everyday &&
    !a.listedName === !b.listedName &&
    !a.uncommonWord === !b.uncommonWord &&
    a.joinedTo === b.joinedTo &&
    !a.nameFinding === !b.nameFinding &&
    (!a.nameFinding ||
      (a.nameFinding.kind === b.nameFinding!.kind &&
        a.nameFinding.suggestions.join('\u0001') === b.nameFinding!.suggestions.join('\u0001'))) &&
    after(a) === after(b) &&
    given(a) === given(b)
  );
}

// The last answer, given again for this check's names (the same, in the same places, as
// the key says): its hints and dropped findings are this check's objects.
function sameResult(
  last: { readonly unknown: ReadonlyArray<UnknownName>; readonly result: Result },
  unknown: ReadonlyArray<UnknownName>,
): Result {
  const { result } = last;
  if (last.unknown === unknown) return result;
  const now = new Map<UnknownName, UnknownName>();
  last.unknown.forEach((u, i) => now.set(u, unknown[i]!));
  const drop = new Set<Finding>();
  last.unknown.forEach((u, i) => {
    if (u.nameFinding && result.drop.has(u.nameFinding)) drop.add(unknown[i]!.nameFinding!);
  });
  return {
    flagged: result.flagged,
    hints: result.hints.map((u) => now.get(u) ?? u),
    drop,
  };
}
