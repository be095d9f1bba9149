import { describe, expect, it } from 'vitest';
import { nhsukOffline } from './nhsuk-offline.ts';

const NHSUK_CSS = '/repo/node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';

describe('nhsukOffline', () => {
  const plugin = nhsukOffline();
  const transform = (code: string, id: string) => plugin.transform(code, id);

  it('drops the font faces served from assets.nhs.uk and keeps every other rule', () => {
    const css =
      '@font-face{font-family:Frutiger;src:url(https://assets.nhs.uk/fonts/a.woff2)}' +
      '@font-face{font-family:Local;src:url(./local.woff2)}body{color:#212b32}';
    expect(transform(css, NHSUK_CSS)).toBe(
      '@font-face{font-family:Local;src:url(./local.woff2)}body{color:#212b32}',
    );
  });

  it('points the icons at the package’s own images, so they are bundled', () => {
    expect(transform('.x{background:url(/assets/images/icon.svg)}', NHSUK_CSS)).toBe(
      '.x{background:url(./assets/images/icon.svg)}',
    );
  });

  it('leaves files other than nhsuk-frontend’s CSS alone', () => {
    expect(
      transform('@font-face{src:url(https://assets.nhs.uk/a)}', '/repo/src/styles.css'),
    ).toBeNull();
    expect(transform('x', '/repo/node_modules/nhsuk-frontend/dist/nhsuk/nhsuk.min.js')).toBeNull();
  });
});
