// Builds resources/colleges.txt: the names of US colleges and universities, so the checker
// knows "Bringham Young University" is Brigham Young and "Howord University" is Howard. From
// the university-domains-list project's world_universities_and_domains.json (MIT licence,
// © Hipo: https://github.com/Hipo/university-domains-list), given as the argument; its notice
// is in resources/colleges.LICENSE. scripts/build-gazetteer.mjs adds the names to the
// gazetteer, whose near-miss index judges them as it does places of several words.
//
// Kept: names of two to four words with a school's word in them (the checker reads no longer phrase as one name), with
// a state in brackets or a campus after a comma left off ("Augustana College (SD)" is
// "Augustana College"; "California State University, Chico" is "California State University").
//
// Run: node scripts/build-colleges.mjs path/to/world_universities_and_domains.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [source] = process.argv.slice(2);
if (!source) {
  process.stderr.write(
    'Usage: node scripts/build-colleges.mjs world_universities_and_domains.json\n',
  );
  process.exit(2);
}

// A school's own word in its name: "Arkansas at Pine Bluff, University of" is a name turned
// around, left out.
const HEAD =
  /\b(?:College|University|Institute|Institution|School|Academy|Seminary|Conservatory|Polytechnic|Tech)\b/;
const NAME = /^\p{Lu}[\p{L}.'’&-]*(?: (?:of|at|the|and|for|in|\p{Lu}[\p{L}.'’&-]*))+$/u;
const names = new Set();
for (const { name, alpha_two_code: country } of JSON.parse(readFileSync(source, 'utf8'))) {
  if (country !== 'US' || typeof name !== 'string') continue;
  const plain = name
    .replace(/\s*\(.*?\)/g, '')
    .replace(/,.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = plain.split(' ').length;
  if (words >= 2 && words <= 4 && NAME.test(plain) && HEAD.test(plain)) names.add(plain);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
writeFileSync(join(root, 'resources', 'colleges.txt'), `${sorted.join('\n')}\n`);
process.stdout.write(`${sorted.length} colleges\n`);
