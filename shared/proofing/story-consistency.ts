// The story-wide name check as a checker runs it on each recheck: what it reads around each
// name (the name after it, the first name before it) is worked out once and kept with the
// name, which is kept with its paragraph; the spellings a slip or two apart are kept across
// checks (near-spellings.ts).

import { checkConsistency } from './consistency';
import type { UnknownName } from './consistency';
import { NearSpellings } from './near-spellings';
import type { PlaceMention } from './place-context';
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

export class StoryConsistency {
  private readonly nearSpellings = new NearSpellings();
  private readonly namesAfter = new WeakMap<UnknownName, string | null>();
  private readonly givenNames = new WeakMap<UnknownName, string | null>();

  public check(
    unknown: ReadonlyArray<UnknownName>,
    places: ReadonlyArray<PlaceMention>,
    /** Town names the story gives people ("Ramona Trujillo"). */
    personal: ReadonlySet<string>,
    blocks: ReadonlyArray<string>,
    capitals: ReadonlyMap<string, number>,
    resources: ProofingResources,
  ): ReturnType<typeof checkConsistency> {
    return checkConsistency(
      unknown,
      // A town's name that is a person's here ("Ramona Trujillo") holds no word to a place:
      // "the Trujillos" are her family.
      placesNotPersons(places, personal),
      (u) => remembered(this.namesAfter, u, () => nameAfter(blocks[u.block]!, u.end)),
      capitals,
      (u) =>
        remembered(this.givenNames, u, () => {
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
            (!speller.correct(given.toLowerCase()) ||
              (speller.listed(given) && !speller.correct(u.text)))
            ? given
            : undefined;
        }),
      (name) => resources.gazetteer.peopleOf(name) >= BIG_PLACE_THOUSANDS,
      this.nearSpellings,
    );
  }
}
