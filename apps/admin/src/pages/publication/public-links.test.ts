import { describe, expect, it } from 'vitest';
import { previewPath, publicPagePath } from './public-links.ts';

describe('the public page’s addresses', () => {
  it('serves the trust’s page under /p/ and its slug', () => {
    expect(publicPagePath('demo-partnership')).toBe('/p/demo-partnership');
  });

  it('previews a quarter alone, or with a workforce year', () => {
    expect(previewPath('demo-partnership', { periodId: 'per_1', workforceUploadId: null })).toBe(
      '/p/demo-partnership/preview?periodId=per_1',
    );
    expect(previewPath('demo-partnership', { periodId: 'per_1', workforceUploadId: 'wf_2' })).toBe(
      '/p/demo-partnership/preview?periodId=per_1&workforceUploadId=wf_2',
    );
  });
});
