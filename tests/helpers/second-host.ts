// A child process for the lock test: a second Galley host on the same library folder. It
// reports whether it may write and what a save answers.
import { StoryLibrary } from '../../main/library/story-library';

const [root, id] = process.argv.slice(2);
if (!root || !id) throw new Error('usage: second-host <root> <id>');
const library = new StoryLibrary(root);
const readOnly = await library.readOnly();
const story = await library.open(id);
let save = 'saved';
try {
  await library.save({ ...story, dek: 'second host' });
} catch (error) {
  save = `${(error as { code?: string }).code ?? 'error'}: ${(error as Error).message}`;
}
process.stdout.write(`${JSON.stringify({ readOnly: readOnly ?? null, save })}\n`);
await library.close();
