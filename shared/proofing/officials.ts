import type { UnknownName } from './consistency';
import { editDistance } from './edit-distance';
import type { Finding } from './types';
import { STATE_NAMES } from './us-states';

// Members of Congress, state legislators and each state's governor, lieutenant governor,
// attorney general and secretary of state (resources/officials.json): a name after the
// office's title one slip from an officeholder's, with that person's first name, is that
// person misspelled: "Sen. Susan Colins" is Collins of Maine, "state Sen. Marko Liais" is
// Liias of Washington. Only with a title and a first name that match: a private Susan
// Collings, or a senator of the other kind, is someone else. A state has one governor (and
// one of each other office), so after "Gov." a first name one slip from the governor of that
// surname is the slip: "Gov. Spenser Cox".

/** One officeholder: first name, the name they go by, last name, office, state. */
export type OfficialRow = ReadonlyArray<string>;

type Office = 'sen' | 'rep' | 'gov' | 'ltgov' | 'ag' | 'sos' | 'ssen' | 'srep';

interface Official {
  readonly first: string;
  readonly nickname: string;
  readonly last: string;
  readonly office: Office;
  readonly state: string;
}

const OFFICES: ReadonlySet<string> = new Set([
  'sen',
  'rep',
  'gov',
  'ltgov',
  'ag',
  'sos',
  'ssen',
  'srep',
]);

// The office a title names. "Sen." and "Senator" a senator; "Rep.", "Representative",
// "Congressman" and "Congresswoman" a representative, unless after "state", "Assembly" or a
// state's own chamber: "state Sen." a state senator; "state Rep.", "Assemblywoman" and
// "Del." a member of a state's other house.
function officeOf(title: string): Office {
  if (/^[Ss]tate\s+Sen/.test(title)) return 'ssen';
  if (/^(?:[Ss]tate|Assembly|Del)/.test(title)) return 'srep';
  if (/^Sen/.test(title)) return 'sen';
  if (/^(?:Lt|Lieutenant)/.test(title)) return 'ltgov';
  if (/^Gov/.test(title)) return 'gov';
  if (/^Attorney/.test(title)) return 'ag';
  if (/^Secretary/.test(title)) return 'sos';
  return 'rep';
}

const EXECUTIVE: ReadonlySet<Office> = new Set(['gov', 'ltgov', 'ag', 'sos']);

const TITLED =
  /(?<!\b(?:[Ff]ormer\s|[Ee]x-))\b(?:(?<!\b(?:[Ss]tate|Assembly|Assemblywoman|Assemblyman)\s)(?:U\.S\.\s+)?(Sen\.|Senator|Rep\.|Representative|Congressman|Congresswoman)|(Lt\.\s+Gov\.|Lieutenant\s+Governor|Gov\.|Governor|Attorney\s+General|Secretary\s+of\s+State)|((?:[Ss]tate\s+)(?:Sen\.|Senator|Rep\.|Representative|Del\.|Delegate)|Assemblyman|Assemblywoman|Assemblymember|Assembly\s+member|Del\.|Delegate))\s+(\p{Lu}[\p{Ll}'’]+(?:\s\p{Lu}[\p{Ll}'’]+)?)\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
const POSSESSIVE = /['’]s?$/;

export class Officials {
  private readonly rows: ReadonlyArray<OfficialRow>;
  private filed: { byLast: Map<string, Official[]>; byGiven: Map<string, Official[]> } | undefined;

  // Filed by surname the first time a story has a titled name: 8,000 rows are a few
  // milliseconds no proofing worker should spend before its first check.
  public constructor(rows: ReadonlyArray<OfficialRow>) {
    this.rows = rows;
  }

  private get byLast(): Map<string, Official[]> {
    return (this.filed ??= this.file()).byLast;
  }

  private get byGiven(): Map<string, Official[]> {
    return (this.filed ??= this.file()).byGiven;
  }

  // Each officeholder by surname, and by first name and the name they go by.
  private file(): { byLast: Map<string, Official[]>; byGiven: Map<string, Official[]> } {
    const byLast = new Map<string, Official[]>();
    const byGiven = new Map<string, Official[]>();
    const add = (map: Map<string, Official[]>, key: string, official: Official): void => {
      const list = map.get(key);
      if (list) list.push(official);
      else map.set(key, [official]);
    };
    for (const [first, nickname = '', last, office = '', state = ''] of this.rows) {
      // (A row the list's format does not hold is left out, not a failed start.)
      if (!first || !last || !OFFICES.has(office)) continue;
      const official: Official = { first, nickname, last, office: office as Office, state };
      add(byLast, fold(last), official);
      add(byGiven, fold(first), official);
      if (nickname !== '' && fold(nickname) !== fold(first)) add(byGiven, fold(nickname), official);
    }
    return { byLast, byGiven };
  }

  /**
   * The member a titled name is a slip of: same chamber, the first name (or the name they
   * go by) as written, the last name one slip off (two for eight letters or more), the only
   * such member. Undefined when the name is a member's as written.
   */
  public slipOf(title: string, given: string, surname: string): Official | undefined {
    const named = this.named(title, given);
    const lower = fold(surname);
    if (this.byLast.get(lower)?.some(named)) return undefined;
    // A state has one officeholder of each of its offices, so with the first name as written
    // two slips in a name of five letters or more still point at one person: "Secretary of
    // State Adrian Fuentes" is Fontes.
    const limit =
      lower.length >= 8 || (EXECUTIVE.has(officeOf(title)) && lower.length >= 5) ? 2 : 1;
    // Only those of that first name are compared (a few dozen of 8,000).
    const first = fold(given.split(' ')[0]!);
    const found = new Set<Official>();
    for (const key of new Set([fold(given), first]))
      for (const official of this.byGiven.get(key) ?? []) {
        const last = fold(official.last);
        if (!named(official) || found.has(official)) continue;
        if (Math.abs(last.length - lower.length) > limit || last[0] !== lower[0]) continue;
        if (editDistance(last, lower, limit) <= limit) found.add(official);
      }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** Whether a titled name is a member's as written. */
  public isMember(title: string, given: string, surname: string): boolean {
    return this.byLast.get(fold(surname))?.some(this.named(title, given)) ?? false;
  }

  /**
   * The governor (or other one-per-state officeholder) whose first name a titled name
   * misspells, its last name as written: "Gov. Spenser Cox". Names of four letters or fewer
   * are left alone ("Gov. Jon" may be another Jon).
   */
  public givenSlipOf(title: string, given: string, surname: string): Official | undefined {
    const office = officeOf(title);
    const first = given.split(' ')[0]!;
    if (!EXECUTIVE.has(office) || first.length <= 4) return undefined;
    const found = (this.byLast.get(fold(surname)) ?? []).filter(
      (o) =>
        o.office === office &&
        !sameName(o.first, first) &&
        editDistance(fold(o.first), fold(first), 1) <= 1,
    );
    return found.length === 1 ? found[0] : undefined;
  }

  // The officeholder a title and first name fit: the first name as given, or the name they
  // go by, or the first of two given names ("Sarah Huckabee Sanders").
  private named(title: string, given: string): (o: Official) => boolean {
    const office = officeOf(title);
    const first = given.split(' ')[0]!;
    return (o) =>
      o.office === office &&
      [given, first].some((name) => sameName(o.first, name) || sameName(o.nickname, name));
  }
}

// Accents aside: "Linda Lopez" is how many papers print state Sen. Linda López.
// (Most names are plain ASCII: those skip the decomposing, which made filing 8,000 rows
// cost a cold check 12 ms.)
function fold(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase();
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function sameName(a: string, b: string): boolean {
  return a !== '' && fold(a) === fold(b);
}

const TITLE: Readonly<Record<Office, string>> = {
  sen: 'Sen.',
  rep: 'Rep.',
  gov: 'Gov.',
  ltgov: 'Lt. Gov.',
  ag: 'Attorney General',
  sos: 'Secretary of State',
  ssen: 'state Sen.',
  srep: 'state Rep.',
};

interface TitledName {
  readonly title: string;
  readonly given: string;
  readonly givenStart: number;
  readonly surname: string;
  readonly start: number;
  readonly end: number;
}

// Each titled name, read with one given name or two ("Gov. Michelle Lujan Grisham" is
// Michelle of the Lujan Grisham family; "Sen. Mary Beth Carroll", Mary Beth).
function* titledNames(text: string): Generator<TitledName[]> {
  for (const match of text.matchAll(TITLED)) {
    const title = (match[1] ?? match[2] ?? match[3])!;
    const given = match[4]!;
    const written = match[5]!;
    const surname = written.replace(POSSESSIVE, '');
    const end = match.index + match[0].length - (written.length - surname.length);
    const givenStart = match.index + match[0].lastIndexOf(given, match[0].length - written.length);
    const readings: TitledName[] = [
      { title, given, givenStart, surname, start: end - surname.length, end },
    ];
    const space = given.indexOf(' ');
    if (space > 0)
      readings.push({
        title,
        given: given.slice(0, space),
        givenStart,
        surname: `${given.slice(space + 1)} ${surname}`,
        start: givenStart + space + 1,
        end,
      });
    yield readings;
  }
}

function slipFinding(
  official: Official,
  title: string,
  start: number,
  text: string,
  fix: string,
): Finding {
  const name = `${official.nickname || official.first} ${official.last}`;
  // A state's legislators by the title the story gives them ("Assemblywoman", "Del.").
  const office =
    official.office === 'ssen' || official.office === 'srep'
      ? title.replace(/\s+/g, ' ').replace(/^State/, 'state')
      : TITLE[official.office];
  const state = STATE_NAMES.get(official.state) ?? official.state;
  return {
    start,
    end: start + text.length,
    text,
    kind: 'name',
    message: `Check the name: ${office} ${name} of ${state} is spelled “${fix}”.`,
    suggestions: [fix],
  };
}

// A block names no officeholder after a title unless it holds one of these words; most
// blocks are passed by this one quick search, not the titles' whole expression.
const TITLE_WORD =
  /\b(?:Sen|Rep|Gov|Governor|Senator|Representative|Congress|Attorney|Secretary|Assembly|Del)/;

/**
 * A block's officeholders after their titles: where each is named as written, [start, end),
 * and a finding for each whose name is misspelled.
 */
export function titledOfficials(
  text: string,
  officials: Officials,
): { members: Array<[number, number]>; slips: Finding[] } {
  const members: Array<[number, number]> = [];
  const slips: Finding[] = [];
  if (!TITLE_WORD.test(text)) return { members, slips };
  for (const readings of titledNames(text)) {
    const member = readings.find((r) => officials.isMember(r.title, r.given, r.surname));
    if (member) {
      members.push([member.start, member.end]);
      continue;
    }
    for (const { title, given, givenStart, surname, start } of readings) {
      const official = officials.slipOf(title, given, surname);
      if (official) {
        slips.push(slipFinding(official, title, start, surname, official.last));
        break;
      }
      const named = officials.givenSlipOf(title, given, surname);
      if (named) {
        const first = given.split(' ')[0]!;
        slips.push(slipFinding(named, title, givenStart, first, named.first));
        break;
      }
    }
  }
  return { members, slips };
}

/** Findings for officeholders whose name is misspelled after their title. */
export function officialSlips(text: string, officials: Officials): Finding[] {
  return titledOfficials(text, officials).slips;
}

/**
 * A block's officeholders, for its checks: one named as written is the spelling the story's
 * others are held to; one misspelled after a title is a finding that says more than any
 * other on that word, and no name of the story's own to hold another to or hint at.
 */
export function markOfficials(
  text: string,
  block: number,
  officials: Officials,
  findings: Finding[],
  unknown: UnknownName[],
): void {
  const within = (start: number, end: number): number[] =>
    unknown.flatMap((u, k) => (u.block === block && u.start >= start && u.start < end ? [k] : []));
  const { members, slips } = titledOfficials(text, officials);
  for (const [start, end] of members)
    for (const k of within(start, end)) unknown[k] = { ...unknown[k]!, known: true };
  for (const official of slips) {
    for (let k = findings.length - 1; k >= 0; k--)
      if (findings[k]!.start < official.end && official.start < findings[k]!.end)
        findings.splice(k, 1);
    for (const k of within(official.start, official.end).reverse()) unknown.splice(k, 1);
    findings.push(official);
  }
}
