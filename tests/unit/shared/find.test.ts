import { describe, expect, it } from 'vitest';
import { buildMatcher, findInText, replaceAllInText, replacementFor } from '../../../shared/find';

const plain = { matchCase: false, wholeWord: false, regex: false };

describe('find and replace logic', () => {
  it('finds case-insensitively by default, and exactly with match case', () => {
    expect(findInText('Oakland oakland OAKLAND', buildMatcher('oakland', plain))).toHaveLength(3);
    expect(
      findInText('Oakland oakland OAKLAND', buildMatcher('oakland', { ...plain, matchCase: true })),
    ).toEqual([{ start: 8, end: 15 }]);
  });

  it('treats special characters literally unless regular expressions are on', () => {
    expect(findInText('cost $5.60 (or 5x60)', buildMatcher('5.60', plain))).toEqual([
      { start: 6, end: 10 },
    ]);
    expect(
      findInText('cost $5.60 (or 5x60)', buildMatcher('5.60', { ...plain, regex: true })),
    ).toHaveLength(2);
  });

  it('matches whole words only, including accented letters', () => {
    const m = buildMatcher('art', { ...plain, wholeWord: true });
    expect(findInText('art party artful Art, café-art', m).map((x) => x.start)).toEqual([
      0, 17, 27,
    ]);
    expect(findInText('café cafés', buildMatcher('café', { ...plain, wholeWord: true }))).toEqual([
      { start: 0, end: 4 },
    ]);
  });

  it('explains an invalid regular expression instead of throwing', () => {
    const m = buildMatcher('(unclosed', { ...plain, regex: true });
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.message).toMatch(/not a valid regular expression/);
    expect(findInText('anything', m)).toEqual([]);
  });

  it('skips empty matches and never loops forever', () => {
    expect(findInText('abc', buildMatcher('x*', { ...plain, regex: true }))).toEqual([]);
  });

  it('replaces with groups in regex mode and literally otherwise', () => {
    const re = buildMatcher('(\\d+)%', { ...plain, regex: true });
    expect(replacementFor('80%', '$1 percent', re, { ...plain, regex: true })).toBe('80 percent');
    expect(replacementFor('80%', '$1 percent', buildMatcher('80%', plain), plain)).toBe(
      '$1 percent',
    );
    expect(replaceAllInText('80% and 5%', '$1 percent', re, { ...plain, regex: true })).toEqual({
      text: '80 percent and 5 percent',
      count: 2,
    });
  });

  it('an empty query matches nothing and says nothing', () => {
    expect(buildMatcher('', plain)).toEqual({ ok: false, message: '' });
  });
});
