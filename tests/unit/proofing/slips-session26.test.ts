import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the 116th probe (a Wisconsin dairy closing, the Edwards Aquifer, wildfire smoke
// in Spokane, commuter rail to Fall River), measured once as copy the checker had never
// seen, then written here in other words, with right uses of the same words beside them.
// Every change was run over 15,000 paragraphs of fortunes and 100,000 sentences of outside
// prose before it was kept.

const { findings } = proofingCases();

describe('words the story itself vouches for', () => {
  it('passes a number’s word before a word and -er, and flags a slip there', () => {
    expect(fixes(findings('They rent a three-decker and fly a two-seater.'))).toEqual([]);
    expect(findings('They rent a three-dekcer on Elm Street.').map((f) => f.text)).toEqual([
      'dekcer',
    ]);
  });

  it('reads words inside a longer name as that name’s', () => {
    expect(
      findings(
        'From the shore at Antelope Island State Park, the lake looks white.',
        'She works at Kiawah Island State Park.',
      ),
    ).toEqual([]);
    expect(fixes(findings('Traffic backed up at the Los Angles County line.'))).toEqual([
      ['Los Angles County', 'Los Angeles County'],
    ]);
  });

  it('takes a word written with an ʻokina for Hawaiian, and reads no article before it', () => {
    expect(
      findings('Volunteers flooded the loʻi, fed by an ʻauwai from the stream; a ʻohana helped.'),
    ).toEqual([]);
    expect(fixes(findings('Volunteers flooded the loʻi, fed by an stone ditch.'))).toEqual([
      ['an', 'a'],
    ]);
  });

  it('takes a place of its own the dictionary lacks for no slip of an everyday word', () => {
    const story = [
      'NEW BRAUNFELS, Texas — The Comal Springs feed the shortest river in the state.',
      'At one rental shop on the Comal, bookings were down by a third.',
    ];
    expect(findings(...story)).toEqual([]);
    expect(fixes(findings('MIAMI — Traffic backed up near Coral Sprigns on Friday.'))).toEqual([
      ['Coral Sprigns', 'Coral Springs'],
    ]);
  });
});

describe('a verb for one or for many', () => {
  it('holds a verb after “who” to one of the family named before it', () => {
    const found = findings(
      'She said her son, who work as an electrician, may farm it.',
      'His wife, who run the shop, was not there.',
      'My roommate, who have seen it, liked it.',
      'Her granddaughter, Shandiin Yazzie, 24, who work for a nonprofit, helps.',
    );
    expect(fixes(found)).toEqual([
      ['work', 'works'],
      ['run', 'runs'],
      ['have', 'has'],
      ['work', 'works'],
    ]);
  });

  it('leaves a possessive before a place, a group or a crowd', () => {
    const found = findings(
      'Let us help those in our land who cry out for help.',
      'He thanked those who care for our sick, who tend our children.',
      'Their family, who live nearby, came at once.',
      'Six pitchers, including one closer, who constitute the bullpen, rested.',
    );
    expect(found).toEqual([]);
  });

  it('reads the subject after a verb of saying', () => {
    const found = findings(
      'Developers say the region have plenty of options.',
      'Agents say rents near the new stations has already climbed.',
    );
    expect(fixes(found)).toEqual([
      ['have', 'has'],
      ['has', 'have'],
    ]);
    expect(findings('Agents say rents near the stations have climbed.')).toEqual([]);
  });

  it('takes years or miles for one only when counted', () => {
    const found = findings(
      '“The dry years is coming closer together,” she said.',
      'The past two years has been hard.',
      'Five miles is a long walk.',
      'The last few years has been rough.',
    );
    expect(fixes(found)).toEqual([['is', 'are']]);
  });

  it('holds “the number of” to one', () => {
    expect(fixes(findings('The number of cows have barely changed.'))).toEqual([['have', 'has']]);
    expect(
      findings(
        'The number of people who have left is small.',
        'A number of farms have closed.',
        'The number of cows has barely changed.',
      ),
    ).toEqual([]);
  });

  it('leaves fish and sheep as many', () => {
    expect(findings('“The fish don’t care about either one,” he said.')).toEqual([]);
    expect(fixes(findings('The boat don’t run on Sundays.'))).toEqual([['don’t', 'doesn’t']]);
  });
});

describe('real words in the wrong place', () => {
  it('hears the words around a sound-alike, “I” among them', () => {
    const found = findings(
      'I new every one of them by name.',
      'Schools kept students inside during the worse days of the smoke.',
      'Before I go, I cache out the rest of the account.',
    );
    expect(fixes(found)).toEqual([
      ['new', 'knew'],
      ['worse', 'worst'],
      ['cache', 'cash'],
    ]);
    expect(
      findings(
        'I knew every one of them by name.',
        'The smoke got worse on Tuesday.',
        'Crews began to fell the dead trees, and leaves fell from the rest.',
        'Landing in November, they built facilities at the port.',
      ),
    ).toEqual([]);
  });

  it('finds a letter’s slip that makes another word', () => {
    const found = findings(
      'A 4,000-cow diary buys a lot too.',
      'She works in Menomonie, sad those strategies help some.',
      'Bookings fell, said the manger, Brandon Ortiz.',
      'The tribe bought 300 of the unites with a grant.',
      'A grant program stared in 2019.',
      'The line was decades in the planing.',
      'The state has lost more than half it’s dairy farms.',
      'The feed mill looses a customer.',
      'Farm groups say the loses hit small towns hardest.',
      'The debate can weight until spring.',
      'Americans breath in smoke all summer.',
      'The rates were they are now.',
      'Water the lawn on most day of the week.',
      'Housing is a worry, thought.',
      'Sellers to a young buyer get a tax brake.',
      'Schools opened for the fell semester.',
    );
    expect(fixes(found)).toEqual([
      ['diary', 'dairy'],
      ['sad', 'said'],
      ['manger', 'manager'],
      ['unites', 'units'],
      ['stared', 'started'],
      ['planing', 'planning'],
      ['it’s', 'its'],
      ['looses', 'loses'],
      ['loses', 'losses'],
      ['weight', 'wait'],
      ['breath', 'breathe'],
      ['were', 'where'],
      ['day', 'days'],
      ['thought', 'though'],
      ['brake', 'break'],
      ['fell', 'fall'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'She kept a diary of the farm’s last year.',
      'It was a sad day, and she said so.',
      'A manger at the church was damaged.',
      'The vote unites the two parties.',
      'She stared in disbelief at the bill.',
      'The boat was planing across the bay.',
      'All of it’s gone now.',
      'The team loses its coach.',
      'You can weight the scores by age.',
      'He took a breath in the cold air.',
      'Were they ready, they would have said so.',
      'Most days are quiet.',
      'It was over, he thought.',
      'The council put a brake on spending.',
      'Snow fell on the first day.',
      'The fleet there depends on sea scallops.',
    );
    expect(found).toEqual([]);
  });
});

describe('suggestions for an ending spelled as it is said', () => {
  it('offers “-ous” for “-us” and “-le” for “-al” first', () => {
    const found = findings(
      'The air reached the hazardus range.',
      'Rain soaks into the porus limestone.',
      'The particals are small enough to reach the lungs.',
    );
    expect(fixes(found)).toEqual([
      ['hazardus', 'hazardous'],
      ['porus', 'porous'],
      ['particals', 'particles'],
    ]);
  });
});

// From the 117th probe (water for the Navajo Nation, the Brent Spence Bridge, Florida's
// citrus groves, wild rice on Leech Lake).
describe('real words and agreement, the 117th probe', () => {
  it('finds the slips', () => {
    const found = findings(
      'When the lake is low, it tell us the water is sick.',
      'It’s pipelines will serve 250,000 people.',
      'It is one of the worse bottlenecks in the country.',
      'Officials broken ground on the project this month.',
      'They kept the old won.',
      'The bridge will stay open through out the work.',
      'The fire cost businesses millions of dollar.',
      'Nobody asked us then, and their barely asking us now.',
      'Managers said they have add sound walls.',
      'Their leafs are yellow.',
      'The disease was first find in Florida.',
      'The state makes less of it then California does.',
      'You can’t keep one a live if you try.',
      'Many growers who had hold on sold out.',
      'Scientists are also breading trees that resist it.',
      'The juice came from Brasil and Mexico.',
      'On a clam morning the canoe went out.',
      'He knocked the ripe grain lose.',
      'It was a descent haul for a dry year.',
      'It is one of the few place in the world where it grows.',
      'Not a lot of things is like that.',
      'The beds had shrank by a third.',
      'Warmer winters have aloud more disease.',
      'My dad use to say that.',
    );
    expect(fixes(found)).toEqual([
      ['tell', 'tells'],
      ['It’s', 'Its'],
      ['worse', 'worst'],
      ['broken', 'broke'],
      ['won', 'one'],
      ['through out', 'throughout'],
      ['dollar', 'dollars'],
      ['their', "they're"],
      ['add', 'added'],
      ['leafs', 'leaves'],
      ['find', 'found'],
      ['then', 'than'],
      ['a live', 'alive'],
      ['hold', 'held'],
      ['breading', 'breeding'],
      ['Brasil', 'Brazil'],
      ['clam', 'calm'],
      ['lose', 'loose'],
      ['descent', 'decent'],
      ['place', 'places'],
      ['is', 'are'],
      ['shrank', 'shrunk'],
      ['aloud', 'allowed'],
      ['use', 'used'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'If the rules require that it work, it cost $5 last year.',
      'It’s lawmakers who decide.',
      'She chose the worse of the two.',
      'The ground was broken by crews.',
      'They gave their all, and their just cause won.',
      'He leafs through the report.',
      'It was the first find in Florida.',
      'Prices rose more, then fell.',
      'The band played a live show.',
      'A handful of friends is worth more than gold.',
      'It is one of the most positive people I know.',
      'The team came to lose.',
      'The descent into the canyon took hours.',
      'They will lose ground if it rains.',
    );
    expect(found).toEqual([]);
  });
});

// From the 118th probe (a Maine paper town, the Pascagoula shipyard, the Great Salt Lake,
// the North Jersey Coast Line).
describe('real words and agreement, the 118th probe', () => {
  it('finds the slips', () => {
    const found = findings(
      'She said the regional school district have closed a school.',
      'Brine shrimp harvesters, who collects the eggs, sell them abroad.',
      'said Dennis Pelletier, 58, who now drive a delivery truck.',
      'NJ Transit carries about 800,000 rider on a typical weekday.',
      'Much of its equipment are decades old.',
      'Down here, if the train don’t come, you sit.',
      'This is a job my kids can count one.',
      'Temperatures in the hulls can past 110 degrees.',
      'It feeds the snowstorms that supply the state’s sky industry.',
      'The steaks are high for the region.',
      'As the lakebed drys, winds lift dust.',
      'So I set here and I wait.',
      'Fairs went up 15 percent last summer.',
      'Riders say their patients is running out.',
      'My boss is kind, but theirs a limit.',
      'The Shore lines get fewer attention.',
      'It returned to levels above what it were before.',
      'A company makes wood fiber insolation from waste.',
      'The town is still trying to figure our what comes next.',
      'They delayed road work and rose the tax rate twice.',
      'Housing costs have raised since the storm.',
      'She met recruiters at a job fare in Gautier.',
      'They need to higher several thousand more.',
      'He will earn nearly twice as mush.',
      'If the train is late, your stuck.',
      'A lot of people around here is proud of it.',
    );
    expect(fixes(found)).toEqual([
      ['have', 'has'],
      ['collects', 'collect'],
      ['drive', 'drives'],
      ['rider', 'riders'],
      ['are', 'is'],
      ['don’t', 'doesn’t'],
      ['one', 'on'],
      ['past', 'pass'],
      ['sky', 'ski'],
      ['steaks', 'stakes'],
      ['drys', 'dries'],
      ['set', 'sit'],
      ['Fairs', 'Fares'],
      ['patients', 'patience'],
      ['theirs', "there's"],
      ['fewer', 'less'],
      ['were', 'was'],
      ['insolation', 'insulation'],
      ['our', 'out'],
      ['rose', 'raised'],
      ['raised', 'risen'],
      ['fare', 'fair'],
      ['higher', 'hire'],
      ['mush', 'much'],
      ['your', "you're"],
      ['is', 'are'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'The embassy was in Athens, and his daughter were it not for luck would have died.',
      'The poverty rate, and the teen pregnancy rate are all down.',
      'They hold back spots so that they don’t fill up too early.',
      'If they did not change the glasses, who knows what else they did not change.',
      'The doctors and their patients were tired.',
      'Much of the country are fans of the team.',
      'Count one, two, three and jump.',
      'Pay tribute to past presidents.',
      'The sky turned orange over the resort.',
      'The choice is theirs alone.',
      'They have raised money since spring.',
      'As it were, the plan failed.',
      'The bus fare rose again.',
      'The house is theirs, and so is the land.',
      'The snow turned to mush.',
      'Your right to vote is protected.',
      'Our not-for-profit status is safe, and your not-for-profit is too.',
    );
    expect(found).toEqual([]);
  });
});

// From the 119th probe (Kansas wheat in a drought, Oregon's late crab season, Atlanta's
// transit tax), measured first at 80 of 133 with no false flag.
describe('real words, places and agreement, the 119th probe', () => {
  it('finds the slips', () => {
    const found = findings(
      'Farmers have relied on the Ogalala Aquifer to irrigate corn.',
      'The boats are tied up on the docks of Yaquina Bya, waiting.',
      'Yields fell well below it’s 10-year average.',
      'The drought has rippled threw towns that depend on grain.',
      'The crabs are not full enough of meet.',
      'The delay costs fishermen there most profitable weeks.',
      'Buyers want live crab for holiday diners in December.',
      'It has made an all ready unpredictable business harder.',
      'Deckhands are taking other job in town.',
      'Some boat owners have sell out.',
      '“The ocean doesn’t care about are calendar,” he said.',
      'The agency failed to keep the city inform.',
      'Neighbors live near the Beltline’s planed route.',
      'The changes came, including higher a new team.',
      'The Beltline is a 22-mile loop of trials and parks.',
      'Riders mapped a new bus root downtown.',
      'Most of the suburbs does not pay into the system.',
      'A lot of deckhands doesn’t make the payments.',
      '“Christmas crab is the pay check,” he said.',
    );
    expect(fixes(found)).toEqual([
      ['Ogalala', 'Ogallala'],
      ['Bya', 'By'],
      ['it’s', 'its'],
      ['threw', 'through'],
      ['meet', 'meat'],
      ['there', 'their'],
      ['diners', 'dinners'],
      ['all ready', 'already'],
      ['job', 'jobs'],
      ['sell', 'sold'],
      ['are', 'our'],
      ['inform', 'informed'],
      ['planed', 'planned'],
      ['higher', 'hiring'],
      ['trials', 'trails'],
      ['root', 'route'],
      ['does', 'do'],
      ['doesn’t', 'don’t'],
      ['pay check', 'paycheck'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'The Russel Park pool opened, and the Ogallala Aquifer is falling.',
      'He turned, threw the ball and ran.',
      'We will meet the team at the meet on Friday.',
      'Is there most of the money left?',
      'The family diners on Route 9 stayed open.',
      'They took the other job and no other person came.',
      'We have pay raises coming.',
      'Clinical trials and studies continue.',
      'The root of the problem is money.',
      'None of the suburbs is ready.',
    );
    expect(found).toEqual([]);
  });
});

// From the 120th probe (a playoff game, a sentencing, the stock market).
describe('sports, court and market copy, the 120th probe', () => {
  it('finds the slips', () => {
    const found = findings(
      'The Bucks made 9 of 10 free throes down the stretch.',
      'The Bucks trialed by 11 early in the second quarter.',
      'A run sparked by back-to-back steels gave them the lead.',
      'Bobby Portis played 24 minutes of the bench.',
      'The series is tied at two games a piece.',
      'Jurors settled on the lessor charge.',
      'Both issued statements after it’s release.',
      'He said he feared for his live.',
      '“Ms. Massey posed know threat,” the judge said.',
      'The judge said the video shown that he escalated it.',
      'The index set an all-time hi a day earlier.',
      'The Nasdaq composite loss 0.6%.',
      'Other semiconductor stocks also feel.',
      'Boeing raised 3.2% after the report.',
      'A door plug blue out of a jetliner.',
      'Chipotle sunk 6.7% on Wednesday.',
      'Chains warned that lower-income dinners are eating out less.',
      'Traders will watch for signals about weather cuts could come.',
      'Prosecutors had sough a murder conviction.',
      'The officers who was fired appealed.',
      'A woman who had call 911 died.',
      'The company has been trying to rebuilt trust.',
    );
    expect(fixes(found)).toEqual([
      ['throes', 'throws'],
      ['trialed', 'trailed'],
      ['steels', 'steals'],
      ['of', 'off'],
      ['a piece', 'apiece'],
      ['lessor', 'lesser'],
      ['it’s', 'its'],
      ['live', 'life'],
      ['know', 'no'],
      ['shown', 'showed'],
      ['hi', 'high'],
      ['loss', 'lost'],
      ['feel', 'fell'],
      ['raised', 'rose'],
      ['blue', 'blew'],
      ['sunk', 'sank'],
      ['dinners', 'diners'],
      ['weather', 'whether'],
      ['sough', 'sought'],
      ['was', 'were'],
      ['call', 'called'],
      ['rebuilt', 'rebuild'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'He was one of the officers who was fired.',
      'The lessor of the building sued the tenant.',
      'Years after it’s been approved, the law stands; wear it since it’s part of the job.',
      'Fans lined up for their live show.',
      'The city raised taxes 2% last year.',
      'The sky turned blue out west.',
      'They have call centers in Ohio.',
      'The steels used in bridges vary.',
      'Hi, said the new hire.',
      'We talked about weather conditions.',
    );
    expect(found).toEqual([]);
  });
});

// From the 121st probe, written last (a tornado outbreak near Tulsa, Sacramento school
// closings, a rural Idaho maternity ward), measured first at 89 of 117 with no false flag.
describe('the 121st probe', () => {
  it('finds the slips', () => {
    const found = findings(
      'The mayor said houses can be rebuild.',
      'Officials asked residents to stay of the roads.',
      'Raymond Tsinajinnie, a retried welder, lost his home.',
      '“Nobody on this bored wanted to do this,” she said.',
      'We cannot heat half-empty buildings while we lie off teachers.',
      'Children would have to walk father to school.',
      'Her contractions were four minutes a part.',
      'Hospitals are closing, sighting staffing shortages.',
      'It is a state ban that doctor’s say has driven them away.',
      'I can’t do my job the way I was taught, or the way I was thought.',
      'She worries about the next mother who go into labor on a snowy night.',
    );
    expect(fixes(found)).toEqual([
      ['rebuild', 'rebuilt'],
      ['of', 'off'],
      ['retried', 'retired'],
      ['bored', 'board'],
      ['lie', 'lay'],
      ['father', 'farther'],
      ['a part', 'apart'],
      ['sighting', 'citing'],
      ['doctor’s', 'doctors'],
      ['thought', 'taught'],
      ['go', 'goes'],
    ]);
  });

  it('leaves the same words where they are right', () => {
    const found = findings(
      'Several islands lie off the Welsh mainland.',
      'There is no Father Christmas, and he had no father.',
      'When you know what’s expected of you, apply.',
      'The same people who laugh at it listen to it.',
      'The first people who go will get seats.',
      'It was thought to be safe, and the mayor’s say in it is small.',
      'They took a part in the play and broke a part of the fence.',
    );
    expect(found).toEqual([]);
  });
});
