import type { UnknownName } from './consistency';
import type { Finding } from './types';

// A surname with a particle written joined in one place and spaced in another ("Francis De
// Luca", later "DeLuca said"): the same name two ways, which the story-wide check, comparing
// single words, does not see.

const JOINED = /^(De|Del|Della|Di|Da|Du|La|Le|Van|Von)(\p{Lu}\p{Ll}{2,})$/u;

interface Mention {
  block: number;
  start: number;
  text: string;
  introduced: boolean;
}

/** Findings on the spelling of such a name the story does not introduce, or uses less. */
export function spacedNameSlips(
  unknown: ReadonlyArray<UnknownName>,
  blocks: ReadonlyArray<string>,
): Array<{ block: number; finding: Finding }> {
  const found: Array<{ block: number; finding: Finding }> = [];
  const seen = new Set<string>();
  for (const u of unknown) {
    const parts = JOINED.exec(u.text);
    if (parts === null || seen.has(u.text)) continue;
    seen.add(u.text);
    const [joined, particle, rest] = parts as unknown as [string, string, string];
    const spaced = `${particle} ${rest}`;
    const pattern = new RegExp(
      `(?<![\\p{L}'’-])(?:${joined}|${particle} ${rest})(?![\\p{L}])`,
      'gu',
    );
    const mentions: Mention[] = [];
    blocks.forEach((text, block) => {
      if (!text.includes(rest)) return;
      for (const m of text.matchAll(pattern))
        mentions.push({
          block,
          start: m.index,
          text: m[0],
          // After a given name: "Francis De Luca".
          introduced: /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, m.index - 20), m.index)),
        });
    });
    const ways = [joined, spaced].map((form) => mentions.filter((m) => m.text === form));
    if (ways[0]!.length === 0 || ways[1]!.length === 0) continue;
    const introduced = ways.map((list) => list.some((m) => m.introduced));
    const [right, wrong] =
      introduced[0] !== introduced[1]
        ? introduced[0]
          ? [0, 1]
          : [1, 0]
        : ways[0]!.length !== ways[1]!.length
          ? ways[0]!.length > ways[1]!.length
            ? [0, 1]
            : [1, 0]
          : ways[0]![0]!.block <= ways[1]![0]!.block
            ? [0, 1]
            : [1, 0];
    const better = right === 0 ? joined : spaced;
    for (const m of ways[wrong]!)
      found.push({
        block: m.block,
        finding: {
          start: m.start,
          end: m.start + m.text.length,
          text: m.text,
          kind: 'consistency',
          message: `“${m.text}” is written “${better}” elsewhere in this story.`,
          suggestions: [better],
        },
      });
  }
  return found;
}
