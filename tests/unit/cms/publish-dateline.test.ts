import { describe, expect, it } from 'vitest';
import { withDateline } from '../../../main/cms/publish-service';
import { para } from '../../helpers/story-builders';

describe('the dateline in a CMS post', () => {
  it('leads the first paragraph, after any heading', () => {
    const blocks = withDateline(
      [
        { type: 'heading-one', children: [{ text: 'Subhead' }] },
        para('Riders waited.'),
        para('More.'),
      ],
      'OAKLAND, Calif.',
    );
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [{ text: 'OAKLAND, Calif. — ' }, { text: 'Riders waited.' }],
    });
    expect(blocks[2]).toEqual(para('More.'));
  });

  it('leaves the body alone without a dateline', () => {
    const blocks = [para('Riders waited.')];
    expect(withDateline(blocks, '  ')).toBe(blocks);
  });
});
