import type { Finding } from './types';

// "approved money in 2202": a year past 2100 after a word that leads to a date, where two
// neighbouring digits swapped give a year of our times (2022), is that year. A far year no
// swap brings near ("in 2150", a forecast) is left alone.
const FAR_YEAR =
  /\b(?:in|since|until|by|from|through|of|year|fiscal|early|late|mid-?|before|after) (2[1-9]\d\d)\b(?![-‑.,]\d)/g;

export function yearSlips(text: string, now = new Date().getFullYear()): Finding[] {
  if (!/2[1-9]\d\d/.test(text)) return [];
  const findings: Finding[] = [];
  FAR_YEAR.lastIndex = 0;
  for (let m = FAR_YEAR.exec(text); m !== null; m = FAR_YEAR.exec(text)) {
    const written = m[1]!;
    // Round years are the forecasts' own: "by 2300", "in 2250".
    if (Number(written) <= 2100 || /(?:00|50)$/.test(written)) continue;
    const meant = [0, 1, 2]
      .map((i) => written.slice(0, i) + written[i + 1] + written[i] + written.slice(i + 2))
      .find((year) => Number(year) >= 1900 && Number(year) <= now + 30);
    if (meant === undefined) continue;
    const start = m.index + m[0].length - written.length;
    findings.push({
      start,
      end: start + written.length,
      text: written,
      kind: 'spelling',
      message: `Check the year: did you mean ${meant}?`,
      suggestions: [meant],
    });
  }
  return findings;
}
