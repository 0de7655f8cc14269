import { describe, expect, it } from 'vitest';
import { proofingCases } from '../../helpers/proofing-findings';

// Words of health and business stories no dictionary has yet, from new clean copy read for
// false flags (a drug approval, a chipmaker's earnings).

const { findings } = proofingCases();

describe('medicines by their generic names', () => {
  it('takes a name with an adopted-name ending as written', () => {
    const found = findings(
      'The agency approved donanemab and tirzepatide, and a trial of nirsevimab began.',
      'Doctors compared olezarsen with a placebo; zuranolone works within days.',
    );
    expect(found).toEqual([]);
  });

  it('still flags a medicine or a word one slip off', () => {
    const found = findings('She was prescribed amoxicilin after the apartide vote.');
    expect(found.map((f) => f.text)).toEqual(['amoxicilin', 'apartide']);
    expect(found[0]!.suggestions[0]).toBe('amoxicillin');
  });
});

describe('words of current business news', () => {
  it('knows hyperscalers and hyper- compounds of common words', () => {
    expect(findings('Hyperscalers and hyperlocal sites want hyperconnected networks.')).toEqual([]);
  });
});

describe('a word the story explains as it uses it', () => {
  it('takes a glossed word after an article as written', () => {
    const found = findings(
      'Elders chose a jirga, or council, to settle it.',
      'Guards carried the head of an oba, or king, out of the palace.',
    );
    expect(found).toEqual([]);
  });

  it('still flags a slip of a common word before ", or"', () => {
    const found = findings('It was a mistke, or error, by the clerk. Students can wlak, or ride.');
    expect(found.map((f) => f.text)).toEqual(['mistke', 'wlak']);
  });
});
