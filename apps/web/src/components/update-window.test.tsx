import { parseIsoDay } from '@belonging/domain';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateWindow } from './update-window.tsx';

// Far in the future, so the window has not opened whatever day the tests run.
const q3 = {
  label: '2090/91 Q3',
  windowOpens: parseIsoDay('2090-12-17'),
  windowCloses: parseIsoDay('2091-01-21'),
};

describe('UpdateWindow', () => {
  afterEach(cleanup);

  it('says why updates count towards the next quarter when the current one is locked', () => {
    render(<UpdateWindow period={{ ...q3, lockedBefore: '2090/91 Q2' }} />);
    expect(screen.getByTestId('locked-before').textContent).toBe(
      'The board snapshot for 2090/91 Q2 is locked, so updates you make now count towards 2090/91 Q3.',
    );
    expect(screen.getByTestId('window-closes').textContent).toBe(
      'Updates for 2090/91 Q3 open on 17 December 2090 and close on 21 January 2091.',
    );
  });

  it('says nothing about locking while the current period is open', () => {
    render(<UpdateWindow period={{ ...q3, lockedBefore: null }} />);
    expect(screen.queryByTestId('locked-before')).toBeNull();
  });
});
