import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the 104th and 105th probes (New Mexico ditches in a dry year, Maine lobster
// gear, an Ohio chip plant's delays; Florida condo bills, Kentucky bourbon's slowdown, a
// Minneapolis light rail line), each measured once as held-out copy before any change for it, then
// written here in other words than the probe's own, with right uses of the same words
// beside them. Each rule was run over 15,000 paragraphs of outside prose and the corpus
// before it was kept.

const { findings } = proofingCases();

describe('wrong words a rule can see', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'Renters are the ones who loose the most.',
      'Families who all ready rent here will pay more.',
      'The utility must still meat the deadline.',
      'Bonuses are cut when sales goals are mist.',
      'Officials said Nevada are short of water.',
      'Nobody knows were they’re headed.',
      'The district will set a side money for roofs.',
      '"We did everything write," he said.',
      '"Nobody are getting rich," she said.',
      'Enrollment have fallen for six years.',
      'The mayor was confidant the plan would pass.',
    );
    expect(fixes(found)).toEqual([
      ['who loose', 'who lose'],
      ['who all ready', 'who already'],
      ['meat', 'meet'],
      ['mist', 'missed'],
      ['are', 'is'],
      ['were', 'where'],
      ['set a side', 'set aside'],
      ['write', 'right'],
      ['are', 'is'],
      ['have', 'has'],
      ['confidant', 'confident'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(
      findings(
        'The knot came loose in the wind.',
        'We are all ready to go, and they all ready the boats at dawn.',
        'The diner switched from tofu to meat, and the meat packers gained.',
        'A cold mist hung over the harbor; it was mist and rain all day.',
        'Nevada and Utah are short of water. Farmers in Nevada are worried.',
        'Nevada were among the states that sued.',
        'She set a side dish on the table.',
        'He did it to write a book. Everyone who came were fed.',
        'Enrollment, officials said, have fallen. Investments have grown.',
        'She was his confidant for 30 years.',
      ),
    ).toEqual([]);
  });
});

describe('subjects and their verbs', () => {
  it('holds an institution to a verb for one', () => {
    const found = findings(
      'Officials said the company have spent more than $3 billion.',
      'The county have agreed to pay for the road.',
      'The agency were told to wait.',
    );
    expect(fixes(found)).toEqual([
      ['have', 'has'],
      ['have', 'has'],
      ['were', 'was'],
    ]);
    // A group of people may still be many, and the subject may stand before the institution.
    expect(
      findings(
        'Workers at the company have said so.',
        'The team are ready, the players said.',
        'The police were called at 9 p.m.',
      ),
    ).toEqual([]);
  });

  it('reads a plural subject after "say" and more -s verbs that are never nouns', () => {
    const found = findings(
      'Biologists say the seals has moved north.',
      'Those forecasts assumes a wet spring.',
    );
    expect(fixes(found)).toEqual([
      ['has', 'have'],
      ['assumes', 'assume'],
    ]);
    expect(
      findings(
        'Biologists say the seals have moved north.',
        'Anyone who knows the roads has seen it.',
        'Those forecasts assume a wet spring.',
      ),
    ).toEqual([]);
  });
});

describe('names and words of the region', () => {
  it('shows a family’s plural as that family, not as a place', () => {
    expect(
      findings(
        'Marisol Trujillo farms near Belen with her brother, Tomas Trujillo.',
        'For the Trujillos, the season turns on seed.',
      ),
    ).toEqual([]);
  });

  it('knows the Southwest’s chile and acequia, and lobstering', () => {
    expect(
      findings(
        'Green chile and alfalfa grow along the acequia; the acequias are dug by hand.',
        'Lobstering is the only year-round work in some towns.',
      ),
    ).toEqual([]);
    expect(fixes(findings('Lobstring pays the bills in Jonesport.'))).toEqual([
      ['Lobstring', 'Lobstering'],
    ]);
  });
});

describe('a sound-alike before a quotation closed by a comma', () => {
  it('reads the comma and the closing quotation mark as the sentence’s end', () => {
    expect(fixes(findings('"Nobody fixes a roof until it leeks," she said.'))).toEqual([
      ['leeks', 'leaks'],
    ]);
    expect(findings('"Nobody fixes a roof until it leaks," she said.')).toEqual([]);
  });
});
