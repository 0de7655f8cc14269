import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Cases from the forty-eighth to fifty-first probes (a hurricane on the Georgia coast, a
// nurses' strike in the Twin Cities, an Arizona water ruling, a Big 12 game), each written in
// other words than the probe's own, with right uses of the same words beside them.

const { findings } = proofingCases();

describe('two words written twice over', () => {
  it('flags the repeated pair, with the pair once as the fix', () => {
    const found = findings('Crews said they would not be able be able to reach the island.');
    expect(fixes(found)).toEqual([['be able be able', 'be able']]);
    expect(found[0]!.kind).toBe('repeat');
  });

  it('flags a run of three once', () => {
    const found = findings('Read the report of the of the of the council.');
    expect(found.filter((f) => f.kind === 'repeat')).toHaveLength(1);
  });

  it('leaves pairs repeated on purpose alone', () => {
    const found = findings(
      'She tried over and over and over again.',
      'He was as sad as sad can be.',
      'It accelerates at ten metres per second per second.',
      'It is frustrating to have to have this talk.',
      'He said the time. The time was late.',
      'Read 20 20 times.',
    );
    expect(found.filter((f) => f.kind === 'repeat')).toEqual([]);
  });
});

describe('a plural in -men after a word for one', () => {
  it('offers the singular', () => {
    const found = findings(
      'Dana Ruiz, a spokeswomen for the utility, said crews were ready.',
      'Another fishermen said the catch was down.',
      'Each congressmen got a copy.',
    );
    expect(fixes(found)).toEqual([
      ['spokeswomen', 'spokeswoman'],
      ['fishermen', 'fisherman'],
      ['congressmen', 'congressman'],
    ]);
  });

  it('leaves possessives and words that only end in -men alone', () => {
    const found = findings(
      'She runs a women’s shelter and a men’s group.',
      'It was a specimen, an omen and a regimen.',
      'Two spokesmen and several congresswomen spoke.',
    );
    expect(found).toEqual([]);
  });
});

describe('wrong words from the probes', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'Call now if your been told to leave the coast.',
      'About 900 workers walked of the job on Friday.',
      'The clinic saw 40 patience a day, and several patience waited outside.',
      'Both sides met with a federal meditator on Monday.',
      'Nobody gains from a shutdown, lest of all the riders.',
      'Volunteers take car of the animals.',
      'Spending has all ready exceeded the budget.',
      'A sellout crowed cheered the team.',
      'He kicked the wining field goal.',
      'We except to finish the work by June.',
      'The permit expires with in five years.',
      'She made the finale putt from 12 feet.',
    );
    expect(fixes(found)).toEqual([
      ['your', "you've"],
      ['of', 'off'],
      ['patience', 'patients'],
      ['patience', 'patients'],
      ['meditator', 'mediator'],
      ['lest', 'least'],
      ['car', 'care'],
      ['all ready', 'already'],
      ['crowed', 'crowd'],
      ['wining', 'winning'],
      ['except', 'expect'],
      ['with in', 'within'],
      ['finale', 'final'],
    ]);
  });

  it('leaves the right uses of the same words alone', () => {
    const found = findings(
      'Your band has been great, and your beer is cold.',
      'The rooster crowed at dawn, and the team was all ready to go.',
      'They spent the night wining and dining donors.',
      'Nobody was allowed in except to vote.',
      'The rule lets the agency except some farms.',
      'Show more patience with the process.',
      'The meditator sat still for an hour.',
      'He came with in-laws and the season finale drew 4 million viewers.',
      'Take the car of your choice.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('a noun in -ys without its apostrophe', () => {
  const first = (...blocks: string[]): string[] =>
    findings(...blocks).map((f) => f.suggestions[0] ?? '');

  it('offers the possessive first before a noun', () => {
    expect(first('The league protects the franchise and the citys own teams.')).toEqual(["city's"]);
    expect(first('The agencys 2024 budget grew.')).toEqual(["agency's"]);
  });

  it('keeps the plural first after a count, and before a verb or a small word', () => {
    expect(
      first(
        'Three countys voted no.',
        'The countys are broke.',
        'Officials in the countys said no.',
        'The countys reported cases.',
      ),
    ).toEqual(['counties', 'counties', 'counties', 'counties']);
  });
});

describe('a given name before a listed surname', () => {
  it('is no slip of a town', () => {
    const found = findings(
      'The Cougars beat the Bears 30-27.',
      'The last score came on a pass from Avery Johnson to Keagan Johnson.',
    );
    expect(found).toEqual([]);
  });

  it('still finds a place slip before the head of a place’s name or a team', () => {
    const found = findings(
      'The Cougars beat the Bears 30-27.',
      'Fans from Oaklan Park drove to see the Denvre Broncos.',
    );
    expect(fixes(found)).toEqual([
      ['Oaklan Park', 'Oakland Park'],
      ['Denvre Broncos', 'Denver Broncos'],
    ]);
  });
});

describe('from the fifty-second and fifty-third probes (a fraud trial, a grocer’s closings)', () => {
  it('flags each wrong word with the right one', () => {
    const found = findings(
      'The jury found him guilty on all six accounts.',
      'After a three-weak trial, the verdict came quickly.',
      'A hearing was sat for December.',
      'Most donors were out-of-sate residents.',
      'The numbers where hard to believe.',
      'The ruling has already lead to appeals.',
      'The chain blamed weak costumer traffic.',
      'The plant offered effected employees new jobs.',
      'The lose of the mill hurt the town.',
    );
    expect(fixes(found)).toEqual([
      ['accounts', 'counts'],
      ['three-weak', 'three-week'],
      ['sat', 'set'],
      ['out-of-sate', 'out-of-state'],
      ['where', 'were'],
      ['lead', 'led'],
      ['costumer', 'customer'],
      ['effected', 'affected'],
      ['lose', 'loss'],
    ]);
  });

  it('leaves the right uses of the same words alone', () => {
    const found = findings(
      'She closed three accounts at the bank and sat for an interview.',
      'They went where hard hats are required, to places where able-bodied men worked.',
      'Pipes that have lead in them are being replaced; they lead the league.',
      'A costumer for the opera and the effected change both drew praise.',
      'Nobody wants to lose of course.',
    );
    expect(fixes(found)).toEqual([]);
  });

  it('holds a town to the state a story names twice or more', () => {
    const found = findings(
      'Ohio grocer closes stores',
      'The chain will close stores in Portsmouth and Chilicothe in Ohio.',
    );
    expect(fixes(found)).toEqual([['Chilicothe', 'Chillicothe']]);
  });

  it('offers the plural in -ves for a noun in -f or -fe given an s', () => {
    expect(findings('Workers kept the shelfs stocked.')[0]?.suggestions[0]).toBe('shelves');
  });

  it('does not hold it to a state named once in passing', () => {
    const found = findings(
      'Growers fight water plan',
      '"We give up our farms so California can fill its pools," said Nancy Caywood, a grower near Casa Grande.',
    );
    expect(found.filter((f) => f.kind === 'name')).toEqual([]);
  });
});

describe('a rare word said once beside a name used twice', () => {
  it('is a slip of that name', () => {
    const found = findings(
      'Court story',
      'Her lawyer, Thomas Brandt of Albuquerque, argued the case. Brandt said she would appeal.',
      'Brant said outside the courthouse that the jury was confused.',
    );
    expect(fixes(found)).toEqual([['Brant', 'Brandt']]);
  });

  it('does not hold a rare word to a name written only once', () => {
    const found = findings(
      'Farm story',
      'Gov. Laura Kelley asked for help. Kelly said farmers were struggling.',
    );
    expect(found.filter((f) => f.kind === 'consistency')).toEqual([]);
  });
});

describe('wrong words left from the first measure of the new probes', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'Shops reopened after the hurricane past.',
      'Erosion is worst along the Outer Banks cost.',
      'The city wants to tab groundwater for the project.',
      'The tower will hold 240 rental unites.',
    );
    expect(fixes(found)).toEqual([
      ['past', 'passed'],
      ['cost', 'coast'],
      ['tab', 'tap'],
      ['unites', 'units'],
    ]);
  });

  it('leaves the right uses alone', () => {
    const found = findings(
      'Along the way the cost rose; the storm in years past was worse.',
      'Press tab to move on. The cause unites the two parties.',
    );
    expect(found).toEqual([]);
  });
});
