import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the ninetieth and ninety-first probes (a Michigan plant's layoff, a Portland
// transit tax, Fort Myers Beach rebuilding, a grass fire near Boulder; a Virginia voter-roll
// ruling, Tucson school closings, an Iron Bowl, a Maine obituary), written in other words than the probes'
// own, with right uses of the same words beside them. Each rule and check was run over
// 20,118 paragraphs of outside prose (fortune files, dependency READMEs) and every clean
// story of the corpus before it was kept.

const { findings } = proofingCases();

describe('wrong words a rule can see', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'The school board adapted a new policy on phones.',
      'Crews shut of the water main at noon.',
      'The laid-of miners met at the hall.',
      'By evening the protest dyed down.',
      'Inspectors said the builder cut coroners.',
      'Locks keep the children save at night.',
      'The council may extent the deadline.',
      'The board voted to rise the fee.',
      'Fans were glad to here the news.',
      'They arrived one at a tine.',
      'She waited the hole day.',
      'Buses will past the school twice an hour.',
      'The corner were Ana Ruiz’s bakery stood is now empty.',
      'The firm says it don’t owe the money.',
      'Parents said they were worried to.',
      'Losses toped $4 million.',
      'The lines are to long at the clinic.',
      'Officials have slowly approve the permits.',
      'The state had overtook the district.',
      'The judge asked weather they had standing.',
      'By then the appeal was mute.',
      'Every effected family got a letter.',
      'The merger would safe about $2 million.',
      'She asked for idea’s.',
      'He played well despite been hurt.',
      'A late goal put the Rams a head 2-1.',
      'Only two woman ran.',
      'The team will misses its ace.',
      'Prices had rose again.',
      'The agency marked it’s largest budget yet.',
      'The storm took a heavy tole on farms.',
      'Crews cleared trails in the Gila National Forrest.',
      'The board passed an ordnance on noise.',
      'She is the executive directer of the group.',
      'Forecasters expect as much has 5 inches.',
      'Water pored into the cellar.',
      'At lest 12 homes flooded.',
      'Residents don’t now how long it will last.',
      'Both roads where closed Friday.',
      'Medics rushed to the seen.',
      'The mill was build in 1889.',
      'Some 900 ballots caste early were lost.',
      'The city payed about $40,000 for it.',
      'Parents want to no what happened.',
      'He said there ballots were counted twice.',
      'Leaders of both party said no.',
      'The crew finished a week a head of time.',
      'She will be swore in on Monday.',
      'Everybody think the vote was fair.',
      'Cars stalled on the railroad tracts.',
      'The panel did not said why.',
      'Banks face stricter capitol rules.',
      'Shares of Acme risen 4% by noon.',
      'Stocks slid in mourning trading.',
      'They studied the drug’s affect on sleep.',
      'Parents fought the school closers.',
      'Check you’re child’s records.',
      'Now is the thyme to act.',
      'The fire appears to have start in a shed.',
      'Volunteers went door to dor.',
    );
    expect(fixes(found)).toEqual([
      ['adapted', 'adopted'],
      ['of', 'off'],
      ['laid-of', 'laid-off'],
      ['dyed', 'died'],
      ['coroners', 'corners'],
      ['save', 'safe'],
      ['extent', 'extend'],
      ['rise', 'raise'],
      ['here', 'hear'],
      ['tine', 'time'],
      ['hole', 'whole'],
      ['past', 'pass'],
      ['were', 'where'],
      ['don’t', 'doesn’t'],
      ['to', 'too'],
      ['toped', 'topped'],
      ['to', 'too'],
      ['approve', 'approved'],
      ['overtook', 'overtaken'],
      ['weather', 'whether'],
      ['mute', 'moot'],
      ['effected', 'affected'],
      ['safe', 'save'],
      ['idea’s', 'ideas'],
      ['been', 'being'],
      ['a head', 'ahead'],
      ['woman', 'women'],
      ['misses', 'miss'],
      ['rose', 'risen'],
      ['it’s', 'its'],
      ['tole', 'toll'],
      ['Forrest', 'Forest'],
      ['ordnance', 'ordinance'],
      ['directer', 'director'],
      ['has', 'as'],
      ['pored', 'poured'],
      ['lest', 'least'],
      ['now', 'know'],
      ['where', 'were'],
      ['seen', 'scene'],
      ['build', 'built'],
      ['caste', 'cast'],
      ['payed', 'paid'],
      ['no', 'know'],
      ['there', 'their'],
      ['party', 'parties'],
      ['a head', 'ahead'],
      ['swore', 'sworn'],
      ['think', 'thinks'],
      ['tracts', 'tracks'],
      ['said', 'say'],
      ['capitol', 'capital'],
      ['risen', 'rose'],
      ['mourning', 'morning'],
      ['affect', 'effect'],
      ['closers', 'closures'],
      ['you’re', 'your'],
      ['thyme', 'time'],
      ['start', 'started'],
      ['dor', 'door'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    const found = findings(
      'The recipe was adapted for the school kitchen.',
      'It marked the shutting of a door.',
      'She dyed her hair red.',
      'Firms save money by cutting staff.',
      'To the extent the law allows, we will help.',
      'Prices are expected to rise the most in spring.',
      'From there to here is a long walk.',
      'A fork has four tines.',
      'A hole in the fence let the dog out.',
      'It was past midnight when buses rolled past the school.',
      'If the site were sold, the city would lose its park.',
      '“He don’t know,” the boy said.',
      'We all wanted to.',
      'The goal is to close at 5 p.m.',
      'The pair had drawn crowds.',
      'The weather was mild, and the mute swan stayed.',
      'The changes effected by the law took years.',
      'The car is safe to drive.',
      'The house has since been sold.',
      'Put a head of lettuce in the bag.',
      'The other man left.',
      'It’s home to 4,000 people, and it’s operating at a loss.',
      'It’s third down.',
      'Much has been said, and as much has changed.',
      'Scholars pored over the files.',
      'Crews cleared unexploded ordnance from the range.',
      'Apply in cases where needed by law.',
      'Forrest Gump is a film.',
      'The seen and the unseen.',
      'The firm plans to build in 2027.',
      'Sailors payed out the line.',
      'It came to no avail.',
      'Out there jobs were scarce.',
      'Both county officials and city staff came.',
      'She is a head of state.',
      'Did everybody think so?',
      'I heard someone say it.',
      'They bought tracts of land across the tracts of farmland.',
      'We can found a new school.',
      'His will said little.',
      'The state capitol dome was lit.',
      'Add thyme and salt.',
      'They have start dates in May.',
      'Several child care centers closed.',
      'Three minutes is a long time, and 5 miles is far.',
      'The worst thing about some men is their pride.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('verbs that do not agree with their subject', () => {
  it('flags a verb for one after a pronoun or a plural, and one for many after one', () => {
    const found = findings(
      'Nurses said they wants a contract.',
      '“We needs more buses,” she said.',
      'Federal rules requires a hearing.',
      'The sidewalks were fixed and the bridge have reopened.',
      'Each tenant were given a notice.',
      'It will also closed the ramp.',
      'They would rather waited.',
      'If you was there, you saw it.',
      'Students who relies on buses will wait.',
      'Civil rights groups argues that the rule is unfair.',
      'Ana Ruiz, who run the shelter, said it was full.',
      'Eleven children has been treated.',
    );
    expect(fixes(found)).toEqual([
      ['wants', 'want'],
      ['needs', 'need'],
      ['requires', 'require'],
      ['have', 'has'],
      ['were', 'was'],
      ['closed', 'close'],
      ['waited', 'wait'],
      ['was', 'were'],
      ['relies', 'rely'],
      ['argues', 'argue'],
      ['run', 'runs'],
      ['has', 'have'],
    ]);
  });

  it('leaves subjects that only look like them', () => {
    const found = findings(
      'We parents want answers.',
      'You guys rock.',
      'They always win at home.',
      'Come, you spirits.',
      'Using matching pairs keeps it simple.',
      'The sales figures show a drop.',
      'Big thanks goes to the crew.',
      'The Garden and the world were created.',
      'The team are in good form.',
      'The rich are different.',
      'Did the tourist have a ticket?',
      'They would rather you stayed.',
      'She is one of the students who relies on buses.',
      'It is the system that decides who picks routes.',
      'Residents of New Haven, who live near the river, left.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('numbers, names and places', () => {
  it('fixes an ordinal’s ending, and leaves right ones', () => {
    const found = findings(
      'She lives on 41th Street near the 2th and the 13rd.',
      'The 21ST, 101st and 112th.',
    );
    expect(fixes(found)).toEqual([
      ['41th', '41st'],
      ['2th', '2nd'],
      ['13rd', '13th'],
    ]);
  });

  it('takes a surname whose letters swapped make only an everyday word for a surname', () => {
    expect(fixes(findings('Council member Ruth Nickle and Mayor Dan Hackel spoke.'))).toEqual([]);
    expect(fixes(findings('Quarterback Payton Thorne threw twice.'))).toEqual([]);
    expect(fixes(findings('Mayor Lisa Brwon signed it.'))).toEqual([['Brwon', 'Brown']]);
    expect(fixes(findings('Roads into Salt Lkae City closed.'))).toEqual([
      ['Salt Lkae City', 'Salt Lake City'],
    ]);
  });

  it('takes three names, none a word, around a town’s name for a person', () => {
    const found = findings(
      'PORTLAND, Maine — She died at home.',
      'She is survived by a son, Peter Whitcomb Eaton of Bath.',
    );
    expect(fixes(found)).toEqual([]);
  });

  it('questions a common word’s slip at the end of a name across “for”', () => {
    expect(fixes(findings('The Center for Public Polcy released it.'))).toEqual([
      ['Polcy', 'Policy'],
    ]);
  });

  it('offers the irregular past for a regular -ed put on it', () => {
    const found = findings('No one was hurted, and the deficit shrinked.');
    expect(fixes(found)).toEqual([
      ['hurted', 'hurt'],
      ['shrinked', 'shrank'],
    ]);
  });

  it('questions a town used once a letter off one the story names twice', () => {
    const found = findings(
      'ALTOONA, Pa. — A train derailed near Altona on Wednesday.',
      'Altoona officials said the line would reopen.',
    );
    expect(fixes(found)).toEqual([['Altona', 'Altoona']]);
    const named = findings(
      'GREENVILLE, S.C. — Crews left Greenville at dawn.',
      'They drove to Greeneville, Tenn., and back to Greenville.',
      'Ferries reach Bainbridge Island and Vashon Island; the Islands lure tourists.',
    );
    expect(fixes(named)).toEqual([]);
  });

  it('questions an everyday word a letter off a place the story names twice', () => {
    const found = findings(
      'TEMPLE, Texas — The storm hit Temple hard.',
      'Roads into Tmple closed, and crews from Waco arrived.',
      'Residents north of Bolder said Bolder Brewing shut early.',
    );
    expect(fixes(found)).toEqual([['Tmple', 'Temple']]);
    const boulder = findings(
      'BOULDER, Colo. — Smoke rose over Boulder.',
      'Homes west of Bolder lost power.',
      'Bolder moves are needed, she said.',
    );
    expect(fixes(boulder)).toEqual([['Bolder', 'Boulder']]);
    const maine = findings(
      'BANGOR, Maine — Crews worked late.',
      'She fought for Main’s harbors, as Maine law allows, on Main Street.',
    );
    expect(fixes(maine)).toEqual([['Main', 'Maine']]);
  });
});
