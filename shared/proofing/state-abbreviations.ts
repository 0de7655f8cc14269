import type { Finding } from './types';
import { AP_STATES, STATE_CODES } from './us-states';

// A state after a city written in a form AP does not use: "Darlington, Penn.", "Austin,
// Tex.", "Reno, NV". Offered in AP's abbreviation (the story abbreviates, so the fix does
// too), or spelled out for the eight states AP never abbreviates, with the full name second.

const NAME_BY_CODE = new Map(Object.entries(STATE_CODES).map(([name, code]) => [code, name]));
// (AP writes the capital's district "D.C." after Washington.)
const AP_BY_CODE = new Map([
  ...Object.entries(AP_STATES).map(([abbr, code]): [string, string] => [code, abbr]),
  ['DC', 'D.C.'],
]);

// Abbreviations seen in copy that are no state's AP form, with the state each means.
const OTHER_FORMS: Readonly<Record<string, string>> = {
  'Penn.': 'PA',
  'Penna.': 'PA',
  'Wisc.': 'WI',
  'Tex.': 'TX',
  'Cal.': 'CA',
  'Cali.': 'CA',
  'Kans.': 'KS',
  'Nebr.': 'NE',
  'Oreg.': 'OR',
  'Flor.': 'FL',
  'Fl.': 'FL',
  'Ida.': 'ID',
  'Ut.': 'UT',
  'Ia.': 'IA',
  Mass: 'MA',
  Calif: 'CA',
  Ariz: 'AZ',
  Colo: 'CO',
  Tenn: 'TN',
  Okla: 'OK',
  Mich: 'MI',
  Minn: 'MN',
  Conn: 'CT',
  Ind: 'IN',
  Ill: 'IL',
  Fla: 'FL',
  Ala: 'AL',
  Ark: 'AR',
  Kan: 'KS',
  Neb: 'NE',
  Nev: 'NV',
  Wyo: 'WY',
  Wis: 'WI',
  Ore: 'OR',
  Wash: 'WA',
  Mont: 'MT',
  'W. Va.': 'WV',
  'W.V.': 'WV',
  'Wa.': 'WA',
  'Ok.': 'OK',
  'Tn.': 'TN',
  'Az.': 'AZ',
  'Ca.': 'CA',
  'Co.': 'CO',
  'Ct.': 'CT',
  'Nv.': 'NV',
  'Mn.': 'MN',
  'Mi.': 'MI',
  'Wi.': 'WI',
  'Ms.': 'MS',
};

// Postal codes that are also words, titles or degrees after a name ("Ann Lee, MD"; "an
// offer, OK"): read as a state only before a dateline's dash.
const AMBIGUOUS_CODES = new Set(['MD', 'DO', 'OK', 'IN', 'OR', 'ME', 'HI', 'PA', 'DE', 'MA']);

// A city (one to four capitalized words) and a comma before the state.
const CITY = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*,\s`;
const FORMS = Object.keys(OTHER_FORMS)
  .sort((a, b) => b.length - a.length)
  .map((form) => form.replaceAll('.', '\\.'))
  .join('|');
const PATTERN = new RegExp(
  String.raw`(?<=${CITY})(?:(${FORMS})|(${[...NAME_BY_CODE.keys()].join('|')}))(?=(\s[—–-]|[,;:)]|\.(?:\s|$)|\s\p{Ll}|$))`,
  'gu',
);
// (A code in "Ms." is a courtesy title, not Mississippi, unless a dash follows.)
const TITLES = new Set(['Ms.', 'Co.']);

export function stateAbbreviationSlips(text: string): Finding[] {
  if (!text.includes(',')) return [];
  const found: Finding[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [written] = m;
    const after = m[3]!;
    const dash = /^\s[—–-]/.test(after);
    const code = m[1] !== undefined ? OTHER_FORMS[m[1]]! : m[2]!;
    if (m[1] !== undefined && TITLES.has(m[1]) && !dash) continue;
    // ("Ariz" is only a slip where no period follows: "Ariz." is AP's.)
    if (
      m[1] !== undefined &&
      !written.endsWith('.') &&
      text.charAt(m.index + written.length) === '.'
    )
      continue;
    if (m[2] !== undefined && AMBIGUOUS_CODES.has(code) && !dash) continue;
    // A code inside shouted text ("SALEM, OR —" excepted) is the text's own capitals.
    if (
      m[2] !== undefined &&
      !dash &&
      /\p{Lu}{3,}/u.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      continue;
    // "Mass" after a comma before a lowercase word is the service ("Sunday, Mass is").
    if (!dash && written === 'Mass' && /^\s\p{Ll}/u.test(after)) continue;
    const name = NAME_BY_CODE.get(code)!;
    const ap = AP_BY_CODE.get(code);
    // A period the abbreviation took ends the sentence too: keep it after a spelled-out name.
    const endsSentence =
      written.endsWith('.') && /^\.?(?:\s\p{Lu}|$)/u.test(text.slice(m.index + written.length));
    const full = endsSentence ? `${name}.` : name;
    const suggestions = ap === undefined ? [full] : [ap, full];
    found.push({
      start: m.index,
      end: m.index + written.length,
      text: written,
      kind: 'style',
      message:
        ap === undefined
          ? `AP spells out ${name} after a city.`
          : `AP abbreviates ${name} as “${ap}” after a city, or spells it out.`,
      suggestions,
    });
  }
  return found;
}
