// Lowercase words of three letters or more: the only ones a slip's suggestion is moved for.
const STORY_WORD = /\b[a-z]{3,}\b/g;

/**
 * The story's lowercase words of three letters or more, with how often it uses each, for
 * ranking a slip's suggestions by the story (`rankByStoryWords`). Counted when first asked
 * after a check, and then only the blocks that changed: a whole story's words recounted on
 * every recheck cost a millisecond, half a keystroke's budget.
 */
export class StoryWords {
  private readonly counts = new Map<string, number>();
  private counted: ReadonlyArray<string> = [];
  /** Each block's words, by its text. */
  private readonly byText = new Map<string, ReadonlyArray<string>>();

  public of(blocks: ReadonlyArray<string>): ReadonlyMap<string, number> {
    if (blocks.length !== this.counted.length) {
      this.counts.clear();
      this.byText.clear();
      for (const text of blocks) this.add(text, 1);
    } else {
      for (let i = 0; i < blocks.length; i++) {
        if (blocks[i] === this.counted[i]) continue;
        this.add(this.counted[i]!, -1);
        this.add(blocks[i]!, 1);
      }
    }
    this.counted = blocks;
    return this.counts;
  }

  private add(text: string, step: 1 | -1): void {
    let words = this.byText.get(text);
    if (words === undefined) {
      words = text.match(STORY_WORD) ?? [];
      this.byText.set(text, words);
    }
    if (step === -1) this.byText.delete(text);
    for (const word of words) {
      const count = (this.counts.get(word) ?? 0) + step;
      if (count > 0) this.counts.set(word, count);
      else this.counts.delete(word);
    }
  }
}
