// A child process for the history kill test: appends versions in a tight loop and prints
// each version's id and hash once `append` has resolved (that is, once it is fsynced).
import { StoryLibrary } from '../../main/library/story-library';
import { VersionService } from '../../main/history/version-service';
import { contentOf, serializeContent } from '../../shared/history/serialize';
import { sha256 } from '../../shared/history/sha256';
import { blockText } from '../../shared/story';
import type { Story } from '../../shared/story';
import { para } from './story-builders';

const [root, id] = process.argv.slice(2);
if (!root || !id) throw new Error('usage: append-loop <root> <id>');
const versions = new VersionService(() => 'Kill Test');
const library = new StoryLibrary(root, {
  onCreated: versions.onCreated,
  onSaved: versions.onSaved,
});
versions.attach(library);
let story: Story = await library.open(id);
process.stdout.write('ready\n');
for (let n = 0; ; n++) {
  const body = story.body.map((block, i) =>
    i === n % story.body.length
      ? para(`${blockText(block).slice(0, 400)} w${process.pid}x${n}`)
      : block,
  );
  story = { ...story, body };
  const summary = await versions.record(story, 'saved', `n${n}`);
  process.stdout.write(`saved ${summary.id} ${sha256(serializeContent(contentOf(story)))}\n`);
}
