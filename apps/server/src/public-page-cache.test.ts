import { demoPayload } from '@belonging/public-site/testing';
import { describe, expect, it } from 'vitest';
import { RenderedPublications, renderedFile } from './public-page-cache.ts';

const text = JSON.stringify(demoPayload());

describe('RenderedPublications', () => {
  it('renders each file of a publication once, however often it is asked for', () => {
    const cache = new RenderedPublications();
    let renders = 0;
    const render = () => `page ${++renders}`;
    for (let i = 0; i < 3; i++) {
      expect(renderedFile(cache.entry('pub-1', 'demo', text), 'page', render)).toBe('page 1');
    }
    expect(renders).toBe(1);
  });

  it('keeps at most its capacity, letting the least recently asked publication go first', () => {
    const cache = new RenderedPublications(2);
    const first = cache.entry('pub-1', 'demo', text);
    const second = cache.entry('pub-2', 'demo', text);
    expect(cache.entry('pub-1', 'demo', text)).toBe(first);
    cache.entry('pub-3', 'demo', text);
    expect(cache.size).toBe(2);
    // pub-2 was asked least recently, so it went; pub-1 stayed.
    expect(cache.entry('pub-1', 'demo', text)).toBe(first);
    expect(cache.entry('pub-2', 'demo', text)).not.toBe(second);
    expect(cache.size).toBe(2);
  });

  it('refuses a stored payload that is not the public shape, rather than render it', () => {
    const cache = new RenderedPublications();
    expect(() => cache.entry('pub-9', 'demo', JSON.stringify({ schemaVersion: 2 }))).toThrow();
  });
});
