import fc from 'fast-check';
import { afterEach } from 'vitest';
import { useAppStore } from '../src/store/appStore';
import { useHoverStore } from '../src/store/hoverStore';
import { propertySeed, runs } from './propertyRuns';

// Properties that name no numRuns get fast-check's default of 100, scaled the same way when fuzzing.
fc.configureGlobal({ seed: propertySeed, numRuns: runs(100) });

// Every store starts each test as the app starts: Testing Library cleans the DOM, and this resets the stores.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
  useAppStore.setState(useAppStore.getInitialState(), true);
  useHoverStore.setState(useHoverStore.getInitialState(), true);
});
