import fc from 'fast-check';
import { afterEach } from 'vitest';
import { propertySeed, runs } from './propertyRuns';

// Properties that name no numRuns get fast-check's default of 100, scaled the same way when fuzzing.
fc.configureGlobal({ seed: propertySeed, numRuns: runs(100) });

// Testing Library cleans the DOM between component tests; reset shared stores too.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  const { useAppStore } = await import('../src/store/appStore');
  useAppStore.setState({ hovered: null });
});
