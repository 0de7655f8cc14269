import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

// Slips from the ninety-ninth probe (Maine lobstermen and whale rules, a Milwaukee County
// transit tax, a New Mexico village after a wildfire), written in other words than the
// probe's own, with right uses of the same words beside them. Each rule was run over 20,118
// paragraphs of outside prose (fortune files, dependency READMEs) and the corpus before it
// was kept.

const { findings } = proofingCases();

describe('wrong words a rule can see', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'The storm it self did little damage.',
      'Everytime the river rises, the town waits.',
      'The road was closed for awhile on Monday.',
      'The new bus rout opens in March.',
      'Snow fell hardest in the souther part of the county.',
      'The creek rose 12 foot in an hour.',
      'Farmers sold 40 million bushel of corn.',
      'Parents want to no what the plan costs.',
      'Buyouts are planned in the worse flood zones.',
      'Officials said theres no money left.',
      'The district moved to shore up it’s pension fund.',
    );
    expect(fixes(found)).toEqual([
      ['it self', 'itself'],
      ['Everytime', 'Every time'],
      ['awhile', 'a while'],
      ['rout', 'route'],
      ['souther', 'southern'],
      ['foot', 'feet'],
      ['bushel', 'bushels'],
      ['no', 'know'],
      ['worse', 'worst'],
      ['theres', "there's"],
      ['it’s', 'its'],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    const found = findings(
      'She was not her self-assured best.',
      'Every time the river rises, the town waits.',
      'Stay awhile, the owner said.',
      'The Rams suffered a rout in Denver.',
      'The 6-foot fence stands 40 feet from the road.',
      '“You can’t teach seven foot,” the coach said.',
      'The mill paid $2 million for the land.',
      'The appeal came to no avail.',
      'Things went from bad to worse for the team.',
      'The worse the drought, the higher the price.',
      'There’s no money left, officials said.',
      'Give it up; it’s over, he said.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('from a hundredth probe (a rebuilt Pittsburgh bridge, Georgia peaches)', () => {
  it('flags each with the right word', () => {
    const found = findings(
      'The truck slid into the swollen creak.',
      'Two riders were treated for injures.',
      'A hard frieze hit the orchards in April.',
      'The fair sold ice creme all day.',
      'Voters seemed to mined the delay.',
      'The county carried it’s share of the cost.',
      'The farm made up for last years losses.',
    );
    expect(fixes(found)).toEqual([
      ['creak', 'creek'],
      ['injures', 'injuries'],
      ['frieze', 'freeze'],
      ['creme', 'cream'],
      ['mined', 'mind'],
      ['it’s', 'its'],
      ['years', "year's"],
    ]);
  });

  it('leaves the same words alone where they are right', () => {
    const found = findings(
      'The creak of the old stairs woke him.',
      'A frieze of horses runs along the wall.',
      'The storm injures dozens of people each year.',
      'Land next to mined areas was restored.',
      'It carried, it’s true, a heavy load.',
      'In the last years of his life he farmed.',
    );
    expect(fixes(found)).toEqual([]);
  });
});

describe('the rarest words a slip from the commonest', () => {
  it('are typos in lowercase, with the common word offered', () => {
    const found = findings('Prices stayed hight all summer.', 'The nomen on the team won.');
    expect(found.map((f) => f.text)).toEqual(['hight', 'nomen']);
    expect(found[1]!.suggestions).toContain('women');
  });

  it('stay words where news uses them, and names when capitalized', () => {
    const found = findings(
      'Spending per capita rose, and the closers saved three games.',
      'Dozers cut a fire line above the playa.',
      'Vail and Costa were named to the board.',
    );
    expect(fixes(found)).toEqual([]);
  });

  it('give way to a wrong-word rule that reads the same word', () => {
    const found = findings('The judge had not decided wether to allow it.');
    expect(fixes(found)).toEqual([['wether', 'whether']]);
  });
});

describe('a slip’s suggestions ranked by the words around it', () => {
  it('puts the sound-alike the context wants first', () => {
    const [weather] = findings('Forecasters said the wether would turn cold by Friday.');
    const [whether] = findings('Nobody knew wether officials would act.');
    expect(weather?.suggestions[0]).toBe('weather');
    expect(whether?.suggestions[0]).toBe('whether');
  });
});

describe('places a story does not mean', () => {
  it('offers no mid-sized city far away for a word before a name’s head', () => {
    const found = findings(
      'PORTLAND, Maine (AP) — Lobstermen say the season was short.',
      'Catches fell from Kittery to Casco Bay, where warm water pushed lobsters into Canadian waters.',
    );
    expect(fixes(found)).toEqual([]);
  });

  it('still offers a big one', () => {
    expect(fixes(findings('The Sacremento River rose overnight.'))).toEqual([
      ['Sacremento River', 'Sacramento River'],
    ]);
  });
});
