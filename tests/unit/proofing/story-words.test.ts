import { describe, expect, it } from 'vitest';
import { StoryWords } from '../../../shared/proofing/story-words';

describe('StoryWords', () => {
  it('counts words of four letters or more, in lowercase', () => {
    const counts = new StoryWords().of(['The Marsh and the marsh grass.', 'A marsh, an egret.']);
    expect(counts.get('marsh')).toBe(3);
    expect(counts.get('egret')).toBe(1);
    expect(counts.has('the')).toBe(false);
  });

  it('after edits, holds what a fresh count of the story holds', () => {
    const words = new StoryWords();
    const story = ['Levees hold the river.', 'The levee broke in May.', 'Crews fixed the levee.'];
    words.of(story);
    const edited = [story[0]!, 'The levee held in May.', story[2]!];
    const again = [...edited, 'A new paragraph about levees.'];
    words.of(edited);
    const counted = new Map(words.of(again));
    expect(counted).toEqual(new Map(new StoryWords().of(again)));
    expect(counted.get('broke')).toBeUndefined();
    expect(counted.get('levees')).toBe(2);
  });
});
