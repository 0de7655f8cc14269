import { Proofreader } from './proofreader';
import type { ProofingResources } from './proofreader';
import { buildIndexes } from './suggestions';

// A few lines of made-up wire copy that take every path of a check: a dateline, places
// known and slipped, a compound, a hyphenated name, a title, a byline, articles by sound,
// a doubled word, a typo opening a sentence, quotes, brackets and a house-style phrase.
const SAMPLE = [
  'By Jordan Whitfield-Amos',
  'TULSA, Okla. — An hour after the Creek County board met, a U.S. official said the Tusla-based co-op, a non-profit, would stay open in Oklahoma City and the Panhandle.',
  'Dr. Renata Oyelaran said the the plan was "not perfect" (for now). Oyelaran added that Teh county’s staff of 40 people could care less about an union vote in mid-July.',
  'Parnts and Psycologists waited. Comuters said the Supervisers left. Whitcombe spoke.',
  'The St. Louis Cardinals and the Amercan Red Cross sent an FBI agent and a UC campus crew to Sacramento-area shelters.',
];

/**
 * Prepares a proofing worker before its first story arrives: builds the indexes and runs one
 * small check, so the first real check does not also pay for compiling the checker's code and
 * expressions (about a fifth of a cold check of 10,000 words). Counted in start-up.
 */
export function warmProofing(resources: ProofingResources): void {
  buildIndexes(resources);
  new Proofreader(resources, { deferSuggestions: true }).check(SAMPLE);
}
