import { stripPossessive } from './tokenize';

const CAPITALIZED = /\p{Lu}[\p{L}\p{M}]*/gu;

/**
 * The story's capitalized words, counted as the story changes: how often each is used, which
 * are used twice or more, and whether the set of them changed at the last count. A keystroke
 * changes one block, so only its words are counted again (recounting a whole story's names
 * on every recheck kept the garbage collector busy).
 */
export class StoryCapitals {
  /** How often the story uses each capitalized word. */
  public readonly counts = new Map<string, number>();
  /** The words used twice or more. */
  public readonly repeated = new Set<string>();
  /** The blocks as last counted. */
  public blocks: ReadonlyArray<string> = [];
  /** Whether the last `count` changed the story's capitalized words. */
  public changed = true;

  /** Each block's capitalized words, by its text. */
  private readonly byText = new Map<string, ReadonlyArray<string>>();

  /** Counts the story's blocks, those that changed since the last count only. */
  public count(blocks: ReadonlyArray<string>): void {
    this.changed = false;
    if (blocks.length !== this.blocks.length) {
      this.counts.clear();
      this.repeated.clear();
      for (const text of blocks) this.add(text, 1);
      this.changed = true;
    } else {
      for (let i = 0; i < blocks.length; i++) {
        if (blocks[i] === this.blocks[i]) continue;
        const before = this.of(this.blocks[i]!);
        const after = this.of(blocks[i]!);
        if (before.length !== after.length || before.some((word, k) => word !== after[k]))
          this.changed = true;
        this.add(this.blocks[i]!, -1);
        this.add(blocks[i]!, 1);
      }
    }
    this.blocks = [...blocks];
  }

  /** Forgets the words of block texts the story no longer has. */
  public keepOnly(texts: ReadonlySet<string>): void {
    for (const key of this.byText.keys()) if (!texts.has(key)) this.byText.delete(key);
  }

  private of(text: string): ReadonlyArray<string> {
    let words = this.byText.get(text);
    if (!words) {
      words = text.match(CAPITALIZED) ?? [];
      this.byText.set(text, words);
    }
    return words;
  }

  private add(text: string, step: 1 | -1): void {
    for (const word of this.of(text)) {
      const count = (this.counts.get(word) ?? 0) + step;
      if (count > 0) this.counts.set(word, count);
      else this.counts.delete(word);
      if (count >= 2) this.repeated.add(word);
      else this.repeated.delete(word);
    }
  }
}

const NAME_AFTER = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u;

// The capitalized word right after a name ("Jayson" → "Tatum"), possessive dropped.
export function nameAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 32) return undefined;
  const word = NAME_AFTER.exec(text.slice(end, end + 40))?.[1];
  return word === undefined ? undefined : stripPossessive(word);
}

const NAME_BEFORE = /(?:^|[^\p{L}\p{M}.'’-])(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*) $/u;

// The capitalized word right before a name ("Sam" ← "Darnold"); not an abbreviation ("Gov.").
export function nameBefore(text: string, start: number): string | undefined {
  if (text.charCodeAt(start - 1) !== 32) return undefined;
  return NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
}
