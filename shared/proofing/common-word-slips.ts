import type { ProofingResources } from './proofreader';

// Capitalized words that are slips of a common word however they stand: names are not
// spelled so (see `slipOfKnownWord` in suggestions.ts).

const LETTERS_ONLY = /^\p{L}+$/u;

// Endings that sound alike and are written for each other ("AgriLife Extention",
// "Independance Day"): names do not end so, and a common word with the other ending is meant.
const SUFFIX_SLIPS: ReadonlyArray<readonly [string, string]> = [
  ['tion', 'sion'],
  ['sion', 'tion'],
  ['ance', 'ence'],
  ['ence', 'ance'],
  ['ant', 'ent'],
  ['ent', 'ant'],
  ['ible', 'able'],
  ['able', 'ible'],
];

export function suffixSlipOfCommon(word: string, resources: ProofingResources): boolean {
  const common = resources.common;
  if (word.length < 7 || !common || !LETTERS_ONLY.test(word)) return false;
  const lower = word.toLowerCase();
  if (word.slice(1) !== lower.slice(1)) return false;
  for (const [written, meant] of SUFFIX_SLIPS)
    if (
      lower.endsWith(written) &&
      (common.get(lower.slice(0, -written.length) + meant) ?? 99) <= 35
    )
      return true;
  return false;
}

// Nine letters, one more than a common word has, inside it ("a Democract whose"): a
// surname is seldom a word with a letter put into its middle. (At eight, "Schaller" and
// "Wheelers" are names.)
export function addedToCommon(word: string, resources: ProofingResources): boolean {
  const common = resources.common;
  if (word.length !== 9 || !common || !LETTERS_ONLY.test(word)) return false;
  const lower = word.toLowerCase();
  if (word.slice(1) !== lower.slice(1)) return false;
  // Not the last letter, nor the one before a plural's s: "Mitchells" is a family.
  for (let k = 2; k < lower.length - (lower.endsWith('s') ? 2 : 1); k++) {
    const shorter = lower.slice(0, k) + lower.slice(k + 1);
    if ((common.get(shorter) ?? 99) <= 35) return true;
  }
  return false;
}
