import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the 122nd probe (maple sugaring in Vermont, Louisiana's spring shrimp season,
// the Yukon chum closure, a lock closed on the Ohio), measured once as copy the checker had
// never seen, then written here in other words, with right uses of the same words beside
// them. Every change was run over 2 million words of outside prose before it was kept.

const { findings } = proofingCases();

describe('agreement the probe missed', () => {
  it('holds a verb after a plural, “who” and an adverb to the plural', () => {
    expect(fixes(findings('The growers, who often sells at the market, met Monday.'))).toEqual([
      ['sells', 'sell'],
    ]);
    expect(
      findings(
        'The growers, who often sell at the market, met Monday.',
        'He walks the ditch and decides who takes water on which days.',
      ),
    ).toEqual([]);
    expect(fixes(findings('A driver who never stop for coffee was late.'))).toEqual([
      ['stop', 'stops'],
    ]);
  });

  it('holds a verb after one thing and “that” to the one', () => {
    expect(fixes(findings('The state kept a ban that have closed the river.'))).toEqual([
      ['have', 'has'],
    ]);
    expect(
      findings(
        'It is one of a handful of towns that have a ferry. A few that have stayed are proud.',
        'Taxes paid by a worker that are withheld each month go to the state.',
        'She runs a crew that have fished together for years.',
      ),
    ).toEqual([]);
  });

  it('gives one person “says”, but not after “let” or a second subject', () => {
    expect(fixes(findings('The state geologist say the aquifer is dropping.'))).toEqual([
      ['say', 'says'],
    ]);
    expect(
      findings(
        'Let the geologist say what she found.',
        'The mayor and the geologist say the well is dry.',
        'Geologists say the aquifer is dropping.',
        'Would the inspector say so?',
      ),
    ).toEqual([]);
  });

  it('asks “-men” after many', () => {
    expect(fixes(findings('Several lineman worked through the night.'))).toEqual([
      ['lineman', 'linemen'],
    ]);
    expect(findings('Many women came. Many Germans came too. Many a fisherman has tried.')).toEqual(
      [],
    );
  });
});

describe('wrong words the probe missed', () => {
  it('takes “that let’s” for “lets”', () => {
    expect(fixes(findings('A new gate that let’s boats pass opened Friday.'))).toEqual([
      ['let’s', 'lets'],
    ]);
    expect(findings('“Let’s go,” she said. “Let’s not wait.”')).toEqual([]);
  });

  it('takes “Than” opening a sentence for “Then”', () => {
    expect(fixes(findings('The rain stopped. Than the river rose.'))).toEqual([['Than', 'Then']]);
    expect(fixes(findings('“Than we started boiling,” she said.'))).toEqual([['Than', 'Then']]);
    expect(findings('The river rose faster than the forecast said.')).toEqual([]);
  });

  it('takes “then” after a comparison for “than”', () => {
    expect(fixes(findings('Shipping is cheaper by barge then by truck.'))).toEqual([
      ['then', 'than'],
    ]);
    expect(
      findings(
        'Prices rose higher last year, then fell.',
        'Rates climbed faster for a while and then by June they eased.',
      ),
    ).toEqual([]);
  });

  it('takes “Somethings going” for “Something’s”', () => {
    expect(fixes(findings('Somethings wrong with the gate, the crew said.'))).toEqual([
      ['Somethings', "Something's"],
    ]);
    expect(findings('Little somethings matter to the crew.')).toEqual([]);
  });
});

describe('sound-alikes the probe missed', () => {
  it('takes a costumer outside a theater for a customer', () => {
    expect(fixes(findings('The store kept one costumer waiting an hour.'))).toEqual([
      ['costumer', 'customer'],
    ]);
    expect(findings('The opera’s costumer sewed all night before the premiere.')).toEqual([]);
  });

  it('takes prizes of things sold for prices', () => {
    expect(fixes(findings('Record diesel prizes kept the boats in.'))).toEqual([
      ['prizes', 'prices'],
    ]);
    expect(findings('The fair gave out prizes for the best pie.')).toEqual([]);
  });

  it('takes “idol” where nothing moves for “idle”', () => {
    expect(fixes(findings('The barges sat idol at the lock for a week.'))).toEqual([
      ['idol', 'idle'],
    ]);
    expect(findings('He was a teen idol; she was an idol of hers.')).toEqual([]);
  });
});

describe('names the probe missed or flagged', () => {
  it('finds a letter added to a small place, but no people’s word in -n', () => {
    expect(
      fixes(findings('HOUMA, La. — Shrimpers unloaded at the dock in Chauvinn on Monday.')),
    ).toEqual([['Chauvinn', 'Chauvin']]);
    expect(findings('Californian growers and Utahn buyers met in Chauvin.')).toEqual([]);
  });

  it('takes Athabascan, as Alaska spells it', () => {
    expect(findings('Athabascan families along the Yukon fished for chum.')).toEqual([]);
  });
});
