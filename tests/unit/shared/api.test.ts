import { describe, expect, it } from 'vitest';
import { API_NAMES, GalleyError, isApiName, parseApiArgs, toApiError } from '../../../shared/api';
import { newStory } from '../../../shared/story';

describe('the API contract', () => {
  it('accepts well-formed arguments', () => {
    const story = newStory('abc123-def', new Date('2026-01-01T00:00:00Z'));
    expect(parseApiArgs('saveStory', { story })).toEqual({ story });
    expect(parseApiArgs('listStories', undefined)).toEqual({});
  });

  it('rejects wrong types with a sentence naming the field', () => {
    expect(() => parseApiArgs('openStory', { id: 42 })).toThrow(
      /Invalid request to openStory \(id\)/,
    );
    expect(() => parseApiArgs('renameStory', { id: 'abcdef1', headline: '' })).toThrow(/headline/);
  });

  it('rejects unknown keys, path tricks and bad stories', () => {
    expect(() => parseApiArgs('listStories', { extra: true })).toThrow(GalleyError);
    expect(() => parseApiArgs('deleteStory', { id: '../../home' })).toThrow(/id/);
    const story = { ...newStory('abc123-def', new Date()), status: 'spiked' };
    expect(() => parseApiArgs('saveStory', { story })).toThrow(/story\.status/);
    const script = {
      ...newStory('abc123-def', new Date()),
      body: [{ type: 'script', children: [{ text: 'x' }] }],
    };
    expect(() => parseApiArgs('saveStory', { story: script })).toThrow(GalleyError);
  });

  it('knows its own operation names and nothing else', () => {
    expect(API_NAMES).toContain('importStory');
    expect(isApiName('saveStory')).toBe(true);
    expect(isApiName('constructor')).toBe(false);
    expect(isApiName('__proto__')).toBe(false);
  });

  it('never leaks internal error details', () => {
    expect(toApiError(new Error('ENOENT /home/secret'))).toEqual({
      code: 'internal',
      message: expect.not.stringContaining('secret'),
    });
    expect(toApiError(new GalleyError('not-found', 'Gone.'))).toEqual({
      code: 'not-found',
      message: 'Gone.',
    });
  });
});
