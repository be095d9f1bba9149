import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html-escape.ts';

describe('escaping text for HTML', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    [`"double" and 'single'`, '&quot;double&quot; and &#39;single&#39;'],
    ['&amp; stays escaped once more', '&amp;amp; stays escaped once more'],
    ['plain words', 'plain words'],
  ])('%s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});
