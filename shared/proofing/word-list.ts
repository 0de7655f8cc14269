/** Parses a word list: one word per line, blank lines and # comments ignored. */
export function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Words with their SCOWL size (10 = most common), from resources/words-common.txt or
 * resources/words-rarer.txt.
 */
export function parseCommonWords(text: string): Map<string, number> {
  const sizes = new Map<string, number>();
  let size = 10;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = /^# size (\d+)$/.exec(line);
    if (heading) size = Number(heading[1]);
    else if (line !== '' && !line.startsWith('#')) sizes.set(line, size);
  }
  return sizes;
}
