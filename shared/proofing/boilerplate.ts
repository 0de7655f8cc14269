import type { Finding } from './types';

/**
 * Lines a scraper copies along with a wire story: site chrome, ads, share and subscribe
 * prompts. Matched on the whole line, so a sentence that merely mentions advertising is safe.
 */
const BOILERPLATE: ReadonlyArray<RegExp> = [
  /^win \$[\d,]+\b.*$/i,
  /^all headlines$/i,
  /^(top|latest|more|related) (headlines|stories|news)$/i,
  /^advertisements?$/i,
  /^(story continues|article continues) below( advertisement)?$/i,
  /^click here to (subscribe|sign up|read more|register)\b.*$/i,
  /^(subscribe|sign up)( now| today| for (our|the) [\w -]+ newsletter)?[.!]?$/i,
  /^(share|follow) (this|us|on)\b.{0,60}$/i,
  /^(share|tweet|email|print|comment)( this)?( story| article)?$/i,
  /^((facebook|twitter|x|linkedin|email|whatsapp|reddit|print)\s*[|·•,/]?\s*){2,}$/i,
  /^(read more|related|recommended|trending)( stories| articles)?:?$/i,
  /^(skip to (main )?content|back to top|view comments)$/i,
  /^(copy link|link copied)$/i,
];

/** True when a whole paragraph is scraped boilerplate, not part of the story. */
export function isBoilerplate(paragraph: string): boolean {
  if (longerThan(paragraph, 120)) return false;
  const line = paragraph.replace(/\s+/g, ' ').trim();
  return line !== '' && line.length <= 120 && BOILERPLATE.some((pattern) => pattern.test(line));
}

// Whether a paragraph is longer than `limit` with its runs of white space counted as one
// space and its ends trimmed: most paragraphs are, and are answered without a copy.
function longerThan(paragraph: string, limit: number): boolean {
  if (paragraph.length <= limit) return false;
  let length = 0;
  let space = true; // leading white space does not count
  for (let i = 0; i < paragraph.length; i++) {
    const code = paragraph.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(paragraph[i]!))) {
      space = true;
      continue;
    }
    length += space && length > 0 ? 2 : 1;
    space = false;
    if (length > limit) return true;
  }
  return false;
}

/** A byline line: "By Dana Whitley", "By Ana Ruiz and Tom Hale, Associated Press". */
export const BYLINE =
  /^By\s+(\p{Lu}[\p{L}.'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]+){0,5})(?:,\s*[^.]{0,60})?$/u;

/** The finding for a line of site chrome: its fix deletes the line. */
export function boilerplateFinding(text: string): Finding {
  return {
    start: 0,
    end: text.length,
    text,
    kind: 'boilerplate',
    message:
      'This line looks like website clutter copied with the story (ads, share buttons, site headers). Delete it?',
    suggestions: [''],
  };
}
