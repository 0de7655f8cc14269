import type { Finding } from './types';

// "82th Avenue", "the 3th District", "21th century": an ordinal's ending is fixed by its last
// two digits (11th to 13th, otherwise 1st, 2nd, 3rd, the rest th), so a wrong one is a slip
// wherever it stands. Endings in capitals ("21ST") keep their capitals.
const ORDINAL = /(?<![\d.,])(\d+)(st|nd|rd|th)\b/giu;

function endingOf(digits: string): string {
  const lastTwo = Number(digits.slice(-2));
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Number(digits.slice(-1))] ?? 'th';
}

export function ordinalSlips(text: string): Finding[] {
  if (!/\d(?:st|nd|rd|th)/i.test(text)) return [];
  const findings: Finding[] = [];
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(text); m !== null; m = ORDINAL.exec(text)) {
    const [written, digits, ending] = m as unknown as [string, string, string];
    const right = endingOf(digits);
    if (ending.toLowerCase() === right) continue;
    const meant = digits + (ending === ending.toUpperCase() ? right.toUpperCase() : right);
    findings.push({
      start: m.index,
      end: m.index + written.length,
      text: written,
      kind: 'spelling',
      message: `Check the ordinal: did you mean “${meant}”?`,
      suggestions: [meant],
    });
  }
  return findings;
}
