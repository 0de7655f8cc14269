import type { ProofingResources } from './proofreader';
import { isCapitalized, stripPossessive } from './tokenize';

// Whether a word is known: in the dictionary, accepted by the newsroom, or a compound of
// known words that news copy closes up ("telehealth", "countywide", "unvaccinated").

// Compiled once: some transforms (tsx for Node 20) rebuild a Unicode literal on every call.
const LOWER_WORD = /^\p{Ll}+$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

export function isAccepted(word: string, resources: ProofingResources): boolean {
  if (resources.accepted.size === 0) return false;
  const bare = stripPossessive(word).toLowerCase();
  return resources.accepted.has(bare) || resources.accepted.has(word.toLowerCase());
}

export function isKnownWord(word: string, resources: ProofingResources): boolean {
  const { speller } = resources;
  if (speller.correct(word) || speller.correct(stripPossessive(word))) return true;
  if (isCapitalized(word) && speller.correct(word.toLowerCase())) return true;
  if (word.includes('-'))
    return word.split('-').every((part) => part === '' || isKnownWord(part, resources));
  // Its possessive too: "the Lakers' coach" as "Lakers".
  const bare = stripPossessive(word);
  return (
    isPrefixCompound(bare, resources) ||
    isNounPlural(bare, resources) ||
    isIngOfEWord(bare, resources) ||
    isRegionDemonym(bare, resources)
  );
}

// "Sonoran", "Manitoban", "Utahn": a state, province or country with -n or -an is its people's
// adjective (the dictionary has the famous ones: Arizonan, Albertan), and a big city's too.
function isRegionDemonym(word: string, resources: ProofingResources): boolean {
  if (!TITLE_WORD.test(word) || !word.endsWith('n') || word.length < 6) return false;
  const { gazetteer } = resources;
  // Not where the dictionary has the people's word in another form: "Canadan" is Canadian.
  const region = (stem: string): boolean =>
    (gazetteer.isStateOrCountry(stem) || gazetteer.countryOf(stem) !== undefined) &&
    !OTHER_DEMONYM_ENDINGS.some(
      (ending) =>
        resources.speller.correct(stem + ending) ||
        resources.speller.correct(stem.slice(0, -1) + ending),
    );
  // So does a big city's name ending in a vowel or h: "Tulsan", "Omahan", "Chicagoan".
  const city = (stem: string, ends: RegExp): boolean =>
    ends.test(stem) && gazetteer.peopleOf(stem) >= CITY_PEOPLE_THOUSANDS;
  return (
    region(word.slice(0, -1)) ||
    (word.endsWith('an') && region(word.slice(0, -2))) ||
    city(word.slice(0, -1), /[aeih]$/) ||
    (word.endsWith('oan') && city(word.slice(0, -2), /o$/))
  );
}

/** People, in thousands, of a city whose people are named after it with -n or -an. */
const CITY_PEOPLE_THOUSANDS = 100;

const OTHER_DEMONYM_ENDINGS = ['ian', 'ean', 'ese', 'ish', 'i'];

// "Nearshoring", "offshoring": -ing on a word ending in a silent e that the dictionary knows
// ("nearshore") when the dictionary lacks the form. Only after an e: "runing" is not "run".
function isIngOfEWord(word: string, resources: ProofingResources): boolean {
  if (word.length < 9 || !word.endsWith('ing')) return false;
  const base = `${word.slice(0, -3)}e`;
  return !base.endsWith('ee') && resources.speller.correct(base.toLowerCase());
}

// Hunspell's en_US leaves the plural off some nouns ("abatements", "shellers"). A noun made
// with one of these endings takes a plain -s, so the plural of one the dictionary knows is
// a word; the ending makes a slip unlikely to pass ("thes" is not "the" + s).
const NOUN_ENDINGS = ['ment', 'tion', 'sion', 'ance', 'ence', 'er', 'or', 'ist', 'ism', 'ship'];

function isNounPlural(word: string, resources: ProofingResources): boolean {
  if (word.length < 7 || !word.endsWith('s')) return false;
  const singular = word.slice(0, -1);
  return (
    NOUN_ENDINGS.some((ending) => singular.endsWith(ending)) &&
    (resources.speller.correct(singular) ||
      (isCapitalized(word) && resources.speller.correct(singular.toLowerCase())))
  );
}

// Prefixes that news copy joins to everyday words without a hyphen ("telehealth", "biosecurity",
// "paratransit", "midmorning", "microtransit"). The rest must be a common word of five letters
// or more, and the whole must not be one slip from a known word, so slips such as "untill" or
// "interpeter" (inter + peter, one letter from "interpreter") are not taken for compounds.
export const CLOSED_PREFIXES = [
  'anti',
  'bio',
  'counter',
  'cyber',
  'eco',
  'hyper',
  'inter',
  'micro',
  'mid',
  'mini',
  'multi',
  'non',
  'over',
  'para',
  'post',
  'pre',
  're',
  'semi',
  'sub',
  'super',
  'tele',
  'under',
];

// Heads that news copy closes onto a common word: "bayfront", "countywide", "lakeside",
// "concertgoers", "chipmakers", "storm-proof" without its hyphen. The word before must be common, so a
// slip cannot pass for a compound.
const CLOSED_HEADS = [
  'front',
  'side',
  'wide',
  'like',
  'goer',
  'goers',
  'proof',
  'ward',
  'wards',
  // "chipmakers", "drugmaker", "dealmaker".
  'maker',
  'makers',
  // "homebuilders", "shipbuilder", "homebuilding".
  'builder',
  'builders',
  'building',
  // "stormwater", "floodwaters", "snowmelt", "seawalls", "eldercare", "ranchland",
  // "autoworkers", "shopowners", "officeholders", "newsrooms".
  'water',
  'waters',
  'melt',
  'wall',
  'walls',
  'care',
  'land',
  'lands',
  'worker',
  'workers',
  'owner',
  'owners',
  'holder',
  'holders',
  'room',
  'rooms',
  // "seagrass", "riverbeds", "seafloor".
  'grass',
  'grasses',
  'bed',
  'beds',
  'floor',
];

// Little words a writer runs into the next one ("theroom", "thatwater"): no compound's first
// half.
const NOT_FIRST_HALVES = new Set([
  'the',
  'and',
  'for',
  'our',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
  'any',
  'all',
  'one',
  'two',
  'not',
  'but',
  'you',
  'your',
  'was',
  'are',
  'has',
  'had',
  'who',
  'how',
  'with',
  'from',
  'into',
  'some',
  'each',
  'every',
  'more',
  'most',
  'than',
  'then',
]);

function isHeadCompound(lower: string, resources: ProofingResources): boolean {
  return CLOSED_HEADS.some((head) => {
    if (!lower.endsWith(head)) return false;
    const first = lower.slice(0, -head.length);
    return (
      first.length >= 3 &&
      (resources.common?.get(first) ?? 99) <= 30 &&
      !NOT_FIRST_HALVES.has(first)
    );
  });
}

// Prefixes AP keeps a hyphen after (suggestions.ts offers it back).
const HYPHENED_BY_AP = new Set(['anti', 'post']);

// Whether every word a slip from `word` is the same `rest` under another prefix: "recriminalized"
// is one letter from decriminalized, and no slip of it.
function onlyPrefixApart(word: string, rest: string, resources: ProofingResources): boolean {
  const near = resources.speller.suggest(word);
  return near.length > 0 && near.every((other) => other.toLowerCase().endsWith(rest));
}

function isPrefixCompound(word: string, resources: ProofingResources): boolean {
  const lower = word.toLowerCase();
  if (!LOWER_WORD.test(lower) || (word !== lower && !TITLE_WORD.test(word))) return false;
  if (isHeadCompound(lower, resources)) return true;
  // "unvaccinated", "unreimbursed": un before a past participle the dictionary knows.
  if (
    lower.startsWith('un') &&
    lower.endsWith('ed') &&
    lower.length >= 9 &&
    resources.speller.correct(lower.slice(2)) &&
    !resources.speller.hasNear(lower)
  )
    return true;
  return CLOSED_PREFIXES.some((prefix) => {
    if (!lower.startsWith(prefix)) return false;
    const rest = lower.slice(prefix.length);
    // (Or a longer word the dictionary knows but the commoner sizes do not, "prepandemic",
    // after a prefix AP closes up: "postpandemic" is offered its hyphen back.)
    return (
      rest.length >= 5 &&
      ((resources.common?.get(rest) ?? 99) <= 35 ||
        (rest.length >= 7 && !HYPHENED_BY_AP.has(prefix) && resources.speller.correct(rest))) &&
      (!resources.speller.hasNear(lower) || onlyPrefixApart(lower, rest, resources))
    );
  });
}

// Lowercase particles of names in many languages: "Ursula von der Leyen", "Guillermo del
// Toro", "Rafael van der Vaart", "Leonardo da Vinci", "Walid al Moualem".
const NAME_PARTICLES = new Set([
  'al',
  'au',
  'aux',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'en',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'les',
  'sur',
  'ten',
  'ter',
  // Between the words of a name in Spanish or French: "Familias Unidas por la Justicia".
  'por',
  'para',
  'y',
  'con',
  'las',
  'los',
  'pour',
  'van',
  'von',
  'zu',
]);

/**
 * Whether the word at `i` is a particle inside a person's or place's name: between a
 * capitalized word and another (other particles may stand between), one space apart.
 */
// Arabic's article joined to a name, lowercase as AP writes it: al-Shabab, el-Sisi, ash-Sham.
const JOINED_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ul', 'ud']);

/** An article prefix joined by a hyphen to a capitalized name ("al-Bashir"). */
export function isJoinedArticle(
  token: { readonly text: string; readonly end: number },
  text: string,
): boolean {
  return (
    JOINED_ARTICLES.has(token.text) &&
    (text[token.end] === '-' || text[token.end] === '‑') &&
    /^\p{Lu}/u.test(text.slice(token.end + 1, token.end + 2))
  );
}

export function isNameParticle(
  tokens: ReadonlyArray<{ readonly text: string; readonly start: number; readonly end: number }>,
  i: number,
  text: string,
): boolean {
  if (!NAME_PARTICLES.has(tokens[i]!.text)) return false;
  // (Or joined by hyphens, as French place names are: "Pointe-au-Chien", "Saint-Jean-de-Luz".)
  const spaced = (a: number, b: number): boolean =>
    tokens[a] !== undefined &&
    tokens[b] !== undefined &&
    /^[ -]$/.test(text.slice(tokens[a].end, tokens[b].start));
  let before = i - 1;
  while (before >= 0 && NAME_PARTICLES.has(tokens[before]!.text) && spaced(before, before + 1))
    before--;
  let after = i + 1;
  while (
    after < tokens.length &&
    NAME_PARTICLES.has(tokens[after]!.text) &&
    spaced(after - 1, after)
  )
    after++;
  if (after >= tokens.length || !spaced(after - 1, after) || !isCapitalized(tokens[after]!.text))
    return false;
  // A surname alone may open with two particles: '"…," van der Kamp said'.
  if (after - before - 1 >= 2) return true;
  return before >= 0 && spaced(before, before + 1) && isCapitalized(tokens[before]!.text);
}
