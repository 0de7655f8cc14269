import { abbreviateLike, expandAbbreviations, NOT_PLAIN, plainSpelling } from './place-spellings';
import { DeleteIndex } from './delete-index';
import { editDistance } from './edit-distance';
import { TownList } from './town-list';

/**
 * Known names of places and organizations, with a near-miss index (`DeleteIndex`): a
 * misspelling within one or two edits is found by a handful of lookups instead of comparing
 * with all twenty thousand names.
 */
export class Gazetteer {
  private readonly exact = new Map<string, string>();
  private readonly names: ReadonlyArray<string>;
  /** `names` lowercased, by the same index. */
  private readonly keys: ReadonlyArray<string>;
  private readonly nearIndex: DeleteIndex;
  /** Longest name in words, so callers know how far to look ahead. */
  public readonly maxWords: number;

  /** State codes by lowercase name, as the build script writes them. */
  private readonly states: Readonly<Record<string, string>>;
  /** The same for the plain spellings of names with marks ("Kaanapali"), added here. */
  private readonly plainStates = new Map<string, string>();
  private readonly prefixes = new Set<string>();

  /** The biggest US place of a name (lowercase), in thousands of people (10,000 or more). */
  private readonly populations: Readonly<Record<string, number>>;
  /** Provinces and states of other countries, with their countries' ISO codes (a few are US
   * places too: Flanders, N.J.). */
  private readonly abroad: Readonly<Record<string, string>>;
  /** Countries by name, with their ISO codes. */
  private readonly countries: Readonly<Record<string, string>>;
  /** The fifty states and the District of Columbia. */
  private readonly usStates: ReadonlySet<string>;
  /** Small towns known only beside their state's name: not in `lookup` or `nearMisses`. */
  public readonly towns: TownList;

  /**
   * `states` maps a US place name, lowercase, to the state codes it is found in, concatenated
   * ("berkeley": "MOILCA"); `populations` a lowercase name to the biggest such place's people in
   * thousands, for places of 10,000 or more;
   * `regionsAbroad` the provinces and states of other countries, with their countries' codes
   * ("Wallonia": "BE"); `usStates` the states; `countries` country names with their codes.
   */
  public constructor(
    given: ReadonlyArray<string>,
    states: Readonly<Record<string, string>> = {},
    populations: Readonly<Record<string, number>> = {},
    regionsAbroad: Readonly<Record<string, string>> = {},
    usStates: ReadonlyArray<string> = [],
    countries: Readonly<Record<string, string>> = {},
    /** Big cities abroad named like a small US place, with their countries' codes. */
    private readonly sharedAbroad: Readonly<Record<string, string>> = {},
    /** Small towns only the ZIP code list knows, as `TownList` reads them. */
    towns = '',
  ) {
    this.towns = new TownList(towns);
    this.abroad = regionsAbroad;
    this.countries = countries;
    this.usStates = new Set(usStates);
    // Read as parsed: copying twenty thousand entries into maps was a fifth of the
    // gazetteer's share of every proofing worker's start-up.
    this.states = states;
    this.populations = populations;
    const names = [...given];
    const keys = given.map((name) => name.toLowerCase());
    let maxWords = 1;
    const file = (name: string, key: string): void => {
      this.exact.set(key, name);
      if (!key.includes(' ')) return;
      const words = key.split(' ');
      for (let n = 2; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
      maxWords = Math.max(maxWords, words.length);
    };
    for (let i = 0; i < names.length; i++) file(names[i]!, keys[i]!);
    // GeoNames keeps a place's own marks ("Kīhei", "Kā‘anapali"); AP style and most copy drop
    // them ("Kihei", "Kaanapali"). Both spellings are the place, and a slip is offered back
    // in the plain one.
    for (let i = 0; i < given.length; i++) {
      const name = given[i]!;
      if (!NOT_PLAIN.test(name)) continue;
      const plain = plainSpelling(name);
      const key = plain.toLowerCase();
      if (plain === name || this.exact.has(key)) continue;
      names.push(plain);
      keys.push(key);
      file(plain, key);
      const codes = ownValue(this.states, keys[i]!);
      if (codes) this.plainStates.set(key, codes);
    }
    this.names = names;
    this.keys = keys;
    // Four-letter names are filed too, so a letter typed into one is found ("Aimes" for Ames,
    // "Hillo" for Hilo); a word is only looked up from five letters.
    this.nearIndex = new DeleteIndex(keys, 4);
    this.maxWords = Math.min(maxWords, 4);
  }

  /** The canonical spelling of a known name, if `phrase` is one (any case). */
  public lookup(phrase: string): string | undefined {
    const key = phrase.toLowerCase();
    return (
      this.exact.get(key) ??
      this.exact.get(expandAbbreviations(key)) ??
      // Marks typed differently from GeoNames's (ʻ for ‘, or none) are the same place.
      (NOT_PLAIN.test(key) ? this.exact.get(plainSpelling(key)) : undefined)
    );
  }

  /** True when `phrase` is the first words of a longer known name ("Del Paso" → "Del Paso Heights"). */
  public startsName(phrase: string): boolean {
    return this.prefixes.has(phrase.toLowerCase());
  }

  /** US states (two-letter codes) a place name is found in; empty when not a US place. */
  public statesOf(name: string): ReadonlyArray<string> {
    // Asked for every place of the story on every recheck: each list is made once.
    let out = this.stateLists.get(name);
    if (out) return out;
    const key = name.toLowerCase();
    const codes = ownValue(this.states, key) ?? this.plainStates.get(key) ?? '';
    const list: string[] = [];
    for (let i = 0; i + 1 < codes.length; i += 2) list.push(codes.slice(i, i + 2));
    out = list;
    if (this.stateLists.size > 20_000) this.stateLists.clear();
    this.stateLists.set(name, out);
    return out;
  }

  private readonly stateLists = new Map<string, ReadonlyArray<string>>();

  /** States with a county or parish of this name ("Larimer" → CO). */
  public countyStates(name: string): ReadonlyArray<string> {
    return [...this.statesOf(`${name} County`), ...this.statesOf(`${name} Parish`)];
  }

  /** The counties (or, with "Parish", parishes) of a state, by their names without the head. */
  public countiesIn(state: string, head: 'County' | 'Parish'): ReadonlyArray<string> {
    if (!this.countyLists) {
      // Built on first use: only a list of counties with a name the gazetteer lacks asks.
      this.countyLists = new Map();
      for (const name of this.names) {
        const at = name.lastIndexOf(' ');
        const kind = name.slice(at + 1);
        if (kind !== 'County' && kind !== 'Parish') continue;
        for (const code of this.statesOf(name)) {
          const key = `${code} ${kind}`;
          const list = this.countyLists.get(key);
          if (list) list.push(name.slice(0, at));
          else this.countyLists.set(key, [name.slice(0, at)]);
        }
      }
    }
    return this.countyLists.get(`${state} ${head}`) ?? [];
  }

  private countyLists: Map<string, string[]> | undefined;

  /** States a name is a place or a county in. */
  public statesWithin(name: string): ReadonlyArray<string> {
    return [...this.statesOf(name), ...this.countyStates(name)];
  }

  /** Whether a name is one of the fifty states (or D.C.) or a country. */
  public isStateOrCountry(name: string): boolean {
    return this.usStates.has(name) || ownValue(this.countries, name) !== undefined;
  }

  /** US states' and countries' names of one word, by their first letter in lowercase. */
  public statesAndCountriesByInitial(): ReadonlyMap<string, ReadonlyArray<string>> {
    if (this.byInitial === undefined) {
      const groups = new Map<string, string[]>();
      // (With the names AP and most copy use where GeoNames has another: Türkiye is Turkey.)
      for (const name of [...this.usStates, ...Object.keys(this.countries), ...COPY_NAMES]) {
        if (name.includes(' ')) continue;
        const initial = name[0]!.toLowerCase();
        const group = groups.get(initial);
        if (group) group.push(name);
        else groups.set(initial, [name]);
      }
      this.byInitial = groups;
    }
    return this.byInitial;
  }

  private byInitial: Map<string, string[]> | undefined;

  /** The ISO code of the country a name is, or is a province or state of; undefined otherwise. */
  public countryOf(name: string): string | undefined {
    // (Asked for every place of the story on every recheck, as statesOf is.)
    let country = this.countryOfName.get(name);
    if (country === undefined) {
      country = ownValue(this.countries, name) ?? ownValue(this.abroad, name) ?? null;
      if (this.countryOfName.size > 20_000) this.countryOfName.clear();
      this.countryOfName.set(name, country);
    }
    return country ?? undefined;
  }

  private readonly countryOfName = new Map<string, string | null>();

  /**
   * The country of a place abroad a story set abroad may mean by a name: its own
   * (`countryOf`), or that of a big city abroad named like a small US town ("Edinburgh").
   */
  public countryAbroad(name: string): string | undefined {
    return this.countryOf(name) ?? ownValue(this.sharedAbroad, name);
  }

  /** A country, a state, a place abroad, or a US place of 50,000 people or more. */
  public isWellKnown(name: string): boolean {
    return (
      this.countryOf(name) !== undefined ||
      this.usStates.has(name) ||
      this.peopleOf(name) >= WELL_KNOWN_THOUSANDS
    );
  }

  /**
   * The well-known place of two words or more that `word` is with its spaces left out:
   * "Sanantonio" is San Antonio, "Newyork" New York. Built on first use.
   */
  public runTogether(word: string): string | undefined {
    if (!this.joinedNames) {
      const joined = new Map<string, string>();
      // (From the populations and the lists of countries and states: a few thousand keys,
      // where the whole gazetteer is tens of thousands.)
      const add = (name: string | undefined): void => {
        if (name !== undefined && name.includes(' ') && !name.includes('.'))
          joined.set(name.toLowerCase().replaceAll(' ', ''), name);
      };
      for (const key in this.populations)
        if ((this.populations[key] ?? 0) >= WELL_KNOWN_THOUSANDS) add(this.exact.get(key));
      for (const name in this.countries) add(name);
      for (const name of this.usStates) add(name);
      this.joinedNames = joined;
    }
    return this.joinedNames.get(word.toLowerCase());
  }

  private joinedNames: Map<string, string> | undefined;

  /** Whether a name is a country's (Georgia, a US state too, is not counted). */
  public isCountry(name: string): boolean {
    return ownValue(this.countries, name) !== undefined && !this.usStates.has(name);
  }

  /** The people of the biggest US place of a name, in thousands; 0 when under 10,000 or abroad. */
  public peopleOf(name: string): number {
    let people = this.peopleOfName.get(name);
    if (people === undefined) {
      people = ownValue(this.populations, name.toLowerCase()) ?? 0;
      if (this.peopleOfName.size > 20_000) this.peopleOfName.clear();
      this.peopleOfName.set(name, people);
    }
    return people;
  }

  private readonly peopleOfName = new Map<string, number>();

  /**
   * Whether a story set in `storyStates` could plausibly mean this place when a word is one
   * slip from it and nothing around the word says it is a place: a US state, a name that is
   * not a US town or county (a region, an agency), a place or county in one of the story's
   * states, or a city of
   * at least 50,000 people, big enough to be news anywhere. "Entergy" in a Louisiana story
   * is the utility, not Energy, Ill. (population 1,100).
   * A province abroad is news when the story names its country or another of its provinces
   * (`storyCountries`: "Walonia" in a story about Flanders is Wallonia) or when it is known
   * well enough to be in the dictionary (`familiar`: Beijing, Bavaria, Punjab; "Linde" is the
   * gas company, not Lindi, Tanzania; the caller says no for a word that opens a longer name,
   * "Kansai Electric Power"). A US state is news anywhere, except in a story set
   * abroad: one that names other countries or their provinces and no state ("Kansai Electric
   * Power" in a story from Japan is not Kansas).
   */
  public plausibleFar(
    name: string,
    storyStates: ReadonlySet<string>,
    familiar: (name: string) => boolean,
    storyCountries: ReadonlySet<string> = new Set(),
    thousands = WELL_KNOWN_THOUSANDS,
  ): boolean {
    const states = this.statesOf(name);
    const country = ownValue(this.abroad, name);
    if (country !== undefined && states.length === 0)
      return storyCountries.has(country) || familiar(name);
    if (this.usStates.has(name))
      return storyStates.size > 0 || storyCountries.size === 0 || storyCountries.has('US');
    // A county's name without "County" is that county only in a story about its state
    // ("Hollingsworth" is a surname, not Collingsworth County, Texas, anywhere else).
    const counties = this.countyStates(name);
    if (states.length === 0 && counties.length === 0) return true;
    if (states.some((state) => storyStates.has(state))) return true;
    // "Larimer" is a Pennsylvania town and a Colorado county: a Colorado story means the county.
    if (counties.some((state) => storyStates.has(state))) return true;
    return this.peopleOf(name) >= thousands;
  }

  /**
   * Known names within two edits of `phrase`, closest first. Empty for known names unless
   * `evenIfKnown` (a real place that may be the wrong one for the story).
   */
  public nearMisses(phrase: string, evenIfKnown = false, shortest = 5): string[] {
    // Rechecks ask about the same names on every keystroke: answers are remembered.
    const memoKey = `${evenIfKnown ? 1 : 0}${shortest}${phrase}`;
    const remembered = this.nearMemo.get(memoKey);
    if (remembered) return remembered;
    if (this.nearMemo.size > 20_000) this.nearMemo.clear();
    const found = this.findNearMisses(phrase, evenIfKnown, shortest);
    this.nearMemo.set(memoKey, found);
    return found;
  }

  private readonly nearMemo = new Map<string, string[]>();

  private findNearMisses(phrase: string, evenIfKnown: boolean, shortest: number): string[] {
    const lowered = phrase.toLowerCase();
    const key = expandAbbreviations(lowered);
    // "St. Pual" is looked up as "saint pual" and answered as the story wrote it: "St. Paul".
    if (key !== lowered)
      return this.nearMisses(key, evenIfKnown, shortest).map((name) =>
        abbreviateLike(phrase, name),
      );
    if (key.length < shortest || (!evenIfKnown && this.exact.has(key))) return [];
    const found = new Map<string, number>();
    for (const id of this.nearIndex.candidates(key)) {
      const lower = this.keys[id]!;
      if (lower === key || Math.abs(lower.length - key.length) > 2) continue;
      const distance = editDistance(key, lower, 2);
      if (distance > 2) continue;
      // "South Hills" is the plural of a name, not a slip for "South Hill"; "South Korean"
      // and "Middle Eastern" are what people from a place are called.
      // (A name that ends in s given another, "Dallass", is no plural.)
      if (
        (key === `${lower}s` && !lower.endsWith('s')) ||
        key === `${lower}es` ||
        lower === `${key}s`
      )
        continue;
      // ("Chauvinn" is no one from Chauvin: a doubled last letter is a slip; nor is
      // "Potsdamn" from Potsdam: an n alone makes a people's name only after a vowel or
      // an h, "Georgian", "Cuban", "Utahn".)
      if (
        DEMONYM_ENDINGS.some(
          (ending) => key === `${lower}${ending}` && !(ending === 'n' && !/[aeioh]$/.test(lower)),
        )
      )
        continue;
      // "McKenzie River" (Oregon's) is no slip of the Mackenzie River (Canada's): Mc and Mac
      // are two spellings of one name, not a typing slip.
      if (lower.replace(/\bmac/g, 'mc') === key.replace(/\bmac/g, 'mc')) continue;
      const name = this.names[id]!;
      if (!found.has(name)) found.set(name, distance);
    }
    // Equally close, a name that keeps the first letter is likelier (a first letter is rarely
    // the slip: "Ashville" is Asheville before Nashville), then a state or country, then the
    // bigger place: Everett, Wash., before Everest.
    const otherStart = (name: string): number => (name[0]!.toLowerCase() === key[0] ? 0 : 1);
    return [...found.entries()]
      .sort(
        (a, b) =>
          a[1] - b[1] ||
          otherStart(a[0]) - otherStart(b[0]) ||
          // A state or country before a town: "Hawai" is Hawaii before Hawi.
          Number(this.isStateOrCountry(b[0])) - Number(this.isStateOrCountry(a[0])) ||
          this.peopleOf(b[0]) - this.peopleOf(a[0]),
      )
      .map(([name]) => name);
  }
}

const WELL_KNOWN_THOUSANDS = 50;

const hasOwn = Object.prototype.hasOwnProperty;

// A parsed record's own entry: "constructor" or "toString" is not a place.
function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn.call(record, key) ? record[key] : undefined;
}

const COPY_NAMES = ['Turkey', 'Burma', 'Swaziland', 'Czechia'];

const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'er', 'ern', 'ese'];
