import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { exportStory, EXPORT_FORMATS } from '../../shared/export/formats';
import type { ExportFormat } from '../../shared/export/formats';
import { slugify } from '../../shared/slug';
import { migrateStoryData, newStory, storySchema } from '../../shared/story';
import type { Story } from '../../shared/story';
import { writeFileDurable } from '../durable-write';
import { importStoryText } from '../library/import-story';

function fail(message: string): number {
  process.stderr.write(`galley: ${message}\n`);
  return 2;
}

/** Reads a story.json, or imports .md, .txt and .html the way the Import button does. */
function readStory(file: string, text: string): Story {
  if (basename(file).toLowerCase().endsWith('.json')) {
    const parsed = storySchema.safeParse(migrateStoryData(JSON.parse(text)));
    if (!parsed.success) throw new Error('it is not a Galley story.json');
    return parsed.data as Story;
  }
  const imported = importStoryText(basename(file), text);
  // A fixed time keeps the export deterministic for the same input file.
  return newStory('import-cli', new Date(0), {
    headline: imported.headline,
    slug: slugify(imported.headline),
    body: imported.body,
    ...(imported.dateline ? { dateline: imported.dateline } : {}),
    ...(imported.byline ? { byline: imported.byline } : {}),
  });
}

/** `galley export <file> --format <f> [-o <out>]`; resolves to the exit status. */
export async function runExport(args: ReadonlyArray<string>): Promise<number> {
  let format: string | undefined;
  let out: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format' || arg === '-f') format = args[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '-o' || arg === '--output') out = args[++i];
    else if (arg.startsWith('-')) return fail(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) return fail('export takes exactly one file');
  if (!format || !(EXPORT_FORMATS as ReadonlyArray<string>).includes(format))
    return fail(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (out === undefined && args.some((a) => a === '-o' || a === '--output'))
    return fail('-o needs a file name');
  let text: string;
  try {
    text = await readFile(files[0]!, 'utf8');
  } catch (error) {
    return fail(
      `cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  let story: Story;
  try {
    story = readStory(files[0]!, text);
  } catch (error) {
    return fail(
      `cannot export ${files[0]}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const output = exportStory(story, format as ExportFormat);
  if (out) {
    try {
      await writeFileDurable(out, output);
    } catch (error) {
      return fail(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  } else process.stdout.write(output);
  return 0;
}
