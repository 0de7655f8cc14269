// Runs Electronegativity over the Electron main and preload code and fails on any HIGH or
// MEDIUM finding not listed, with its reason, in .ci/electronegativity-exceptions.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const out = join(mkdtempSync(join(tmpdir(), 'galley-eneg-')), 'report.csv');
const run = spawnSync(
  'npx',
  [
    '--yes',
    '@doyensec/electronegativity@1.10.3',
    '-i',
    'main',
    '-e',
    electronVersion,
    '-r',
    '-o',
    out,
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
);
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  process.stderr.write('Electronegativity did not run to completion.\n');
  process.exit(1);
}

// A small CSV reader: Electronegativity quotes fields that hold commas and newlines.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows;
}

const [, ...rows] = parseCsv(readFileSync(out, 'utf8'));
const findings = rows
  .filter((r) => r.length >= 5)
  .map(([check, severity, confidence, file, location]) => ({
    check,
    severity,
    confidence,
    file,
    location,
  }));
const { exceptions } = JSON.parse(readFileSync('.ci/electronegativity-exceptions.json', 'utf8'));
for (const exception of exceptions) {
  if (!exception.reason || exception.reason.length < 20) {
    process.stderr.write(`Exception ${exception.check} in ${exception.file} has no real reason.\n`);
    process.exit(1);
  }
}
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const unreviewed = serious.filter(
  (f) => !exceptions.some((e) => e.check === f.check && f.file.endsWith(e.file)),
);
for (const f of findings) {
  const accepted = !unreviewed.includes(f) && serious.includes(f) ? ' (reviewed exception)' : '';
  process.stdout.write(
    `${f.severity} ${f.confidence} ${f.check} ${f.file}:${f.location}${accepted}\n`,
  );
}
if (unreviewed.length > 0) {
  process.stderr.write(
    `Electronegativity: ${unreviewed.length} HIGH/MEDIUM finding(s) not reviewed. Fix them or list them with a reason in .ci/electronegativity-exceptions.json.\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `Electronegativity: ${findings.length} finding(s), none HIGH or MEDIUM outside the reviewed exceptions.\n`,
);
