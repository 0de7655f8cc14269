import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the 110th probe (Louisiana shrimpers, Puget Sound ferries, a Michigan battery
// plant), measured once as copy the checker had never seen, then written here in other
// words, with right uses of the same words beside them. Every check was run over 15,000
// paragraphs of fortunes and 100,000 sentences of outside prose before it was kept.

const { findings } = proofingCases();

describe('a plural subject and a verb for one', () => {
  it('reads past an adjective, a possessive or a kind of thing', () => {
    const found = findings(
      'The new tariffs has done little for growers.',
      'The county’s two hospitals is short of nurses.',
      'The mill’s problems goes back years.',
      'But feed costs has doubled since spring.',
      'Because bridge repairs was delayed, the detour stayed.',
      'Her cousins was at the hearing.',
    );
    expect(fixes(found)).toEqual([
      ['has', 'have'],
      ['is', 'are'],
      ['goes', 'go'],
      ['has', 'have'],
      ['was', 'were'],
      ['was', 'were'],
    ]);
  });

  it('leaves a plural that is another phrase’s, a question or an amount', () => {
    const found = findings(
      'The trouble with forecasts is that they change.',
      'The harbor she loves is quiet.',
      'How many inspectors does it take?',
      'Raising oysters is slow work.',
      'All that glitters is not gold.',
      'The past two winters has been mild.',
      'Timber and other forest products is the county’s biggest export.',
      'The sales tax is due Friday.',
      'One of the trawlers is for sale.',
    );
    expect(fixes(found)).toEqual([]);
  });

  it('counts more than one before “of the”', () => {
    const found = findings(
      'Three of the pumps was broken.',
      'Several of the new stations has closed.',
      'One of the pumps was broken.',
      'Three of the money is gone.',
    );
    expect(fixes(found)).toEqual([
      ['was', 'were'],
      ['has', 'have'],
    ]);
  });
});

describe('one subject and a verb for many', () => {
  it('after a noun for an amount of something, opening its sentence', () => {
    const found = findings(
      'Attendance at the county fairs have slipped.',
      'Enrollment in the night classes were up.',
      'Everything on the dock were sold by noon.',
      'Police in both towns have asked for calm.',
      'Joining her at the table were two deputies.',
      'Staff at the clinics have walked out.',
    );
    expect(fixes(found)).toEqual([
      ['have', 'has'],
      ['were', 'was'],
      ['were', 'was'],
    ]);
  });

  it('after “he” or “she”, and after “every … that”', () => {
    const found = findings(
      'She drive a school bus in the mornings.',
      'Since he work nights, his sister helps.',
      'Every trawler that leave the harbor is logged.',
      'The board asked that she resign.',
      'Did he drive the truck?',
      'He need not sign it.',
      'Should she run again, she would win.',
    );
    expect(fixes(found)).toEqual([
      ['drive', 'drives'],
      ['work', 'works'],
      ['leave', 'leaves'],
    ]);
  });
});

describe('wrong words a rule can see', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'Residents said there roofs were leaking.',
      'Crews said there pumps were failing.',
      'It was the busiest the port had every been.',
      '"We our running out of room," she said.',
      'The county hired abut 40 seasonal workers.',
      'The family finished paying of the mortgage.',
      'Each town will get its fair shear of the money.',
      'She teaches at a junior collage.',
      'Tuition will have to costs more.',
      'The clinic is a few mile from the highway.',
      'Jo Pratt, the coalitions president, spoke first.',
      'The yard that bidded on the dredging lost.',
    );
    expect(fixes(found)).toEqual([
      ['there roofs', 'their roofs'],
      ['there', 'their'],
      ['had every been', 'had ever been'],
      ['We our running', 'We are running'],
      ['abut', 'about'],
      ['paying of', 'paying off'],
      ['fair shear', 'fair share'],
      ['junior collage', 'junior college'],
      ['have to costs', 'have to cost'],
      ['a few mile', 'a few miles'],
      ['the coalitions president', "the coalition's president"],
      ['bidded', 'bid'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    const found = findings(
      'Wherever you go, there you are.',
      'Out there boats were scarce.',
      'Were there problems that would last?',
      'The lots abut the river.',
      'The ewes were shorn with a shear.',
      'She made a collage of old photos.',
      'The sales director left.',
      'The communications director said so.',
      'A few day laborers waited.',
      'Thirty-there people were hurt.',
    );
    expect(fixes(found).filter(([text]) => text !== 'Thirty-there')).toEqual([['there', 'three']]);
  });
});
