import type { UnknownName } from './consistency';
import { editDistance } from './edit-distance';
import type { Finding } from './types';
import { STATE_CODES } from './us-states';

// Members of Congress (resources/officials.json): a name after "Sen." or "Rep." one slip
// from a member's, with that member's first name, is that member misspelled: "Sen. Susan
// Colins" is Collins of Maine. Only with a title and a first name that match: a private
// Susan Collings, or a state senator, is someone else.

/** One member: first name, the name they go by, last name, chamber, state. */
export type OfficialRow = ReadonlyArray<string>;

interface Official {
  readonly first: string;
  readonly nickname: string;
  readonly last: string;
  readonly office: 'sen' | 'rep';
  readonly state: string;
}

// "Sen." and "Senator" name a senator; "Rep.", "Representative", "Congressman" and
// "Congresswoman" a representative. After "state", "Assembly" or a state's own chamber, a
// legislator of a state, whom the list does not hold.
const TITLED =
  /(?<!\b(?:[Ss]tate|Assembly|Assemblywoman|Assemblyman|[Ff]ormer|[Ee]x-)\s)\b(?:U\.S\.\s+)?(Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman)\s+(\p{Lu}[\p{Ll}'’]+(?:\s\p{Lu}[\p{Ll}'’]+)?)\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
const POSSESSIVE = /['’]s?$/;

export class Officials {
  private readonly byLast = new Map<string, Official[]>();

  public constructor(rows: ReadonlyArray<OfficialRow>) {
    for (const [first, nickname = '', last, office, state = ''] of rows) {
      // (A row the list's format does not hold is left out, not a failed start.)
      if (!first || !last) continue;
      const official = {
        first,
        nickname,
        last,
        office: office === 'sen' ? 'sen' : 'rep',
        state,
      } as const;
      const key = last.toLowerCase();
      const list = this.byLast.get(key);
      if (list) list.push(official);
      else this.byLast.set(key, [official]);
    }
  }

  /**
   * The member a titled name is a slip of: same chamber, the first name (or the name they
   * go by) as written, the last name one slip off (two for eight letters or more), the only
   * such member. Undefined when the name is a member's as written.
   */
  public slipOf(title: string, given: string, surname: string): Official | undefined {
    const named = this.named(title, given);
    const lower = surname.toLowerCase();
    if (this.byLast.get(lower)?.some(named)) return undefined;
    const limit = lower.length >= 8 ? 2 : 1;
    const found: Official[] = [];
    for (const [last, list] of this.byLast) {
      if (Math.abs(last.length - lower.length) > limit || last[0] !== lower[0]) continue;
      if (editDistance(last, lower, limit) > limit) continue;
      found.push(...list.filter(named));
    }
    return found.length === 1 ? found[0] : undefined;
  }

  /** Whether a titled name is a member's as written. */
  public isMember(title: string, given: string, surname: string): boolean {
    return this.byLast.get(surname.toLowerCase())?.some(this.named(title, given)) ?? false;
  }

  private named(title: string, given: string): (o: Official) => boolean {
    const office = /^Sen/.test(title) ? 'sen' : 'rep';
    return (o) => o.office === office && (sameName(o.first, given) || sameName(o.nickname, given));
  }
}

function sameName(a: string, b: string): boolean {
  return a !== '' && a.toLowerCase() === b.toLowerCase();
}

const CHAMBER = { sen: 'Sen.', rep: 'Rep.' } as const;
const STATE_NAMES = new Map(Object.entries(STATE_CODES).map(([name, code]) => [code, name]));

/** Where a block names members of Congress after their title, as written: [start, end). */
export function memberNames(text: string, officials: Officials): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const { title, given, surname, start, end } of titledNames(text))
    if (officials.isMember(title, given, surname)) spans.push([start, end]);
  return spans;
}

function* titledNames(
  text: string,
): Generator<{ title: string; given: string; surname: string; start: number; end: number }> {
  for (const match of text.matchAll(TITLED)) {
    const [, title, given, written] = match;
    const surname = written!.replace(POSSESSIVE, '');
    const end = match.index + match[0].length - (written!.length - surname.length);
    yield { title: title!, given: given!, surname, start: end - surname.length, end };
  }
}

/** Findings for members of Congress whose last name is misspelled after their title. */
export function officialSlips(text: string, officials: Officials): Finding[] {
  const findings: Finding[] = [];
  for (const { title, given, surname, start, end } of titledNames(text)) {
    const official = officials.slipOf(title, given, surname);
    if (!official) continue;
    findings.push({
      start,
      end,
      text: surname,
      kind: 'name',
      message: `Check the name: ${CHAMBER[official.office]} ${official.nickname || official.first} ${official.last} of ${STATE_NAMES.get(official.state) ?? official.state} is spelled “${official.last}”.`,
      suggestions: [official.last],
    });
  }
  return findings;
}

/**
 * A block's members of Congress, for its checks: a member named as written is the spelling
 * the story's others are held to; one misspelled after a title is a finding that says more
 * than any other on that word, and no name of the story's own to hold another to or hint at.
 */
export function markOfficials(
  text: string,
  block: number,
  officials: Officials,
  findings: Finding[],
  unknown: UnknownName[],
): void {
  const at = (start: number): number =>
    unknown.findIndex((u) => u.block === block && u.start === start);
  for (const [start] of memberNames(text, officials)) {
    const k = at(start);
    if (k >= 0) unknown[k] = { ...unknown[k]!, known: true };
  }
  for (const official of officialSlips(text, officials)) {
    for (let k = findings.length - 1; k >= 0; k--)
      if (findings[k]!.start < official.end && official.start < findings[k]!.end)
        findings.splice(k, 1);
    const k = at(official.start);
    if (k >= 0) unknown.splice(k, 1);
    findings.push(official);
  }
}
