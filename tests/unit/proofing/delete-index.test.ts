import { describe, expect, it } from 'vitest';
import { DeleteIndex } from '../../../shared/proofing/delete-index';

describe('DeleteIndex', () => {
  const names = [
    'oakland',
    'emeryville',
    // Longer than the first hash buffer (64): its filings must be its own.
    'the very long official name of a special district that runs past sixty-four letters',
  ];
  const index = new DeleteIndex(names);

  it('finds a name from a slip on either side (deletion, insertion, swap)', () => {
    expect(index.candidates('oaklan')).toContain(0);
    expect(index.candidates('oakkland')).toContain(0);
    expect(index.candidates('emeryvile')).toContain(1);
  });

  it('files names of any length', () => {
    const long = names[2]!;
    expect(index.candidates(long.replace('official', 'oficial'))).toContain(2);
    expect(index.candidates(long.slice(0, -1))).toContain(2);
  });

  it('leaves out names shorter than the minimum', () => {
    expect(new DeleteIndex(['ada', 'oakland']).candidates('ada')).not.toContain(0);
  });
});
