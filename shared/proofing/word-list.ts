/** Parses a word list: one word per line, blank lines and # comments ignored. */
export function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
