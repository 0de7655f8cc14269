import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { proofreadBlocks } from '../../shared/proofing/proofreader';
import { loadProofingResources } from '../proofing/node-resources';
import { runExport } from './export-command';
import { htmlBlocks, markdownBlocks, storyBlocks, textBlocks } from './check-input';
import type { CheckBlock } from './check-input';

const USAGE = `Usage: galley check <file> [--json]
       galley export <file> --format html|md|txt|nitf|newsml|ninjs [-o <out>]

Checks a story for spelling, names and places, consistency, repeated words, articles,
house style and punctuation. <file> is .txt, .md, .html or a Galley story.json.
export writes the story in a standard format, to stdout unless -o names a file.
Exit status: 0 clean (or exported), 1 findings, 2 bad usage or unreadable file.`;

/** One line of output for a finding. */
interface Located {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: string;
  readonly message: string;
  readonly suggestions: ReadonlyArray<string>;
  readonly where: string;
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return `${line}:${offset - lastBreak}`;
}

function blocksFor(file: string, text: string): CheckBlock[] {
  const name = basename(file).toLowerCase();
  if (name.endsWith('.json')) return storyBlocks(text);
  switch (extname(name)) {
    case '.txt':
    case '.text':
      return textBlocks(text);
    case '.md':
    case '.markdown':
      return markdownBlocks(text);
    case '.html':
    case '.htm':
      return htmlBlocks(text);
    default:
      throw new Error(`Galley checks .txt, .md, .html and story.json files, not ${name}`);
  }
}

async function check(file: string, json: boolean): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(
      `galley: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
    );
    return 2;
  }
  let blocks: CheckBlock[];
  try {
    blocks = blocksFor(file, text);
  } catch (error) {
    process.stderr.write(
      `galley: cannot check ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const resources = loadProofingResources();
  for (const problem of resources.ruleErrors) process.stderr.write(`galley: ${problem}\n`);
  const results = proofreadBlocks(
    blocks.map((b) => b.text),
    resources,
  );
  const located: Located[] = [];
  results.forEach((result, index) => {
    const block = blocks[index]!;
    for (const f of result.findings) {
      const start = block.label ? f.start : block.offset + f.start;
      const end = block.label ? f.end : block.offset + f.end;
      const where = block.label ? `${block.label}:${f.start + 1}` : lineColumn(text, start);
      located.push({
        start,
        end,
        text: f.text,
        kind: f.kind,
        message: f.message,
        suggestions: f.suggestions,
        where,
      });
    }
  });
  if (json) {
    const out = located.map(({ start, end, text: t, kind, message, suggestions }) => ({
      start,
      end,
      text: t,
      kind,
      message,
      suggestions,
    }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const f of located) {
      const suggestion =
        f.kind === 'boilerplate'
          ? ' (delete the line)'
          : f.suggestions.length > 0
            ? ` (${f.suggestions.slice(0, 3).join(', ')})`
            : '';
      process.stdout.write(`${file}:${f.where} ${f.kind}: ${f.message}${suggestion}\n`);
    }
  }
  return located.length > 0 ? 1 : 0;
}

/** Runs the command line; resolves to the exit status. */
export async function runCli(argv: ReadonlyArray<string>): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === 'export') return runExport(rest);
  if (command !== 'check') {
    process.stderr.write(`galley: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  const unknown = files.filter((arg) => arg.startsWith('-'));
  if (files.length !== 1 || unknown.length > 0) {
    process.stderr.write(
      `galley: check takes exactly one file${unknown.length > 0 ? ` (unknown option ${unknown[0]})` : ''}\n${USAGE}\n`,
    );
    return 2;
  }
  return check(files[0]!, json);
}
