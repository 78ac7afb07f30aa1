import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { takeUnexpectedRequests } from './test-utils.tsx';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  const unexpected = takeUnexpectedRequests();
  if (unexpected.length > 0) throw new Error(unexpected.join('\n'));
});
