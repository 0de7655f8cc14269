import type { Story } from '../../shared/story';
import { blockText } from '../../shared/story';
import { para } from './story-builders';

/**
 * A story "written through", as a desk does with a wire story: the same vocabulary with one
 * word in `every` changed and new paragraph breaks. This is the case that made the old
 * whole-text word diff run for seconds.
 */
export function rewriteStory(story: Story, seed = 1, every = 9): Story {
  const words = story.body.flatMap((block) => blockText(block).split(/\s+/).filter(Boolean));
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const changed = words.map((w, i) => (i % every === 0 ? `${w}s` : w));
  const body = [];
  for (let i = 0; i < changed.length;) {
    const size = 25 + Math.floor(next() * 60);
    body.push(para(changed.slice(i, i + size).join(' ')));
    i += size;
  }
  return { ...story, body };
}
