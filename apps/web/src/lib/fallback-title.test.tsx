import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { keepOneTitle } from './fallback-title.ts';

const settled = () => new Promise<void>((done) => queueMicrotask(done));
let stop = () => undefined as void;

afterEach(() => {
  cleanup();
  stop();
  document.head.innerHTML = '';
});

describe('keepOneTitle', () => {
  it('leaves one <title> while a page renders its own, and brings the app name back after', async () => {
    document.head.innerHTML = '<title>Belonging Tracker</title>';
    stop = keepOneTitle(document.head);
    const page = render(<title>KPIs – Belonging Tracker</title>);
    await settled();
    expect(Array.from(document.querySelectorAll('title'), (t) => t.textContent)).toEqual([
      'KPIs – Belonging Tracker',
    ]);
    expect(document.title).toBe('KPIs – Belonging Tracker');
    page.unmount();
    await settled();
    expect(Array.from(document.querySelectorAll('title'), (t) => t.textContent)).toEqual([
      'Belonging Tracker',
    ]);
  });
});
