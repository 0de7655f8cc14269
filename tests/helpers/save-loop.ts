// A child process for the kill test: saves one story in a tight loop and reports each save
// that completed, so the parent knows which content is guaranteed to be on disk.
import { StoryLibrary } from '../../main/library/story-library';
import type { Story } from '../../shared/story';

const [root, id] = process.argv.slice(2);
if (!root || !id) throw new Error('usage: save-loop <root> <id>');
const library = new StoryLibrary(root);
let story: Story = await library.open(id);
let counter = Number(story.dek) || 0;
process.stdout.write('ready\n');
for (;;) {
  counter++;
  const text = `Revision ${counter}. `.repeat(200 + (counter % 50));
  story = { ...story, dek: String(counter), body: [{ type: 'paragraph', children: [{ text }] }] };
  story = await library.save(story);
  process.stdout.write(`saved ${counter}\n`);
}
