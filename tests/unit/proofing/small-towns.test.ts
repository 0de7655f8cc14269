import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../shared/proofing/gazetteer';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Towns too small for GeoNames' list of places of 1,000 people, and New England's towns,
// are known from the US ZIP code list, but only with their state beside them: thousands of
// them are surnames too.

const { expectClean, findings } = proofingCases();

describe('small towns beside their state', () => {
  it('leaves datelines of small towns in several states alone, in any case', () => {
    expectClean([
      'UNDERHILL, Vt. — The select board voted Tuesday to repave the road to the school.',
      'Underhill, Vt. — The select board voted Tuesday to repave the road to the school.',
      'PARAGONAH, Utah (AP) — Ranchers said the drought had cut their herds by a third.',
      'BLACKLICK, Ohio — A water main break closed two schools on Monday.',
      'VANNDALE, Ark. — The county judge declared a burn ban.',
      'Prompton, Pa. — The borough council met for the last time in the old hall.',
      'BLACKDUCK, Minn. — Ice fishing houses must be off the lake by March 1.',
      'ALLONS, Tenn. — A tornado touched down west of town just after midnight.',
    ]);
  });

  it('knows towns of two or three words in the body, with their state', () => {
    expectClean([
      'The crash happened near Drayton Plains, Mich., on Monday night.',
      'The ferry runs from Stewarts Point, Calif., twice a week in summer.',
      'Voters in Selman City, Texas, will choose a new constable.',
      'The bridge near Wingett Run, Ohio, reopened Friday.',
      'A clinic in Manderson, S.D., will stay open on weekends.',
    ]);
  });

  it('still judges such a name with no state beside it', () => {
    // "Onley" (Va.) opening a sentence with no state is still a slip of "Only".
    expect(fixes(findings('Onley three members voted against the plan.'))).toEqual([
      ['Onley', 'Only'],
    ]);
  });

  it('offers the town for a dateline one letter off it, in the dateline’s case', () => {
    expect(fixes(findings('UNDERHIL, Vt. — The select board met Tuesday.'))).toEqual([
      ['UNDERHIL', 'UNDERHILL'],
    ]);
    expect(fixes(findings('Paragona, Utah — Ranchers met Tuesday.'))).toEqual([
      ['Paragona', 'Paragonah'],
    ]);
  });

  it('offers no town for a name beside a state after the dateline', () => {
    // A person may be named with a state ("Tester, Montana's senior senator"): only a
    // block's first word, where nothing but a place stands, is held to the state's towns.
    expect(
      fixes(findings('The bill’s sponsor, Sen. Ruth Underhil, Vt., said it would pass.')),
    ).toEqual([]);
  });
});

describe('small towns of the story’s state', () => {
  it('offers a town of the state for a name one slip off it where a place stands', () => {
    expect(
      fixes(findings('PORTLAND, Maine — A wind farm is planned south of Monhegen Island.')),
    ).toEqual([['Monhegen', 'Monhegan']]);
  });

  it('offers none in a story of another state, or where a person stands', () => {
    expect(findings('DENVER — A wind farm is planned south of Monhegen Island.')).toEqual([]);
    expect(findings('PORTLAND, Maine — Monhegen said the vote would wait.')).toEqual([]);
  });
});

describe('the gazetteer’s town list', () => {
  const gazetteer = new Gazetteer(
    ['Burlington'],
    { burlington: 'IAVT' },
    {},
    {},
    [],
    {},
    {},
    'drayton plains MI\njericho NYVT\nunderhill VT\n',
  );

  it('knows a town only in its own states, in any case', () => {
    expect(gazetteer.towns.has('UNDERHILL', 'VT')).toBe(true);
    expect(gazetteer.towns.has('Underhill', 'NH')).toBe(false);
    expect(gazetteer.towns.has('Jericho', 'VT')).toBe(true);
    // State codes are read in pairs: "YV" across NY and VT is no state.
    expect(gazetteer.towns.has('Jericho', 'YV')).toBe(false);
    expect(gazetteer.towns.has('Drayton Plains', 'MI')).toBe(true);
    expect(gazetteer.towns.hasAny('Jericho', new Set(['CA', 'VT']))).toBe(true);
    expect(gazetteer.towns.hasAny('Jericho', new Set(['YV', 'CA']))).toBe(false);
  });

  it('keeps the towns out of lookups and near misses', () => {
    expect(gazetteer.lookup('Underhill')).toBeUndefined();
    expect(gazetteer.nearMisses('Underhil')).toEqual([]);
  });

  it('finds the towns of a state one slip away, capitalized', () => {
    expect(gazetteer.towns.near('Underhil', 'VT')).toEqual(['Underhill']);
    expect(gazetteer.towns.near('Udnerhill', 'VT')).toEqual(['Underhill']);
    expect(gazetteer.towns.near('Drayton Plain', 'MI')).toEqual(['Drayton Plains']);
    expect(gazetteer.towns.near('Underhil', 'NH')).toEqual([]);
  });
});
