import type { UnknownName } from './consistency';
import { nameDistance } from './name-distance';
import type { ProofingResources } from './proofreader';
import type { Finding } from './types';

// "Dana Cooper, a ranger" and later "Coopper said": the dictionary knows Cooper (a barrel
// maker), so the consistency check, which compares names the dictionary lacks, never sees it;
// and a word before "said" is taken for a surname rather than a typo. Such a word, used once,
// one slip from a surname the story gives with a first name, is that surname.

const SAID_AFTER = /^ (?:said|says|told|added|testified|wrote|argued|noted|explained)\b/;

/** The unknown names that are slips of a surname the story introduces, each with its finding. */
export function slipsOfIntroducedNames(
  hints: ReadonlyArray<UnknownName>,
  counts: ReadonlyMap<string, number>,
  blocks: ReadonlyArray<string>,
  resources: ProofingResources,
): Array<{ hint: UnknownName; finding: Finding }> {
  const out: Array<{ hint: UnknownName; finding: Finding }> = [];
  for (const hint of hints) {
    const word = hint.text;
    if (hint.known || counts.get(word) !== 1 || word.length < 4) continue;
    const text = blocks[hint.block] ?? '';
    if (!SAID_AFTER.test(text.slice(hint.end, hint.end + 14))) continue;
    const surname = [...counts.keys()].find(
      (name) =>
        name !== word &&
        name[0] === word[0] &&
        Math.abs(name.length - word.length) <= 1 &&
        nameDistance(word, name) === 1 &&
        introduced(name, blocks, resources),
    );
    if (surname === undefined) continue;
    out.push({
      hint,
      finding: {
        start: hint.start,
        end: hint.end,
        text: word,
        kind: 'consistency',
        message: `“${word}” is spelled “${surname}” elsewhere in this story.`,
        suggestions: [surname],
      },
    });
  }
  return out;
}

// Written after a first name somewhere in the story: a capitalized word that is no everyday
// word, or one the dictionary lists as a name ("Dana Cooper", "Mark Price").
function introduced(
  surname: string,
  blocks: ReadonlyArray<string>,
  resources: ProofingResources,
): boolean {
  const after = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+) ${surname}(?![\\p{L}])`, 'u');
  return blocks.some((block) => {
    const given = after.exec(block)?.[1];
    return (
      given !== undefined &&
      (resources.speller.listed(given) || !resources.speller.correct(given.toLowerCase()))
    );
  });
}
