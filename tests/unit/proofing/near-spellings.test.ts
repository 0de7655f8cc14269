import { describe, expect, it } from 'vitest';
import { nameDistance } from '../../../shared/proofing/name-distance';
import { NearSpellings } from '../../../shared/proofing/near-spellings';

// The story-wide name check once compared every pair of spellings on every recheck; the
// index must give it the same pairs, in the same order, as that comparison did.
function everyPair(spellings: ReadonlyArray<string>): Array<readonly [string, string, number]> {
  const byInitial = new Map<string, string[]>();
  for (const spelling of spellings) {
    if (spelling.length < 4) continue;
    const group = byInitial.get(spelling[0]!);
    if (group) group.push(spelling);
    else byInitial.set(spelling[0]!, [spelling]);
  }
  const pairs: Array<readonly [string, string, number]> = [];
  for (const group of byInitial.values()) {
    group.sort((x, y) => x.length - y.length);
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length && group[j]!.length - group[i]!.length <= 2; j++) {
        const [a, b] = group[i]! < group[j]! ? [group[i]!, group[j]!] : [group[j]!, group[i]!];
        const distance = nameDistance(a, b);
        if (distance <= 2) pairs.push([a, b, distance]);
      }
  }
  return pairs;
}

const STORY = [
  'Ferreira',
  'Ferriera',
  'Fereira',
  'Fremont',
  'Fresno',
  'Frenso',
  'Oakland',
  'Oaklan',
  'Oaklawn',
  'LaCasse',
  'Lacasse',
  'Lacase',
  'Hochul',
  'Hocul',
  'Hochel',
  'Bob',
  'Bobb',
  'Seymour',
  'Seymore',
  'Sacramento',
  'Sacremento',
  'Sacramentos',
  'Tait',
  'Tate',
  'Tates',
];

describe('NearSpellings (the spellings a slip or two apart, kept across checks)', () => {
  it('gives the pairs, in order, that comparing every pair gives', () => {
    expect(new NearSpellings().pairs(STORY)).toEqual(everyPair(STORY));
  });

  it('gives the same after the story changes, for what the story holds now', () => {
    const near = new NearSpellings();
    near.pairs(STORY);
    const edited = [...STORY.filter((s) => s !== 'Ferriera' && s !== 'Hocul'), 'Hochull', 'Tiat'];
    expect(near.pairs(edited)).toEqual(everyPair(edited));
    expect(near.pairs(edited).some(([a, b]) => a === 'Ferriera' || b === 'Ferriera')).toBe(false);
    expect(near.pairs(edited)).toContainEqual(['Hochul', 'Hochull', 1]);
  });
});
