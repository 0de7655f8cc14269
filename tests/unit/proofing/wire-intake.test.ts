import { beforeAll, describe, expect, it } from 'vitest';
import { importStoryText } from '../../../main/library/import-story';
import { loadProofingResources } from '../../../main/proofing/node-resources';
import { isBoilerplate } from '../../../shared/proofing/boilerplate';
import { proofreadBlocks } from '../../../shared/proofing/proofreader';
import type { ProofingResources } from '../../../shared/proofing/proofreader';
import { blockText } from '../../../shared/story';
import { readWire, splitDateline } from '../../../shared/wire-intake';

// A scraped wire story of our own, with the patterns such scrapes have: site chrome above the
// headline, a dateline, a share line, an ad slot and a footer link.
const SCRAPE = [
  'Win $250-Enter Now',
  '',
  'Fresno water district raises rates after a dry winter.',
  '',
  'By Dana Whitfield, Valley Bureau',
  '',
  'FRESNO, Calif. — The Westlands-area water board voted 4-1 on Tuesday to raise rates for the third time in two years.',
  '',
  'Advertisement',
  '',
  'Farmers in the Sacremento-area delta said the increase would push some growers out.',
  '',
  'Share this story',
  '',
  'ALL Headlines',
].join('\n');

let resources: ProofingResources;
beforeAll(() => {
  resources = loadProofingResources();
}, 30_000);

describe('wire intake', () => {
  it('finds the headline past site chrome, the byline and the dateline', () => {
    const story = importStoryText('wire.txt', SCRAPE);
    expect(story.headline).toBe('Fresno water district raises rates after a dry winter.');
    expect(story.byline).toBe('Dana Whitfield');
    expect(story.dateline).toBe('FRESNO, Calif.');
    const texts = story.body.map((b) => blockText(b));
    expect(texts[1]).toMatch(/^The Westlands-area water board/);
    // Nothing is deleted on import: the chrome stays, to be flagged.
    expect(texts).toContain('Win $250-Enter Now');
    expect(texts).toContain('ALL Headlines');
  });

  it('flags each boilerplate line as a finding whose fix deletes it', () => {
    const story = importStoryText('wire.txt', SCRAPE);
    const results = proofreadBlocks(
      story.body.map((b) => blockText(b)),
      resources,
    );
    const boiler = results.flatMap((r) => r.findings).filter((f) => f.kind === 'boilerplate');
    expect(boiler.map((f) => f.text)).toEqual([
      'Win $250-Enter Now',
      'Advertisement',
      'Share this story',
      'ALL Headlines',
    ]);
    const compound = results.flatMap((r) => r.findings).find((f) => f.text === 'Sacremento');
    expect(compound?.suggestions[0]).toBe('Sacramento');
  });

  it('reads datelines as newspapers print them, and leaves ordinary openings alone', () => {
    expect(splitDateline('OAKLAND, Calif. — Ferry riders waited.')).toEqual([
      'OAKLAND, Calif.',
      'Ferry riders waited.',
    ]);
    expect(splitDateline('WASHINGTON (AP) — The Senate voted.')?.[0]).toBe('WASHINGTON');
    expect(splitDateline('ST. PAUL, Minn. -- Snow fell.')?.[0]).toBe('ST. PAUL, Minn.');
    expect(splitDateline('Monday - the council met.')).toBeUndefined();
    expect(splitDateline('The FBI — which declined comment — said little.')).toBeUndefined();
  });

  it('never takes story sentences for boilerplate', () => {
    for (const line of [
      'Advertisement revenue fell 12% at the paper.',
      'Share prices rose after the vote.',
      'Follow-up inspections are set for May.',
      'Subscribers complained about delivery.',
    ])
      expect(isBoilerplate(line), line).toBe(false);
  });

  it('reads a boilerplate line by its words, however much white space a scraper left in it', () => {
    const padded = `\t  Click here to   subscribe${' '.repeat(150)}\u00a0 `;
    expect(padded.length).toBeGreaterThan(120);
    expect(isBoilerplate(padded)).toBe(true);
    expect(isBoilerplate(`Advertisement${'\n'.repeat(200)}`)).toBe(true);
    // Past 120 letters it is a paragraph, not a line of site chrome.
    expect(isBoilerplate(`Click here to subscribe ${'and more '.repeat(12)}`)).toBe(false);
  });

  it('keeps a plain story without a title line as it was', () => {
    const wire = readWire(['The council met Monday.', 'It voted to close the pier.']);
    expect(wire.headline).toBeUndefined();
    expect(wire.body).toHaveLength(2);
  });
});
