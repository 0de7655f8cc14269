import sample from '../resources/sample-story.json';
import type { Story } from '../shared/story';

/** The story a brand-new library opens with (resources/sample-story.json). */
export function sampleStory(): Omit<Story, 'id' | 'createdAt' | 'updatedAt' | 'format'> {
  return sample as unknown as Omit<Story, 'id' | 'createdAt' | 'updatedAt' | 'format'>;
}
