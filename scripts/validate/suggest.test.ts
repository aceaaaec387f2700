import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggestion } from './suggest.js';

describe('didYouMean', () => {
  it('finds names that differ only in case, spaces, dashes or underscores', () => {
    expect(didYouMean('basepath', ['host', 'basePath', 'schemes'])).toBe('basePath');
    expect(didYouMean('API Key', ['oauth2', 'api_key'])).toBe('api_key');
    expect(didYouMean('Listforms', ['ListForms', 'GetForm'])).toBe('ListForms');
  });

  it('finds a typo, but not a different name', () => {
    expect(didYouMean('descriptoin', ['description', 'summary'])).toBe('description');
    expect(didYouMean('CreateScene', ['GetScenes', 'DeleteLight'])).toBeUndefined();
    expect(didYouMean('id', ['ab'])).toBeUndefined();
  });

  it('says nothing for an exact match or no candidates', () => {
    expect(didYouMean('basePath', ['basePath'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
    expect(suggestion('basepath', ['basePath'])).toBe(" Did you mean 'basePath'?");
    expect(suggestion('zzz', ['basePath'])).toBe('');
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
