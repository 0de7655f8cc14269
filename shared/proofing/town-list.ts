/**
 * Small towns only the ZIP code list knows ("Underhill", Vt.; "Drayton Plains", Mich.): a
 * lowercase name and its states' two-letter codes, concatenated, per line ("jericho NYVT").
 * Thousands are surnames too ("Onley", Va.), so they are places only where the state's name
 * stands beside them: never looked up or offered as other names are. Read on first use (a
 * story with no state beside a capitalized word never needs them).
 */
export class TownList {
  private towns: Map<string, string> | undefined;

  public constructor(private readonly text: string) {}

  /** Whether `name` (any case) is a town of `state`, a two-letter code. */
  public has(name: string, state: string): boolean {
    const codes = this.statesOf(name);
    if (codes === undefined) return false;
    // Read in pairs: "YV" across "NYVT" is no state.
    for (let i = 0; i + 1 < codes.length; i += 2)
      if (codes[i] === state[0] && codes[i + 1] === state[1]) return true;
    return false;
  }

  /** Whether `name` is a town of any of `states`: one lookup however many states. */
  public hasAny(name: string, states: ReadonlySet<string>): boolean {
    const codes = this.statesOf(name);
    if (codes === undefined) return false;
    for (let i = 0; i + 1 < codes.length; i += 2)
      if (states.has(codes.slice(i, i + 2))) return true;
    return false;
  }

  /** The states of a town, concatenated two-letter codes, or undefined if it is none. */
  private statesOf(name: string): string | undefined {
    this.towns ??= new Map(
      this.text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const space = line.lastIndexOf(' ');
          return [line.slice(0, space), line.slice(space + 1)] as const;
        }),
    );
    return this.towns.get(name.toLowerCase());
  }

  /**
   * The towns of `state` one slip (a letter dropped, added, changed, or two swapped) from
   * `name`, capitalized as towns are: "Underhil" → Underhill. Asked of a dateline's word.
   */
  public near(name: string, state: string): string[] {
    // Asked again for the same names on every recheck of a story: answers are kept.
    const key = `${name}|${state}`;
    const known = this.nearMemo.get(key);
    if (known) return known;
    if (this.nearMemo.size > 5_000) this.nearMemo.clear();
    const found = this.findNear(name, state);
    this.nearMemo.set(key, found);
    return found;
  }

  private readonly nearMemo = new Map<string, string[]>();

  private findNear(name: string, state: string): string[] {
    const word = name.toLowerCase();
    const found = new Set<string>();
    const visit = (candidate: string): void => {
      if (candidate !== word && this.has(candidate, state))
        found.add(candidate.replace(/(^|\s)\p{Ll}/gu, (first) => first.toUpperCase()));
    };
    for (let i = 0; i <= word.length; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (i < word.length) visit(head + tail.slice(1));
      if (i < word.length - 1) visit(head + tail[1] + tail[0] + tail.slice(2));
      for (let code = 97; code <= 122; code++) {
        const letter = String.fromCharCode(code);
        visit(head + letter + tail);
        if (i < word.length) visit(head + letter + tail.slice(1));
      }
    }
    return [...found];
  }
}
