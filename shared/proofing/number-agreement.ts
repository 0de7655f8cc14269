import type { ProofingResources } from './proofreader';
import type { Finding } from './types';

// "a spokesmen", "one congresswomen": one person after a word for one, in the plural in -men.
// Not before an apostrophe ("a women's shelter" is the shelter's article), and only where the
// dictionary knows both forms, so "a specimen", "an omen" and "a ramen shop" are left alone.
const ONE_THEN_MEN = /\b(a|an|one|each|every|another) (\p{L}*)men\b(?!['’])/giu;

/** A plural in -men after a word for one: the singular in -man is meant. */
export function singularSlips(text: string, resources: ProofingResources): Finding[] {
  if (!text.includes('men')) return [];
  const findings: Finding[] = [];
  ONE_THEN_MEN.lastIndex = 0;
  for (let m = ONE_THEN_MEN.exec(text); m !== null; m = ONE_THEN_MEN.exec(text)) {
    const stem = m[2]!;
    const written = `${stem}men`;
    const singular = `${stem}man`;
    const { speller } = resources;
    if (!speller.correct(written.toLowerCase()) || !speller.correct(singular.toLowerCase()))
      continue;
    const start = m.index + m[1]!.length + 1;
    findings.push({
      start,
      end: start + written.length,
      text: written,
      kind: 'spelling',
      message: `One person: “${m[1]} ${singular}”.`,
      suggestions: [singular],
    });
  }
  return findings;
}
