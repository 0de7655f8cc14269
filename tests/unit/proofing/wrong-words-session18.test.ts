import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Wrong words from the sixty-fourth to seventy-first probes, written in other words than the
// probes' own, with right uses of the same words beside them. Each rule was run over 38,589
// paragraphs of outside prose (fortune files and dependency READMEs) before it was kept.

const { findings } = proofingCases();

describe('wrong words a rule can see', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'Prices have all ready doubled since spring.',
      'The meeting begun an hour late.',
      'The county payed out $2 million in claims.',
      'The mill closed, siting heavier losses overseas.',
      'The change would effect roughly 9,000 riders.',
      'The airline posted record loses for the year.',
      'The band has 40 members, many of who live nearby.',
      'If your not registered, call the clerk.',
      'Repairs cost more that $4 million.',
      'The district did not has a plan.',
      'She lived in a shelter for nine month under the bridge.',
      'The storm sent thousand of people to shelters.',
      'They drove too the coast.',
      'The crash injured too people.',
      'Tuition rose by up to have the old rate.',
      'Fishermen fought the purposed rules.',
      'The frog is a protected specie in Oregon.',
      'The rules were adapted in 2019 by the board.',
      'The car was drove into the lake.',
      'Demand on the power gird rose.',
      'Use is expected to peek near 80,000 megawatts.',
      'The club razed money for the shelter.',
      'The firm by’s its parts overseas.',
      'The club is loosing money.',
      'Landlords pay less than there fair share.',
      'Families who’s homes flooded got vouchers.',
    );
    expect(fixes(found)).toEqual([
      ['all ready', 'already'],
      ['begun', 'began'],
      ['payed', 'paid'],
      ['siting', 'citing'],
      ['effect', 'affect'],
      ['loses', 'losses'],
      ['who', 'whom'],
      ['your', "you're"],
      ['that', 'than'],
      ['has', 'have'],
      ['month', 'months'],
      ['thousand', 'thousands'],
      ['too', 'to'],
      ['too', 'two'],
      ['have', 'half'],
      ['purposed', 'proposed'],
      ['specie', 'species'],
      ['adapted', 'adopted'],
      ['drove', 'driven'],
      ['gird', 'grid'],
      ['peek', 'peak'],
      ['razed', 'raised'],
      ['by’s', 'buys'],
      ['loosing', 'losing'],
      ['there', 'their'],
      ['who’s', 'whose'],
    ]);
  });

  it('leaves the right uses of the same words', () => {
    const found = findings(
      'The volunteers were all ready to go, and all ready armed with maps.',
      'The work has just begun, and the talks begun in May went nowhere.',
      'The crew payed out the anchor line.',
      'The agency is siting a new landfill near the river.',
      'The law will effect a change in how votes are counted.',
      'The team loses again.',
      'The question of who pays is open.',
      'Your notice is in the mail, and your going-away party is Friday.',
      'It is more than that, she said.',
      'What they do has always mattered.',
      'It is a nine-month program, and the 12 months before it were hard.',
      'A thousand of them came, and two hundred of those stayed.',
      'It was too much, and she came too.',
      'Too many people came.',
      'They have the votes.',
      'It served a purpose.',
      'Gold specie was hoarded.',
      'The play was adapted from a novel.',
      'She drove to work.',
      'Gird yourself for a long night.',
      'Take a peek at the numbers.',
      'The old mill was razed in 1990.',
      'The bylaws passed.',
      'Archers were loosing arrows at the targets.',
      'Is there fair weather ahead? The woman who’s running the shelter said no.',
      'The council passed it on a 7-2 vote.',
    );
    expect(found).toEqual([]);
  });
});

describe('the people of a state, province or country', () => {
  it('are known with -n or -an where the dictionary lacks them', () => {
    const found = findings(
      'A Sonoran rancher, a Manitoban farmer and a Utahn guide crossed the Chihuahuan Desert.',
      'The whiskey aged in a rickhouse.',
    );
    expect(found).toEqual([]);
  });

  it('are still slips where the dictionary has another form', () => {
    const found = findings('A Canadan official spoke.');
    expect(fixes(found)).toEqual([['Canadan', 'Canadian']]);
  });
});
