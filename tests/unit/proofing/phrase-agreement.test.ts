import { describe, expect, it } from 'vitest';
import { fixes, proofingCases } from '../../helpers/proofing-findings';

const { findings } = proofingCases();

describe('a verb held to its subject across a phrase', () => {
  it('flags a verb that agrees with the phrase’s noun instead of the subject', () => {
    const found = findings(
      'She was told that apartments in her building was selling for less.',
      'A public hearing on the two plans are set for May.',
      'The results of the audit was released Monday.',
      'The cost of the repairs have doubled.',
      'Rents near the new station has climbed.',
      'The meeting on Tuesday were canceled.',
      'The men at St. Paul Park is waiting.',
    );
    expect(fixes(found)).toEqual([
      ['was', 'were'],
      ['are', 'is'],
      ['was', 'were'],
      ['have', 'has'],
      ['has', 'have'],
      ['were', 'was'],
      ['is', 'are'],
    ]);
  });

  it('leaves the verb alone where the subject is elsewhere or many in one', () => {
    expect(
      findings(
        'The truck and the car in the lot are gone.',
        'A number of residents in the county are upset.',
        'Lots of water in the reservoir is lost to evaporation.',
        'The cars in the lot that was flooded are gone.',
        'The mayor of Boston and the governor are at odds.',
        'Putting wings on an elephant is hard.',
        'If the price of such engines were lower, more would sell.',
        'The nice thing about rules is that there are so many.',
        'He searches for it. The careful reporter is told nothing.',
        'The staff at the clinics are tired.',
        'The water that comes in a green bottle is named for a doctor.',
        'The three of us are working. The first batch of settlers were sent north.',
        'Diaries of an Exchange Student is a film. The best part for me though were the pies.',
      ),
    ).toEqual([]);
  });
});
