// Builds resources/officials.json: the members of the U.S. Congress, so the checker knows
// "Sen. Susan Colins" is Collins and "Rep. Jim Jordon" is Jordan. From the
// unitedstates/congress-legislators project's legislators-current.yaml (public domain, CC0
// 1.0: https://github.com/unitedstates/congress-legislators), given as the argument; the
// app reads only the committed output, and this script is run again when Congress changes.
//
// Kept for each member: first name, the name they go by (nickname), last name, chamber and
// state of the latest term. The file is read line by line: its layout is fixed (two-space
// indents, one key per line), so no YAML library is needed.
//
// Run: node scripts/build-officials.mjs path/to/legislators-current.yaml [snapshot date]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [source, date = 'unknown date'] = process.argv.slice(2);
if (!source) {
  process.stderr.write('Usage: node scripts/build-officials.mjs legislators-current.yaml [date]\n');
  process.exit(2);
}

const unquote = (value) =>
  value
    .trim()
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");

const people = [];
let person;
let section = '';
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (line.startsWith('- id:')) {
    if (person) people.push(person);
    person = { first: '', nickname: '', last: '', office: '', state: '' };
    section = 'id';
    continue;
  }
  if (!person) continue;
  const top = /^ {2}(\w+):/.exec(line);
  if (top) section = top[1];
  const field = /^ {4}(first|last|nickname|state): (.+)$/.exec(line);
  const term = /^ {2}- type: (sen|rep)$/.exec(line);
  if (section === 'name' && field && field[1] !== 'state') person[field[1]] = unquote(field[2]);
  // Terms run oldest first: the last one is the seat held now.
  if (section === 'terms' && term) person.office = term[1];
  if (section === 'terms' && field?.[1] === 'state') person.state = unquote(field[2]);
}
if (person) people.push(person);

const rows = people
  .filter((p) => p.first && p.last && p.office && p.state)
  .map((p) => [p.first, p.nickname, p.last, p.office, p.state])
  .sort((a, b) => a[2].localeCompare(b[2]) || a[0].localeCompare(b[0]));
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(
  join(root, 'resources', 'officials.json'),
  `${JSON.stringify(
    {
      about:
        `Members of the U.S. Congress (${date}): first name, the name they go by, last name, ` +
        'chamber ("sen" or "rep"), state. Built by scripts/build-officials.mjs from ' +
        'legislators-current.yaml of https://github.com/unitedstates/congress-legislators, ' +
        'dedicated to the public domain (CC0 1.0).',
      people: rows,
    },
    null,
    0,
  ).replace(/\],\[/g, '],\n[')}\n`,
);
process.stdout.write(`${rows.length} members\n`);
