// Builds resources/officials.json: the members of the U.S. Congress, the states' legislators
// and each state's governor, lieutenant governor, attorney general and secretary of state,
// so the checker knows "Sen. Susan Colins" is Collins and "Gov. Kelly Armstong" is
// Armstrong. From
// - the unitedstates/congress-legislators project's legislators-current.yaml (public domain,
//   CC0 1.0: https://github.com/unitedstates/congress-legislators), the first argument;
// - the Open States project's people data (public domain, CC0 1.0:
//   https://github.com/openstates/people), its data/ folder as the second argument: the
//   files in data/<state>/executive/ and data/<state>/legislature/, whose roles current on
//   the snapshot's date are kept;
// - the governors who took office after Open States last updated a state's governor
//   (SINCE_SNAPSHOT below, from the states' official sites), each checked to fill a gap.
// The app reads only the committed output; run this again after an election.
//
// Kept for each member: first name, the name they go by (nickname), last name, chamber and
// state of the latest term. The file is read line by line: its layout is fixed (two-space
// indents, one key per line), so no YAML library is needed.
//
// Run: node scripts/build-officials.mjs legislators-current.yaml people/data YYYY-MM-DD
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [source, statesData, date] = process.argv.slice(2);
if (!source || !statesData || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) {
  process.stderr.write(
    'Usage: node scripts/build-officials.mjs legislators-current.yaml people/data YYYY-MM-DD\n',
  );
  process.exit(2);
}

const unquote = (value) => {
  const text = value.trim();
  // YAML's double quotes (Open States writes "L\xF6ki" so) take backslash escapes.
  if (/^".*"$/.test(text))
    return text
      .slice(1, -1)
      .replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, code) =>
        /^[xuU]./.test(code) ? String.fromCodePoint(parseInt(code.slice(1), 16)) : code,
      )
      .normalize('NFC');
  return text.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
};

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

const OFFICES = {
  governor: 'gov',
  lt_governor: 'ltgov',
  'attorney general': 'ag',
  'secretary of state': 'sos',
  // The legislature's files: senators ("upper", and Nebraska's one house) and members of
  // the other house (representatives, assembly members, delegates).
  upper: 'ssen',
  legislature: 'ssen',
  lower: 'srep',
};

// One Open States person file: its names and roles (two-space keys under "- " items).
function readPerson(text) {
  const person = { name: '', given: '', family: '', roles: [] };
  let inRoles = false;
  for (const line of text.split('\n')) {
    const top = /^(\w+):\s*(.*)$/.exec(line);
    if (top) {
      inRoles = top[1] === 'roles';
      if (top[1] === 'name') person.name = unquote(top[2]);
      if (top[1] === 'given_name') person.given = unquote(top[2]);
      if (top[1] === 'family_name') person.family = unquote(top[2]);
      continue;
    }
    if (!inRoles) continue;
    if (line.startsWith('- ')) person.roles.push({});
    const field = /^[- ] (start_date|end_date|type): (.+)$/.exec(line);
    if (field && person.roles.length > 0) person.roles.at(-1)[field[1]] = unquote(field[2]);
  }
  return person;
}

// (Its "us" folder is Congress, read above from its own source.)
for (const state of readdirSync(statesData).filter((folder) => folder !== 'us'))
  for (const branch of ['executive', 'legislature']) readBranch(state, branch);

function readBranch(state, branch) {
  const folder = join(statesData, state, branch);
  if (!existsSync(folder)) return;
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.yml'))) {
    const person = readPerson(readFileSync(join(folder, file), 'utf8'));
    const first = person.given || person.name.split(' ')[0];
    const last = person.family || person.name.split(' ').slice(1).join(' ');
    const goesBy = person.name.split(' ')[0];
    for (const role of person.roles) {
      const office = OFFICES[role.type];
      const current = (role.start_date ?? '') <= date && (!role.end_date || role.end_date > date);
      if (office && current)
        people.push({
          first,
          nickname: goesBy !== first ? goesBy : '',
          last,
          office,
          state: state.toUpperCase(),
        });
    }
  }
}

// Governors sworn in after Open States last recorded the office (2025 and 2026), where its
// files hold no current governor of the state: [first, last, state].
const SINCE_SNAPSHOT = [
  ['Gavin', 'Newsom', 'CA'],
  ['Matt', 'Meyer', 'DE'],
  ['Mike', 'Braun', 'IN'],
  ['Mike', 'Kehoe', 'MO'],
  ['Greg', 'Gianforte', 'MT'],
  ['Josh', 'Stein', 'NC'],
  ['Kelly', 'Armstrong', 'ND'],
  ['Kelly', 'Ayotte', 'NH'],
  ['Mikie', 'Sherrill', 'NJ'],
  ['Spencer', 'Cox', 'UT'],
  ['Abigail', 'Spanberger', 'VA'],
  ['Phil', 'Scott', 'VT'],
];
for (const [first, last, state] of SINCE_SNAPSHOT) {
  if (people.some((p) => p.office === 'gov' && p.state === state))
    throw new Error(`Open States now has ${state}'s governor: drop ${first} ${last} from the list`);
  people.push({ first, nickname: '', last, office: 'gov', state });
}

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
        `Members of the U.S. Congress, state legislators and states' governors, lieutenant ` +
        `governors, attorneys general and secretaries of state (${date}): first name, the name ` +
        'they go by, last name, office ("sen", "rep", "gov", "ltgov", "ag", "sos"; "ssen" and ' +
        '"srep" for the two houses of a state), state. Built by ' +
        'scripts/build-officials.mjs from legislators-current.yaml of ' +
        'https://github.com/unitedstates/congress-legislators and the executive and legislature files of ' +
        'https://github.com/openstates/people, both dedicated to the public domain (CC0 1.0).',
      people: rows,
    },
    null,
    0,
  ).replace(/\],\[/g, '],\n[')}\n`,
);
process.stdout.write(`${rows.length} officials\n`);
