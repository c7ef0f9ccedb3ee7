import { afterEach } from 'vitest';

// Testing Library cleans the DOM between component tests; reset shared stores too.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  const { useAppStore } = await import('../src/store/appStore');
  useAppStore.setState({ hovered: null });
});
