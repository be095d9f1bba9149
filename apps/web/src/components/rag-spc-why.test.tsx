import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RagSpcWhy } from './rag-spc-why.tsx';

describe('RagSpcWhy', () => {
  afterEach(cleanup);

  it('says in one sentence why a green KPI is consistently failing, naming the KPI in the report', () => {
    render(
      <RagSpcWhy
        code="WRES-1"
        reading={{ rag: 'green', variation: 'common_cause', assurance: 'fail' }}
      />,
    );
    expect(screen.getByTestId('rag-spc-why').textContent).toMatch(
      /^WRES-1: Why the colour and SPC differ\. Green because the latest value meets the trajectory/,
    );
  });

  it('shows nothing when the colour and SPC agree', () => {
    render(<RagSpcWhy reading={{ rag: 'red', variation: 'common_cause', assurance: 'fail' }} />);
    expect(screen.queryByTestId('rag-spc-why')).toBeNull();
  });
});
