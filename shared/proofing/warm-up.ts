// A checker's first story costs it three times what the next one does: V8 compiles each
// check's code and each rule's expression the first time it runs, and every word of the
// story is looked up for the first time. A worker that checks a story of its own while it
// waits for the first real one (resources/warm-up-story.txt, 950 words of wire copy written
// for this, on no subject the tests use) pays most of that before a reader waits for it.
// Then it compiles the rules the sample did not use, a few dozen a step: a story's first
// check met 130 of them, and compiling them was a fifth of its time.

import { Proofreader } from './proofreader';
import type { ProofingResources } from './proofreader';
import { primeRules } from './style-rules';

/** Blocks checked per step: a step holds the worker for 5–40 ms, less once it is warm. */
const BLOCKS_PER_STEP = 3;

/** Rules compiled per step after the sample: a step holds the worker for 10–20 ms. */
const RULES_PER_STEP = 40;

/** The sample's paragraphs (blank-line separated, as a pasted story is). */
export function warmUpBlocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

/**
 * Checks the sample a few paragraphs at a time, with a checker of its own (its findings
 * are thrown away; what stays is compiled code and the dictionaries' remembered answers).
 * `step` checks the next few and returns whether any are left, so the caller can stop at
 * once when a real check comes in: the worker runs one step per turn of its event loop.
 */
export class WarmUp {
  private readonly proofreader: Proofreader;
  private next = 0;
  private primed = 0;

  public constructor(
    private readonly resources: ProofingResources,
    private readonly blocks: ReadonlyArray<string>,
  ) {
    this.proofreader = new Proofreader(resources, { deferSuggestions: true });
  }

  public get done(): boolean {
    return this.next > this.blocks.length && this.primed >= this.resources.rules.length;
  }

  public step(): boolean {
    if (this.done) return false;
    if (this.next < this.blocks.length) {
      this.proofreader.check(this.blocks.slice(this.next, this.next + BLOCKS_PER_STEP));
      this.next += BLOCKS_PER_STEP;
      if (this.next > this.blocks.length) this.next = this.blocks.length;
      return true;
    }
    if (this.next === this.blocks.length) {
      // The whole sample as one story: its paragraphs are remembered, so this runs only the
      // checks that read a story whole (names spelled two ways, places in context).
      this.proofreader.check(this.blocks);
      this.next++;
    } else {
      primeRules(this.resources.rules, this.primed, this.primed + RULES_PER_STEP);
      this.primed += RULES_PER_STEP;
    }
    return !this.done;
  }

  /** Every step at once (the benchmark's way, where nothing else is waiting). */
  public run(): void {
    while (this.step());
  }
}
