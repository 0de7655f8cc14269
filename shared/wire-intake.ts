import { BYLINE, isBoilerplate } from './proofing/boilerplate';

/** The parts a scraped wire story's text is taken apart into. */
export interface WireParts {
  readonly headline?: string;
  readonly dateline?: string;
  readonly byline?: string;
  /** The body's paragraphs, boilerplate kept (the checker flags it for one-click removal). */
  readonly body: string[];
}

// "LOS ANGELES —", "OAKLAND, Calif. —", "WASHINGTON (AP) —", "ST. PAUL, Minn. --"
const DATELINE =
  /^((?:[A-Z][A-Z.'’]*)(?:[ -][A-Z][A-Z.'’]*){0,3}(?:,\s+[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?)(?:\s+\([A-Za-z .]+\))?\s*(?:—|–|--|-)\s+/;

/** Splits a dateline off the front of a paragraph: ["OAKLAND, Calif.", "The rest…"]. */
export function splitDateline(paragraph: string): [string, string] | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match?.[1]) return undefined;
  const place = match[1];
  // At least one word of the place in capitals: "LOS ANGELES", not "Monday -".
  if (!/[A-Z]{3,}/.test(place) || place.length > 50) return undefined;
  const rest = paragraph.slice(match[0].length).trim();
  return rest === '' ? undefined : [place, rest];
}

/**
 * Finds a wire story's parts in its paragraphs: the headline (the first line that is not
 * site chrome and reads as a title), a byline line, and the dateline opening the first body
 * paragraph. Boilerplate stays in the body, where the checker offers to delete it.
 */
export function readWire(paragraphs: ReadonlyArray<string>): WireParts {
  const lines = paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  const content = lines
    .map((line, index) => ({ line, index }))
    .filter((l) => !isBoilerplate(l.line));
  const taken = new Set<number>();
  let headline: string | undefined;
  let byline: string | undefined;
  let dateline: string | undefined;

  const first = content[0];
  const afterFirst = content[1];
  if (first && afterFirst && first.line.length <= 200 && first.line.split(/\s+/).length <= 30) {
    const titleLike = !/[.!?:]["”’]?$/.test(first.line);
    const ledIn =
      splitDateline(afterFirst.line) !== undefined ||
      BYLINE.test(afterFirst.line) ||
      (content[2] !== undefined && splitDateline(content[2].line) !== undefined);
    if (titleLike || ledIn) {
      headline = first.line;
      taken.add(first.index);
    }
  }
  const rest = content.filter((l) => !taken.has(l.index));
  const bylineLine = rest.slice(0, 3).find((l) => BYLINE.test(l.line));
  if (bylineLine) {
    byline = BYLINE.exec(bylineLine.line)![1];
    taken.add(bylineLine.index);
  }
  const firstBody = rest.find((l) => !taken.has(l.index));
  const body = lines.filter((_, index) => !taken.has(index));
  if (firstBody) {
    const split = splitDateline(firstBody.line);
    if (split) {
      dateline = split[0];
      body[body.indexOf(firstBody.line)] = split[1];
    }
  }
  return {
    ...(headline !== undefined ? { headline } : {}),
    ...(dateline !== undefined ? { dateline } : {}),
    ...(byline !== undefined ? { byline } : {}),
    body,
  };
}
