import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test starts from an empty document, so queries never find the previous test's output.
afterEach(cleanup);
