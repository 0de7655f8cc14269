import { describe, expect, it } from 'vitest';
import { StoryWords } from '../../../shared/proofing/story-words';

describe('StoryWords', () => {
  it('counts lowercase words of three letters or more', () => {
    const counts = new StoryWords().of(['Marsh grass and the marsh.', 'A marsh, an egret.']);
    expect(counts.get('marsh')).toBe(2);
    expect(counts.get('egret')).toBe(1);
    expect(counts.has('grass')).toBe(true);
    expect(counts.get('the')).toBe(1);
    expect(counts.has('an')).toBe(false);
    expect(counts.has('Marsh')).toBe(false);
  });

  it('after edits, holds what a fresh count of the story holds', () => {
    const words = new StoryWords();
    const story = [
      'Old levees hold the river.',
      'The levee broke in May.',
      'Crews fixed the levee.',
    ];
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
