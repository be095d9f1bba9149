import { describe, expect, it } from 'vitest';
import { backFrom, reportBack } from './back-link.ts';

const strategy = { href: '/strategy', text: 'Back to the strategy' };

describe('the back link returns where the person came from', () => {
  it.each([
    [
      'from the board report, back to that report and period',
      { back: reportBack('?period=p2') },
      reportBack('?period=p2'),
    ],
    ['with no navigation state, the page’s own default', null, strategy],
    ['state from elsewhere without a back link, the default', { flash: 'Saved' }, strategy],
    [
      'another site is never followed',
      { back: { href: '//evil.example', text: 'Back' } },
      strategy,
    ],
    [
      'a full address is never followed',
      { back: { href: 'https://evil.example/', text: 'Back' } },
      strategy,
    ],
    ['a back link with no words, the default', { back: { href: '/report', text: '' } }, strategy],
  ])('%s', (_name, state, expected) => {
    expect(backFrom(state, strategy)).toEqual(expected);
  });
});
